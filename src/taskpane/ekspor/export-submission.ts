import type { CellValue, ExcelGateway } from "../../adapters/office";
import { describeSubmission, submissionLayouts, type Submission } from "../../domain/ekspor";
import { isLayoutFormula, type SheetLayout } from "../../domain/layout/sheet-layout";
import { bytesToBase64, submissionWorkbooks } from "./submission-workbook";

export interface ExportContext {
  /** Where the workers came from, for the Keterangan sheet: `lembar "Data Pekerja"`. */
  readonly source: string;
  readonly now: Date;
  /** Reports a step (label, share done); throws to stop before the next one when the user cancelled. */
  readonly step?: (label: string, value?: number) => void;
}

export interface ExportResult {
  /** New workbooks opened (1, or 2 with a companion), or 0 when sheets were added to this workbook. */
  readonly workbooks: number;
  /** Sheets added to this workbook by the fallback, in order. */
  readonly sheets: ReadonlyArray<string>;
  /** File names of the workbooks downloaded instead of opened (the browser page has no Excel to open them in). */
  readonly downloaded: ReadonlyArray<string>;
  /** Size of the .xlsx files made, in bytes. */
  readonly bytes: number;
}

function keterangan(submission: Submission, context: ExportContext) {
  return describeSubmission(submission, { sourceFile: context.source, generatedAt: timestamp(context.now) });
}

/**
 * Opens the submission as a new workbook (`Excel.createWorkbook`, ExcelApi 1.8), the .xlsx made in the
 * pane; a template that wants Ditolak and Keterangan apart gets a second workbook for them. The secretary
 * saves it from Excel: no download, which desktop webviews do not support reliably.
 */
export async function openAsNewWorkbook(gateway: ExcelGateway, submission: Submission, context: ExportContext): Promise<ExportResult> {
  context.step?.("Menyusun berkas .xlsx…", 0.2);
  const books = await submissionWorkbooks(submissionLayouts(submission, keterangan(submission, context)));
  context.step?.("Membuka buku kerja baru…", 0.7);
  const made = [await gateway.createWorkbook(bytesToBase64(books.main))];
  if (books.companion) made.push(await gateway.createWorkbook(bytesToBase64(books.companion)));
  const downloaded = made.flatMap((workbook) => (workbook.kind === "downloaded" ? [workbook.fileName] : []));
  return { workbooks: made.length, sheets: [], downloaded, bytes: books.main.length + (books.companion?.length ?? 0) };
}

/**
 * Where Excel cannot open a new workbook: the same sheets added to this workbook, each with its text
 * columns formatted "@" before the values, then the submission sheet shown.
 */
export async function addAsSheets(gateway: ExcelGateway, submission: Submission, context: ExportContext): Promise<ExportResult> {
  const sheets = submissionLayouts(submission, keterangan(submission, context));
  const names: string[] = [];
  for (const [i, sheet] of sheets.entries()) {
    context.step?.(`Menambahkan lembar "${sheet.name}"…`, (i + 1) / (sheets.length + 1));
    names.push(await gateway.addSheet(sheet.name, layoutValues(sheet.layout), sheet.layout.textColumns ?? []));
  }
  const main = names[sheets.findIndex((sheet) => sheet.name === submission.sheetName)];
  if (main) await gateway.selectCell(main, 1, 1);
  return { workbooks: 0, sheets: names, downloaded: [], bytes: 0 };
}

/** The layout's cells as plain values (a submission holds no formulas; one would be written as its text). */
function layoutValues(layout: SheetLayout): CellValue[][] {
  return layout.cells.map((row) => row.map((cell) => (isLayoutFormula(cell) ? cell.formula : cell)));
}

function timestamp(date: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(date.getDate())}-${p(date.getMonth() + 1)}-${date.getFullYear()} ${p(date.getHours())}:${p(date.getMinutes())}`;
}
