import type { RawCell } from "../../src/domain/cell/raw-cell";
import type { FieldName } from "../../src/domain/fields";
import type { ColumnMapping, WorkerTable } from "../../src/domain/table/worker-table";

type CellInput = string | number | boolean | RawCell | null | undefined;

/** A cell from a plain value: strings are text cells, numbers number cells, objects already RawCells. */
export function cell(value: CellInput): RawCell {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "string") return { kind: "text", text: value };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  return value;
}

/** A worker table as the locator would return it, from rows of field -> value, starting at Excel row 2. */
export function workerTable(rows: Array<Partial<Record<FieldName, CellInput>>>, fields?: FieldName[]): WorkerTable {
  const used = fields ?? (Array.from(new Set(rows.flatMap((r) => Object.keys(r)))) as FieldName[]);
  const mapping: ColumnMapping = {};
  used.forEach((f, i) => (mapping[f] = { column: i + 1, header: f }));
  return {
    sheet: "Data",
    headerRow: 1,
    mapping,
    unmappedHeaders: [],
    foundBy: "judul",
    rows: rows.map((r, i) => ({
      row: i + 2,
      cells: Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cell(v)])),
    })),
  };
}
