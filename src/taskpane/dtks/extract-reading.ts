import { CsvParser } from "../../adapters/xlsx/csv-parser";
import { cellText, EMPTY_CELL, textCell, type RawCell } from "../../domain/cell/raw-cell";
import type { SheetGrid } from "../../domain/cell/sheet-grid";
import { buildDtksExtract, isWorkerTableHeader, type DtksExtract } from "../../domain/dtks/dtks-extract";
import { DTKS_FIELD_SYNONYMS, type DtksField } from "../../domain/dtks/dtks-record";
import { DtksExtractReader, readExtractWorkbook, type ExtractPart } from "../../domain/dtks/read-dtks-extract";
import { headerMatcher } from "../../domain/table/header-match";
import type { MappedColumn } from "../../domain/table/worker-table";

/** The secretary's corrections to one file's mapping: a column (1-based), or null for "no column". */
export type ExtractOverrides = Partial<Record<DtksField, number | null>>;

/** Corrections with the header row they were made on (a correction only applies to that row). */
export interface PartOverrides {
  readonly headerRow: number;
  readonly fields: ExtractOverrides;
}

/** One file (or sheet) of the extract as read, with what the mapping editor needs to offer corrections. */
export interface ReadPart {
  readonly part: ExtractPart;
  /** The header row's cells as the file has them (before any correction), left to right. */
  readonly headerCells: readonly MappedColumn[];
  /** The mapping the header names alone give (the first reading). */
  readonly automatic: ExtractPart["mapping"];
}

export type ReadPartResult = { readonly ok: true; readonly read: ReadPart } | { readonly ok: false; readonly message: string };

/** The fields the mapping editor shows, in the order a secretary checks them. */
export const EDITABLE_EXTRACT_FIELDS: readonly DtksField[] = [
  "nik",
  "no_kk",
  "nama",
  "tanggal_lahir",
  "desil_nasional",
  "desil_provinsi",
  "desil_kabupaten_kota",
  "pbi_nas",
  "pbi_pemda",
  "status_bekerja",
  "status_dalam_pekerjaan_utama",
  "kode_desa",
];

/** Header text that names no field: what a column a correction took away from a field is read as. */
const IGNORED_HEADER = "(diabaikan)";
/** Rows kept from the top of a CSV file: the header is within them (the reader scans as many). */
const HEAD_ROWS = 20;

/**
 * The header row with the corrections written into it: a column given to a field is renamed to the
 * field's own DTSEN name (an exact name wins over every other header), and every other column whose
 * header names a corrected field is renamed to a text naming none. The reader then maps the row as
 * corrected, so a correction is read exactly as the file's own header would be.
 */
export function correctedHeaderRow(row: readonly RawCell[], fields: ExtractOverrides, firstColumn = 1): RawCell[] {
  const matcher = headerMatcher(DTKS_FIELD_SYNONYMS);
  const corrected = new Set(Object.keys(fields) as DtksField[]);
  const given = new Map<number, DtksField>();
  for (const [field, column] of Object.entries(fields) as Array<[DtksField, number | null]>) if (typeof column === "number") given.set(column, field);
  const width = Math.max(row.length, ...[...given.keys()].map((column) => column - firstColumn + 1));
  const out: RawCell[] = [];
  for (let i = 0; i < width; i++) {
    const column = firstColumn + i;
    const cell = row[i] ?? EMPTY_CELL;
    const field = given.get(column);
    if (field) {
      out.push(textCell(DTKS_FIELD_SYNONYMS[field][0]));
      continue;
    }
    const text = cellText(cell);
    const named = text === undefined ? undefined : matcher.match(text)?.field;
    out.push(named !== undefined && corrected.has(named) ? textCell(IGNORED_HEADER) : cell);
  }
  return out;
}

/** Sets one field's column (or none), releasing the column from any other corrected field. */
export function withExtractOverride(overrides: ExtractOverrides, field: DtksField, column: number | null): ExtractOverrides {
  const next: ExtractOverrides = {};
  for (const [other, value] of Object.entries(overrides) as Array<[DtksField, number | null]>) {
    if (other !== field) next[other] = column !== null && value === column ? null : value;
  }
  next[field] = column;
  return next;
}

