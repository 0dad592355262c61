import type { LayoutCell, SheetLayout } from "../layout/sheet-layout";

export interface RekapVillageRow {
  readonly desa: string;
  readonly kode?: string;
  readonly file: string;
  readonly rows: number;
  readonly eligible: number;
  readonly errors: number;
  readonly warnings: number;
  readonly nonDtks?: number;
  readonly target: number;
  readonly shortfall: number;
  readonly total: number;
  /** The file could not be read or checked: why (Indonesian). Its numbers are left empty. */
  readonly problem?: string;
  /** Not counted: the same file or the same village as this one (counted instead). Its numbers are left empty. */
  readonly duplicateOf?: string;
  /** Why it was not counted, naming both files. */
  readonly note?: string;
}

export interface RekapDuplicateRow {
  readonly nik: string;
  readonly places: ReadonlyArray<{ readonly desa: string; readonly file: string; readonly row: number; readonly nama?: string }>;
}

export interface RekapWorkbook {
  readonly villages: readonly RekapVillageRow[];
  readonly duplicates: readonly RekapDuplicateRow[];
  readonly notes: readonly string[];
}

export interface RekapSheetLayout {
  readonly name: string;
  readonly layout: SheetLayout;
}

const VILLAGE_COLUMNS: ReadonlyArray<readonly [header: string, width: number]> = [
  ["Desa", 28],
  ["Kode Desa", 15],
  ["Berkas", 30],
  ["Baris Pekerja", 13],
  ["Siap Didaftarkan", 16],
  ["Kesalahan", 10],
  ["Peringatan", 11],
  ["Non-DTKS", 10],
  ["Sasaran", 9],
  ["Kekurangan", 11],
  ["Anggaran Iuran (Rp)", 20],
  ["Keterangan", 50],
];
/** The columns the JUMLAH row adds up with =SUM: counts and the budget, not the target (each village has its own). */
const SUMMED = ["D", "E", "F", "G", "H", "J", "K"];
const BUDGET_COLUMN = 10;

/**
 * The regency's consolidation workbook as sheets: one row per village with =SUM formulas for the totals
 * (so the officer can edit a row and the sums follow), the NIKs enrolled by two villages, and how it was
 * computed. A file that could not be read, or that was not counted because it repeats another, keeps its
 * row with the reason and empty numbers, so the sums count each village once.
 */
export function rekapLayouts(rekap: RekapWorkbook): RekapSheetLayout[] {
  return [villagesLayout(rekap.villages), duplicatesLayout(rekap.duplicates), notesLayout(rekap.notes)];
}

/** "Keterangan": one note per row. A writer that cut cells rebuilds it with one more note naming them. */
export function notesLayout(notes: readonly string[]): RekapSheetLayout {
  return { name: "Keterangan", layout: { cells: notes.map((note) => [note]), columnWidths: [120] } };
}

function villagesLayout(villages: readonly RekapVillageRow[]): RekapSheetLayout {
  const cells: Array<ReadonlyArray<LayoutCell>> = [VILLAGE_COLUMNS.map(([header]) => header)];
  for (const v of villages) {
    const common = [v.desa, v.kode ?? null, v.file];
    if (v.problem !== undefined || v.duplicateOf !== undefined) {
      const why = v.problem !== undefined ? `Tidak dapat dibaca: ${v.problem}` : (v.note ?? `Tidak dihitung: sama dengan ${v.duplicateOf}`);
      cells.push([...common, null, null, null, null, null, null, null, null, why]);
    } else {
      cells.push([...common, v.rows, v.eligible, v.errors, v.warnings, v.nonDtks ?? null, v.target, v.shortfall, v.total]);
    }
  }
  const last = cells.length;
  const total: LayoutCell[] = ["JUMLAH"];
  for (const letter of SUMMED) total[letter.charCodeAt(0) - 65] = { formula: `=SUM(${letter}2:${letter}${last})` };
  cells.push(Array.from({ length: BUDGET_COLUMN + 1 }, (_, i) => total[i] ?? null));
  const columnFormats: Array<string | null> = VILLAGE_COLUMNS.map(() => null);
  columnFormats[BUDGET_COLUMN] = "#,##0";
  return {
    name: "Rekap Desa",
    layout: {
      cells,
      columnWidths: VILLAGE_COLUMNS.map(([, width]) => width),
      columnFormats,
      styles: [
        { range: `A1:L1`, bold: true },
        { range: `A${last + 1}:L${last + 1}`, bold: true },
      ],
      frozenRows: 1,
    },
  };
}

function duplicatesLayout(duplicates: readonly RekapDuplicateRow[]): RekapSheetLayout {
  const cells: Array<ReadonlyArray<LayoutCell>> = [["NIK", "Desa", "Berkas", "Baris", "Nama"]];
  for (const d of duplicates) for (const p of d.places) cells.push([d.nik, p.desa, p.file, p.row, p.nama ?? ""]);
  return {
    name: "NIK Ganda Antar Desa",
    // NIKs stay text: 16 digits are more than Excel keeps of a number.
    layout: { cells, columnWidths: [20, 28, 30, 8, 28], textColumns: [1], styles: [{ range: "A1:E1", bold: true }], frozenRows: 1 },
  };
}
