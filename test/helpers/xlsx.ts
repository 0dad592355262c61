import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export function tempDir(prefix = "pekerja-rentan-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

type Value = ExcelJS.CellValue;

/** Writes a one-sheet workbook: `rows[0]` is Excel row 1. NIK-like strings stay text cells. */
export async function writeWorkbook(file: string, rows: Value[][], sheet = "Data", textColumns: number[] = []): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const c of textColumns) ws.getColumn(c).numFmt = "@";
  rows.forEach((r, i) => {
    ws.getRow(i + 1).values = r;
  });
  await wb.xlsx.writeFile(file);
  return file;
}

export const WORKER_HEADER = ["No", "NIK", "Nama Lengkap", "Tgl. Lahir", "L/P", "Pekerjaan", "No. HP"];

/** `count` clean workers of Kec. Matan Hilir Utara (61.04.01), born 1980-1989, with distinct NIKs. */
export function cleanWorkers(count: number, serialStart = 1): Value[][] {
  const rows: Value[][] = [];
  for (let i = 0; i < count; i++) {
    const day = 1 + (i % 28);
    const month = 1 + (i % 12);
    const year = 1980 + (i % 10);
    const serial = String(serialStart + i).padStart(4, "0");
    const nik = `610401${String(day).padStart(2, "0")}${String(month).padStart(2, "0")}${String(year % 100).padStart(2, "0")}${serial}`;
    rows.push([i + 1, nik, `Pekerja Nomor ${toWords(i)}`, `${String(day).padStart(2, "0")}-${String(month).padStart(2, "0")}-${year}`, "L", "Petani", "081234567890"]);
  }
  return rows;
}

// Names must not contain digits (that is a finding); spell the index instead.
function toWords(n: number): string {
  const letters = "abcdefghij";
  return String(n)
    .split("")
    .map((d) => letters[Number(d)])
    .join("")
    .replace(/^./, (c) => c.toUpperCase());
}
