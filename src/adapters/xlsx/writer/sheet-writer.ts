import { columnLetters, parseRangeAddress, rangeAddress } from "../../../domain/cell/a1";
import { EXCEL_CELL_LIMIT, cellText, type CutCell } from "../write-cell-text";
import { isFormula, type CellInput } from "./cell-input";
import { DEFAULT_STYLE, type StyleId } from "./cell-style";
import { excelSerial } from "./excel-date";
import { needsPreserve, type SharedStrings } from "./shared-strings";
import { xmlAttribute, xmlText } from "./xml-text";

export interface ColumnOptions {
  /** Width in characters (the file's unit, as exceljs wrote it). */
  readonly width?: number;
  /** The style of the whole column: cells written without a style of their own get it too. */
  readonly style?: StyleId;
  readonly hidden?: boolean;
}

export interface PageOptions {
  readonly orientation?: "portrait" | "landscape";
  /** Shrink the printout to one page wide (as many pages tall as needed). */
  readonly fitToWidth?: boolean;
  /** A4 by default (Indonesian offices print on A4 or F4; F4 has no code of its own in Excel). */
  readonly paper?: "A4" | "Letter" | "Legal";
  /** The footer on every printed page, in Excel's header/footer codes ("Halaman &P dari &N"). */
  readonly footer?: string;
}

/** Rows `first`..`last` (1-based) printed again at the top of every page. */
export interface PrintTitleRows {
  readonly first: number;
  readonly last: number;
}

export interface SheetOptions {
  /** From column A. */
  readonly columns?: ReadonlyArray<ColumnOptions | undefined>;
  /** Rows (from the top) and columns (from the left) that stay in view when scrolling. */
  readonly frozen?: { readonly rows?: number; readonly columns?: number };
  readonly page?: PageOptions;
  /**
   * Rows printed again at the top of every page (the header row of a long list): n for rows 1..n, or a
   * span such as the findings report's heading row 6 under its title block.
   */
  readonly printTitleRows?: number | PrintTitleRows;
  /** Names of the columns (from A) for the cut-text report; a column without one is named by its letter. */
  readonly columnNames?: readonly string[];
  readonly hidden?: boolean;
}

/** What a sheet tells its workbook when it ends: for workbook.xml's defined names. */
export interface SheetSummary {
  readonly autoFilter?: string;
  readonly printTitleRows?: PrintTitleRows;
}

const PAPER = { Letter: 1, Legal: 5, A4: 9 } as const;
const FLUSH_AT = 1 << 16;

/**
 * Writes one worksheet row by row. Everything a sheet's XML needs before its rows (columns, frozen panes,
 * page setup) comes with `addSheet`'s options; merges and the autofilter, which the XML puts after the
 * rows, can be added at any time until `end`. Rows go out to the zip as they are written, so memory does
 * not grow with the row count.
 */
export class SheetWriter {
  private rowNumber = 0;
  private widest = 0;
  private buffer = "";
  private readonly merges: string[] = [];
  // undefined: none; "": the written area, computed at the end.
  private filter: string | undefined;
  private ended = false;
  private readonly columnStyles: readonly StyleId[];

  constructor(
    readonly name: string,
    private readonly options: SheetOptions,
    private readonly context: {
      readonly strings: SharedStrings | undefined;
      readonly dateStyle: (id: StyleId) => StyleId;
      readonly onCut: ((cell: CutCell) => void) | undefined;
      readonly push: (xml: string, final: boolean) => void;
      readonly selected: boolean;
      readonly onEnd: (summary: SheetSummary) => void;
    },
  ) {
    this.columnStyles = (options.columns ?? []).map((c) => c?.style ?? DEFAULT_STYLE);
    this.buffer = this.head();
  }

  /** The number of the last row written (0 before the first). */
  get rowCount(): number {
    return this.rowNumber;
  }

