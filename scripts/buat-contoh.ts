/**
 * Generates the bundled example: contoh/desa-contoh.xlsx (a fictional village's worker list, laid out
 * the way village secretaries keep them, with a handful of planted problems), contoh/dtks-contoh.xlsx
 * (its extract as a legacy DTKS sheet) and the same village in the shape DTSEN v3 arrives in 2026: a
 * kabupaten's keluarga + anggota_keluarga pair of pipe-delimited CSVs. Run: npm run contoh. Every
 * person is fictional.
 */
import ExcelJS from "exceljs";
import { writeFile } from "node:fs/promises";
import * as path from "node:path";
import { DUSUN, makePerson, type Person, seededRandom } from "./lib/synthetic";

export const EXAMPLE_VILLAGE = { kode: "61.04.01.2014", desa: "Kuala Satong", kecamatan: "Matan Hilir Utara", kabupaten: "Ketapang", tahun: 2026 };
const DISTRICT = "61.04.01";
const WORKERS = 120;
const FIRST_DATA_ROW = 6;
/** After this many workers the secretary left an empty row. */
const BLANK_AFTER = 60;

/** The planted problems: worker index (0-based) -> what was done to the row, and the finding it must produce. */
export const PLANTED = {
  nikAsNumber: { worker: 6, code: "NIK_PRECISION_LOST" },
  nikTooShort: { worker: 11, code: "NIK_FORMAT" },
  duplicateA: { worker: 17, code: "NIK_DUPLICATE" },
  duplicateB: { worker: 46, code: "NIK_DUPLICATE" },
  nikDay35: { worker: 22, code: "NIK_DATE_INVALID" },
  dobMismatch: { worker: 28, code: "NIK_DOB_MISMATCH" },
  sexMismatch: { worker: 32, code: "NIK_SEX_MISMATCH" },
  nameMissing: { worker: 37, code: "NAME_MISSING" },
  dateInvalid: { worker: 40, code: "DATE_INVALID" },
  landline: { worker: 51, code: "PHONE_INVALID" },
  phoneLostZero: { worker: 56, code: "PHONE_INVALID" },
  tooOld: { worker: 63, code: "AGE_OUT_OF_RANGE" },
  otherRegency: { worker: 69, code: "NIK_REGION_OUTSIDE" },
  kkTooShort: { worker: 75, code: "KK_FORMAT" },
  dateFormulaError: { worker: 80, code: "CELL_ERROR" },
  dtksNameMismatch: { worker: 99, code: "DTKS_NAME_MISMATCH" },
  dtksDesilHigh: { worker: 104, code: "DTKS_DESIL_ABOVE" },
  dtksMatchedByName: { worker: 6, code: "DTKS_MATCHED_BY_NAME" },
} as const;

/** Workers left out of the DTKS extract (the non-DTKS flag the programme asks for). */
const NOT_IN_DTKS = [3, 9, 15, 21, 27, 44, 58, 66, 72, 85, 91, 97, 108, 113, 118];

export function excelRowOfWorker(index: number): number {
  return FIRST_DATA_ROW + index + (index >= BLANK_AFTER ? 1 : 0);
}

export async function buildExample(outDir: string): Promise<{ workbook: string; dtks: string; keluarga: string; anggota: string }> {
  const random = seededRandom(20260101);
  const people: Person[] = [];
  for (let i = 0; i < WORKERS; i++) people.push(makePerson(random, DISTRICT, 100 + i * 7));
  people[PLANTED.tooOld.worker] = makePerson(random, DISTRICT, 9001, [1956, 1957]);
  people[PLANTED.otherRegency.worker] = makePerson(random, "61.01.01", 9002);
  people[PLANTED.duplicateB.worker] = { ...people[PLANTED.duplicateA.worker]!, dusun: DUSUN[2]!, rt: "004" };

  const workbookPath = path.join(outDir, "desa-contoh.xlsx");
  const dtksPath = path.join(outDir, "dtks-contoh.xlsx");
  await writeVillageWorkbook(people, workbookPath);
  await writeDtksExtract(people, random, dtksPath);
  // A random stream of its own, so the two files above stay as they were.
  const dtsen = await writeDtsenPair(people, seededRandom(20260301), outDir);
  return { workbook: workbookPath, dtks: dtksPath, ...dtsen };
}

