import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import type { RawCell } from "../src/domain/cell/raw-cell";
import type { WorkbookGrid } from "../src/domain/cell/sheet-grid";
import { makePerson, seededRandom } from "../scripts/lib/synthetic";

export const BENCH_DIR = path.join(require("node:os").tmpdir(), "pekerja-rentan-bench");

/**
 * A village-style worker workbook of `rows` workers (title rows, header on row 4), written with the streaming
 * writer: texts inline in the cells, or (`sharedStrings`) in the shared-strings part, as Excel saves them.
 */
export async function generateWorkerWorkbook(rows: number, file = path.join(BENCH_DIR, `pekerja-${rows}.xlsx`), seed = rows, sharedStrings = false): Promise<string> {
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const random = seededRandom(seed);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: sharedStrings, useStyles: true });
  const ws = wb.addWorksheet("Data Pekerja");
  ws.addRow(["DAFTAR PEKERJA RENTAN (DATA SINTETIS)"]).commit();
  ws.addRow(["Desa Contoh"]).commit();
  ws.addRow([]).commit();
  ws.addRow(["No", "NIK", "No. KK", "Nama Lengkap", "Tempat Lahir", "Tgl. Lahir", "L/P", "Pekerjaan", "Dusun", "RT", "RW", "No. HP", "Keterangan"]).commit();
  for (let i = 0; i < rows; i++) {
    const p = makePerson(random, "61.04.01", seed === rows ? i : seed * 1000 + i);
    // Every 50th NIK is damaged the way Excel damages them, so the engine has real work.
    const nik: string | number = i % 50 === 7 ? Number(p.nik.slice(0, 15) + "0") : p.nik;
    ws.addRow([i + 1, nik, p.noKk, p.nama, p.tempatLahir, new Date(Date.UTC(p.tanggalLahir.year, p.tanggalLahir.month - 1, p.tanggalLahir.day)), p.jenisKelamin, p.pekerjaan, p.dusun, p.rt, p.rw, p.noHp, ""]).commit();
  }
  await wb.commit();
  return file;
}

/** A DTKS/DTSEN extract as CSV (the form SIKS-NG exports in): `rows` people, including most of the workers. */
export async function generateDtksCsv(rows: number, workers: number, file = path.join(BENCH_DIR, `dtks-${rows}.csv`)): Promise<string> {
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const out = fs.createWriteStream(file);
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once("drain", () => r())));
  await write("IDDTKS|NIK|NO_KK|NAMA|TANGGAL_LAHIR|JENIS_KELAMIN|DESIL\n");
  const workerRandom = seededRandom(workers);
  const otherRandom = seededRandom(rows + 1);
  let chunk = "";
  for (let i = 0; i < rows; i++) {
    // The first 90% of the workers (same seed, same people) are in the extract; the rest are other villagers.
    const p = i < workers * 0.9 ? makePerson(workerRandom, "61.04.01", i) : makePerson(otherRandom, "61.04.02", i);
    const d = p.tanggalLahir;
    chunk += `DTKS${i}|${p.nik}|${p.noKk}|${p.nama.toUpperCase()}|${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}|${p.jenisKelamin}|${1 + (i % 10)}\n`;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = "";
    }
  }
  await write(chunk);
  await new Promise<void>((resolve) => out.end(resolve));
  return file;
}

/**
 * The rows `generateWorkerWorkbook` writes, as a grid in memory (no file, no reader), for timing the
 * engine alone; `sameNik` gives every row one NIK (a placeholder copied down a long list).
 */
export function workerGrid(rows: number, seed = rows, sameNik?: string): WorkbookGrid {
  const random = seededRandom(seed);
  const text = (value: string): RawCell => (value === "" ? { kind: "empty" } : { kind: "text", text: value });
  const grid: RawCell[][] = [
    [text("DAFTAR PEKERJA RENTAN (DATA SINTETIS)")],
    [text("Desa Contoh")],
    [],
    ["No", "NIK", "No. KK", "Nama Lengkap", "Tempat Lahir", "Tgl. Lahir", "L/P", "Pekerjaan", "Dusun", "RT", "RW", "No. HP", "Keterangan"].map(text),
  ];
  for (let i = 0; i < rows; i++) {
    const p = makePerson(random, "61.04.01", i);
    const d = p.tanggalLahir;
    const nik: RawCell = sameNik ? text(sameNik) : i % 50 === 7 ? { kind: "number", value: Number(p.nik.slice(0, 15) + "0") } : text(p.nik);
    grid.push([{ kind: "number", value: i + 1 }, nik, text(p.noKk), text(p.nama), text(p.tempatLahir), { kind: "date", year: d.year, month: d.month, day: d.day }, text(p.jenisKelamin), text(p.pekerjaan), text(p.dusun), text(p.rt), text(p.rw), text(p.noHp), text("")]);
  }
  return { sheets: [{ name: "Data Pekerja", firstRow: 1, firstColumn: 1, rows: grid }] };
}
