import type { FindingsReport } from "../../domain/report";
import type { XlsxWriter } from "./writer";
import { writeLayoutSheet } from "./writer/write-layout";

/**
 * Writes the findings report into `book`: one worksheet per report sheet (the domain's layout: NIK columns
 * as text, bold heading, frozen) with its page setup: orientation, A4, one page wide and as many down as
 * the list needs, the heading row (row 6, under the title block) repeated on every printed page, page
 * numbers in the footer. Shared by `periksa --laporan` and the pane's "Buat laporan temuan"; browser-safe.
 */
export function writeFindingsReportSheets(book: XlsxWriter, report: FindingsReport): void {
  book.title = report.title;
  for (const sheet of report.sheets) {
    const { orientation, paperSize, fitToWidth, printTitleRows, footer } = sheet.pageSetup;
    writeLayoutSheet(book, sheet.name, sheet.layout, {
      page: { orientation, paper: paperSize, fitToWidth, footer },
      printTitleRows,
    });
  }
}
