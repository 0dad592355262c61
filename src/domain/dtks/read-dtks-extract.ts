import type { RawCell } from "../cell/raw-cell";
import type { SheetGrid, WorkbookGrid } from "../cell/sheet-grid";
import { findTableHeader, type LocateTableOptions, type TableHeader } from "../table/locate-table";
import type { MappedColumn } from "../table/worker-table";
import { DtksIndex } from "./dtks-index";
import { DTKS_FIELD_SYNONYMS, type DtksField, type DtksRecord } from "./dtks-record";
import { dtksRecordFromCells } from "./dtks-record-from-cells";

export type DtksExtractResult =
  | {
      readonly ok: true;
      readonly index: DtksIndex;
      readonly sheet: string;
      readonly headerRow: number;
      readonly mapping: Partial<Record<DtksField, MappedColumn>>;
    }
  | { readonly ok: false; readonly message: string };

const OPTIONS: LocateTableOptions<DtksField> = { synonyms: DTKS_FIELD_SYNONYMS, minFields: 2, identityFields: ["nik", "nama"] };
/** The header must be within the first rows, as for worker tables. */
const HEADER_SCAN_ROWS = 20;

export const DTKS_NOT_RECOGNISED =
  "Ekstrak DTKS tidak dikenali: tidak ada lembar dengan kolom NIK dan Nama (mis. judul NIK/nomor_nik dan NAMA) dalam 20 baris pertama. Periksa judul kolom ekstrak dari SIKS-NG/Dinas Sosial.";

/**
 * Reads an extract row by row (SIKS-NG and Dinas Sosial exports run to a million rows): the first rows
 * are kept until the header is found (by synonyms, since exports differ), then each row becomes a
 * compact record at once, so the extract never has to exist as a grid.
 */
export class DtksExtractReader {
  private readonly head: RawCell[][] = [];
  private header: TableHeader<DtksField> | undefined;
  private columns: Array<[DtksField, number]> = [];
  private readonly records: DtksRecord[] = [];
  private rowNumber = 0;

  constructor(
    private readonly sheet: string,
    private readonly referenceYear: number,
  ) {}

  push(row: readonly RawCell[]): void {
    this.rowNumber++;
    if (this.header) {
      this.addRecord(row, this.rowNumber);
      return;
    }
    this.head.push(row as RawCell[]);
    if (this.head.length >= HEADER_SCAN_ROWS) this.settleHeader();
  }

  finish(): DtksExtractResult {
    if (!this.header) this.settleHeader();
    const header = this.header;
    if (!header) return { ok: false, message: DTKS_NOT_RECOGNISED };
    return {
      ok: true,
      index: new DtksIndex(this.records, header.mapping.desil !== undefined),
      sheet: this.sheet,
      headerRow: header.headerRow,
      mapping: header.mapping,
    };
  }

  private settleHeader(): void {
    const grid: SheetGrid = { name: this.sheet, firstRow: 1, firstColumn: 1, rows: this.head };
    const found = findTableHeader(grid, { ...OPTIONS, scanRows: HEADER_SCAN_ROWS });
    if (!found.found || !found.header.mapping.nik || !found.header.mapping.nama) {
      if (this.head.length >= HEADER_SCAN_ROWS) this.head.length = 0; // give up: later rows are not scanned
      return;
    }
    this.header = found.header;
    this.columns = (Object.entries(found.header.mapping) as Array<[DtksField, MappedColumn]>).map(([field, col]) => [field, col.column - 1]);
    for (let r = found.header.lastHeaderRow; r < this.head.length; r++) this.addRecord(this.head[r]!, r + 1);
    this.head.length = 0;
  }

  private addRecord(row: readonly RawCell[], rowNumber: number): void {
    const cells: Partial<Record<DtksField, RawCell>> = {};
    let any = false;
    for (const [field, index] of this.columns) {
      const cell = row[index];
      if (cell && cell.kind !== "empty") {
        cells[field] = cell;
        if (field === "nik" || field === "nama") any = true;
      }
    }
    if (any) this.records.push(dtksRecordFromCells(rowNumber, cells, this.referenceYear));
  }
}

/** The extract from a workbook already read (an .xlsx file, or a sheet of the open workbook): the first sheet that has one. */
export function readDtksExtract(workbook: WorkbookGrid, referenceYear: number): DtksExtractResult {
  for (const grid of workbook.sheets) {
    const reader = new DtksExtractReader(grid.name, referenceYear);
    // Rows above the grid's first row are empty on the sheet; keep Excel's row numbers.
    for (let r = 1; r < grid.firstRow; r++) reader.push([]);
    const pad: RawCell[] = new Array(Math.max(0, grid.firstColumn - 1)).fill({ kind: "empty" });
    for (const row of grid.rows) reader.push(pad.length ? [...pad, ...row] : row);
    const result = reader.finish();
    if (result.ok) return result;
  }
  return { ok: false, message: DTKS_NOT_RECOGNISED };
}
