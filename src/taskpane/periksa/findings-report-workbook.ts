import { writeFindingsReportSheets } from "../../adapters/xlsx/findings-report-sheets";
import { xlsxBytes } from "../../adapters/xlsx/writer";
import type { FindingsReport } from "../../domain/report";

/**
 * The findings report as the bytes of a new .xlsx, made in the pane by our streaming writer: the same
 * sheets and page setup `periksa --laporan` writes (`findings-report-sheets.ts`: NIK columns as text,
 * landscape, fit to width, the heading row on every page, page numbers). Async as before, so callers need
 * not change.
 */
export async function findingsReportBytes(report: FindingsReport): Promise<Uint8Array> {
  return xlsxBytes((book) => {
    book.creator = "pekerja-rentan";
    writeFindingsReportSheets(book, report);
  });
}
