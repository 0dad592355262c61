import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { excelRowOfWorker, PLANTED } from "../../scripts/buat-contoh";
import { writeWorkbook } from "./xlsx";

/**
 * Fixture makers for the extract shapes villages hold in 2026 (the shapes the README's DTSEN table lists): the
 * DTSEN v3 family and member files (pipe-separated, every field double-quoted), the SIKS-NG
 * "Pemeringkatan Desil" workbook, and a kabupaten BNBA list. Every person is fictional.
 */

/** A worker of contoh/desa-contoh.xlsx, as the bundled example writes them. */
export interface ExampleWorker {
  /** 0-based index among the 120 workers. */
  readonly index: number;
  /** Excel row on the sheet. */
  readonly row: number;
  readonly nik: string;
  readonly noKk: string;
  readonly nama: string;
  /** "YYYY-MM-DD". */
  readonly tanggalLahir: string;
  readonly jenisKelamin: "L" | "P";
  readonly pekerjaan: string;
}

const PLANTED_WORKERS = new Set<number>(Object.values(PLANTED).map((p) => p.worker));

/**
 * The example's workers whose row is clean enough to be in an extract: NIK and No. KK as 16-digit text, a
 * real date, a name, none of the planted problems, NIK and No. KK each used once.
 */
export async function readExampleWorkers(file: string): Promise<ExampleWorker[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0]!;
  const workers: ExampleWorker[] = [];
  const niks = new Map<string, number>();
  const kks = new Map<string, number>();
  for (let index = 0; index < 120; index++) {
    const row = excelRowOfWorker(index);
    const cells = sheet.getRow(row);
    const nik = cells.getCell(2).value;
    const noKk = cells.getCell(3).value;
    const nama = cells.getCell(4).value;
    const date = cells.getCell(6).value;
    const sex = cells.getCell(7).value;
    if (typeof nik === "string") niks.set(nik, (niks.get(nik) ?? 0) + 1);
    if (typeof noKk === "string") kks.set(noKk, (kks.get(noKk) ?? 0) + 1);
    if (PLANTED_WORKERS.has(index)) continue;
    if (typeof nik !== "string" || !/^\d{16}$/.test(nik) || typeof noKk !== "string" || !/^\d{16}$/.test(noKk)) continue;
    if (typeof nama !== "string" || nama.trim() === "" || !(date instanceof Date) || (sex !== "L" && sex !== "P")) continue;
    workers.push({
      index,
      row,
      nik,
      noKk,
      nama,
      tanggalLahir: date.toISOString().slice(0, 10),
      jenisKelamin: sex,
      pekerjaan: String(cells.getCell(8).value ?? ""),
    });
  }
  return workers.filter((w) => niks.get(w.nik) === 1 && kks.get(w.noKk) === 1);
}

/** One family row of `keluarga_dtsen_v3_*`. */
export interface DtsenFamily {
  readonly noKk: string;
  readonly kepala: string;
  /** Ten digits, "6104012014". */
  readonly kodeDesa: string;
  readonly anggota: number;
  readonly desilNasional?: number | string;
  readonly desilProvinsi?: number | string;
  readonly desilKabupatenKota?: number | string;
  readonly pbiNas?: "Ya" | "Tidak";
  readonly pbiPemda?: "Ya" | "Tidak";
  readonly alamat?: string;
}

/** One member row of `anggota_keluarga_dtsen_v3_*`. */
export interface DtsenMember {
  readonly nik: string;
  readonly noKk: string;
  readonly nama: string;
  /** "YYYY-MM-DD". */
  readonly tanggalLahir: string;
  readonly jenisKelamin: "L" | "P";
  readonly hubungan?: string;
  readonly statusBekerja?: "Ya" | "Tidak" | "";
  readonly lapanganUsaha?: string;
  /** "Berusaha sendiri", "Buruh/karyawan/pegawai swasta", "Pekerja bebas pertanian", … */
  readonly statusPekerjaan?: string;
  readonly pekerjaanKtp?: string;
  readonly rt?: string;
  readonly rw?: string;
}

const VILLAGE_NAMES: Record<string, string> = { "6104012014": "KUALA SATONG", "6104012015": "LAMAN SATONG" };

