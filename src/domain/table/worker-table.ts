import type { RawCell } from "../cell/raw-cell";
import type { FieldName } from "../fields";

/** Where a canonical field was found: its 1-based column and the header text as the village wrote it. */
export interface MappedColumn {
  readonly column: number;
  readonly header: string;
}

export type ColumnMapping = Partial<Record<FieldName, MappedColumn>>;

/** One data row of the worker table: the mapped cells, untouched. Extra village columns are not copied. */
export interface WorkerRow {
  /** 1-based Excel row on the source sheet. */
  readonly row: number;
  readonly cells: Partial<Record<FieldName, RawCell>>;
}

/** The worker table found in a workbook, and how it was found (reported to the user). */
export interface WorkerTable {
  readonly sheet: string;
  readonly headerRow: number;
  readonly mapping: ColumnMapping;
  /** Header cells that matched no field: the village's own columns, kept and ignored. */
  readonly unmappedHeaders: ReadonlyArray<MappedColumn>;
  readonly rows: ReadonlyArray<WorkerRow>;
  /** "tabel" when an Excel table (ListObject) was used, "judul" when the header row was found by scanning. */
  readonly foundBy: "tabel" | "judul";
  readonly tableName?: string;
  /** True when the table is on a hidden sheet (no visible sheet has one): every face says so. */
  readonly hiddenSheet?: boolean;
}