/** Every text cell of a row, as mapping choices: `{ column, header }`. */
function headerCellsOf(row: readonly RawCell[] | undefined, firstColumn: number): MappedColumn[] {
  const cells: MappedColumn[] = [];
  (row ?? []).forEach((cell, i) => {
    const text = cellText(cell);
    if (text !== undefined) cells.push({ column: firstColumn + i, header: text.replace(/\s+/g, " ") });
  });
  return cells;
}

/**
 * Reads a CSV extract in memory, row by row: the bytes are decoded in slices and each row goes
 * straight into the reader, so a DTSEN member file never exists as a grid (nor as a sheet).
 * UTF-8 (the DTSEN and SIKS-NG exports) or, when that fails, Windows-1252 (Excel's "CSV" on Windows).
 */
export async function readCsvPart(
  bytes: Uint8Array,
  name: string,
  year: number,
  partIndex: number,
  options: { readonly overrides?: PartOverrides; readonly automatic?: ExtractPart["mapping"]; readonly pause?: () => Promise<void> } = {},
): Promise<ReadPartResult> {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8";
  try {
    return await readCsvAs(bytes, encoding, name, year, partIndex, options);
  } catch (error) {
    if (encoding !== "utf-8" || !isDecodingError(error)) throw error;
    // Not valid UTF-8: what was read is dropped and the file is read again in the Windows code page.
    return readCsvAs(bytes, "windows-1252", name, year, partIndex, options);
  }
}

/** The decoder's refusal of bytes that are not UTF-8 (a TypeError, possibly of another realm). */
function isDecodingError(error: unknown): boolean {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return name === "TypeError" && typeof message === "string" && /encod/i.test(message);
}

/** Decoded in slices, with a pause between them for the pane to show progress and stay responsive. */
const SLICE_BYTES = 4 * 1024 * 1024;

async function readCsvAs(
  bytes: Uint8Array,
  encoding: string,
  name: string,
  year: number,
  partIndex: number,
  options: { readonly overrides?: PartOverrides; readonly automatic?: ExtractPart["mapping"]; readonly pause?: () => Promise<void> },
): Promise<ReadPartResult> {
  const sheet = name.replace(/\.[^.]+$/, "");
  const reader = new DtksExtractReader(name, sheet, year, partIndex);
  const head: RawCell[][] = [];
  let rowNumber = 0;
  const overrides = options.overrides;
  const parser = new CsvParser(undefined, (row) => {
    rowNumber++;
    if (rowNumber <= HEAD_ROWS) head.push(row);
    reader.push(overrides && rowNumber === overrides.headerRow ? correctedHeaderRow(row, overrides.fields) : row);
  });
  const decoder = new TextDecoder(encoding, { fatal: encoding === "utf-8" });
  for (let offset = 0; offset < bytes.length; offset += SLICE_BYTES) {
    parser.push(decoder.decode(bytes.subarray(offset, offset + SLICE_BYTES), { stream: true }));
    if (options.pause && offset + SLICE_BYTES < bytes.length) await options.pause();
  }
  parser.push(decoder.decode());
  parser.finish();
  const result = reader.finish();
  if (!result.ok) return result;
  return { ok: true, read: { part: result.part, headerCells: headerCellsOf(head[result.part.headerRow - 1], 1), automatic: options.automatic ?? result.part.mapping } };
}

/**
 * Reads one sheet's grid (a sheet of this workbook, or of an .xlsx copied in for reading) as one
 * part of the extract, with the corrections applied to its header row.
 */
export function readGridPart(
  grid: SheetGrid,
  name: string,
  year: number,
  partIndex: number,
  options: { readonly overrides?: PartOverrides; readonly automatic?: ExtractPart["mapping"] } = {},
): ReadPartResult {
  const overrides = options.overrides;
  const headerIndex = overrides ? overrides.headerRow - grid.firstRow : -1;
  const read =
    headerIndex >= 0 && headerIndex < grid.rows.length
      ? { ...grid, rows: grid.rows.map((row, i) => (i === headerIndex ? correctedHeaderRow(row, overrides!.fields, grid.firstColumn) : row)) }
      : grid;
  const result = readExtractWorkbook({ sheets: [read] }, name, year, partIndex);
  const part = result.parts[0];
  if (!part) return { ok: false, message: result.message ?? "tidak berisi ekstrak." };
  const headerCells = headerCellsOf(grid.rows[part.headerRow - grid.firstRow], grid.firstColumn);
  return { ok: true, read: { part, headerCells, automatic: options.automatic ?? part.mapping } };
}

