import type { ExcelGateway, TableInfo } from "../../adapters/office";
import { UnusableInputError } from "../../adapters/unusable-input-error";
import { WorkbookReadError } from "../../adapters/xlsx/workbook-read-error";
import { readXlsxGrid } from "../../adapters/xlsx/reader/read-xlsx-grid";
import type { WorkbookGrid } from "../../domain/cell/sheet-grid";
import type { DtksField } from "../../domain/dtks/dtks-record";
import { groupThousands } from "../../domain/format/group-thousands";
import { nextPaint, throwIfCancelled, type Report } from "../operation/use-operation";
import type { DtksState, LoadedPart } from "../session/session-context";
import {
  joinParts,
  readCsvPart,
  readGridPart,
  tableGrid,
  withExtractOverride,
  workerSheetMessage,
  workerTableConflict,
  type ReadPartResult,
  type WorkerTableShape,
} from "./extract-reading";
import { bytesToBase64, csvSheet, decodeCsvBytes, importedSheetName, importKind, IMPORT_PREFIX } from "./import-file";

/** A sheet or an Excel table of this workbook holding the extract. */
export type ExtractSheetSource = { readonly kind: "sheet"; readonly sheet: string } | { readonly kind: "table"; readonly sheet: string; readonly table: TableInfo };

function state(source: string, parts: LoadedPart[], sheets: string[], copied: boolean): DtksState {
  const extract = joinParts(parts.map((p) => p.read.part));
  return { source, parts, extract, index: extract.index, sheets, copied };
}

function refuseWorkerTable(result: ReadPartResult, worker: WorkerTableShape | undefined, sheet?: string): LoadedPart["read"] {
  if (!result.ok) throw new UnusableInputError(result.message);
  const conflict = workerTableConflict(result.read, worker, sheet);
  if (conflict) throw new UnusableInputError(conflict);
  return result.read;
}

/**
 * Reads the extract from a sheet (or an Excel table) of this workbook: one read. The worker table's
 * own sheet, or a sheet whose header row is the worker table's, is refused before anything is matched.
 */
export async function loadDtksFromSheet(gateway: ExcelGateway, source: ExtractSheetSource, year: number, worker: WorkerTableShape | undefined, report: Report): Promise<DtksState> {
  if (worker && source.sheet.toLowerCase() === worker.sheet.toLowerCase()) throw new UnusableInputError(workerSheetMessage(worker.sheet, worker.guessed));
  report(`Membaca lembar "${source.sheet}"…`, 0.2);
  const read = await gateway.readUsedRange(source.sheet);
  const grid = source.kind === "table" ? tableGrid(read, source.table) : read;
  const label = source.kind === "table" ? `tabel ${source.table.name}` : `lembar "${read.name}"`;
  const result = readGridPart(grid, label, year, 0);
  const part = refuseWorkerTable(result.ok ? result : { ok: false, message: `${label[0]!.toUpperCase()}${label.slice(1)} ${result.message}` }, worker, read.name);
  return state(label, [{ read: part, origin: { kind: "grid", grid } }], [read.name], false);
}

export interface ImportOptions {
  /** Keep the extract in this workbook as sheets ("Salin ekstrak ke buku kerja ini"); otherwise nothing stays behind. */
  readonly copy: boolean;
  readonly worker?: WorkerTableShape;
}