export const KELUARGA_COLUMNS = [
  "kode_provinsi", "kode_kabupaten_kota", "kode_kecamatan", "kode_kelurahan_desa",
  "nama_provinsi", "nama_kabupaten_kota", "nama_kecamatan", "nama_kelurahan_desa",
  "alamat", "nomor_kartu_keluarga", "nama_anggota_keluarga", "id_pelanggan_pln", "jumlah_anggota_keluarga",
  "desil_nasional", "desil_provinsi", "desil_kabupaten_kota", "pbi_nas", "pbi_pemda",
  "status_kepemilikan_bangunan", "luas_lantai", "jenis_lantai_terluas", "sumber_penerangan_utama",
];

export const ANGGOTA_COLUMNS = [
  "nomor_induk_kependudukan", "nomor_kartu_keluarga", "nama", "tanggal_lahir", "jenis_kelamin",
  "status_hubungan_keluarga", "status_kawin", "pbi_nas", "pbi_pemda", "partisipasi_sekolah", "ijazah_tertinggi",
  "status_bekerja", "lapangan_usaha_dari_pekerjaan_utama", "status_dalam_pekerjaan_utama", "pekerjaan_ktp",
  "status_disabilitas", "kode_kelurahan_desa_ktp", "rt_ktp", "rw_ktp",
];

/** A DTSEN v3 line: pipe-separated, every field double-quoted (quotes inside doubled). */
function dtsenLine(values: ReadonlyArray<string | number | undefined>): string {
  return values.map((v) => `"${String(v ?? "").replace(/"/g, '""')}"`).join("|");
}

function familyValues(f: DtsenFamily): Array<string | number | undefined> {
  const d = f.kodeDesa;
  return [
    d.slice(0, 2), d.slice(0, 4), d.slice(0, 7), d,
    "KALIMANTAN BARAT", "KETAPANG", "MATAN HILIR UTARA", VILLAGE_NAMES[d] ?? "DESA LAIN",
    f.alamat ?? "DUSUN PARIT RAYA", f.noKk, f.kepala, "", f.anggota,
    f.desilNasional, f.desilProvinsi, f.desilKabupatenKota, f.pbiNas ?? "Tidak", f.pbiPemda ?? "Tidak",
    "Milik sendiri", 36, "Kayu/papan", "Listrik PLN dengan meteran",
  ];
}

function memberValues(m: DtsenMember): Array<string | number | undefined> {
  return [
    m.nik, m.noKk, m.nama, m.tanggalLahir, m.jenisKelamin === "L" ? "Laki-laki" : "Perempuan",
    m.hubungan ?? "Kepala keluarga", "Kawin", "Tidak", "Tidak", "Tidak bersekolah lagi", "SMP/sederajat",
    m.statusBekerja ?? "Ya", m.lapanganUsaha ?? "Pertanian tanaman padi & palawija", m.statusPekerjaan ?? "Berusaha sendiri", m.pekerjaanKtp ?? "PETANI/PEKEBUN",
    "Tidak", "", m.rt ?? "001", m.rw ?? "002",
  ];
}

/** Writes `keluarga_dtsen_v3_<year>_<kab>.csv` and `anggota_keluarga_dtsen_v3_<year>_<kab>.csv` into `dir`. */
export function writeDtsenPair(
  dir: string,
  families: readonly DtsenFamily[],
  members: readonly DtsenMember[],
  options: { year?: number; kab?: string } = {},
): { keluarga: string; anggota: string } {
  const suffix = `${options.year ?? 2026}_${options.kab ?? "61.04"}`;
  const keluarga = path.join(dir, `keluarga_dtsen_v3_${suffix}.csv`);
  const anggota = path.join(dir, `anggota_keluarga_dtsen_v3_${suffix}.csv`);
  fs.writeFileSync(keluarga, [dtsenLine(KELUARGA_COLUMNS), ...families.map((f) => dtsenLine(familyValues(f)))].join("\n") + "\n");
  fs.writeFileSync(anggota, [dtsenLine(ANGGOTA_COLUMNS), ...members.map((m) => dtsenLine(memberValues(m)))].join("\n") + "\n");
  return { keluarga, anggota };
}

