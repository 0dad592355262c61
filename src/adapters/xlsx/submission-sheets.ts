import { withKeyValueRow, type SubmissionSheetLayout } from "../../domain/ekspor";
import type { TextCuts } from "./write-cell-text";
import type { XlsxWriter } from "./writer";
import { writeLayoutSheet } from "./writer/write-layout";

/**
 * Writes the submission's sheets for one file (the domain's layouts, `submissionLayouts`) into `book`, in
 * order. "Keterangan" comes last in its file and also names every cell cut so far, in this file and the
 * one before: `cuts` is the list the writers' `onCut` fills. Shared by the CLI's `ekspor` (a file through
 * `writeXlsxFile`) and the pane's export (bytes through `xlsxBytes`), so both write the same workbook.
 * Browser-safe: no Node module.
 */
export function writeSubmissionSheets(book: XlsxWriter, sheets: ReadonlyArray<SubmissionSheetLayout>, cuts: TextCuts): void {
  for (const sheet of sheets) {
    const written = sheet.role === "keterangan" && cuts.cells.length > 0 ? withKeyValueRow(sheet, "Sel dipotong", cuts.describe()) : sheet;
    writeLayoutSheet(book, written.name, written.layout);
  }
}
