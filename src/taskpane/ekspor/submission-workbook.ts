import type { SubmissionSheetLayout } from "../../domain/ekspor";
import { writeSubmissionSheets } from "../../adapters/xlsx/submission-sheets";
import { TextCuts } from "../../adapters/xlsx/write-cell-text";
import { xlsxBytes } from "../../adapters/xlsx/writer";

/**
 * The submission as .xlsx bytes, made in the pane from the domain's sheet layouts by our streaming writer
 * (the same sheets the CLI's `ekspor` writes, `submission-sheets.ts`): the main file to upload and, for a
 * template that wants Ditolak and Keterangan apart, a companion file. Text columns (NIK, No. KK, HP) are
 * text cells with the "@" format on the cells and their columns; every text is made safe (XML-illegal
 * characters escaped, cells cut at Excel's limit and named in "Keterangan"); strings are shared strings,
 * as Excel writes them. Async as before, so callers need not change.
 */
export async function submissionWorkbooks(sheets: ReadonlyArray<SubmissionSheetLayout>): Promise<{ main: Uint8Array; companion?: Uint8Array }> {
  const cuts = new TextCuts();
  const write = (file: SubmissionSheetLayout["file"]) =>
    xlsxBytes(
      (book) => {
        book.creator = "pekerja-rentan";
        writeSubmissionSheets(book, sheets.filter((s) => s.file === file), cuts);
      },
      { onCut: (cell) => cuts.cells.push(cell) },
    );
  const main = write("main");
  return sheets.some((s) => s.file === "companion") ? { main, companion: write("companion") } : { main };
}

/** Base64 of bytes, as `Excel.createWorkbook` takes them; in slices, so a large file does not overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
