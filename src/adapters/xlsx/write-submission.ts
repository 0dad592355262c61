import { basename, dirname, extname, join } from "node:path";
import { submissionLayouts, type Submission, type SubmissionSheetLayout } from "../../domain/ekspor";
import { writeSubmissionSheets } from "./submission-sheets";
import type { AtomicWriteOptions } from "./write-atomic";
import { TextCuts, type CutCell } from "./write-cell-text";
import { markWorkbook, type OutputKind } from "./write-marker";
import { writeXlsxFile } from "./writer/write-xlsx-file";

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
 * evaluated, so no formula can be smuggled in through a name. Every text is made safe for the file by our
 * writer: XML-illegal characters escaped, cells cut at Excel's 32,767 characters and listed. The file is
 * streamed beside `path` under a temporary name and renamed when complete, the temporary file removed on
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
  await writeWorkbook(path, "pengajuan", options, cuts, sheets.filter((s) => s.file === "main"));
  if (!sheets.some((s) => s.file === "companion")) return { main: path, cut: cuts.cells };
  const companion = companionPath(path);
  await writeWorkbook(companion, "keterangan", options, cuts, sheets.filter((s) => s.file === "companion"));
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
  await writeWorkbook(path, "keterangan", options, cuts, sheets);
  return { cut: cuts.cells };
}

/** "out/desa.xlsx" -> "out/desa-keterangan.xlsx" (also for "desa.csv"). */
export function companionPath(path: string): string {
  return join(dirname(path), `${basename(path, extname(path))}-keterangan.xlsx`);
}

async function writeWorkbook(path: string, kind: OutputKind, options: AtomicWriteOptions, cuts: TextCuts, sheets: ReadonlyArray<SubmissionSheetLayout>): Promise<void> {
  // Shared strings (t="s"), as Excel itself writes them (our writer's default): an upload parser of unknown
  // make reads those for sure, where an inline form might be taken for a number and round a NIK.
  await writeXlsxFile(
    path,
    (book) => {
      markWorkbook(book, kind);
      writeSubmissionSheets(book, sheets, cuts);
    },
    { ...options, onCut: (cell) => cuts.cells.push(cell) },
  );
}
