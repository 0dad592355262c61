import { basename, dirname, extname, join } from "node:path";
import { stream, type Style, type Worksheet } from "exceljs";
import type { Submission, SubmissionValue } from "../../domain/ekspor";
import { rejectedRowCells, REJECTED_HEADERS } from "../../domain/ekspor/rejected-rows";
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

// One frozen style object per kind, assigned to every cell: exceljs's stream writer remembers a style per
// object, so a shared object costs one lookup per cell where the fresh object each new cell gets from its
// column costs a full style comparison (measured on 100,000 rows: 15,2 s against 8,6 s CPU for the write).
// The column keeps the style too, so what a secretary types later into a NIK column stays text.
const style = (s: Partial<Style>): Partial<Style> => Object.freeze(s);
const TEXT = style({ numFmt: "@" });
const WRAPPED_TEXT = style({ numFmt: "@", alignment: { wrapText: true, vertical: "top" } });
const MONEY = style({ numFmt: "#,##0" });
const PLAIN = style({});
const HEADER = style({ numFmt: "@", font: { bold: true }, fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } } });

const MONEY_SOURCES = new Set(["penghasilan", "dasar_penghasilan"]);

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
  const separate = submission.template.companionSheets === "separate-workbook";
  const cuts = new TextCuts();
  await writeWorkbook(path, "pengajuan", options, (book) => {
    for (const extra of submission.extraSheets.filter((s) => s.position === "before")) writeKeyValueSheet(book, extra.name, extra.rows, 24, 60, cuts);
    writeSubmissionSheet(book, submission, cuts);
    for (const extra of submission.extraSheets.filter((s) => s.position === "after")) writeKeyValueSheet(book, extra.name, extra.rows, 24, 60, cuts);
    if (!separate) writeCompanionSheets(book, submission, keterangan, cuts);
  });
  if (!separate) return { main: path, cut: cuts.cells };
  const companion = companionPath(path);
  const { cut } = await writeCompanion(companion, submission, keterangan, options, cuts);
  return { main: path, companion, cut };
}

/** A workbook holding only "Ditolak" and "Keterangan": beside a CSV, or beside a template that wants its sheets alone. */
export async function writeCompanionXlsx(
  path: string,
  submission: Submission,
  keterangan: ReadonlyArray<readonly [string, string]>,
  options: AtomicWriteOptions = {},
): Promise<{ readonly cut: readonly CutCell[] }> {
  return writeCompanion(path, submission, keterangan, options, new TextCuts());
}

async function writeCompanion(
  path: string,
  submission: Submission,
  keterangan: ReadonlyArray<readonly [string, string]>,
  options: AtomicWriteOptions,
  cuts: TextCuts,
): Promise<{ readonly cut: readonly CutCell[] }> {
  await writeWorkbook(path, "keterangan", options, (book) => writeCompanionSheets(book, submission, keterangan, cuts));
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

function writeSubmissionSheet(book: Book, submission: Submission, cuts: TextCuts): void {
  const name = sheetNameText(submission.sheetName);
  const sheet = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: submission.headerRow }] });
  const styles = submission.columns.map((c) => (c.text ? TEXT : MONEY_SOURCES.has(c.source) ? MONEY : PLAIN));
  sheet.columns = submission.columns.map((c, i) => ({ width: c.width ?? Math.max(10, c.header.length + 2), style: styles[i] }));
  const rows = new RowWriter(sheet, name, submission.headers, cuts);

  for (let r = 1; r < submission.headerRow; r++) {
    const title = submission.titleRows[r - 1];
    const row = rows.add(title === undefined ? [] : [title]);
    if (title !== undefined) row.getCell(1).font = { bold: true };
    row.commit();
  }
  const header = rows.add([...submission.headers]);
  for (let c = 1; c <= submission.headers.length; c++) header.getCell(c).style = HEADER;
  header.commit();

  const width = submission.columns.length;
  for (const values of submission.rows) rows.addStyled(values, styles, width);
  sheet.commit();
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

  add(values: readonly SubmissionValue[]) {
    return this.sheet.addRow(this.cuts.row(values, this.name, ++this.count, this.headers));
  }

  addStyled(values: readonly SubmissionValue[], styles: readonly Partial<Style>[], width: number): void {
    const row = this.add(values);
    for (let c = 0; c < width; c++) row.getCell(c + 1).style = styles[c]!;
    row.commit();
  }
}

function writeCompanionSheets(book: Book, submission: Submission, keterangan: ReadonlyArray<readonly [string, string]>, cuts: TextCuts): void {
  const sheet = book.addWorksheet("Ditolak", { views: [{ state: "frozen", ySplit: 1 }] });
  const styles = [PLAIN, TEXT, TEXT, TEXT, WRAPPED_TEXT];
  sheet.columns = [
    { width: 8, style: PLAIN },
    { width: 28, style: TEXT },
    { width: 20, style: TEXT },
    { width: 24, style: TEXT },
    { width: 90, style: WRAPPED_TEXT },
  ];
  const rows = new RowWriter(sheet, "Ditolak", REJECTED_HEADERS, cuts);
  const header = rows.add([...REJECTED_HEADERS]);
  for (let c = 1; c <= 5; c++) header.getCell(c).style = HEADER;
  header.commit();
  for (const rejected of submission.rejected) {
    rows.addStyled(rejectedRowCells(rejected), styles, 5);
  }
  if (submission.rejected.length === 0) rows.add(["", "Tidak ada baris yang ditolak."]).commit();
  sheet.commit();

  // Written last, so it can name every cell cut so far in this workbook (and in the main one before it).
  const rowsOfKeterangan = cuts.cells.length ? [...keterangan, ["Sel dipotong", cuts.describe()] as const] : keterangan;
  writeKeyValueSheet(book, "Keterangan", rowsOfKeterangan, 32, 100, cuts);
}

function writeKeyValueSheet(
  book: Book,
  name: string,
  rows: ReadonlyArray<readonly [string, string]>,
  labelWidth: number,
  valueWidth: number,
  cuts: TextCuts,
): void {
  const safeName = sheetNameText(name);
  const sheet = book.addWorksheet(safeName);
  sheet.columns = [
    { width: labelWidth, style: TEXT },
    { width: valueWidth, style: WRAPPED_TEXT },
  ];
  const styles = [TEXT, WRAPPED_TEXT];
  const writer = new RowWriter(sheet, safeName, ["A", "B"], cuts);
  for (const [label, value] of rows) writer.addStyled([label, value], styles, 2);
  sheet.commit();
}
