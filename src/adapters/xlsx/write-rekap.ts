import ExcelJS from "exceljs";
import { writeAtomically, type AtomicWriteOptions } from "./write-atomic";
import { TextCuts, type CutCell } from "./write-cell-text";
import { markWorkbook } from "./write-marker";

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

/**
 * The regency's consolidation workbook: one row per village (formulas for the totals, so the officer can
 * edit a row and the sums follow), the NIKs enrolled by two villages, and how it was computed. A file that
 * could not be read, or that was not counted because it repeats another, keeps its row with the reason
 * and empty numbers, so the sums count each village once. Every text is made safe for the file and cut at
 * Excel's limit (`write-cell-text.ts`); written under a temporary name and renamed (`write-atomic.ts`),
 * marked as our rekap so the next `gabung` over the same folder skips it (`write-marker.ts`).
 */
export async function writeRekapWorkbook(file: string, rekap: RekapWorkbook, options: AtomicWriteOptions = {}): Promise<{ readonly cut: readonly CutCell[] }> {
  const cuts = new TextCuts();
  const wb = new ExcelJS.Workbook();
  markWorkbook(wb, "rekap");
  const ws = wb.addWorksheet("Rekap Desa", { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = [
    { header: "Desa", key: "desa", width: 28 },
    { header: "Kode Desa", key: "kode", width: 15 },
    { header: "Berkas", key: "file", width: 30 },
    { header: "Baris Pekerja", key: "rows", width: 13 },
    { header: "Siap Didaftarkan", key: "eligible", width: 16 },
    { header: "Galat", key: "errors", width: 8 },
    { header: "Peringatan", key: "warnings", width: 11 },
    { header: "Non-DTKS", key: "nonDtks", width: 10 },
    { header: "Sasaran", key: "target", width: 9 },
    { header: "Kekurangan", key: "shortfall", width: 11 },
    { header: "Anggaran Iuran (Rp)", key: "total", width: 20 },
    { header: "Keterangan", key: "problem", width: 50 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const v of rekap.villages) {
    const row = ws.rowCount + 1;
    const text = (value: string | undefined, column: string) => (value === undefined ? "" : cuts.text(value, "Rekap Desa", row, column));
    const common = { desa: text(v.desa, "Desa"), kode: text(v.kode, "Kode Desa"), file: text(v.file, "Berkas") };
    if (v.problem !== undefined || v.duplicateOf !== undefined) {
      const why = v.problem !== undefined ? `Tidak dapat dibaca: ${v.problem}` : (v.note ?? `Tidak dihitung: sama dengan ${v.duplicateOf}`);
      ws.addRow({ ...common, problem: text(why, "Keterangan") });
    } else {
      ws.addRow({ ...common, rows: v.rows, eligible: v.eligible, errors: v.errors, warnings: v.warnings, nonDtks: v.nonDtks ?? "", target: v.target, shortfall: v.shortfall, total: v.total });
    }
  }
  const last = ws.rowCount;
  const total = ws.addRow({ desa: "JUMLAH" });
  total.font = { bold: true };
  for (const col of ["D", "E", "F", "G", "H", "J", "K"]) {
    ws.getCell(`${col}${total.number}`).value = { formula: `SUM(${col}2:${col}${last})`, result: undefined } as ExcelJS.CellFormulaValue;
  }
  ws.getColumn("total").numFmt = "#,##0";

  const dup = wb.addWorksheet("NIK Ganda Antar Desa", { views: [{ state: "frozen", ySplit: 1 }] });
  dup.columns = [
    { header: "NIK", key: "nik", width: 20 },
    { header: "Desa", key: "desa", width: 28 },
    { header: "Berkas", key: "file", width: 30 },
    { header: "Baris", key: "row", width: 8 },
    { header: "Nama", key: "nama", width: 28 },
  ];
  dup.getRow(1).font = { bold: true };
  // NIKs stay text: 16 digits are more than Excel keeps of a number.
  dup.getColumn("nik").numFmt = "@";
  for (const d of rekap.duplicates) {
    for (const p of d.places) {
      const row = dup.rowCount + 1;
      const text = (value: string, column: string) => cuts.text(value, "NIK Ganda Antar Desa", row, column);
      dup.addRow({ nik: text(d.nik, "NIK"), desa: text(p.desa, "Desa"), file: text(p.file, "Berkas"), row: p.row, nama: text(p.nama ?? "", "Nama") });
    }
  }

  const info = wb.addWorksheet("Keterangan");
  info.getColumn(1).width = 120;
  rekap.notes.forEach((n, i) => info.addRow([cuts.text(n, "Keterangan", i + 1, "A")]));
  if (cuts.cells.length) info.addRow([cuts.text(cuts.describe(), "Keterangan", rekap.notes.length + 1, "A")]);
  await writeAtomically(file, (temporary) => wb.xlsx.writeFile(temporary), options);
  return { cut: cuts.cells };
}
