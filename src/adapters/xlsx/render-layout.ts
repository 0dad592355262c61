import type { Workbook, Worksheet } from "exceljs";
import { columnLetters, parseRangeAddress } from "../../domain/cell/a1";
import { isLayoutFormula, layoutColumnFormat, layoutNumberFormat, layoutWidth, type LayoutStyle, type SheetLayout } from "../../domain/layout/sheet-layout";
import { sheetNameText, type TextCuts } from "./write-cell-text";

/**
 * Adds one domain `SheetLayout` to an exceljs workbook (the in-memory `Workbook`, as the pane and the
 * rekap use; the CLI's streamed submission has its own renderer for speed). Only types come from exceljs,
 * so the pane still loads exceljs itself, on demand. Every text is made safe for the file and cut at
 * Excel's limit through `cuts` (`write-cell-text.ts`); number formats go on before values, so a digit
 * string never passes through a number. Returns the sheet, named as written (illegal characters dropped).
 */
export function addLayoutSheet(book: Workbook, name: string, layout: SheetLayout, cuts: TextCuts): Worksheet {
  const sheetName = sheetNameText(name);
  const frozen = layout.frozenRows ?? 0;
  const sheet = book.addWorksheet(sheetName, frozen > 0 ? { views: [{ state: "frozen", ySplit: frozen }] } : undefined);
  const wrap = new Set(layout.wrapColumns ?? []);
  const width = layoutWidth(layout);
  for (let c = 1; c <= width; c++) {
    const column = sheet.getColumn(c);
    column.width = layout.columnWidths?.[c - 1] ?? 12;
    const format = layoutColumnFormat(layout, c - 1);
    if (format) column.numFmt = format;
    if (wrap.has(c)) column.alignment = { wrapText: true, vertical: "top" };
  }
  const headers = frozen > 0 ? (layout.cells[frozen - 1] ?? []) : [];
  layout.cells.forEach((values, i) => {
    const row = sheet.getRow(i + 1);
    values.forEach((value, j) => {
      if (value === null || value === undefined) return;
      const cell = row.getCell(j + 1);
      const format = layoutNumberFormat(layout, i, j);
      if (format) cell.numFmt = format;
      if (isLayoutFormula(value)) cell.value = { formula: value.formula.replace(/^=/, ""), result: undefined } as never;
      else if (typeof value === "string") cell.value = cuts.text(value, sheetName, i + 1, headerName(headers[j], j + 1));
      else cell.value = value;
      if (wrap.has(j + 1)) cell.alignment = { wrapText: true, vertical: "top" };
    });
  });
  for (const style of layout.styles ?? []) applyStyle(sheet, style);
  return sheet;
}

function headerName(header: unknown, column: number): string {
  return typeof header === "string" && header !== "" ? header : columnLetters(column);
}

function applyStyle(sheet: Worksheet, style: LayoutStyle): void {
  const range = parseRangeAddress(style.range);
  if (!range) return;
  for (let r = range.top; r <= range.bottom; r++) {
    for (let c = range.left; c <= range.right; c++) {
      const cell = sheet.getCell(r, c);
      if (style.bold || style.italic) cell.font = { ...cell.font, ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}) };
      if (style.wrap) cell.alignment = { ...cell.alignment, wrapText: true, vertical: "top" };
      if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${style.fill.slice(1).toUpperCase()}` } };
    }
  }
}
