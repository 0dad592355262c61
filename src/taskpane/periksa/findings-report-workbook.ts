import type { Worksheet } from "exceljs";
import { addLayoutSheet } from "../../adapters/xlsx/render-layout";
import { TextCuts } from "../../adapters/xlsx/write-cell-text";
import type { FindingsReport, PageSetup } from "../../domain/report";

type ExcelJsModule = typeof import("exceljs");

/** Excel's paper size codes (ECMA-376 §18.3.1.63): 9 is A4, 14 is Folio, sold as F4 in Indonesia. */
const PAPER_SIZE: Readonly<Record<string, number>> = { A4: 9, F4: 14 };

/** exceljs is loaded only when a file is made (it is most of the weight): the same chunk the export uses. */
async function loadExcelJs(): Promise<ExcelJsModule> {
  const loaded = (await import(/* webpackChunkName: "exceljs" */ "exceljs")) as ExcelJsModule & { default?: ExcelJsModule };
  return loaded.default ?? loaded;
}

function printAs(sheet: Worksheet, setup: PageSetup): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: setup.orientation,
    paperSize: (PAPER_SIZE[setup.paperSize] ?? PAPER_SIZE.A4) as never,
    fitToPage: setup.fitToWidth,
    fitToWidth: 1,
    // 0: as many pages down as the list needs.
    fitToHeight: 0,
    printTitlesRow: `${setup.printTitleRows.first}:${setup.printTitleRows.last}`,
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: setup.footer };
}

/**
 * The findings report as the bytes of a new .xlsx, made in the pane: each sheet of the domain's layout,
 * NIK columns as text, with its page setup (landscape, fit to width, the heading row on every page).
 */
export async function findingsReportBytes(report: FindingsReport): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  book.creator = "pekerja-rentan";
  book.title = report.title;
  const cuts = new TextCuts();
  for (const sheet of report.sheets) printAs(addLayoutSheet(book, sheet.name, sheet.layout, cuts), sheet.pageSetup);
  const buffer = await book.xlsx.writeBuffer({ useSharedStrings: true, useStyles: true } as never);
  return new Uint8Array(buffer as ArrayBuffer);
}
