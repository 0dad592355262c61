import { basename, dirname, extname, join } from "node:path";
import { stream, type Style, type Worksheet } from "exceljs";
import { columnLetters, parseRangeAddress } from "../../domain/cell/a1";
import { submissionLayouts, withKeyValueRow, type Submission, type SubmissionSheetLayout } from "../../domain/ekspor";
import { isLayoutFormula, layoutColumnFormat, layoutWidth, TEXT_FORMAT, type LayoutCell, type LayoutStyle, type SheetLayout } from "../../domain/layout/sheet-layout";
import { writeAtomically, type AtomicWriteOptions } from "./write-atomic";
import { sheetNameText, TextCuts, type CutCell } from "./write-cell-text";
import { markWorkbook, type OutputKind } from "./write-marker";

/** Where the files went: `companion` holds "Ditolak" and "Keterangan" when they are not in `main`. */
export interface WrittenSubmission {
  readonly main: string;
  readonly companion?: string;
  /** Cells longer than Excel's 32,767 characters, cut (and listed in "Keterangan"). */
  readonly cut: readonly CutCell[];
}

/**
 * Writes the submission workbook: the template's extra sheets placed before it, the submission sheet, the
 * extra sheets placed after it, then "Ditolak" and "Keterangan", or those two in a companion workbook
 * beside `path` ("…-keterangan.xlsx") when the template says the receiving system reads every sheet.
 *
 * NIK, No. KK and every other text column are text cells with number format "@": Excel and LibreOffice
 * keep all 16 digits, and a value typed later into the column stays text too. Text cells are never
 * evaluated, so no formula can be smuggled in through a name. Every text is made safe for the file: XML-illegal
 * characters escaped, cells cut at Excel's 32,767 characters and listed (`write-cell-text.ts`). The file is
 * written beside `path` under a temporary name and renamed when complete, the temporary file removed on
 * failure or interruption (`write-atomic.ts`), and marked as ours for `gabung` (`write-marker.ts`).
 */
export async function writeSubmissionXlsx(
  path: string,
  submission: Submission,
  keterangan: ReadonlyArray<readonly [string, string]>,
  options: AtomicWriteOptions = {},
): Promise<WrittenSubmission> {
  const sheets = submissionLayouts(submission, keterangan);
  const cuts = new TextCuts();
  await writeWorkbook(path, "pengajuan", options, (book) => writeSheets(book, sheets.filter((s) => s.file === "main"), cuts));
  if (!sheets.some((s) => s.file === "companion")) return { main: path, cut: cuts.cells };
  const companion = companionPath(path);
  await writeWorkbook(companion, "keterangan", options, (book) => writeSheets(book, sheets.filter((s) => s.file === "companion"), cuts));
  return { main: path, companion, cut: cuts.cells };
}

/** A workbook holding only "Ditolak" and "Keterangan": beside a CSV, or beside a template that wants its sheets alone. */
export async function writeCompanionXlsx(
  path: string,
  submission: Submission,
  keterangan: ReadonlyArray<readonly [string, string]>,
  options: AtomicWriteOptions = {},
): Promise<{ readonly cut: readonly CutCell[] }> {
  const cuts = new TextCuts();
  const sheets = submissionLayouts(submission, keterangan).filter((s) => s.role === "ditolak" || s.role === "keterangan");
  await writeWorkbook(path, "keterangan", options, (book) => writeSheets(book, sheets, cuts));
  return { cut: cuts.cells };
}

/** "out/desa.xlsx" -> "out/desa-keterangan.xlsx" (also for "desa.csv"). */
export function companionPath(path: string): string {
  return join(dirname(path), `${basename(path, extname(path))}-keterangan.xlsx`);
}

type Book = InstanceType<typeof stream.xlsx.WorkbookWriter>;

async function writeWorkbook(path: string, kind: OutputKind, options: AtomicWriteOptions, fill: (book: Book) => void): Promise<void> {
  await writeAtomically(
    path,
    async (temporary) => {
      // Shared strings (t="s"), as Excel itself writes them: an upload parser of unknown make reads those for
      // sure, where exceljs's default inline form (t="str", a formula result) might be taken for a number and
      // round a NIK. Measured cost: about a quarter of the write (8,6 s against 6,4 s CPU for 100,000 rows).
      const book = new stream.xlsx.WorkbookWriter({ filename: temporary, useStyles: true, useSharedStrings: true });
      markWorkbook(book, kind);
      fill(book);
      await book.commit();
    },
    options,
  );
}

/** The sheets in order; "Keterangan", written last, also names every cell cut so far (in this file and the one before). */
function writeSheets(book: Book, sheets: ReadonlyArray<SubmissionSheetLayout>, cuts: TextCuts): void {
  for (const sheet of sheets) {
    const written = sheet.role === "keterangan" && cuts.cells.length > 0 ? withKeyValueRow(sheet, "Sel dipotong", cuts.describe()) : sheet;
    writeLayoutSheet(book, written.name, written.layout, cuts);
  }
}

