import type { SheetGrid } from "../../domain/cell/sheet-grid";
import { FIELD_NAMES, type FieldName } from "../../domain/fields";
import { findTableHeader, readTableRows, type TableHeader } from "../../domain/table/locate-table";
import { locateWorkerTable, WORKER_TABLE_OPTIONS } from "../../domain/table/locate-worker-table";
import type { ColumnMapping, MappedColumn, WorkerTable } from "../../domain/table/worker-table";

/** The secretary's corrections to the mapping found by header names: a column, or null for "no column". */
export type MappingOverrides = Partial<Record<FieldName, number | null>>;

export interface LocatedSheet {
  readonly header: TableHeader<FieldName>;
  /** Every header cell with text, left to right: what a field can be mapped to. */
  readonly headerCells: ReadonlyArray<MappedColumn>;
  /** The mapping found by header names alone. */
  readonly automatic: ColumnMapping;
  /** The table read with the corrected mapping. */
  readonly table: WorkerTable;
}

export type LocateOnSheetResult = { readonly ok: true; readonly located: LocatedSheet } | { readonly ok: false; readonly message: string };

export type SheetHeader = Omit<LocatedSheet, "table">;

/** Where the worker table's header is on the sheet and what the header names map to; rows are not read. */
export function findHeader(grid: SheetGrid): { readonly ok: true; readonly found: SheetHeader } | { readonly ok: false; readonly message: string } {
  const search = findTableHeader(grid, WORKER_TABLE_OPTIONS);
  if (!search.found) {
    const explained = locateWorkerTable({ sheets: [grid] }, { sheet: grid.name });
    return { ok: false, message: explained.ok ? "Tabel pekerja tidak ditemukan." : explained.message };
  }
  const automatic = search.header.mapping;
  const headerCells = [...Object.values(automatic), ...search.header.unmappedHeaders]
    .filter((cell): cell is MappedColumn => cell !== undefined)
    .sort((a, b) => a.column - b.column);
  return { ok: true, found: { header: search.header, headerCells, automatic } };
}

/**
 * Finds the worker table on one sheet, as the CLI does, then reads its rows with the secretary's
 * corrections applied. The rows are read again from the same grid: a correction needs no new read.
 */
export function locateOnSheet(grid: SheetGrid, overrides: MappingOverrides = {}): LocateOnSheetResult {
  const search = findHeader(grid);
  if (!search.ok) return search;
  const { automatic, headerCells } = search.found;
  const mapping = applyOverrides(automatic, headerCells, overrides);
  const used = new Set(Object.values(mapping).map((cell) => cell!.column));
  const header: TableHeader<FieldName> = { ...search.found.header, mapping, unmappedHeaders: headerCells.filter((cell) => !used.has(cell.column)) };
  return { ok: true, located: { header, headerCells, automatic, table: readTableRows(grid, header, WORKER_TABLE_OPTIONS) } };
}

/** The mapping with corrections: a column given to one field is taken from the field that had it. */
export function applyOverrides(automatic: ColumnMapping, headerCells: ReadonlyArray<MappedColumn>, overrides: MappingOverrides): ColumnMapping {
  const claimed = new Set(Object.values(overrides).filter((column): column is number => typeof column === "number"));
  const mapping: ColumnMapping = {};
  for (const field of FIELD_NAMES) {
    if (field in overrides) {
      const column = overrides[field];
      if (typeof column === "number") mapping[field] = headerCells.find((cell) => cell.column === column) ?? { column, header: "" };
    } else {
      const found = automatic[field];
      if (found && !claimed.has(found.column)) mapping[field] = found;
    }
  }
  return mapping;
}

/** Sets one field's column (or none), releasing the column from any other corrected field. */
export function withOverride(overrides: MappingOverrides, field: FieldName, column: number | null): MappingOverrides {
  const next: MappingOverrides = {};
  for (const [other, value] of Object.entries(overrides) as Array<[FieldName, number | null]>) {
    if (other !== field) next[other] = column !== null && value === column ? null : value;
  }
  next[field] = column;
  return next;
}

/** The corrections that turn `automatic` into `used`: how a check's mapping is restored from the session. */
export function overridesBetween(automatic: ColumnMapping, used: ColumnMapping): MappingOverrides {
  const overrides: MappingOverrides = {};
  for (const field of FIELD_NAMES) {
    const before = automatic[field]?.column;
    const after = used[field]?.column;
    if (before !== after) overrides[field] = after ?? null;
  }
  return overrides;
}

/** Without these a row cannot be enrolled: the mapping marks them, and leaving one unmapped is warned of. */
export const REQUIRED_FIELDS: ReadonlyArray<FieldName> = ["nik", "nama", "tanggal_lahir"];

/** The field (other than `except`) that already has `column`: choosing it there asks to swap or move. */
export function fieldUsingColumn(mapping: ColumnMapping, column: number, except: FieldName): FieldName | undefined {
  return FIELD_NAMES.find((field) => field !== except && mapping[field]?.column === column);
}

/**
 * The mapping after giving `column` to `field`. When another field had that column, "swap" gives it
 * `field`'s old column and "move" leaves it without one: never two fields on one column, and never a
 * field dropped without the secretary having chosen so.
 */
export function reassign(
  mapping: ColumnMapping,
  headerCells: ReadonlyArray<MappedColumn>,
  field: FieldName,
  column: number | null,
  mode: "swap" | "move",
): ColumnMapping {
  const next: ColumnMapping = { ...mapping };
  const previous = mapping[field];
  if (column === null) {
    delete next[field];
    return next;
  }
  const other = fieldUsingColumn(mapping, column, field);
  next[field] = headerCells.find((cell) => cell.column === column) ?? { column, header: "" };
  if (other) {
    if (mode === "swap" && previous) next[other] = previous;
    else delete next[other];
  }
  return next;
}
