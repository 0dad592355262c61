import { columnLetters } from "../../adapters/office/a1";
import type { ExcelGateway } from "../../adapters/office";
import { UnusableInputError } from "../../adapters/unusable-input-error";
import type { SheetGrid } from "../../domain/cell/sheet-grid";
import { buildDtksExtract, describeMapping, describePart } from "../../domain/dtks/dtks-extract";
import { readExtractWorkbook } from "../../domain/dtks/read-dtks-extract";
import { groupThousands } from "../../domain/format/group-thousands";
import { throwIfCancelled, type Report } from "../operation/use-operation";
import type { CheckSource } from "../periksa/run-check";
import type { DtksState } from "../session/session-context";
import { bytesToBase64, csvSheet, decodeCsvBytes, importedSheetName, importKind, IMPORT_PREFIX } from "./import-file";

/** The extract in a grid, indexed; its description says which columns were used. */
export function indexExtract(grid: SheetGrid, source: string, year: number): DtksState {
  const read = readExtractWorkbook({ sheets: [grid] }, grid.name, year);
  if (read.message) throw new UnusableInputError(`Lembar "${grid.name}": ${read.message}`);
  const extract = buildDtksExtract(read.parts);
  const part = read.parts[0]!;
  const description = `${describePart(part)}; ${describeMapping(part, columnLetters)}` + (extract.index.hasDesil ? "" : ". Tanpa kolom desil: batas desil tidak diperiksa");
  return { source, sheet: part.sheet, index: extract.index, description };
}

/** Reads the extract from a sheet (or an Excel table) of this workbook: one read. */
export async function loadDtksFromSheet(gateway: ExcelGateway, source: CheckSource, year: number, report: Report): Promise<DtksState> {
  report(source.kind === "active" ? "Membaca lembar aktif…" : `Membaca lembar "${source.sheet}"…`, 0.2);
  const read = await gateway.readUsedRange(source.kind === "active" ? undefined : source.sheet);
  const grid = source.kind === "table" ? { ...read, tables: [source.table] } : read;
  return indexExtract(grid, source.kind === "table" ? `tabel ${source.table.name}` : `lembar "${grid.name}"`, year);
}

/**
 * Imports an extract file into a new sheet and indexes it. An .xlsx is copied by Excel itself
 * (formats and all); a .csv is parsed here and written with its NIK/KK columns as Text first.
 */
export async function importDtksFile(
  gateway: ExcelGateway,
  file: File,
  year: number,
  signal: AbortSignal,
  report: Report,
): Promise<DtksState> {
  const kind = importKind(file.name);
  if (!kind) throw new UnusableInputError(`"${file.name}" bukan berkas .xlsx atau .csv. Simpan ekstrak DTKS dalam salah satu bentuk itu, lalu impor lagi.`);
  report(`Membaca berkas "${file.name}"…`, 0.1);
  const bytes = new Uint8Array(await file.arrayBuffer());
  throwIfCancelled(signal);

  if (kind === "csv") {
    const { rows, textColumns, grid } = csvSheet(decodeCsvBytes(bytes), importedSheetName(file.name));
    if (rows.length === 0) throw new UnusableInputError(`Berkas "${file.name}" kosong.`);
    // Checked before anything is written: a file that is not an extract adds no sheet.
    const state = indexExtract(grid, `berkas ${file.name}`, year);
    report(`Menulis ${groupThousands(rows.length)} baris ke lembar baru…`, 0.5);
    const sheet = await gateway.addSheet(grid.name, rows, textColumns);
    return { ...state, sheet };
  }

  report("Menyalin lembar dari berkas ke buku kerja ini…", 0.4);
  const sheets = await gateway.importSheetsFromBase64(bytesToBase64(bytes), IMPORT_PREFIX);
  let problem: unknown;
  for (const sheet of sheets) {
    throwIfCancelled(signal);
    report(`Membaca lembar "${sheet}"…`, 0.7);
    try {
      return indexExtract(await gateway.readUsedRange(sheet), `berkas ${file.name}`, year);
    } catch (error) {
      problem = error;
    }
  }
  throw problem ?? new UnusableInputError(`Berkas "${file.name}" tidak berisi lembar kerja.`);
}
