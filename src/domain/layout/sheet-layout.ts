/**
 * A worksheet described as data: what every face that writes one (the task pane through Office.js,
 * the CLI and the pane's .xlsx writers) renders the same way. It holds only values and native Excel
 * formulas, so the sheet keeps working on a computer without the add-in. Pure: no Office, no exceljs.
 */

/** A plain cell value, as Excel stores it. */
export type LayoutValue = string | number | boolean | null;

/**
 * A cell: a value, or a native Excel formula written in English with "," separators ("=D8*F8",
 * "=SUM(H8:H9)"); Excel shows it in the user's own language.
 */
export type LayoutCell = LayoutValue | { readonly formula: string };

/** Formatting of a rectangle of the sheet. */
export interface LayoutStyle {
  /** A1 range on the sheet, e.g. "A7:H7". */
  readonly range: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly wrap?: boolean;
  /** "#RRGGBB". */
  readonly fill?: string;
}

/** A sheet: cells from A1, number formats, widths and a little styling. */
export interface SheetLayout {
  readonly cells: ReadonlyArray<ReadonlyArray<LayoutCell>>;
  /**
   * Number format per cell, in the shape of `cells` (missing or null: the default). A text value with
   * no format of its own gets "@", so "3.1.90" stays a code and never becomes a date or a formula.
   */
  readonly numberFormats?: ReadonlyArray<ReadonlyArray<string | null | undefined>>;
  /** Column widths in characters, from column A. */
  readonly columnWidths?: ReadonlyArray<number>;
  readonly styles?: ReadonlyArray<LayoutStyle>;
  /** Rows kept in view while scrolling (the header), from row 1; 0 or missing: none. */
  readonly frozenRows?: number;
  /**
   * 1-based columns formatted "@" (Text) as a whole, before any value is written: a NIK or a No. KK
   * typed there later stays text, never a number that loses its last digits.
   */
  readonly textColumns?: ReadonlyArray<number>;
  /**
   * Number format of whole columns, from column A (missing or null: none), e.g. "#,##0" for rupiah. A
   * column's cells take it unless they have their own; the column keeps it for what is typed later.
   */
  readonly columnFormats?: ReadonlyArray<string | null | undefined>;
  /** 1-based columns whose long text wraps (aligned to the top), such as a column of reasons. */
  readonly wrapColumns?: ReadonlyArray<number>;
}

/** Where a text cell with no format of its own gets "@": the rule every writer applies. */
export const TEXT_FORMAT = "@";

/** The whole-column number format of `column` (0-based): "@" for a text column; null for none. */
export function layoutColumnFormat(layout: SheetLayout, column: number): string | null {
  if (layout.textColumns?.includes(column + 1)) return TEXT_FORMAT;
  return layout.columnFormats?.[column] ?? null;
}

/**
 * The number format of cell (row, column), 0-based: its own, else "@" for a text value, else its
 * column's; null for the default.
 */
export function layoutNumberFormat(layout: SheetLayout, row: number, column: number): string | null {
  const own = layout.numberFormats?.[row]?.[column];
  if (own) return own;
  if (typeof layout.cells[row]?.[column] === "string") return TEXT_FORMAT;
  return layoutColumnFormat(layout, column);
}

/** The widest row or width list: how many columns the sheet spans. */
export function layoutWidth(layout: SheetLayout): number {
  let width = Math.max(layout.columnWidths?.length ?? 0, layout.columnFormats?.length ?? 0, ...(layout.textColumns ?? [0]), ...(layout.wrapColumns ?? [0]));
  for (const row of layout.cells) if (row.length > width) width = row.length;
  return width;
}

/** True when the cell holds a formula. */
export function isLayoutFormula(cell: LayoutCell): cell is { readonly formula: string } {
  return typeof cell === "object" && cell !== null;
}