  /**
   * Writes the next row from column A. `styles` is one style for every cell or one per cell; a cell without
   * one gets its column's style.
   */
  addRow(values: readonly CellInput[], styles?: StyleId | ReadonlyArray<StyleId | undefined>): void {
    if (this.ended) throw new Error(`Lembar ${this.name} sudah ditutup.`);
    const r = ++this.rowNumber;
    if (r > 1_048_576) throw new RangeError(`Lembar ${this.name} melebihi 1.048.576 baris, batas Excel.`);
    if (values.length > 16_384) throw new RangeError(`Baris ${r} lembar ${this.name} melebihi 16.384 kolom, batas Excel.`);
    if (values.length > this.widest) this.widest = values.length;
    // The row number as text once, not once per cell: every cell's reference ends with it.
    const rowText = String(r);
    let row = "";
    for (let i = 0; i < values.length; i++) {
      const style = (typeof styles === "number" ? styles : styles?.[i]) ?? this.columnStyles[i] ?? DEFAULT_STYLE;
      row += this.cell(values[i], style, i, r, rowText);
    }
    if (row) this.buffer += `<row r="${rowText}">${row}</row>`;
    if (this.buffer.length >= FLUSH_AT) {
      this.context.push(this.buffer, false);
      this.buffer = "";
    }
  }

  /** Merges a rectangle, "A1:D1". */
  merge(range: string): void {
    const checked = checkedRange(range);
    // A "merge" of one cell is no merge, and Excel reports the file as damaged.
    if (checked.includes(":")) this.merges.push(checked);
  }

  /**
   * A filter on `range` (its first row holds the headers); without one, from the last frozen row (or row 1)
   * to the last row and column written, known only when the sheet ends.
   */
  autoFilter(range?: string): void {
    this.filter = range === undefined ? "" : checkedRange(range);
  }

