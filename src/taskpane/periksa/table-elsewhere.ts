import type { ExcelGateway, TableInfo } from "../../adapters/office";
import { UnusableInputError } from "../../adapters/unusable-input-error";
import { groupThousands } from "../../domain/format/group-thousands";
import { throwIfCancelled } from "../operation/use-operation";
import { locateOnSheet } from "./column-mapping";

/** A worker table found on a sheet other than the active one. */
export interface TableElsewhere {
  readonly sheet: string;
  /** The Excel table (ListObject) holding it, when there is one. */
  readonly table?: TableInfo;
  readonly headerRow: number;
  /** Rows of workers under the header; 0 for a table with only its header ("tabel kosong"). */
  readonly rows: number;
}

/** The active sheet has no worker table, but another sheet does: the pane offers to check that one. */
export class TableElsewhereError extends UnusableInputError {
  constructor(
    readonly activeSheet: string,
    readonly elsewhere: TableElsewhere,
  ) {
    super(`Lembar aktif "${activeSheet}" tidak berisi tabel pekerja. ${describeElsewhere(elsewhere)}`);
  }
}

/** "Tabel pekerja ditemukan di lembar "Data" (tabel Tabel1, 120 baris)." */
export function describeElsewhere(found: TableElsewhere): string {
  const parts = [found.table ? `tabel ${found.table.name}` : `judul di baris ${found.headerRow}`, found.rows === 0 ? "tabel kosong" : `${groupThousands(found.rows)} baris`];
  return `Tabel pekerja ditemukan di lembar "${found.sheet}" (${parts.join(", ")}).`;
}

/** "Periksa tabel Tabel1 di lembar "Data"", the button that checks it. */
export function checkElsewhereLabel(found: TableElsewhere): string {
  return found.table ? `Periksa tabel ${found.table.name} di lembar "${found.sheet}"` : `Periksa tabel di lembar "${found.sheet}"`;
}

/**
 * Searches the other visible sheets for the worker table, as the CLI does with every sheet: sheets
 * holding an Excel table first (a ListObject is a table someone made on purpose), then tab order. A
 * table with rows wins over a header-only one. Each sheet costs one read; the search stops at the
 * first table with rows.
 */
export async function findTableElsewhere(gateway: ExcelGateway, skipSheet: string, signal: AbortSignal): Promise<TableElsewhere | undefined> {
  const sheets = (await gateway.listSheets()).filter((sheet) => sheet.visible && sheet.name !== skipSheet);
  const tables = await gateway.listTables().catch(() => [] as TableInfo[]);
  const withTable = (name: string) => tables.some((t) => t.sheet === name);
  const ordered = [...sheets.filter((s) => withTable(s.name)), ...sheets.filter((s) => !withTable(s.name))];
  let empty: TableElsewhere | undefined;
  for (const sheet of ordered) {
    throwIfCancelled(signal);
    const read = await gateway.readUsedRange(sheet.name);
    const sheetTables = tables.filter((t) => t.sheet === sheet.name);
    const found = locateOnSheet({ ...read, tables: sheetTables });
    if (!found.ok) continue;
    const table = found.located.table.tableName ? sheetTables.find((t) => t.name === found.located.table.tableName) : undefined;
    const candidate: TableElsewhere = { sheet: sheet.name, headerRow: found.located.table.headerRow, rows: found.located.table.rows.length, ...(table ? { table } : {}) };
    if (candidate.rows > 0) return candidate;
    empty ??= candidate;
  }
  return empty;
}
