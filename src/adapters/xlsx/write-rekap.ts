import ExcelJS from "exceljs";

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
  readonly problem?: string;
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
 * edit a row and the sums follow), the NIKs enrolled by two villages, and how it was computed.
 */
export async function writeRekapWorkbook(file: string, rekap: RekapWorkbook): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Pekerja Rentan";
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
  for (const v of rekap.villages) ws.addRow({ ...v, nonDtks: v.nonDtks ?? "" });
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
  for (const d of rekap.duplicates) for (const p of d.places) dup.addRow({ nik: d.nik, desa: p.desa, file: p.file, row: p.row, nama: p.nama ?? "" });

  const info = wb.addWorksheet("Keterangan");
  info.getColumn(1).width = 120;
  for (const n of rekap.notes) info.addRow([n]);
  await wb.xlsx.writeFile(file);
}