/** The SIKS-NG "Pemeringkatan Desil" export: title rows, then No | No KK | NIK | Nama | Desil, NIK and No. KK as text. */
export async function writeSiksNgDesil(file: string, rows: ReadonlyArray<{ noKk: string; nik: string; nama: string; desil: number }>): Promise<string> {
  return writeWorkbook(
    file,
    [
      ["PEMERINGKATAN DESIL KELUARGA (DTSEN)"],
      ["DESA KUALA SATONG KECAMATAN MATAN HILIR UTARA KABUPATEN KETAPANG"],
      ["Diunduh dari SIKS-NG"],
      ["No", "No KK", "NIK", "Nama", "Desil"],
      ...rows.map((r, i) => [i + 1, r.noKk, r.nik, r.nama, r.desil]),
    ],
    "Pemeringkatan Desil",
    [2, 3],
  );
}

/** A kabupaten BNBA list with only NIK and NAMA (NIK as text). */
export async function writeBnba(file: string, rows: ReadonlyArray<{ nik: string; nama: string }>): Promise<string> {
  return writeWorkbook(file, [["NIK", "NAMA"], ...rows.map((r) => [r.nik, r.nama.toUpperCase()])], "BNBA", [1]);
}

/** A fictional resident's NIK from Kec. Matan Hilir Utara (61.04.01): birth date inside, women's day + 40. */
export function residentNik(tanggalLahir: string, jenisKelamin: "L" | "P", serial: number): string {
  const [year, month, day] = tanggalLahir.split("-");
  const dd = String(Number(day) + (jenisKelamin === "P" ? 40 : 0)).padStart(2, "0");
  return `610401${dd}${month}${year!.slice(2)}${String(serial).padStart(4, "0")}`;
}

/** The example village's extract built from contoh/desa-contoh.xlsx, with what each planted person must produce. */
export interface ExampleExtract {
  readonly keluarga: string;
  readonly anggota: string;
  /** Example workers put in the member file (each with their own family). */
  readonly inExtract: readonly ExampleWorker[];
  /** In the extract; the family's desil_nasional 6 (desil_kabupaten_kota 3). */
  readonly desilHigh: ExampleWorker;
  /** In the extract as "Buruh/karyawan/pegawai swasta". */
  readonly wageEarner: ExampleWorker;
  /** In the extract under another name. */
  readonly otherName: ExampleWorker;
  /** Residents not on the list who must be proposed by `calon` (desil 1–3, working age, self-employed). */
  readonly goodResidents: readonly DtsenMember[];
  /** Residents `calon` must leave out, by reason. */
  readonly excludedResidents: { readonly child: DtsenMember; readonly old: DtsenMember; readonly desilHigh: DtsenMember; readonly wageEarner: DtsenMember; readonly notWorking: DtsenMember; readonly otherVillage: DtsenMember };
}

export const EXAMPLE_VILLAGE_DIGITS = "6104012014";
export const OTHER_VILLAGE_DIGITS = "6104012015";

/**
 * A kabupaten's DTSEN pair as a village gets it: the first `count` clean workers of the example, each in
 * a family of the village (desil 1–3 but for `desilHigh`), plus residents who are not on the list, one
 * family of the village with no members in the member file, and one resident of a neighbouring village.
 * The desil lives only in the family file: a match on desil proves the join on No. KK.
 */