// One frozen style object per kind, assigned to every cell: exceljs's stream writer remembers a style per
// object, so a shared object costs one lookup per cell where the fresh object each new cell gets from its
// column costs a full style comparison (measured on 100,000 rows: 15,2 s against 8,6 s CPU for the write).
// The column keeps the style too, so what a secretary types later into a NIK column stays text.
const STYLES = new Map<string, Partial<Style>>();

function styleOf(format: string | null, wrap: boolean, look: Omit<LayoutStyle, "range"> = {}): Partial<Style> {
  const key = `${format ?? ""}|${wrap || look.wrap ? 1 : 0}|${look.bold ? 1 : 0}|${look.italic ? 1 : 0}|${look.fill ?? ""}`;
  let style = STYLES.get(key);
  if (!style) {
    const s: Partial<Style> = {};
    if (format) s.numFmt = format;
    if (wrap || look.wrap) s.alignment = { wrapText: true, vertical: "top" };
    if (look.bold || look.italic) s.font = { ...(look.bold ? { bold: true } : {}), ...(look.italic ? { italic: true } : {}) };
    if (look.fill) s.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${look.fill.slice(1).toUpperCase()}` } };
    style = Object.freeze(s);
    STYLES.set(key, style);
  }
  return style;
}

/**
 * Streams one domain `SheetLayout`: widths and column formats on the columns, then each row with a shared
 * style per cell (a text value "@", otherwise its column's format; the rows under a layout style, such as
 * the header, get theirs). Formulas are written as formulas; every text is made safe (`write-cell-text.ts`).
 */
function writeLayoutSheet(book: Book, name: string, layout: SheetLayout, cuts: TextCuts): void {
  const sheetName = sheetNameText(name);
  const frozen = layout.frozenRows ?? 0;
  const sheet = book.addWorksheet(sheetName, frozen > 0 ? { views: [{ state: "frozen", ySplit: frozen }] } : undefined);
  const width = layoutWidth(layout);
  const wrap = new Set(layout.wrapColumns ?? []);
  const formats = Array.from({ length: width }, (_, c) => layoutColumnFormat(layout, c));
  const plain = formats.map((format, c) => styleOf(format, wrap.has(c + 1)));
  const text = formats.map((_, c) => styleOf(TEXT_FORMAT, wrap.has(c + 1)));
  sheet.columns = plain.map((style, c) => ({ width: layout.columnWidths?.[c] ?? 12, style }));
  const looks = rowLooks(layout.styles ?? []);
  // A cut cell is named by its column's header, or by its letter on a sheet without one.
  const headers = Array.from({ length: width }, (_, c) => {
    const header = frozen > 0 ? layout.cells[frozen - 1]?.[c] : undefined;
    return typeof header === "string" && header !== "" ? header : columnLetters(c + 1);
  });
  const rows = new RowWriter(sheet, sheetName, headers, cuts);
  layout.cells.forEach((values, i) => {
    const own = layout.numberFormats?.[i];
    const look = looks.get(i + 1);
    const row = rows.add(values);
    if (!own && !look) {
      // The data rows: one shared style per column, "@" for a text value.
      for (let c = 0; c < width; c++) row.getCell(c + 1).style = typeof values[c] === "string" ? text[c]! : plain[c]!;
    } else {
      for (let c = 0; c < width; c++) {
        const value = values[c];
        const format = own?.[c] ?? (typeof value === "string" ? TEXT_FORMAT : formats[c]!);
        const cellLook = look?.find((l) => c + 1 >= l.left && c + 1 <= l.right)?.style;
        row.getCell(c + 1).style = styleOf(format, wrap.has(c + 1), cellLook);
      }
    }
    row.commit();
  });
  sheet.commit();
}

/** The layout's styles by row: which columns of that row they cover. */
function rowLooks(styles: ReadonlyArray<LayoutStyle>): Map<number, Array<{ left: number; right: number; style: LayoutStyle }>> {
  const byRow = new Map<number, Array<{ left: number; right: number; style: LayoutStyle }>>();
  for (const style of styles) {
    const range = parseRangeAddress(style.range);
    if (!range) continue;
    for (let r = range.top; r <= range.bottom; r++) {
      const list = byRow.get(r) ?? [];
      list.push({ left: range.left, right: range.right, style });
      byRow.set(r, list);
    }
  }
  return byRow;
}

/**
 * Adds rows to one sheet with every text made safe for the file (`write-cell-text.ts`), counting the rows
 * so a cut cell can be named by its row and its column's header.
 */
class RowWriter {
  private count = 0;

  constructor(
    private readonly sheet: Worksheet,
    private readonly name: string,
    private readonly headers: readonly string[],
    private readonly cuts: TextCuts,
  ) {}

  add(values: ReadonlyArray<LayoutCell>) {
    const row = ++this.count;
    const cells: unknown[] = new Array(values.length);
    for (let c = 0; c < values.length; c++) {
      const value = values[c];
      if (typeof value === "string") cells[c] = this.cuts.text(value, this.name, row, this.headers[c] ?? columnLetters(c + 1));
      else if (isLayoutFormula(value)) cells[c] = { formula: value.formula.replace(/^=/, "") };
      else cells[c] = value;
    }
    return this.sheet.addRow(cells);
  }
}
