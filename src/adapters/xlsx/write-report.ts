import ExcelJS from "exceljs";
import { columnLetters, parseRangeAddress } from "../../domain/cell/a1";
import { isLayoutFormula, layoutNumberFormat, TEXT_FORMAT } from "../../domain/layout/sheet-layout";
import type { FindingsReport, PageSetup, ReportSheet } from "../../domain/report";
import { type AtomicWriteOptions, writeAtomically } from "./write-atomic";
import { type CutCell, sheetNameText, TextCuts } from "./write-cell-text";
import { markWorkbook } from "./write-marker";

/** Excel's paper size codes (ECMA-376 §18.3.1.63): 9 is A4. */
const PAPER_SIZE: Readonly<Record<PageSetup["paperSize"], number>> = { A4: 9 };

/**
 * Writes the findings report as a new workbook (never the user's): one worksheet per report sheet, with its
 * page setup (orientation, fit to width, the heading row repeated on every printed page, page numbers).
 * exceljs for now; the project's streaming writer will replace this one function. Written under a temporary
 * name and renamed (`write-atomic.ts`), marked as our output so `gabung` never takes it for a village's list.
 */
export async function writeFindingsReport(file: string, report: FindingsReport, options: AtomicWriteOptions = {}): Promise<{ readonly cut: readonly CutCell[] }> {
  const cuts = new TextCuts();
  const book = new ExcelJS.Workbook();
  markWorkbook(book, "laporan");
  book.title = report.title;
  for (const sheet of report.sheets) renderSheet(book, sheet, cuts);
  await writeAtomically(file, (temporary) => book.xlsx.writeFile(temporary), options);
  return { cut: cuts.cells };
}

function renderSheet(book: ExcelJS.Workbook, sheet: ReportSheet, cuts: TextCuts): void {
  const { layout, pageSetup } = sheet;
  const name = sheetNameText(sheet.name);
  const frozen = layout.frozenRows ?? 0;
  const ws = book.addWorksheet(name, {
    views: frozen > 0 ? [{ state: "frozen", ySplit: frozen }] : undefined,
    pageSetup: {
      orientation: pageSetup.orientation,
      paperSize: PAPER_SIZE[pageSetup.paperSize] as ExcelJS.PaperSize,
      fitToPage: pageSetup.fitToWidth,
      fitToWidth: 1,
      // 0: as many pages down as the list needs.
      fitToHeight: 0,
      printTitlesRow: `${pageSetup.printTitleRows.first}:${pageSetup.printTitleRows.last}`,
    },
    headerFooter: { oddFooter: pageSetup.footer },
  });
  layout.columnWidths?.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  // Whole text columns first, so a NIK typed into the printed list later stays text too.
  for (const column of layout.textColumns ?? []) ws.getColumn(column).numFmt = TEXT_FORMAT;
  layout.cells.forEach((values, i) => {
    values.forEach((value, j) => {
      if (value === null || value === undefined) return;
      const cell = ws.getCell(i + 1, j + 1);
      const format = layoutNumberFormat(layout, i, j) ?? (layout.textColumns?.includes(j + 1) ? TEXT_FORMAT : null);
      if (format) cell.numFmt = format;
      if (isLayoutFormula(value)) cell.value = { formula: value.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
      else cell.value = typeof value === "string" ? cuts.text(value, name, i + 1, columnLetters(j + 1)) : value;
    });
  });
  for (const style of layout.styles ?? []) {
    const range = parseRangeAddress(style.range);
    if (!range) continue;
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        const cell = ws.getCell(r, c);
        if (style.bold || style.italic) cell.font = { ...cell.font, ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}) };
        if (style.wrap) cell.alignment = { ...cell.alignment, wrapText: true, vertical: "top" };
        if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${style.fill.slice(1).toUpperCase()}` } };
      }
    }
  }
}
