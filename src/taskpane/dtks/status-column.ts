import type { CellValue } from "../../adapters/office";
import { cellText, EMPTY_CELL, isBlank, type RawCell } from "../../domain/cell/raw-cell";
import type { SheetGrid } from "../../domain/cell/sheet-grid";
import type { CheckResult } from "../../domain/check/check-workers";
import { dtksStatusText } from "../../domain/dtks/status-text";
import type { Settings } from "../../domain/settings";
import { normaliseHeader } from "../../domain/fields";
import type { WorkerTable } from "../../domain/table/worker-table";

/** The header of the column the DTKS tab adds; removing the column requires it to read this still. */
export const STATUS_HEADER = "Status DTKS";

function isStatusHeader(cell: RawCell | undefined): boolean {
  const text = cellText(cell);
  return text !== undefined && normaliseHeader(text) === normaliseHeader(STATUS_HEADER);
}


/** The column, on the table's header row, that already holds the "Status DTKS" header, if any. */
export function findStatusColumn(grid: SheetGrid, table: Pick<WorkerTable, "headerRow">): number | undefined {
  const header = grid.rows[table.headerRow - grid.firstRow] ?? [];
  for (let i = 0; i < header.length; i++) if (isStatusHeader(header[i])) return grid.firstColumn + i;
  return undefined;
}

/** The table's last column: its right-most header, mapped or not (an earlier "Status DTKS" aside). */
export function tableRightEdge(grid: SheetGrid, table: Pick<WorkerTable, "headerRow" | "mapping" | "unmappedHeaders">): number {
  const status = findStatusColumn(grid, table);
  const columns = [...Object.values(table.mapping).map((cell) => cell!.column), ...table.unmappedHeaders.map((cell) => cell.column)];
  return Math.max(0, ...columns.filter((column) => column !== status));
}

/**
 * Where the "Status DTKS" column goes: the column this tab wrote before, when its header is still
 * there; otherwise the first column right of the table with nothing in it on any row of the sheet
 * (a signature block or a note far below counts). Never a column in use.
 */
export function chooseStatusColumn(grid: SheetGrid, table: Pick<WorkerTable, "headerRow" | "mapping" | "unmappedHeaders">): { readonly column: number; readonly replaces: boolean } {
  const existing = findStatusColumn(grid, table);
  if (existing !== undefined) return { column: existing, replaces: true };
  const used = new Set<number>();
  for (const row of grid.rows) {
    for (let i = 0; i < row.length; i++) if (!isBlank(row[i])) used.add(grid.firstColumn + i);
  }
  let column = tableRightEdge(grid, table) + 1;
  while (used.has(column)) column++;
  return { column, replaces: false };
}

/** The column's cells from the header row to the last worker: the header, a status per worker, blanks between. */
export function statusColumnValues(
  table: Pick<WorkerTable, "headerRow">,
  result: Pick<CheckResult, "workers">,
  settings: Pick<Settings, "desilMaksimal" | "desilSumber">,
): CellValue[] {
  const last = result.workers.reduce((max, worker) => Math.max(max, worker.row), table.headerRow);
  const values: CellValue[] = new Array(last - table.headerRow + 1).fill("");
  values[0] = STATUS_HEADER;
  for (const worker of result.workers) values[worker.row - table.headerRow] = dtksStatusText(worker, settings);
  return values;
}

/**
 * The grid as the sheet is after the pane wrote (or, with `values` undefined, emptied) a column from
 * `startRow`, so the session's copy of the sheet stays true without reading it again.
 */
export function withColumn(grid: SheetGrid, column: number, startRow: number, values: ReadonlyArray<CellValue> | undefined): SheetGrid {
  const index = column - grid.firstColumn;
  if (index < 0) return grid;
  const rows = grid.rows.map((row) => [...row]);
  const cellOf = (value: CellValue): RawCell =>
    value === null || value === "" ? EMPTY_CELL : typeof value === "string" ? { kind: "text", text: value } : typeof value === "number" ? { kind: "number", value } : { kind: "boolean", value };
  const count = values ? values.length : rows.length - (startRow - grid.firstRow);
  for (let i = 0; i < count; i++) {
    const r = startRow - grid.firstRow + i;
    if (r < 0) continue;
    while (rows.length <= r) rows.push([]);
    const row = rows[r]!;
    const cell = values ? cellOf(values[i]!) : EMPTY_CELL;
    if (cell.kind === "empty" && row.length <= index) continue;
    while (row.length <= index) row.push(EMPTY_CELL);
    row[index] = cell;
  }
  return { ...grid, rows };
}
