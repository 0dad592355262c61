import type { SheetInfo } from "../../adapters/office";

/**
 * A sheet whose name says it holds an extract ("DTKS", "Data DTSEN 2026", "Desil SIKS-NG", "BNBA
 * Desa"). Only such a sheet is ever offered by default: never the active sheet, which is usually the
 * worker list itself.
 */
export const EXTRACT_SHEET = /dtks|dtsen|desil|bnba/i;

/** The sheet offered as the extract when the tab opens, if any: named like one, and not the worker sheet. */
export function suggestedExtractSheet(sheets: readonly SheetInfo[], workerSheet: string | undefined): string | undefined {
  return sheets.find((sheet) => sheet.visible && EXTRACT_SHEET.test(sheet.name) && sheet.name.toLowerCase() !== workerSheet?.toLowerCase())?.name;
}
