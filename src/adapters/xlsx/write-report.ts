import type { FindingsReport } from "../../domain/report";
import { writeFindingsReportSheets } from "./findings-report-sheets";
import type { AtomicWriteOptions } from "./write-atomic";
import { TextCuts, type CutCell } from "./write-cell-text";
import { markWorkbook } from "./write-marker";
import { writeXlsxFile } from "./writer/write-xlsx-file";

/**
 * Writes the findings report as a new workbook (never the user's), laid out and paged as the pane's
 * (`findings-report-sheets.ts`). Streamed by our writer under a temporary name renamed when complete
 * (`write-atomic.ts`), marked as our output so `gabung` never takes it for a village's list. Returns the
 * cells cut at Excel's limit.
 */
export async function writeFindingsReport(file: string, report: FindingsReport, options: AtomicWriteOptions = {}): Promise<{ readonly cut: readonly CutCell[] }> {
  const cuts = new TextCuts();
  await writeXlsxFile(
    file,
    (book) => {
      markWorkbook(book, "laporan");
      writeFindingsReportSheets(book, report);
    },
    { ...options, onCut: (cell) => cuts.cells.push(cell) },
  );
  return { cut: cuts.cells };
}
