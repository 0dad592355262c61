import { withKeyValueRow, type SubmissionSheetLayout } from "../../domain/ekspor";
import { addLayoutSheet } from "../../adapters/xlsx/render-layout";
import { TextCuts } from "../../adapters/xlsx/write-cell-text";

type ExcelJsModule = typeof import("exceljs");

/**
 * exceljs is loaded only when a file is made: its browser build is most of the export's weight, and the
 * pane must open fast. webpack puts it in a chunk of its own, fetched from the add-in's own server.
 */
async function loadExcelJs(): Promise<ExcelJsModule> {
  const loaded = (await import(/* webpackChunkName: "exceljs" */ "exceljs")) as ExcelJsModule & { default?: ExcelJsModule };
  return loaded.default ?? loaded;
}

/**
 * The submission as .xlsx bytes, made in the pane from the domain's sheet layouts: the main file to
 * upload and, for a template that wants Ditolak and Keterangan apart, a companion file. Text columns
 * (NIK, No. KK, HP) are text cells with the "@" format on the cells and their columns; every text is made
 * safe as the CLI's writer makes it (XML-illegal characters escaped, cells cut at Excel's limit and named
 * in "Keterangan"); strings are shared strings, as Excel writes them.
 */
export async function submissionWorkbooks(sheets: ReadonlyArray<SubmissionSheetLayout>): Promise<{ main: Uint8Array; companion?: Uint8Array }> {
  const ExcelJS = await loadExcelJs();
  const cuts = new TextCuts();
  const write = async (file: SubmissionSheetLayout["file"]) => {
    const book = new ExcelJS.Workbook();
    book.creator = "pekerja-rentan";
    for (const sheet of sheets.filter((s) => s.file === file)) {
      // Keterangan comes last, so it can name every cell cut so far.
      const written = sheet.role === "keterangan" && cuts.cells.length > 0 ? withKeyValueRow(sheet, "Sel dipotong", cuts.describe()) : sheet;
      addLayoutSheet(book, written.name, written.layout, cuts);
    }
    const buffer = await book.xlsx.writeBuffer({ useSharedStrings: true, useStyles: true } as never);
    return new Uint8Array(buffer as ArrayBuffer);
  };
  const main = await write("main");
  return sheets.some((s) => s.file === "companion") ? { main, companion: await write("companion") } : { main };
}

/** Base64 of bytes, as `Excel.createWorkbook` takes them; in slices, so a large file does not overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