/** The part of a grid inside an Excel table: the table says exactly where the extract is. */
export function tableGrid(grid: SheetGrid, table: { readonly headerRow: number; readonly firstColumn: number; readonly lastColumn: number; readonly lastRow: number }): SheetGrid {
  const rows: RawCell[][] = [];
  for (let row = table.headerRow; row <= table.lastRow; row++) {
    const source = grid.rows[row - grid.firstRow] ?? [];
    const cells: RawCell[] = [];
    for (let column = table.firstColumn; column <= table.lastColumn; column++) cells.push(source[column - grid.firstColumn] ?? EMPTY_CELL);
    rows.push(cells);
  }
  return { name: grid.name, firstRow: table.headerRow, firstColumn: table.firstColumn, rows };
}

/**
 * Joins the parts again. A part read again keeps its people; the join replaces every person's earlier
 * family link (`PersonColumns.joinFamilies`), so a family file read with another mapping never leaves a
 * member tied to a family that is no longer there, and no record is built just to be cleared.
 */
export function joinParts(parts: readonly ExtractPart[]): DtksExtract {
  return buildDtksExtract(parts);
}

/** The worker table the extract must not be: its sheet and its header texts, left to right. */
export interface WorkerTableShape {
  readonly sheet: string;
  readonly headers: readonly string[];
  /** True when no check was run: the active sheet was taken for the worker list. */
  readonly guessed?: boolean;
}

/** The header texts of a located worker table, left to right. */
export function workerTableHeaders(table: { readonly mapping: object; readonly unmappedHeaders: readonly MappedColumn[] }): string[] {
  return [...(Object.values(table.mapping) as Array<MappedColumn | undefined>), ...table.unmappedHeaders]
    .filter((cell): cell is MappedColumn => cell !== undefined)
    .sort((a, b) => a.column - b.column)
    .map((cell) => cell.header);
}

const PICK_AN_EXTRACT =
  'Pilih lembar ekstrak DTSEN/DTKS yang diterima dari operator SIKS-NG atau Dinas Sosial, atau klik "Impor berkas…" untuk membaca berkas ekstraknya (.csv atau .xlsx; berkas keluarga dan anggota DTSEN boleh dipilih sekaligus).';

/** Said when the sheet chosen as the extract is the worker list itself. */
export function workerSheetMessage(sheet: string, guessed = false): string {
  const what = guessed ? "dibaca sebagai daftar pekerja (lembar aktif)" : "adalah daftar pekerja yang diperiksa";
  const otherwise = guessed ? ` Bila "${sheet}" memang ekstraknya, buka dulu lembar daftar pekerja (atau jalankan Periksa), lalu muat lagi.` : "";
  return `Lembar "${sheet}" ${what}, bukan ekstrak DTKS: mencocokkan daftar dengan dirinya sendiri membuat semua pekerja tampak "ditemukan". ${PICK_AN_EXTRACT}${otherwise}`;
}

/**
 * Why a part cannot be the extract, or undefined when it can: it is on the worker table's sheet, or its
 * header row is the worker table's (a copy of the list under another name). Matching a worker list
 * against itself reports everyone "in DTKS", the mistake this refusal exists for.
 */
export function workerTableConflict(read: ReadPart, worker: WorkerTableShape | undefined, sheet?: string): string | undefined {
  if (!worker) return undefined;
  if (sheet !== undefined && sheet.toLowerCase() === worker.sheet.toLowerCase()) return workerSheetMessage(worker.sheet, worker.guessed);
  if (isWorkerTableHeader({ headers: read.headerCells.map((cell) => cell.header) }, worker.headers)) {
    return `${read.part.name} berjudul kolom sama persis dengan tabel pekerja di lembar "${worker.sheet}": ini salinan daftar pekerja, bukan ekstrak DTKS. ${PICK_AN_EXTRACT}`;
  }
  return undefined;
}