  /** Closes the sheet; its workbook does this when the next sheet is added or the file is finished. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    let tail = "</sheetData>";
    let filter = this.filter;
    if (filter === "") {
      const top = Math.max(1, this.options.frozen?.rows ?? 1);
      filter = `A${top}:${columnLetters(Math.max(1, this.widest))}${Math.max(top, this.rowNumber)}`;
    }
    if (filter) tail += `<autoFilter ref="${filter}"/>`;
    if (this.merges.length) tail += `<mergeCells count="${this.merges.length}">${this.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`;
    tail += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
    const page = this.options.page;
    if (page) {
      const fit = page.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : "";
      tail += `<pageSetup paperSize="${PAPER[page.paper ?? "A4"]}"${page.orientation ? ` orientation="${page.orientation}"` : ""}${fit}/>`;
      if (page.footer) tail += `<headerFooter><oddFooter>${xmlText(page.footer)}</oddFooter></headerFooter>`;
    }
    this.context.push(this.buffer + tail + "</worksheet>", true);
    this.buffer = "";
    this.context.onEnd({ autoFilter: filter || undefined, printTitleRows: printTitleSpan(this.options.printTitleRows) });
  }

  private cell(value: CellInput, style: StyleId, column: number, row: number, rowText: string): string {
    // `<c r="B12" s="3"`: the column's opening and the style attribute are made once, not per cell.
    const open = cellOpening(column) + rowText + '"' + styleAttribute(style);
    switch (typeof value) {
      case "string": {
        if (value === "") return style === DEFAULT_STYLE ? "" : open + "/>";
        const text = value.length > EXCEL_CELL_LIMIT ? this.cut(value, column, row) : value;
        if (this.context.strings) return open + ' t="s"><v>' + this.context.strings.add(text) + "</v></c>";
        return open + (needsPreserve(text) ? ' t="inlineStr"><is><t xml:space="preserve">' : ' t="inlineStr"><is><t>') + xmlText(text) + "</t></is></c>";
      }
      case "number":
        return Number.isFinite(value) ? open + "><v>" + value + "</v></c>" : open + ' t="e"><v>#NUM!</v></c>';
      case "boolean":
        return open + (value ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>');
      case "undefined":
        return style === DEFAULT_STYLE ? "" : open + "/>";
      default:
        break;
    }
    const ref = letter(column) + rowText;
    const s = styleAttribute(style);
    if (value === null) return s ? `<c r="${ref}"${s}/>` : "";
    if (value instanceof Date) {
      const serial = excelSerial(value);
      const dated = this.context.dateStyle(style);
      return Number.isFinite(serial) ? `<c r="${ref}" s="${dated}"><v>${serial}</v></c>` : `<c r="${ref}"${s} t="e"><v>#VALUE!</v></c>`;
    }
    if (isFormula(value)) {
      const f = `<f>${xmlAttribute(value.formula.replace(/^=/, ""))}</f>`;
      const result = value.result;
      if (typeof result === "number") return `<c r="${ref}"${s}>${f}<v>${result}</v></c>`;
      if (typeof result === "boolean") return `<c r="${ref}"${s} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
      if (typeof result === "string") return `<c r="${ref}"${s} t="str">${f}<v>${xmlText(result)}</v></c>`;
      return `<c r="${ref}"${s}>${f}</c>`;
    }
    return "";
  }

  private cut(text: string, column: number, row: number): string {
    return cellTextRaw(text, (length) => this.context.onCut?.({ sheet: this.name, row, column: this.options.columnNames?.[column] ?? letter(column), length }));
  }

  private head(): string {
    const { frozen, page, columns, hidden } = this.options;
    let xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
    if (page?.fitToWidth) xml += '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
    const selected = this.context.selected && !hidden ? ' tabSelected="1"' : "";
    const rows = frozen?.rows ?? 0;
    const cols = frozen?.columns ?? 0;
    if (rows > 0 || cols > 0) {
      const topLeft = `${letter(cols)}${rows + 1}`;
      const pane = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
      xml += `<sheetViews><sheetView workbookViewId="0"${selected}><pane${cols ? ` xSplit="${cols}"` : ""}${rows ? ` ySplit="${rows}"` : ""} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`;
    } else {
      xml += `<sheetViews><sheetView workbookViewId="0"${selected}/></sheetViews>`;
    }
    xml += '<sheetFormatPr defaultRowHeight="15"/>';
    const cols_ = (columns ?? [])
      .map((c, i) => {
        if (!c || (c.width === undefined && c.style === undefined && !c.hidden)) return "";
        const n = i + 1;
        // Written as given, as exceljs did: the file's unit (characters plus a little padding) is what
        // the project's widths have always meant, and what its tests read back.
        const width = c.width === undefined ? "" : ` width="${c.width}" customWidth="1"`;
        return `<col min="${n}" max="${n}"${width}${c.style ? ` style="${c.style}"` : ""}${c.hidden ? ' hidden="1"' : ""}/>`;
      })
      .join("");
    if (cols_) xml += `<cols>${cols_}</cols>`;
    return xml + "<sheetData>";
  }
}

// Cell texts are escaped once, when their part is written (`xmlText`). Here only the cut at Excel's limit
// applies: `cellText` (the one place that knows how a cut is written) also escapes, which is undone.
function cellTextRaw(text: string, onCut: (length: number) => void): string {
  if (text.length <= EXCEL_CELL_LIMIT) return text;
  return unescapeOoxml(cellText(text, onCut));
}

// The exact inverse of `xmlSafeText`: "_x0001_" -> U+0001, and "_x005F_" (a protected underscore) -> "_".
function unescapeOoxml(text: string): string {
  return text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function printTitleSpan(rows: SheetOptions["printTitleRows"]): PrintTitleRows | undefined {
  if (rows === undefined) return undefined;
  const span = typeof rows === "number" ? { first: 1, last: rows } : rows;
  if (span.last < 1) return undefined;
  if (!Number.isInteger(span.first) || !Number.isInteger(span.last) || span.first < 1 || span.last < span.first || span.last > 1_048_576) {
    throw new RangeError(`Baris judul cetak ${span.first}:${span.last} bukan rentang baris yang sah.`);
  }
  return span;
}

const LETTERS: string[] = [];
function letter(index: number): string {
  return (LETTERS[index] ??= columnLetters(index + 1));
}

const OPENINGS: string[] = [];
/** `<c r="B` for column index 1: what every cell of the column starts with. */
function cellOpening(index: number): string {
  return (OPENINGS[index] ??= `<c r="${letter(index)}`);
}

const STYLE_ATTRIBUTES: string[] = [];
/** ` s="3"`, or nothing for the default style. */
function styleAttribute(style: StyleId): string {
  return (STYLE_ATTRIBUTES[style] ??= style === DEFAULT_STYLE ? "" : ` s="${style}"`);
}

function checkedRange(range: string): string {
  const parsed = range.includes("!") ? undefined : parseRangeAddress(range);
  if (!parsed) throw new RangeError(`Rentang "${range}" bukan alamat A1 seperti "A1:D1".`);
  const { top, left, bottom, right } = parsed;
  return rangeAddress(Math.min(top, bottom), Math.min(left, right), Math.max(top, bottom), Math.max(left, right));
}