/** "a.csv", "a.csv dan b.csv", "a.csv, b.csv dan c.xlsx". */
export function fileList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} dan ${names[names.length - 1]}`;
}

/**
 * Reads the extract files the secretary picked (several at once: a DTSEN family file with its member
 * file, a SIKS-NG desil export, a BNBA list). A CSV is read in memory, row by row; an .xlsx in memory by
 * our reader (`readXlsxParts`), as the CLI reads it. Only with `copy` do sheets stay behind: an .xlsx is
 * then opened by Excel itself into new sheets (its formats and all) and read from them, a CSV written as
 * a sheet, NIK and No. KK as text. When anything fails, every sheet this import added is removed.
 */
export async function importDtksFiles(gateway: ExcelGateway, files: readonly File[], year: number, options: ImportOptions, signal: AbortSignal, report: Report): Promise<DtksState> {
  const unknown = files.filter((file) => !importKind(file.name));
  if (unknown.length) {
    throw new UnusableInputError(`${fileList(unknown.map((file) => `"${file.name}"`))} bukan berkas .csv atau .xlsx. Simpan ekstrak DTKS/DTSEN dalam salah satu bentuk itu, lalu impor lagi.`);
  }
  const parts: LoadedPart[] = [];
  const added: string[] = [];
  let done = false;
  try {
    for (const [n, file] of files.entries()) {
      const step = (share: number) => (n + share) / files.length;
      report(`Membaca berkas "${file.name}"…`, step(0.1) * 0.8);
      const bytes = new Uint8Array(await file.arrayBuffer());
      throwIfCancelled(signal);
      if (bytes.length === 0) throw new UnusableInputError(`Berkas "${file.name}" kosong.`);
      if (importKind(file.name) === "csv") {
        const result = await readCsvPart(bytes, file.name, year, parts.length, { pause: () => nextPaint(signal) });
        const read = refuseWorkerTable(result.ok ? result : { ok: false, message: `"${file.name}" ${result.message}` }, options.worker);
        parts.push({ read, origin: { kind: "csv", file } });
        continue;
      }
      if (!options.copy) {
        // Not kept in the workbook: read in memory by our reader, as the CLI and the plain-browser page
        // read it, so nothing of other residents' data passes through the workbook at all.
        report(`Membaca lembar-lembar "${file.name}"…`, step(0.3) * 0.8);
        parts.push(...readXlsxParts(bytes, file.name, year, parts.length, options.worker));
        continue;
      }
      report(`Membuka "${file.name}" lewat Excel…`, step(0.3) * 0.8);
      const sheets = await gateway.importSheetsFromBase64(bytesToBase64(bytes), IMPORT_PREFIX);
      added.push(...sheets);
      let message: string | undefined;
      const before = parts.length;
      for (const sheet of sheets) {
        throwIfCancelled(signal);
        report(`Membaca lembar "${sheet}"…`, step(0.6) * 0.8);
        const grid = await gateway.readUsedRange(sheet);
        const label = sheets.length > 1 ? `${file.name}, lembar "${sheet.slice(IMPORT_PREFIX.length)}"` : file.name;
        const result = readGridPart(grid, label, year, parts.length);
        if (!result.ok) {
          message ??= `"${label}" ${result.message}`;
          continue;
        }
        parts.push({ read: refuseWorkerTable(result, options.worker), origin: { kind: "grid", grid } });
      }
      if (parts.length === before) throw new UnusableInputError(message ?? `Berkas "${file.name}" tidak berisi lembar kerja.`);
    }
    if (options.copy) {
      for (const part of parts) {
        if (part.origin.kind !== "csv") continue;
        const file = part.origin.file as File;
        report(`Menyalin "${file.name}" ke lembar baru…`, 0.85);
        const { rows, textColumns, grid } = csvSheet(decodeCsvBytes(new Uint8Array(await file.arrayBuffer())), importedSheetName(file.name));
        report(`Menulis ${groupThousands(rows.length)} baris ke lembar "${grid.name}"…`, 0.9);
        added.push(await gateway.addSheet(grid.name, rows, textColumns));
      }
    }
    done = true;
  } finally {
    if (!done && added.length) await gateway.deleteSheets(added).catch(() => undefined);
  }
  return state(`berkas ${fileList(files.map((file) => file.name))}`, parts, options.copy ? added : [], options.copy && added.length > 0);
}

/**
 * An .xlsx extract's sheets read in memory (`readXlsxGrid`): every sheet that holds an extract becomes a
 * part, as the CLI reads one. A damaged, password-protected or old .xls file is refused with the reader's
 * Indonesian message; a workbook with no readable sheet with the first sheet's reason.
 */
export function readXlsxParts(bytes: Uint8Array, fileName: string, year: number, firstIndex: number, worker: WorkerTableShape | undefined): LoadedPart[] {
  let workbook: WorkbookGrid;
  try {
    workbook = readXlsxGrid(bytes, fileName);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new UnusableInputError(error.message);
    throw error;
  }
  const parts: LoadedPart[] = [];
  let message: string | undefined;
  for (const grid of workbook.sheets) {
    const label = workbook.sheets.length > 1 ? `${fileName}, lembar "${grid.name}"` : fileName;
    const result = readGridPart(grid, label, year, firstIndex + parts.length);
    if (!result.ok) {
      message ??= `"${label}" ${result.message}`;
      continue;
    }
    parts.push({ read: refuseWorkerTable(result, worker), origin: { kind: "grid", grid } });
  }
  if (parts.length === 0) throw new UnusableInputError(message ?? `Berkas "${fileName}" tidak berisi lembar kerja.`);
  return parts;
}

/**
 * Reads one part again with a field moved to another column (or to none), and joins the extract
 * again. A CSV is read again from its file; a sheet from the grid already read (Excel is not read).
 */
export async function remapPart(current: DtksState, index: number, field: DtksField, column: number | null, year: number, signal: AbortSignal): Promise<DtksState> {
  const loaded = current.parts[index];
  if (!loaded) return current;
  const { part, automatic } = loaded.read;
  const overrides = { headerRow: part.headerRow, fields: withExtractOverride(loaded.overrides?.fields ?? {}, field, column) };
  const result =
    loaded.origin.kind === "csv"
      ? await readCsvPart(new Uint8Array(await loaded.origin.file.arrayBuffer()), part.name, year, index, { overrides, automatic, pause: () => nextPaint(signal) })
      : readGridPart(loaded.origin.grid, part.name, year, index, { overrides, automatic });
  throwIfCancelled(signal);
  if (!result.ok) throw new UnusableInputError(`Dengan pemetaan itu, ${part.name} ${result.message} Pemetaan sebelumnya tetap dipakai.`);
  const parts = current.parts.map((p, i) => (i === index ? { ...p, read: result.read, overrides } : p));
  return state(current.source, parts, [...current.sheets], current.copied);
}

/** "Hapus lembar ekstrak": removes the extract's sheets from the workbook; the extract stays loaded in the pane. */
export async function deleteExtractSheets(gateway: ExcelGateway, current: DtksState): Promise<{ readonly state: DtksState; readonly deleted: string[] }> {
  const deleted = await gateway.deleteSheets(current.sheets);
  return { state: { ...current, sheets: [], copied: false }, deleted };
}
