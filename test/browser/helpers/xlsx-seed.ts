import ExcelJS from "exceljs";
import type { CellSeed, SheetSeed, WorkbookSeed } from "../../support/fake-excel/workbook-model";

/** Excel's serial for a date exceljs read as UTC midnight (1900 date system). */
function serialOf(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

function cellSeed(cell: ExcelJS.Cell): CellSeed {
  const f = cell.numFmt || undefined;
  const withFormat = (v: string | number | boolean): CellSeed => (f ? { v, f } : v);
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return null;
    case ExcelJS.ValueType.Number:
      // A NIK typed as a number stays a number cell (the damage the check must find).
      return withFormat(cell.value as number);
    case ExcelJS.ValueType.Date:
      return { v: serialOf(cell.value as Date), f: f ?? "dd-mm-yyyy" };
    case ExcelJS.ValueType.Boolean:
      return withFormat(cell.value as boolean);
    case ExcelJS.ValueType.Error:
      return { e: (cell.value as { error: string }).error, f };
    case ExcelJS.ValueType.Formula: {
      const result = (cell.value as ExcelJS.CellFormulaValue).result;
      if (result instanceof Date) return Number.isNaN(result.getTime()) ? { e: "#N/A", f } : { v: serialOf(result), f };
      if (result !== null && typeof result === "object" && "error" in result) return { e: String(result.error), f };
      // exceljs drops the cached error of a date-formatted formula cell (t="e"): Excel shows it as an error.
      if (result === null || result === undefined) return { e: "#N/A", f };
      return withFormat(result as string | number | boolean);
    }
    default: {
      const text = cell.text;
      return text === "" ? null : withFormat(text);
    }
  }
}

/**
 * A workbook file as the simulated Excel's seed, cell for cell: values with their number formats (a
 * text-formatted NIK stays text, a NIK typed as a number stays a number), dates as serials, merged
 * ranges, and formula cells as their cached results.
 */
export async function seedFromXlsx(file: string): Promise<WorkbookSeed> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheets: SheetSeed[] = book.worksheets.map((worksheet) => {
    const cells: CellSeed[][] = [];
    worksheet.eachRow({ includeEmpty: true }, (row, r) => {
      const values: CellSeed[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => (values[c - 1] = cellSeed(cell)));
      cells[r - 1] = Array.from(values, (value) => value ?? null);
    });
    return {
      name: worksheet.name,
      cells: Array.from(cells, (row) => row ?? []),
      merges: worksheet.model.merges ?? [],
    };
  });
  return { sheets };
}
