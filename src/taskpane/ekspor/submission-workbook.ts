import type { SubmissionSheet } from "./submission-sheets";

type ExcelJsModule = typeof import("exceljs");

/**
 * exceljs is loaded only when a file is made: its browser build is most of the export's weight, and the
 * pane must open fast. webpack puts it in a chunk of its own, fetched from the add-in's own server.
 */
async function loadExcelJs(): Promise<ExcelJsModule> {
  const loaded = (await import(/* webpackChunkName: "exceljs" */ "exceljs")) as ExcelJsModule & { default?: ExcelJsModule };
  return loaded.default ?? loaded;
}

const HEADER_FILL = "FFFFF2CC";

/**
 * The submission as .xlsx bytes, made in the pane: the main file to upload and, for a template that
 * wants Ditolak and Keterangan apart, a companion file. Text columns (NIK, No. KK, HP) are text cells
 * with the "@" format on the cells and their columns, so all 16 digits stay and what is typed later into
 * the column stays text too; strings are shared strings, as Excel writes them.
 */
export async function submissionWorkbooks(sheets: ReadonlyArray<SubmissionSheet>): Promise<{ main: Uint8Array; companion?: Uint8Array }> {
  const ExcelJS = await loadExcelJs();
  const write = async (file: SubmissionSheet["file"]) => {
    const book = new ExcelJS.Workbook();
    book.creator = "pekerja-rentan";
    for (const sheet of sheets.filter((s) => s.file === file)) addSheet(book, sheet);
    const buffer = await book.xlsx.writeBuffer({ useSharedStrings: true, useStyles: true } as never);
    return new Uint8Array(buffer as ArrayBuffer);
  };
  const main = await write("main");
  return sheets.some((s) => s.file === "companion") ? { main, companion: await write("companion") } : { main };
}

function addSheet(book: InstanceType<ExcelJsModule["Workbook"]>, sheet: SubmissionSheet): void {
  const worksheet = book.addWorksheet(sheet.name, sheet.headerRow > 0 ? { views: [{ state: "frozen", ySplit: sheet.headerRow }] } : undefined);
  const text = new Set(sheet.textColumns);
  const money = new Set(sheet.moneyColumns);
  const wrap = new Set(sheet.wrapColumns);
  const width = Math.max(sheet.widths.length, ...sheet.rows.map((row) => row.length));
  for (let c = 1; c <= width; c++) {
    const column = worksheet.getColumn(c);
    column.width = sheet.widths[c - 1] ?? 12;
    if (text.has(c)) column.numFmt = "@";
    else if (money.has(c)) column.numFmt = "#,##0";
    if (wrap.has(c)) column.alignment = { wrapText: true, vertical: "top" };
  }
  sheet.rows.forEach((values, i) => {
    const r = i + 1;
    const row = worksheet.getRow(r);
    values.forEach((value, j) => {
      if (value === null || value === undefined) return;
      const cell = row.getCell(j + 1);
      // Format before value, as in Excel: a digit string must never pass through a number.
      if (text.has(j + 1) || r <= sheet.headerRow) cell.numFmt = "@";
      else if (money.has(j + 1)) cell.numFmt = "#,##0";
      cell.value = value;
      if (wrap.has(j + 1)) cell.alignment = { wrapText: true, vertical: "top" };
    });
    if (r < sheet.headerRow) row.font = { bold: true };
    if (r === sheet.headerRow) {
      for (let c = 1; c <= values.length; c++) {
        const cell = row.getCell(c);
        cell.font = { bold: true };
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
      }
    }
  });
}

/** Base64 of bytes, as `Excel.createWorkbook` takes them; in slices, so a large file does not overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
