import { ExcelGatewayError, type ExcelGateway } from "../../adapters/office";
import { UnusableInputError } from "../../adapters/unusable-input-error";
import { checkWorkers } from "../../domain/check/check-workers";
import type { RegionLookup } from "../../domain/check/rule-context";
import type { Settings } from "../../domain/settings";
import { nextPaint, throwIfCancelled, type Report } from "../operation/use-operation";
import { locateOnSheet } from "../periksa/column-mapping";
import type { CheckState, DtksState } from "../session/session-context";
import { workerTableConflict, workerTableHeaders, type WorkerTableShape } from "./extract-reading";
import { chooseStatusColumn, findStatusColumn, STATUS_HEADER, statusColumnValues, withColumn } from "./status-column";

/** The worker table the extract is matched against: a check's, or one found on a sheet read for it. */
export type WorkerList = Omit<CheckState, "result" | "checkedAt">;

/**
 * The worker table on `sheet` (default: the active sheet), read once, when no check was run; the
 * reason it cannot be used otherwise (no table there), in Indonesian.
 */
export async function readWorkerTable(gateway: ExcelGateway, sheet?: string): Promise<{ readonly ok: true; readonly workers: WorkerList } | { readonly ok: false; readonly sheet: string; readonly message: string }> {
  const grid = await gateway.readUsedRange(sheet);
  const found = locateOnSheet(grid);
  if (!found.ok) return { ok: false, sheet: grid.name, message: found.message };
  return { ok: true, workers: { sheet: grid.name, grid, table: found.located.table } };
}

/** The worker table's sheet and header texts, which an extract must not be. */
export function workerShape(workers: WorkerList, guessed = false): WorkerTableShape {
  return { sheet: workers.sheet, headers: workerTableHeaders(workers.table), guessed };
}

/**
 * Runs the engine with the extract. The table of the last check is re-used as it was mapped (no
 * read); without one, the worker sheet (default: the active sheet) is read once. A worker table that
 * is the extract itself (its sheet, or the same header row) is refused: it would match itself.
 */
export async function matchWorkers(options: {
  readonly gateway: ExcelGateway;
  readonly check?: WorkerList;
  readonly dtks: DtksState;
  readonly settings: Settings;
  readonly regions?: RegionLookup;
  readonly workerSheet?: string;
  readonly signal: AbortSignal;
  readonly report: Report;
}): Promise<CheckState> {
  const { gateway, dtks, settings, signal, report } = options;
  let worksOn: WorkerList;
  if (options.check) {
    worksOn = options.check;
  } else {
    report(options.workerSheet ? `Membaca daftar pekerja di lembar "${options.workerSheet}"…` : "Membaca daftar pekerja di lembar aktif…", 0.5);
    const read = await readWorkerTable(gateway, options.workerSheet);
    if (!read.ok) throw new UnusableInputError(read.message);
    worksOn = read.workers;
  }
  if (dtks.sheets.some((sheet) => sheet.toLowerCase() === worksOn.sheet.toLowerCase())) {
    throw new UnusableInputError(`Lembar "${worksOn.sheet}" adalah lembar ekstrak DTKS. Buka lembar daftar pekerja (atau jalankan Periksa dulu), lalu cocokkan lagi.`);
  }
  const shape = workerShape(worksOn);
  for (const part of dtks.parts) {
    const conflict = workerTableConflict(part.read, shape);
    if (conflict) throw new UnusableInputError(conflict);
  }
  throwIfCancelled(signal);
  report(`Mencocokkan ${worksOn.table.rows.length} pekerja dengan DTKS…`, 0.8);
  await nextPaint(signal);
  const result = checkWorkers(worksOn.table, { settings, dtks: dtks.index, regions: options.regions });
  return { ...worksOn, result, checkedAt: new Date() };
}

/**
 * Writes the "Status DTKS" column right of the worker table (see `chooseStatusColumn`). Excel checks
 * the column is still empty before writing; when the user filled it since the sheet was read, the
 * sheet is read again and the next empty column is used.
 */
export async function writeStatusColumn(
  gateway: ExcelGateway,
  check: CheckState,
  settings: Settings,
  report: Report,
): Promise<{ readonly check: CheckState; readonly column: number; readonly replaced: boolean }> {
  const values = statusColumnValues(check.table, check.result, settings);
  let grid = check.grid;
  for (let attempt = 1; ; attempt++) {
    const choice = chooseStatusColumn(grid, check.table);
    report("Menulis kolom Status DTKS…", 0.6);
    try {
      await gateway.writeColumn(check.sheet, choice.column, check.table.headerRow, values, { replaceHeader: STATUS_HEADER });
      return { check: { ...check, grid: withColumn(grid, choice.column, check.table.headerRow, values) }, column: choice.column, replaced: choice.replaces };
    } catch (error) {
      if (attempt > 1 || !(error instanceof ExcelGatewayError) || error.code !== "NOT_EMPTY") throw error;
      report(`Membaca ulang lembar "${check.sheet}"…`, 0.3);
      grid = await gateway.readUsedRange(check.sheet);
    }
  }
}

/** Removes the column again, only while its header still reads "Status DTKS". */
export async function removeStatusColumn(
  gateway: ExcelGateway,
  check: CheckState,
): Promise<{ readonly check: CheckState; readonly column?: number; readonly removed: boolean }> {
  const column = findStatusColumn(check.grid, check.table);
  if (column === undefined) return { check, removed: false };
  const removed = await gateway.clearColumn(check.sheet, column, check.table.headerRow, STATUS_HEADER);
  return { check: removed ? { ...check, grid: withColumn(check.grid, column, check.table.headerRow, undefined) } : check, column, removed };
}
