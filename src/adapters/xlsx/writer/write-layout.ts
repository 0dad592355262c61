import { parseRangeAddress, type RangeRef } from "../../../domain/cell/a1";
import { isLayoutFormula, layoutColumnFormat, layoutNumberFormat, layoutWidth, type LayoutStyle, type SheetLayout } from "../../../domain/layout/sheet-layout";
import type { CellInput } from "./cell-input";
import type { CellStyle, StyleId } from "./cell-style";
import type { SheetOptions, SheetWriter } from "./sheet-writer";
import type { XlsxWriter } from "./xlsx-writer";

/** What a layout does not say and a file may want: printing, names for the cut report, a hidden sheet. */
export type LayoutSheetOptions = Pick<SheetOptions, "page" | "printTitleRows" | "columnNames" | "hidden">;

/**
 * Writes a domain `SheetLayout` (the same description the pane renders through Office.js) as the next
 * sheet of `book`: values and native formulas from A1, each cell's number format by the layout's own rule
 * (`layoutNumberFormat`: a text value gets "@"), whole-column formats ("@" for text columns) and wrapping,
 * widths, the frozen header and the styled ranges. Returns the sheet, still open, for merges or a filter.
 */
export function writeLayoutSheet(book: XlsxWriter, name: string, layout: SheetLayout, options: LayoutSheetOptions = {}): SheetWriter {
  const wrapColumns = new Set(layout.wrapColumns ?? []);
  const styles = new LayoutStyles(book, layout.styles ?? [], wrapColumns);
  const columns = Array.from({ length: layoutWidth(layout) }, (_v, i) => {
    const numFmt = layoutColumnFormat(layout, i) ?? undefined;
    const wrap = wrapColumns.has(i + 1);
    return { width: layout.columnWidths?.[i], style: numFmt || wrap ? book.style({ numFmt, wrap: wrap || undefined, vertical: wrap ? "top" : undefined }) : undefined };
  });
  const sheet = book.addSheet(name, { ...options, columns, frozen: layout.frozenRows ? { rows: layout.frozenRows } : undefined });
  layout.cells.forEach((row, r) => {
    const values: CellInput[] = row.map((cell) => (isLayoutFormula(cell) ? { formula: cell.formula } : cell));
    const ids = row.map((_cell, c) => styles.at(r + 1, c + 1, layoutNumberFormat(layout, r, c)));
    sheet.addRow(values, ids);
  });
  return sheet;
}

/** The styles of a layout's ranges, looked up per cell and registered once per distinct look. */
class LayoutStyles {
  private readonly ranges: Array<{ readonly area: RangeRef; readonly style: LayoutStyle }>;
  private readonly ids = new Map<string, StyleId>();

  constructor(
    private readonly book: XlsxWriter,
    styles: readonly LayoutStyle[],
    private readonly wrapColumns: ReadonlySet<number>,
  ) {
    this.ranges = styles.flatMap((style) => {
      const area = parseRangeAddress(style.range);
      return area ? [{ area, style }] : [];
    });
  }

  /** The style of the cell at Excel row `row`, column `column` (1-based); later ranges win, as in Excel. */
  at(row: number, column: number, numFmt: string | null): StyleId {
    const look: { -readonly [K in keyof CellStyle]: CellStyle[K] } = {};
    if (numFmt) look.numFmt = numFmt;
    // A wrap column's long text (a reason) reads from the top of its row, as the layout says.
    if (this.wrapColumns.has(column)) {
      look.wrap = true;
      look.vertical = "top";
    }
    for (const { area, style } of this.ranges) {
      if (row < area.top || row > area.bottom || column < area.left || column > area.right) continue;
      if (style.bold !== undefined) look.bold = style.bold;
      if (style.italic !== undefined) look.italic = style.italic;
      if (style.wrap !== undefined) look.wrap = style.wrap;
      if (style.fill !== undefined) look.fill = style.fill;
    }
    const key = `${look.numFmt ?? ""}|${look.bold ? 1 : 0}${look.italic ? 1 : 0}${look.wrap ? 1 : 0}${look.vertical ?? ""}|${look.fill ?? ""}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.book.style(look);
      this.ids.set(key, id);
    }
    return id;
  }
}
