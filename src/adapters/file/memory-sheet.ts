import { EMPTY_CELL, type RawCell } from "../../domain/cell/raw-cell";
import type { SheetGrid } from "../../domain/cell/sheet-grid";
import { isLayoutFormula, type SheetLayout } from "../../domain/layout/sheet-layout";
import type { HighlightMark } from "../office/highlight-marks";

/** A cell the pane wrote, kept until the copy is saved. */
export interface WrittenCell {
  readonly cell: RawCell;
  /** Formatted "@" before the value goes in (a NIK, a code). */
  readonly asText: boolean;
}

/**
 * One worksheet of the workbook open in the browser. A sheet of the original file keeps its part name
 * (the copy patches that part) and what the pane changed on it; a sheet the pane added keeps its layout;
 * a sheet copied from another file (a DTKS extract, read and then deleted) keeps only its grid and never
 * goes into the copy: other residents' data must not end up in the village's file.
 */
export type MemorySheet =
  | {
      readonly kind: "original";
      name: string;
      readonly visible: boolean;
      readonly part: string;
      readonly grid: SheetGrid;
      readonly written: Map<string, WrittenCell & { readonly row: number; readonly column: number }>;
      marks: ReadonlyArray<HighlightMark>;
      /** Cells the file shows in our colours: the marks of an earlier check (a "(diperiksa)" copy opened again). */
      readonly earlier: ReadonlyArray<{ readonly row: number; readonly column: number }>;
      /** True until a check or "Hapus tanda" replaces those earlier marks. */
      earlierShown: boolean;
      /** Cells holding a note, the user's ("foreign") or one of an earlier check ("ours"). */
      readonly notes: ReadonlyMap<string, "ours" | "foreign">;
    }
  | { readonly kind: "added"; name: string; readonly layout: SheetLayout }
  | { readonly kind: "imported"; name: string; readonly grid: SheetGrid };

export function cellKey(row: number, column: number): string {
  return `${row}:${column}`;
}

/** The sheet as the domain reads it: the original's cells with the pane's writes on top. */
export function gridOf(sheet: MemorySheet): SheetGrid {
  if (sheet.kind === "imported") return { ...sheet.grid, name: sheet.name };
  if (sheet.kind === "added") return layoutGrid(sheet.name, sheet.layout);
  if (sheet.written.size === 0) return { ...sheet.grid, name: sheet.name };
  const { grid } = sheet;
  const rows: RawCell[][] = grid.rows.map((row) => [...row]);
  for (const { row, column, cell } of sheet.written.values()) {
    const i = row - grid.firstRow;
    const j = column - grid.firstColumn;
    if (i < 0 || j < 0) continue;
    while (rows.length <= i) rows.push([]);
    const target = rows[i]!;
    while (target.length <= j) target.push(EMPTY_CELL);
    target[j] = cell;
  }
  return { ...grid, name: sheet.name, rows };
}

/** A layout's values as cells (formulas are not computed here: they read as empty until Excel opens the copy). */
function layoutGrid(name: string, layout: SheetLayout): SheetGrid {
  const rows = layout.cells.map((row) =>
    row.map((value): RawCell => {
      if (value === null || isLayoutFormula(value)) return EMPTY_CELL;
      if (typeof value === "string") return value === "" ? EMPTY_CELL : { kind: "text", text: value };
      if (typeof value === "number") return { kind: "number", value };
      return { kind: "boolean", value };
    }),
  );
  return { name, firstRow: 1, firstColumn: 1, rows };
}
