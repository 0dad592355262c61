import type { WorkbookGrid } from "../cell/sheet-grid";
import { FIELD_LABELS } from "../fields";
import { locateTable } from "../table/locate-table";
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

/**
 * Finds the extract's table (any sheet; headers by synonym, since SIKS-NG and Dinas Sosial exports
 * differ) and indexes it. It must have a NIK column and a name column at least.
 */
export function readDtksExtract(workbook: WorkbookGrid, referenceYear: number): DtksExtractResult {
  for (const grid of workbook.sheets) {
    const found = locateTable<DtksField>(grid, { synonyms: DTKS_FIELD_SYNONYMS, minFields: 2, identityFields: ["nik", "nama"] });
    if (!found.found || !found.table.mapping.nik || !found.table.mapping.nama) continue;
    const table = found.table;
    const records: DtksRecord[] = new Array(table.rows.length);
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i]!;
      records[i] = dtksRecordFromCells(row.row, row.cells, referenceYear);
    }
    return {
      ok: true,
      index: new DtksIndex(records, table.mapping.desil !== undefined),
      sheet: table.sheet,
      headerRow: table.headerRow,
      mapping: table.mapping,
    };
  }
  return {
    ok: false,
    message: `Ekstrak DTKS tidak dikenali: tidak ada lembar dengan kolom ${FIELD_LABELS.nik} dan Nama (mis. judul NIK/nomor_nik dan NAMA) dalam 20 baris pertama. Periksa judul kolom ekstrak dari SIKS-NG/Dinas Sosial.`,
  };
}