async function writeVillageWorkbook(people: Person[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Pekerja Rentan (contoh fiktif)";
  const ws = wb.addWorksheet("Data Pekerja Rentan");
  const headers = ["No", "NIK", "No. KK", "Nama Lengkap", "Tempat Lahir", "Tgl. Lahir", "L/P", "Pekerjaan", "Dusun", "RT", "RW", "No. HP", "Keterangan"];
  ws.mergeCells(1, 1, 1, headers.length);
  ws.getCell(1, 1).value = "DAFTAR PEKERJA RENTAN CALON PESERTA BPJS KETENAGAKERJAAN (BPU) — DATA FIKTIF";
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.mergeCells(2, 1, 2, headers.length);
  ws.getCell(2, 1).value = `DESA ${EXAMPLE_VILLAGE.desa.toUpperCase()} KECAMATAN ${EXAMPLE_VILLAGE.kecamatan.toUpperCase()} KABUPATEN ${EXAMPLE_VILLAGE.kabupaten.toUpperCase()} — TAHUN ANGGARAN ${EXAMPLE_VILLAGE.tahun}`;
  ws.getRow(4).values = headers;
  ws.getRow(4).font = { bold: true };
  ws.getRow(5).values = headers.map((_, i) => `(${i + 1})`);
  // Villages type NIKs into text-formatted columns (or they break): keep B and C as Text.
  ws.getColumn(2).numFmt = "@";
  ws.getColumn(3).numFmt = "@";
  ws.getColumn(6).numFmt = "dd-mm-yyyy";
  ws.getColumn(2).width = 20;
  ws.getColumn(3).width = 20;
  ws.getColumn(4).width = 26;
  ws.getColumn(8).width = 18;
  ws.getColumn(9).width = 22;
  ws.getColumn(12).width = 15;

  people.forEach((p, i) => {
    const row = ws.getRow(excelRowOfWorker(i));
    const date = new Date(Date.UTC(p.tanggalLahir.year, p.tanggalLahir.month - 1, p.tanggalLahir.day));
    row.values = [i + 1, p.nik, p.noKk, p.nama, p.tempatLahir, date, p.jenisKelamin, p.pekerjaan, p.dusun, p.rt, p.rw, p.noHp, ""];
    // Some secretaries type dates as text; both must work.
    if (i % 9 === 4) row.getCell(6).value = `${String(p.tanggalLahir.day).padStart(2, "0")}-${String(p.tanggalLahir.month).padStart(2, "0")}-${p.tanggalLahir.year}`;
    if (i % 17 === 8) row.getCell(6).value = `${p.tanggalLahir.day} ${["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"][p.tanggalLahir.month - 1]} ${p.tanggalLahir.year}`;
    if (i % 23 === 10) row.getCell(2).value = p.nik.replace(/(\d{4})(?=\d)/g, "$1 "); // typed with spaces from the KTP
  });

  const cell = (key: keyof typeof PLANTED, col: number) => ws.getRow(excelRowOfWorker(PLANTED[key].worker)).getCell(col);
  const nikAsNumber = people[PLANTED.nikAsNumber.worker]!.nik;
  const damaged = cell("nikAsNumber", 2);
  damaged.value = Number(nikAsNumber.slice(0, 15) + "0"); // what Excel keeps of a 16-digit number
  damaged.numFmt = "0";
  cell("nikTooShort", 2).value = people[PLANTED.nikTooShort.worker]!.nik.slice(0, 15);
  const day35 = people[PLANTED.nikDay35.worker]!.nik;
  cell("nikDay35", 2).value = day35.slice(0, 6) + "35" + day35.slice(8);
  const mismatch = people[PLANTED.dobMismatch.worker]!.tanggalLahir;
  cell("dobMismatch", 6).value = new Date(Date.UTC(mismatch.year + 1, mismatch.month - 1, Math.min(mismatch.day, 28)));
  cell("sexMismatch", 7).value = people[PLANTED.sexMismatch.worker]!.jenisKelamin === "L" ? "P" : "L";
  cell("nameMissing", 4).value = "";
  cell("dateInvalid", 6).value = "31-02-1985";
  cell("landline", 12).value = "0534-3031234";
  const lost = cell("phoneLostZero", 12);
  lost.value = Number(people[PLANTED.phoneLostZero.worker]!.noHp);
  cell("kkTooShort", 3).value = people[PLANTED.kkTooShort.worker]!.noKk.slice(0, 15);
  cell("dateFormulaError", 6).value = { formula: 'VLOOKUP(B86,Sheet2!A:B,2,FALSE)', result: { error: "#N/A" } } as ExcelJS.CellFormulaValue;

  // The signature block at the foot of the list, on the right as in village letters.
  const foot = excelRowOfWorker(WORKERS - 1) + 3;
  ws.getCell(foot, 13).value = `${EXAMPLE_VILLAGE.desa}, 5 Januari ${EXAMPLE_VILLAGE.tahun}`;
  ws.getCell(foot + 1, 13).value = `Kepala Desa ${EXAMPLE_VILLAGE.desa}`;
  ws.getCell(foot + 5, 13).value = "(nama fiktif)";
  await wb.xlsx.writeFile(file);
}

async function writeDtksExtract(people: Person[], random: () => number, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("DTKS");
  ws.getColumn(2).numFmt = "@";
  ws.getColumn(3).numFmt = "@";
  ws.addRow(["IDDTKS", "NIK", "NO_KK", "NAMA", "TANGGAL_LAHIR", "JENIS_KELAMIN", "ALAMAT", "DESIL"]);
  const rows: Array<Array<string | number>> = [];
  const iso = (p: Person) => `${p.tanggalLahir.year}-${String(p.tanggalLahir.month).padStart(2, "0")}-${String(p.tanggalLahir.day).padStart(2, "0")}`;
  people.forEach((p, i) => {
    if (NOT_IN_DTKS.includes(i) || i === PLANTED.duplicateB.worker) return;
    let nama = p.nama.toUpperCase();
    if (i === PLANTED.dtksNameMismatch.worker) nama = "HARTONO WIBISONO";
    const desil = i === PLANTED.dtksDesilHigh.worker ? 7 : 1 + Math.floor(random() * 5);
    rows.push([`DTKS${String(61040120140000 + i)}`, p.nik, p.noKk, nama, iso(p), p.jenisKelamin === "L" ? "LAKI-LAKI" : "PEREMPUAN", p.alamat, desil]);
  });
  // Other residents of the village who are in DTKS but not on the worker list.
  for (let i = 0; i < 180; i++) {
    const p = makePerson(random, DISTRICT, 5000 + i, [1940, 2020]);
    rows.push([`DTKS${String(61040120145000 + i)}`, p.nik, p.noKk, p.nama.toUpperCase(), iso(p), p.jenisKelamin === "L" ? "LAKI-LAKI" : "PEREMPUAN", p.alamat, 1 + Math.floor(random() * 10)]);
  }
  rows.sort((a, b) => String(a[1]).localeCompare(String(b[1])));
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(file);
}

/** Planted in the DTSEN pair: the worker whose main job DTSEN records as an employee, and the family above the desil threshold. */
export const DTSEN_PLANTED = {
  wageEarner: { worker: 88, code: "DTKS_WAGE_EARNER" },
  desilHigh: { worker: 104, code: "DTKS_DESIL_ABOVE" },
} as const;

const KELUARGA_COLUMNS = [
  "kode_provinsi", "kode_kabupaten_kota", "kode_kecamatan", "kode_kelurahan_desa", "nama_provinsi", "nama_kabupaten_kota", "nama_kecamatan",
  "nama_kelurahan_desa", "alamat", "nomor_kartu_keluarga", "nama_anggota_keluarga", "id_pelanggan_pln", "jumlah_anggota_keluarga",
  "desil_nasional", "desil_provinsi", "desil_kabupaten_kota", "pbi_nas", "pbi_pemda", "status_kepemilikan_bangunan", "jenis_lantai", "sumber_air_minum",
];
const ANGGOTA_COLUMNS = [
  "nomor_induk_kependudukan", "nomor_kartu_keluarga", "nama", "tanggal_lahir", "jenis_kelamin", "status_hubungan_keluarga", "status_kawin",
  "pbi_nas", "pbi_pemda", "partisipasi_sekolah", "ijazah_tertinggi", "status_bekerja", "lapangan_usaha_dari_pekerjaan_utama",
  "status_dalam_pekerjaan_utama", "pekerjaan_ktp", "rt_ktp", "rw_ktp",
];
const WORK_STATUSES = ["Berusaha sendiri", "Berusaha sendiri", "Pekerja bebas pertanian", "Pekerja bebas non pertanian", "Pekerja keluarga/tidak dibayar", "Berusaha dibantu buruh tidak tetap/buruh tidak dibayar"];

/**
 * The village inside its kabupaten's DTSEN v3 files: one family row per No. KK
 * holding the desil and PBI flags, one member row per person; pipe-separated, every field quoted.
 * Another village's families are in the same files, as in the real kabupaten extract.
 */
async function writeDtsenPair(people: Person[], random: () => number, outDir: string): Promise<{ keluarga: string; anggota: string }> {
  const village = EXAMPLE_VILLAGE.kode.replace(/\./g, "");
  const families: string[][] = [];
  const members: string[][] = [];
  const iso = (p: Person) => `${p.tanggalLahir.year}-${String(p.tanggalLahir.month).padStart(2, "0")}-${String(p.tanggalLahir.day).padStart(2, "0")}`;
  const addFamily = (head: Person, size: number, desil: number, desa: string, desaName: string) => {
    const province = Math.min(10, Math.max(1, desil + Math.floor(random() * 3) - 1));
    families.push([
      desa.slice(0, 2), desa.slice(0, 4), desa.slice(0, 6), desa, "KALIMANTAN BARAT", "KETAPANG", "MATAN HILIR UTARA", desaName, head.alamat,
      head.noKk, head.nama.toUpperCase(), "", String(size), String(desil), String(province), String(province), desil <= 5 ? "Ya" : "Tidak", random() < 0.2 ? "Ya" : "Tidak",
      "Milik sendiri", "Kayu/papan", "Air hujan",
    ]);
  };
  const addMember = (p: Person, kk: string, relation: string, status: string, name = p.nama.toUpperCase()) => {
    members.push([
      p.nik, kk, name, iso(p), p.jenisKelamin === "L" ? "Laki-laki" : "Perempuan", relation, "Kawin", "Ya", "Tidak", "Tidak bersekolah lagi", "SD/sederajat",
      status === "" ? "Tidak" : "Ya", status === "" ? "" : "Pertanian tanaman padi dan palawija", status, p.pekerjaan.toUpperCase(), p.rt, p.rw,
    ]);
  };
  people.forEach((p, i) => {
    if (NOT_IN_DTKS.includes(i) || i === PLANTED.duplicateB.worker) return;
    const desil = i === DTSEN_PLANTED.desilHigh.worker ? 7 : 1 + Math.floor(random() * 4);
    addFamily(p, 1, desil, village, EXAMPLE_VILLAGE.desa.toUpperCase());
    const status = i === DTSEN_PLANTED.wageEarner.worker ? "Buruh/karyawan/pegawai swasta" : WORK_STATUSES[Math.floor(random() * WORK_STATUSES.length)]!;
    addMember(p, p.noKk, "Kepala keluarga", status, i === PLANTED.dtksNameMismatch.worker ? "HARTONO WIBISONO" : undefined);
  });
  // Residents not on the worker list: families of one to four, some too young or old, some not working.
  for (let f = 0; f < 90; f++) {
    const head = makePerson(random, DISTRICT, 6000 + f * 5, [1950, 2000]);
    const size = 1 + Math.floor(random() * 4);
    const other = f >= 70; // the last families live in the neighbouring village of the same kabupaten
    addFamily(head, size, 1 + Math.floor(random() * 10), other ? "6104012011" : village, other ? "SUNGAI PUTRI" : EXAMPLE_VILLAGE.desa.toUpperCase());
    addMember(head, head.noKk, "Kepala keluarga", random() < 0.15 ? "Buruh/karyawan/pegawai swasta" : WORK_STATUSES[Math.floor(random() * WORK_STATUSES.length)]!);
    for (let m = 1; m < size; m++) {
      const member = makePerson(random, DISTRICT, 6000 + f * 5 + m, m === 1 ? [1955, 2004] : [2006, 2020]);
      addMember(member, head.noKk, m === 1 ? "Istri/suami" : "Anak", m === 1 && random() < 0.7 ? "Pekerja keluarga/tidak dibayar" : "");
    }
  }
  const csv = (header: string[], rows: string[][]) => [header, ...rows].map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join("|")).join("\r\n") + "\r\n";
  const keluarga = path.join(outDir, "keluarga_dtsen_v3_2026_61.04.csv");
  const anggota = path.join(outDir, "anggota_keluarga_dtsen_v3_2026_61.04.csv");
  await writeFile(keluarga, csv(KELUARGA_COLUMNS, families), "utf8");
  await writeFile(anggota, csv(ANGGOTA_COLUMNS, members), "utf8");
  return { keluarga, anggota };
}

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] ?? "contoh");
  buildExample(outDir).then(
    (files) => process.stdout.write(`Contoh dibuat: ${Object.values(files).join(", ")}\n`),
    (err: unknown) => {
      process.stderr.write(`Gagal membuat contoh: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
