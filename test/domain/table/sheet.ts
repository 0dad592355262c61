import type { RawCell } from "../../../src/domain/cell/raw-cell";
import type { GridRange, GridTable, SheetGrid } from "../../../src/domain/cell/sheet-grid";

type Value = string | number | null | RawCell;

/**
 * A sheet as an adapter would hand it over, written row by row: strings are text ("" is empty),
 * numbers are number cells, null is empty. `merges` use A1 ranges, as a secretary would name them.
 */
export function sheet(
  rows: Value[][],
  options: { name?: string; firstRow?: number; firstColumn?: number; merges?: string[]; tables?: GridTable[] } = {},
): SheetGrid {
  return {
    name: options.name ?? "Data",
    firstRow: options.firstRow ?? 1,
    firstColumn: options.firstColumn ?? 1,
    rows: rows.map((row) => row.map(toCell)),
    merges: (options.merges ?? []).map(range),
    tables: options.tables,
  };
}

function toCell(value: Value): RawCell {
  if (value === null || value === "") return { kind: "empty" };
  if (typeof value === "string") return { kind: "text", text: value };
  if (typeof value === "number") return { kind: "number", value };
  return value;
}

function range(a1: string): GridRange {
  const [from, to = from] = a1.split(":") as [string, string?];
  const a = address(from);
  const b = address(to!);
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}

function address(a1: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(a1)!;
  return { column: [...match[1]!].reduce((n, l) => n * 26 + l.charCodeAt(0) - 64, 0), row: Number(match[2]) };
}

/** What a user reads in a located row: each field's text, errors as their code. */
export function textOf(cell: RawCell | undefined): string | undefined {
  if (!cell || cell.kind === "empty") return undefined;
  if (cell.kind === "text") return cell.text;
  if (cell.kind === "number") return String(cell.value);
  if (cell.kind === "error") return cell.code;
  if (cell.kind === "date") return `${cell.year}-${cell.month}-${cell.day}`;
  return String(cell.value);
}
