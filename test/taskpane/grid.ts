import type { RawCell } from "../../src/domain/cell/raw-cell";
import type { SheetGrid } from "../../src/domain/cell/sheet-grid";

type Plain = string | number | null | RawCell;

/** A sheet grid from plain rows: strings are text cells, numbers number cells, null an empty cell. */
export function grid(rows: Plain[][], name = "Data", firstRow = 1, firstColumn = 1): SheetGrid {
  const cellOf = (value: Plain): RawCell =>
    value === null ? { kind: "empty" } : typeof value === "string" ? { kind: "text", text: value } : typeof value === "number" ? { kind: "number", value } : value;
  return { name, firstRow, firstColumn, rows: rows.map((row) => row.map(cellOf)) };
}
