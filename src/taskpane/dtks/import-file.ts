import type { CellValue } from "../../adapters/office";
import { parseCsv } from "../../adapters/xlsx/csv-parser";
import { cellText, type RawCell } from "../../domain/cell/raw-cell";
import type { SheetGrid } from "../../domain/cell/sheet-grid";
import { locateTable } from "../../domain/table/locate-table";
import { DTKS_FIELD_SYNONYMS, type DtksField } from "../../domain/dtks/dtks-record";

/** Imported sheets are named "Impor <name>", so the secretary sees where they came from. */
export const IMPORT_PREFIX = "Impor ";

export type ImportKind = "xlsx" | "csv";

/** By extension: what the file input accepts. */
export function importKind(fileName: string): ImportKind | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return extension === "xlsx" ? "xlsx" : extension === "csv" || extension === "txt" ? "csv" : undefined;
}

/** Bytes as base64, in slices: `String.fromCharCode(...bytes)` on a whole file overflows the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  const slice = 0x8000;
  for (let i = 0; i < bytes.length; i += slice) binary += String.fromCharCode(...bytes.subarray(i, i + slice));
  return btoa(binary);
}

/**
 * A CSV file's text: UTF-8 (with or without BOM) as SIKS-NG exports it, else Windows-1252, which is
 * what Excel on an Indonesian Windows writes for "CSV (Comma delimited)".
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** Columns whose text Excel would change if written into a General cell. */
const DTKS_TEXT_FIELDS: ReadonlyArray<DtksField> = ["nik", "no_kk", "id_dtks", "tanggal_lahir"];

/**
 * A CSV extract as rows to write to a new sheet, the grid those rows make, and the columns to format
 * as Text first: the NIK, KK, ID and birth-date columns (found by their headers), and any column with
 * a value Excel would turn into something else (12+ digits, a leading zero, a leading "=", "+" or "-").
 */
export function csvSheet(text: string, sheetName: string): { rows: CellValue[][]; textColumns: number[]; grid: SheetGrid } {
  const parsed = parseCsv(text).rows;
  const grid: SheetGrid = { name: sheetName, firstRow: 1, firstColumn: 1, rows: parsed };
  const textColumns = new Set<number>();
  const found = locateTable<DtksField>(grid, { synonyms: DTKS_FIELD_SYNONYMS, minFields: 2, identityFields: ["nik", "nama"] });
  if (found.found) {
    for (const field of DTKS_TEXT_FIELDS) {
      const column = found.table.mapping[field]?.column;
      if (column !== undefined) textColumns.add(column);
    }
  }
  const rows = parsed.map((row) =>
    row.map((cell: RawCell, i) => {
      const value = cell.kind === "text" ? cell.text : (cellText(cell) ?? "");
      if (wouldBeChanged(value)) textColumns.add(i + 1);
      return value;
    }),
  );
  return { rows, textColumns: [...textColumns].sort((a, b) => a - b), grid };
}

/** A value Excel would turn into something else in a General cell: a formula, a number losing digits or its leading zero. */
export function wouldBeChanged(value: string): boolean {
  const trimmed = value.trim();
  if (/^[=+\-@]/.test(trimmed)) return true;
  if (!/^\d+$/.test(trimmed)) return false;
  return trimmed.length >= 12 || (trimmed.length > 1 && trimmed.startsWith("0"));
}

/** "dtks_2026 (final).csv" -> "Impor dtks_2026 (final)". */
export function importedSheetName(fileName: string): string {
  return `${IMPORT_PREFIX}${fileName.replace(/\.[^.]+$/, "")}`;
}
