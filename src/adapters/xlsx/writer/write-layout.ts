import { columnLetters, parseRangeAddress, type RangeRef } from "../../../domain/cell/a1";
import { layoutColumnFormat, layoutNumberFormat, layoutWidth, type LayoutStyle, type SheetLayout } from "../../../domain/layout/sheet-layout";
import type { CellStyle, StyleId } from "./cell-style";
import type { SheetOptions, SheetWriter } from "./sheet-writer";
import type { XlsxWriter } from "./xlsx-writer";

/** What a layout does not say and a file may want: printing, names for the cut report, a hidden sheet. */
export type LayoutSheetOptions = Pick<SheetOptions, "page" | "printTitleRows" | "columnNames" | "hidden">;

/** The width of a column the layout gives none (what the exceljs renderers used before). */
const DEFAULT_WIDTH = 12;

/**
 * Writes a domain `SheetLayout` (the same description the pane renders through Office.js) as the next
 * sheet of `book`: values and native formulas from A1, each cell's number format by the layout's own rule
 * (`layoutNumberFormat`: a text value gets "@"), whole-column formats ("@" for text columns) and wrapping,
 * widths, the frozen header and the styled ranges. A cut cell is named by its column's header (the last
 * frozen row) unless `columnNames` says otherwise. Texts go in raw: the writer escapes and cuts them.
 * Returns the sheet, still open, for merges or a filter.
 */
export function writeLayoutSheet(book: XlsxWriter, name: string, layout: SheetLayout, options: LayoutSheetOptions = {}): SheetWriter {
  const wrapColumns = new Set(layout.wrapColumns ?? []);
  const styles = new LayoutStyles(book, layout.styles ?? [], wrapColumns);
  const width = layoutWidth(layout);
  const columns = Array.from({ length: width }, (_v, i) => {
    const numFmt = layoutColumnFormat(layout, i) ?? undefined;
    const wrap = wrapColumns.has(i + 1);
    return { width: layout.columnWidths?.[i] ?? DEFAULT_WIDTH, style: numFmt || wrap ? book.style({ numFmt, wrap: wrap || undefined, vertical: wrap ? "top" : undefined }) : undefined };
  });
  const columnNames = options.columnNames ?? headerNames(layout, width);
  const sheet = book.addSheet(name, { ...options, columnNames, columns, frozen: layout.frozenRows ? { rows: layout.frozenRows } : undefined });
  // A row without its own formats and outside every styled range (the data rows of a long list) has one
  // style per column and kind of value: looked up once, not per cell.
  const styledRows = styles.rows();
  const plain: Array<StyleId | undefined> = new Array(width);
  const text: Array<StyleId | undefined> = new Array(width);
  // One list of style ids for every row: the sheet reads it while writing the row and keeps none of it.
  const ids: StyleId[] = new Array(width);
  layout.cells.forEach((row, r) => {
    const uniform = !layout.numberFormats?.[r]?.length && !styledRows.has(r + 1);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!uniform) ids[c] = styles.at(r + 1, c + 1, layoutNumberFormat(layout, r, c));
      else if (typeof cell === "string") ids[c] = text[c] ??= styles.at(r + 1, c + 1, layoutNumberFormat(layout, r, c));
      else ids[c] = plain[c] ??= styles.at(r + 1, c + 1, layoutNumberFormat(layout, r, c));
    }
    // A layout's formula ({ formula }) is already the writer's formula input: the row goes in as it is.
    sheet.addRow(row, ids);
  });
  return sheet;
}

/** Each column's header (the last frozen row's text), or undefined for the writer to use its letter. */
function headerNames(layout: SheetLayout, width: number): string[] | undefined {
  const frozen = layout.frozenRows ?? 0;
  if (frozen === 0) return undefined;
  const header = layout.cells[frozen - 1] ?? [];
  return Array.from({ length: width }, (_v, c) => {
    const value = header[c];
    return typeof value === "string" && value !== "" ? value : columnLetters(c + 1);
  });
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

  /** The Excel rows (1-based) some styled range covers. */
  rows(): Set<number> {
    const rows = new Set<number>();
    for (const { area } of this.ranges) for (let r = area.top; r <= area.bottom; r++) rows.add(r);
    return rows;
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
