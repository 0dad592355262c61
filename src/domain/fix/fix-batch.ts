import type { RawCell } from "../cell/raw-cell";
import type { FieldName } from "../fields";
import { FIELD_NAMES } from "../fields";
import type { CellFix, FixedCell } from "./cell-fix";

/** One cell of an applied batch: where, what it held, what the fix wrote. */
export interface FixBatchCell {
  readonly sheetRow: number;
  readonly column: number;
  readonly field: FieldName;
  readonly oldValue: RawCell;
  readonly newValue: FixedCell;
  readonly asText: boolean;
}

/**
 * The undo record of one "Perbaiki otomatis": plain JSON, so a face can keep it in the workbook
 * (Excel's own undo does not cover writes made by an add-in) and "Batalkan perbaikan" can put back
 * exactly the old values, number formats included, even after the workbook was closed and reopened.
 */
export interface FixBatch {
  /** Bumped only if the shape changes; `parseFixBatch` refuses other versions. */
  readonly version: 1;
  readonly id: string;
  /** ISO 8601 timestamp of when the fixes were written. */
  readonly createdAt: string;
  readonly sheet: string;
  readonly cells: ReadonlyArray<FixBatchCell>;
}

/**
 * The workbook setting a face keeps the last batch under (`ExcelGateway.writeSetting`): one batch, the
 * latest, so "Batalkan perbaikan" always undoes the last "Perbaiki otomatis" and nothing older.
 */
export const FIX_BATCH_SETTING = "pekerja-rentan.perbaikanTerakhir";

/**
 * A write a face (or `writeCellsToGrid`) performs: the value, and whether to format the cell as Text first.
 * When not `asText`, the face also puts back the cell's number format: a number's own `numberFormat`
 * (General when it has none), a date cell's date format, because the fix had made the cell Text.
 */
export interface CellWrite {
  readonly sheetRow: number;
  readonly column: number;
  readonly value: RawCell;
  readonly asText: boolean;
}

/** Id and time are given by the face: the domain has no clock and no randomness. */
export function createFixBatch(sheet: string, fixes: readonly CellFix[], stamp: { readonly id: string; readonly createdAt: string }): FixBatch {
  return {
    version: 1,
    id: stamp.id,
    createdAt: stamp.createdAt,
    sheet,
    cells: fixes.map((f) => ({ sheetRow: f.sheetRow, column: f.column, field: f.field, oldValue: f.oldValue, newValue: f.newValue, asText: f.asText })),
  };
}

/** The writes that apply a batch (or a list of fixes). */
export function fixWrites(cells: ReadonlyArray<Pick<FixBatchCell, "sheetRow" | "column" | "newValue" | "asText">>): CellWrite[] {
  return cells.map((c) => ({ sheetRow: c.sheetRow, column: c.column, value: c.newValue, asText: c.asText }));
}

/**
 * The writes that undo a batch: every cell back to its old value. A cell that was text before is
 * written as text again; any other old value carries its own kind (and number format) back.
 */
export function undoWrites(batch: FixBatch): CellWrite[] {
  return batch.cells.map((c) => ({ sheetRow: c.sheetRow, column: c.column, value: c.oldValue, asText: c.oldValue.kind === "text" }));
}

/**
 * Cells changed by hand since the batch was applied (they no longer hold what the fix wrote).
 * A face asks before undoing over them, so the secretary's later typing is not silently lost.
 */
export function cellsChangedSince(batch: FixBatch, current: (sheetRow: number, column: number) => RawCell): FixBatchCell[] {
  return batch.cells.filter((c) => !sameCell(current(c.sheetRow, c.column), c.newValue));
}

/** Exact equality of two cells, as undo needs it (a number's format counts, an empty cell equals a missing one). */
export function sameCell(a: RawCell | undefined, b: RawCell | undefined): boolean {
  const x = a ?? { kind: "empty" };
  const y = b ?? { kind: "empty" };
  if (x.kind !== y.kind) return false;
  switch (x.kind) {
    case "empty":
      return true;
    case "text":
      return x.text === (y as typeof x).text;
    case "number": {
      const n = y as typeof x;
      return Object.is(x.value, n.value) && x.numberFormat === n.numberFormat && x.display === n.display;
    }
    case "date": {
      const d = y as typeof x;
      return x.year === d.year && x.month === d.month && x.day === d.day;
    }
    case "boolean":
      return x.value === (y as typeof x).value;
    case "error":
      return x.code === (y as typeof x).code;
  }
}

export function serialiseFixBatch(batch: FixBatch): string {
  return JSON.stringify(batch);
}

/**
 * Reads a stored batch back. Returns undefined for anything that is not a complete version-1 batch
 * (a damaged or hand-edited record): undo must never write half-understood values into the sheet.
 */
export function parseFixBatch(stored: string | unknown): FixBatch | undefined {
  let value: unknown = stored;
  if (typeof stored === "string") {
    try {
      value = JSON.parse(stored);
    } catch {
      return undefined;
    }
  }
  if (!isRecord(value) || value.version !== 1) return undefined;
  if (typeof value.id !== "string" || typeof value.createdAt !== "string" || typeof value.sheet !== "string") return undefined;
  if (!Array.isArray(value.cells) || !value.cells.every(isBatchCell)) return undefined;
  return value as unknown as FixBatch;
}

function isBatchCell(value: unknown): value is FixBatchCell {
  return (
    isRecord(value) &&
    isPositiveInteger(value.sheetRow) &&
    isPositiveInteger(value.column) &&
    typeof value.field === "string" &&
    (FIELD_NAMES as readonly string[]).includes(value.field) &&
    typeof value.asText === "boolean" &&
    isRawCell(value.oldValue) &&
    isRawCell(value.newValue) &&
    (value.newValue.kind === "text" || value.newValue.kind === "date")
  );
}

function isRawCell(value: unknown): value is RawCell {
  if (!isRecord(value)) return false;
  switch (value.kind) {
    case "empty":
      return true;
    case "text":
      return typeof value.text === "string";
    case "number":
      return (
        typeof value.value === "number" &&
        (value.numberFormat === undefined || typeof value.numberFormat === "string") &&
        (value.display === undefined || typeof value.display === "string")
      );
    case "date":
      return isPositiveInteger(value.year) && isPositiveInteger(value.month) && isPositiveInteger(value.day);
    case "boolean":
      return typeof value.value === "boolean";
    case "error":
      return typeof value.code === "string";
    default:
      return false;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1;
}
