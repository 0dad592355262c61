import type { RawCell } from "../cell/raw-cell";
import { EMPTY_CELL } from "../cell/raw-cell";
import type { SheetGrid } from "../cell/sheet-grid";
import type { CellFix } from "./cell-fix";
import { type CellWrite, type FixBatch, fixWrites, undoWrites } from "./fix-batch";

/**
 * A copy of the grid with the writes made: what the CLI and the tests do where the pane writes through
 * Office.js. Rows and columns grow with empty cells when a write falls outside the used range.
 */
export function writeCellsToGrid(grid: SheetGrid, writes: readonly CellWrite[]): SheetGrid {
  if (writes.length === 0) return grid;
  const rows: RawCell[][] = grid.rows.map((r) => r.slice());
  for (const w of writes) {
    const i = w.sheetRow - grid.firstRow;
    const j = w.column - grid.firstColumn;
    if (i < 0 || j < 0) throw new RangeError(`Sel baris ${w.sheetRow} kolom ${w.column} ada di luar lembar ${grid.name}.`);
    while (rows.length <= i) rows.push([]);
    const row = rows[i]!;
    while (row.length <= j) row.push(EMPTY_CELL);
    row[j] = w.value;
  }
  return { ...grid, rows };
}

export function applyFixesToGrid(grid: SheetGrid, fixes: readonly CellFix[]): SheetGrid {
  return writeCellsToGrid(grid, fixWrites(fixes));
}

export function undoFixBatchOnGrid(grid: SheetGrid, batch: FixBatch): SheetGrid {
  return writeCellsToGrid(grid, undoWrites(batch));
}
