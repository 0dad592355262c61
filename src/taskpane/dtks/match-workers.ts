import { ExcelGatewayError, type ExcelGateway } from "../../adapters/office";
import { UnusableInputError } from "../../adapters/unusable-input-error";
import { checkWorkers } from "../../domain/check/check-workers";
import type { RegionLookup } from "../../domain/check/rule-context";
import type { Settings } from "../../domain/settings";
import { nextPaint, throwIfCancelled, type Report } from "../operation/use-operation";
import { locateOnSheet } from "../periksa/column-mapping";
import type { CheckState, DtksState } from "../session/session-context";
import { chooseStatusColumn, findStatusColumn, STATUS_HEADER, statusColumnValues, withColumn } from "./status-column";

/**
 * Runs the engine with the extract. The table of the last check is re-used as it was mapped (no
 * read); without one, the worker sheet (default: the active sheet) is read once.
 */
export async function matchWorkers(options: {
  readonly gateway: ExcelGateway;
  readonly check?: CheckState;
  readonly dtks: DtksState;
  readonly settings: Settings;
  readonly regions?: RegionLookup;
  readonly workerSheet?: string;
  readonly signal: AbortSignal;
  readonly report: Report;
}): Promise<CheckState> {
  const { gateway, dtks, settings, signal, report } = options;
  let worksOn: Omit<CheckState, "result" | "checkedAt">;
  if (options.check) {
    worksOn = options.check;
  } else {
    report(options.workerSheet ? `Membaca daftar pekerja di lembar "${options.workerSheet}"…` : "Membaca daftar pekerja di lembar aktif…", 0.5);
    const grid = await gateway.readUsedRange(options.workerSheet);
    if (grid.name === dtks.sheet) {
      throw new UnusableInputError(`Lembar "${grid.name}" adalah lembar DTKS. Buka lembar daftar pekerja (atau jalankan Periksa dulu), lalu klik "Cocokkan ulang".`);
    }
    const found = locateOnSheet(grid);
    if (!found.ok) throw new UnusableInputError(found.message);
    worksOn = { sheet: grid.name, grid, table: found.located.table };
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