export async function writeExampleExtract(dir: string, exampleWorkbook: string, count = 30): Promise<ExampleExtract> {
  const workers = (await readExampleWorkers(exampleWorkbook)).slice(0, count);
  if (workers.length < count) throw new Error(`contoh has only ${workers.length} clean workers`);
  const [desilHigh, wageEarner, otherName] = workers as [ExampleWorker, ExampleWorker, ExampleWorker];
  const families: DtsenFamily[] = [];
  const members: DtsenMember[] = [];
  workers.forEach((w, i) => {
    const high = w === desilHigh;
    families.push({ noKk: w.noKk, kepala: w.nama.toUpperCase(), kodeDesa: EXAMPLE_VILLAGE_DIGITS, anggota: 1, desilNasional: high ? 6 : 1 + (i % 3), desilProvinsi: high ? 6 : 1 + (i % 3), desilKabupatenKota: high ? 3 : 1 + (i % 3), pbiNas: i % 2 ? "Ya" : "Tidak" });
    members.push({
      nik: w.nik,
      noKk: w.noKk,
      nama: w === otherName ? "HARTONO WIBISONO" : w.nama.toUpperCase(),
      tanggalLahir: w.tanggalLahir,
      jenisKelamin: w.jenisKelamin,
      statusPekerjaan: w === wageEarner ? "Buruh/karyawan/pegawai swasta" : i % 2 ? "Pekerja bebas pertanian" : "Berusaha sendiri",
      pekerjaanKtp: w === wageEarner ? "KARYAWAN SWASTA" : w.pekerjaan.toUpperCase(),
    });
  });

  let serial = 7001;
  const resident = (nama: string, tanggalLahir: string, jenisKelamin: "L" | "P", family: Partial<DtsenFamily>, member: Partial<DtsenMember> = {}): DtsenMember => {
    const noKk = `61040130${String(serial).padStart(8, "0")}`;
    const person: DtsenMember = { nik: residentNik(tanggalLahir, jenisKelamin, serial++), noKk, nama, tanggalLahir, jenisKelamin, ...member };
    families.push({ noKk, kepala: nama, kodeDesa: EXAMPLE_VILLAGE_DIGITS, anggota: 1, desilNasional: 2, desilProvinsi: 2, desilKabupatenKota: 2, ...family });
    members.push(person);
    return person;
  };
  const goodResidents = [
    resident("SUPARMAN HADI", "1985-03-14", "L", { desilNasional: 1, desilProvinsi: 1, desilKabupatenKota: 1 }, { statusPekerjaan: "Berusaha sendiri", pekerjaanKtp: "NELAYAN/PERIKANAN" }),
    resident("MURNIATI", "1990-07-02", "P", { desilNasional: 2 }, { statusPekerjaan: "Pekerja bebas pertanian", pekerjaanKtp: "BURUH TANI/PERKEBUNAN" }),
    resident("ABDUL ROHIM", "1978-11-23", "L", { desilNasional: 3 }, { statusPekerjaan: "Berusaha dibantu buruh tidak tetap/buruh tidak dibayar", pekerjaanKtp: "PEDAGANG" }),
    resident("SITI MARLINA", "2000-01-09", "P", { desilNasional: 4 }, { statusPekerjaan: "Pekerja keluarga/tidak dibayar", pekerjaanKtp: "MENGURUS RUMAH TANGGA" }),
    resident("YUSUF EFENDI", "1970-05-30", "L", { desilNasional: 1 }, { statusPekerjaan: "Pekerja bebas non pertanian", pekerjaanKtp: "TUKANG BATU" }),
  ];
  const excludedResidents = {
    child: resident("RIZKY PRATAMA", "2016-04-04", "L", {}, { statusBekerja: "", statusPekerjaan: "", hubungan: "Anak" }),
    old: resident("MARDIAH", "1950-02-12", "P", {}, { statusPekerjaan: "Berusaha sendiri" }),
    desilHigh: resident("HENDRA GUNAWAN", "1982-08-18", "L", { desilNasional: 8, desilProvinsi: 7, desilKabupatenKota: 9 }, { statusPekerjaan: "Berusaha sendiri" }),
    wageEarner: resident("DEDI KURNIAWAN", "1988-12-01", "L", {}, { statusPekerjaan: "PNS/TNI/Polri/BUMN/BUMD/anggota legislatif/pejabat daerah", pekerjaanKtp: "PEGAWAI NEGERI SIPIL" }),
    notWorking: resident("NURHAYATI", "1992-06-15", "P", {}, { statusBekerja: "Tidak", statusPekerjaan: "" }),
    otherVillage: resident("AGUS SALIM", "1987-09-09", "L", { kodeDesa: OTHER_VILLAGE_DIGITS, desilNasional: 1 }, { statusPekerjaan: "Berusaha sendiri" }),
  };
  // A family of the village whose members are not in the member file (counted in the extract's notes).
  families.push({ noKk: "6104013099990001", kepala: "KELUARGA TANPA ANGGOTA", kodeDesa: EXAMPLE_VILLAGE_DIGITS, anggota: 3, desilNasional: 2 });
  const { keluarga, anggota } = writeDtsenPair(dir, families, members);
  return { keluarga, anggota, inExtract: workers, desilHigh, wageEarner, otherName, goodResidents, excludedResidents };
}
