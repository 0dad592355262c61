import * as fs from "node:fs";
import * as path from "node:path";
import { makePerson, OCCUPATIONS, pick, seededRandom, type Person } from "../scripts/lib/synthetic";
import { BENCH_DIR } from "./generate";

/*
 * A DTSEN v3 extract of one kabupaten as a village receives it (file names, columns, "|" and quoting as
 * read by public BPS Sulawesi Tengah scripts, github.com/jihanmsr/latsar-pemadanan-dtsen, and a
 * provincial DTSEN variable catalogue of 2026): a family file
 * `keluarga_dtsen_v3_<tahun>_<kab>.csv` (52 variables, keyed on nomor_kartu_keluarga, holding the desil
 * and PBI flags) and a member file `anggota_keluarga_dtsen_v3_<tahun>_<kab>.csv` (48 variables), pipe
 * separated, every value double-quoted. Column names follow the catalogue; the values are synthetic
 * but plausible in kind and length, so that the files are about as large as real ones.
 */

export const KELUARGA_COLUMNS = [
  "kode_provinsi", "nama_provinsi", "kode_kabupaten_kota", "nama_kabupaten_kota", "kode_kecamatan", "nama_kecamatan",
  "kode_kelurahan_desa", "nama_kelurahan_desa", "alamat", "nomor_kartu_keluarga", "nama_anggota_keluarga", "id_pelanggan_pln",
  "jumlah_anggota_keluarga", "desil_nasional", "desil_provinsi", "desil_kabupaten_kota", "pbi_nas", "pbi_pemda",
  "status_kepemilikan_bangunan", "luas_lantai", "jenis_lantai_terluas", "jenis_dinding_terluas", "kondisi_dinding", "jenis_atap_terluas",
  "kondisi_atap", "sumber_air_minum_utama", "sumber_penerangan_utama", "daya_terpasang", "bahan_bakar_memasak_utama", "fasilitas_bab",
  "jenis_kloset", "pembuangan_akhir_tinja", "aset_tabung_gas_5_5kg", "aset_lemari_es", "aset_ac", "aset_pemanas_air",
  "aset_telepon_rumah", "aset_televisi_layar_datar", "aset_emas_perhiasan", "aset_komputer_laptop", "aset_sepeda", "aset_sepeda_motor",
  "aset_mobil", "aset_perahu", "aset_perahu_motor", "aset_lahan", "aset_rumah_lain", "jumlah_sapi",
  "jumlah_kerbau", "jumlah_kambing_domba", "jumlah_babi", "tanggal_pemutakhiran",
] as const;

export const ANGGOTA_COLUMNS = [
  "kode_provinsi", "kode_kabupaten_kota", "kode_kecamatan", "kode_kelurahan_desa", "nama_provinsi", "nama_kabupaten_kota",
  "nama_kecamatan", "nama_kelurahan_desa", "nomor_kartu_keluarga", "nomor_induk_kependudukan", "nama", "tanggal_lahir",
  "umur", "jenis_kelamin", "status_hubungan_keluarga", "status_kawin", "pbi_nas", "pbi_pemda",
  "partisipasi_sekolah", "jenjang_pendidikan_tertinggi", "ijazah_tertinggi", "status_bekerja", "jumlah_jam_kerja_seminggu",
  "lapangan_usaha_dari_pekerjaan_utama", "status_dalam_pekerjaan_utama", "pekerjaan_ktp", "disabilitas_penglihatan",
  "disabilitas_pendengaran", "disabilitas_berjalan_naik_tangga", "disabilitas_menggunakan_tangan", "disabilitas_mengingat_berkonsentrasi",
  "disabilitas_perilaku_emosi", "disabilitas_berbicara", "disabilitas_mengurus_diri", "keluhan_kesehatan_kronis",
  "kepemilikan_jaminan_kesehatan", "kepemilikan_jaminan_ketenagakerjaan", "status_kehamilan", "kode_provinsi_ktp",
  "kode_kabupaten_kota_ktp", "kode_kecamatan_ktp", "kode_kelurahan_desa_ktp", "alamat_ktp", "rt_ktp", "rw_ktp",
  "status_keberadaan_anggota", "tanggal_pemutakhiran", "keterangan_pemutakhiran",
] as const;

const KECAMATAN = [
  "MATAN HILIR SELATAN", "MATAN HILIR UTARA", "KENDAWANGAN", "MANIS MATA", "MARAU", "AIR UPAS", "JELAI HULU", "TUMBANG TITI", "PEMAHAN",
  "SUNGAI MELAYU RAYAK", "NANGA TAYAP", "SANDAI", "HULU SUNGAI", "SUNGAI LAUR", "SIMPANG HULU", "SIMPANG DUA", "DELTA PAWAN", "BENUA KAYONG",
  "MUARA PAWAN",
];
const DESA = ["KUALA SATONG", "SUNGAI BAKAU", "KARYA BARU", "TANJUNG HARAPAN", "PARIT RAYA", "SUKA MAJU", "SEI JAWI", "PEMATANG GADUNG", "MEKAR UTAMA", "SUNGAI PUTRI"];
const HUBUNGAN = ["Istri/suami", "Anak", "Anak", "Anak", "Menantu", "Cucu", "Orang tua/mertua", "Famili lain"];
const SEKOLAH = ["SD/sederajat", "SMP/sederajat", "SMA/sederajat", "SMK", "Paket A", "Paket B", "D1/D2/D3", "D4/S1", "Tidak punya ijazah"];
const LAPANGAN_USAHA = [
  "Pertanian tanaman padi & palawija", "Hortikultura", "Perkebunan", "Perikanan", "Peternakan", "Kehutanan & pertanian lainnya",
  "Pertambangan/penggalian", "Industri pengolahan", "Konstruksi", "Perdagangan besar dan eceran, reparasi dan perawatan mobil dan sepeda motor",
  "Pengangkutan dan pergudangan", "Penyediaan akomodasi & penyediaan makan minum", "Pendidikan", "Aktivitas kesehatan manusia dan aktivitas sosial",
  "Aktivitas jasa lainnya", "Administrasi pemerintahan, pertahanan dan jaminan sosial wajib",
];
const STATUS_PEKERJAAN = [
  "Berusaha sendiri", "Berusaha sendiri", "Berusaha dibantu buruh tidak tetap/tidak dibayar", "Berusaha dibantu buruh tetap/dibayar",
  "Buruh/karyawan/pegawai swasta", "PNS/TNI/Polri/BUMN/BUMD/pejabat negara", "Pekerja bebas pertanian", "Pekerja bebas non pertanian",
  "Pekerja keluarga/tidak dibayar",
];
const DISABILITAS = ["Tidak mengalami kesulitan", "Tidak mengalami kesulitan", "Tidak mengalami kesulitan", "Tidak mengalami kesulitan", "Sedikit kesulitan", "Banyak kesulitan"];
const JAMKES = ["PBI JKN", "PBI JKN", "JKN Mandiri", "JKN Pemberi kerja", "Tidak memiliki"];
const LANTAI = ["Kayu/papan", "Semen/bata merah", "Keramik", "Ubin/tegel/teraso", "Tanah"];
const DINDING = ["Kayu/papan", "Tembok", "Plesteran anyaman bambu/kawat", "Bambu"];
const ATAP = ["Seng", "Asbes", "Genteng", "Sirap", "Daun/ijuk/rumbia"];
const AIR = ["Air hujan", "Sumur bor/pompa", "Air isi ulang", "Leding", "Mata air tak terlindung", "Air sungai/danau/waduk"];
const PENERANGAN = ["Listrik PLN dengan meteran", "Listrik PLN tanpa meteran", "Listrik non-PLN", "Bukan listrik"];
const DAYA = ["450 watt", "900 watt", "1.300 watt", "2.200 watt", ""];
const MASAK = ["Gas elpiji 3 kg", "Gas elpiji 3 kg", "Kayu bakar", "Minyak tanah", "Listrik"];
const JALAN = ["Parit Baru", "Sungai Putri", "Tanjung Pura", "Merdeka", "Masjid", "Pelabuhan", "Pawan", "Gajah Mada", "Lintas Ketapang", "Kemuning"];

export interface DtsenFiles {
  readonly keluarga: string;
  readonly anggota: string;
}

export interface DtsenShape {
  readonly members: number;
  readonly families: number;
  /** The first `workersInExtract` workers of the bench workbook (same seed) are members, with their NIK, KK, name and birth date. */
  readonly workers: number;
  readonly workersInExtract: number;
}

/** Family sizes in turn: a mean of 10/3 members, so 300.000 families hold 1.000.000 people. */
const FAMILY_SIZES = [2, 5, 3, 4, 3, 3];

/**
 * Writes the pair (streaming, to a temporary name renamed at the end, so an interrupted run is never
 * reused), or returns the files already there.
 */
export async function generateDtsenExtract(shape: DtsenShape, folder = path.join(BENCH_DIR, `dtsen-v2-${shape.members}`)): Promise<DtsenFiles> {
  const files = {
    keluarga: path.join(folder, "keluarga_dtsen_v3_2026_61.04.csv"),
    anggota: path.join(folder, "anggota_keluarga_dtsen_v3_2026_61.04.csv"),
  };
  if (fs.existsSync(files.keluarga) && fs.existsSync(files.anggota)) return files;
  fs.mkdirSync(folder, { recursive: true });
  const keluarga = new QuotedPipeWriter(files.keluarga + ".tmp");
  const anggota = new QuotedPipeWriter(files.anggota + ".tmp");
  await keluarga.row(KELUARGA_COLUMNS);
  await anggota.row(ANGGOTA_COLUMNS);

  const workerRandom = seededRandom(shape.workers);
  const random = seededRandom(shape.members + 7);
  const usedKk = new Set<string>();
  // A NIK is unique in DTSEN: a drawn one already given (same district, birth date, sex and serial) takes the next free serial.
  const usedNik = new Set<string>();
  // The workers' NIKs first (the same draws as below), so that no other member takes one.
  const workerDraws = seededRandom(shape.workers);
  for (let f = 0; f < shape.workersInExtract; f++) usedNik.add(makePerson(workerDraws, "61.04.01", f).nik);
  const unique = (p: Person): Person => {
    let nik = p.nik;
    for (let serial = Number(nik.slice(12)); usedNik.has(nik); ) nik = nik.slice(0, 12) + String((serial = (serial % 9999) + 1)).padStart(4, "0");
    usedNik.add(nik);
    return nik === p.nik ? p : { ...p, nik };
  };
  let members = 0;
  for (let f = 0; f < shape.families && members < shape.members; f++) {
    const size = Math.min(FAMILY_SIZES[f % FAMILY_SIZES.length]!, shape.members - members);
    // The first families are the village's (61.04.01.2014); the rest spread over the kabupaten.
    const worker = f < shape.workersInExtract ? makePerson(workerRandom, "61.04.01", f) : undefined;
    const kec = worker ? 1 : 2 + (f % (KECAMATAN.length - 1));
    const kecCode = `6104${String(kec).padStart(2, "0")}`;
    const desaCode = worker ? "6104012014" : `${kecCode}${String(2001 + (f % DESA.length)).padStart(4, "0")}`;
    const region = {
      kec: kecCode,
      desa: desaCode,
      namaKec: KECAMATAN[kec - 1]!,
      namaDesa: worker ? "KUALA SATONG" : DESA[f % DESA.length]!,
    };
    let kk = worker?.noKk;
    // Two workers drawn with the same No. KK are one family: the second joins the first.
    const joinsEarlier = kk !== undefined && usedKk.has(kk);
    while (kk === undefined || (usedKk.has(kk) && !joinsEarlier)) kk = makePerson(random, `61.04.${region.kec.slice(4)}`, f).noKk;
    usedKk.add(kk);
    const district = `61.04.${region.kec.slice(4)}`;
    const head = worker ?? unique(makePerson(random, district, members, [1955, 2000]));
    const people: Person[] = [head];
    const relations = ["Kepala keluarga"];
    for (let m = 1; m < size; m++) {
      // A spouse of about the head's age, then children (or a parent, a grandchild …) born after.
      const y = head.tanggalLahir.year;
      const spouse = m === 1 && random() < 0.85;
      const relation = spouse ? "Istri/suami" : pick(random, HUBUNGAN.slice(1));
      const years: [number, number] = spouse ? [y - 6, y + 8] : relation === "Orang tua/mertua" ? [y - 35, y - 18] : [Math.min(y + (relation === "Cucu" ? 38 : 18), 2024), 2025];
      people.push(unique(makePerson(random, district, members + m, years)));
      relations.push(relation);
    }
    const alamat = `${head.dusun.replace("Dusun ", "DUSUN ").toUpperCase()}, JL. ${pick(random, JALAN).toUpperCase()} NO. ${1 + Math.floor(random() * 120)}`;
    const desil = 1 + Math.floor(random() * random() * 10);
    const pbiNas = desil <= 4 && random() < 0.8;
    if (!joinsEarlier) await keluarga.row(familyRow(random, region, alamat, kk, head, people.length, desil, pbiNas));
    for (let m = 0; m < people.length; m++) {
      await anggota.row(memberRow(random, region, alamat, kk, people[m]!, relations[m]!, pbiNas));
    }
    members += people.length;
  }
  await keluarga.close();
  await anggota.close();
  fs.renameSync(files.keluarga + ".tmp", files.keluarga);
  fs.renameSync(files.anggota + ".tmp", files.anggota);
  return files;
}

interface Region {
  readonly kec: string;
  readonly desa: string;
  readonly namaKec: string;
  readonly namaDesa: string;
}

function yaTidak(random: () => number, yes: number): string {
  return random() < yes ? "Ya" : "Tidak";
}

function familyRow(random: () => number, r: Region, alamat: string, kk: string, head: Person, size: number, desil: number, pbiNas: boolean): string[] {
  const near = () => String(Math.max(1, Math.min(10, desil + Math.floor(random() * 3) - 1)));
  const rich = desil / 10;
  return [
    "61", "KALIMANTAN BARAT", "6104", "KETAPANG", r.kec, r.namaKec, r.desa, r.namaDesa, alamat, kk, head.nama.toUpperCase(),
    random() < 0.6 ? String(520_000_000_000 + Math.floor(random() * 9_999_999_999)) : "",
    String(size), String(desil), near(), near(), pbiNas ? "Ya" : "Tidak", yaTidak(random, 0.1),
    pick(random, ["Milik sendiri", "Milik sendiri", "Kontrak/sewa", "Bebas sewa", "Dinas"]), String(18 + Math.floor(random() * 90)),
    pick(random, LANTAI), pick(random, DINDING), pick(random, ["Bagus/kualitas tinggi", "Jelek/kualitas rendah"]), pick(random, ATAP),
    pick(random, ["Bagus/kualitas tinggi", "Jelek/kualitas rendah"]), pick(random, AIR), pick(random, PENERANGAN), pick(random, DAYA),
    pick(random, MASAK), pick(random, ["Ada, digunakan hanya anggota keluarga sendiri", "Ada, digunakan bersama", "Ada, di MCK umum", "Tidak ada"]),
    pick(random, ["Leher angsa", "Plengsengan", "Cemplung/cubluk"]), pick(random, ["Tangki septik", "IPAL", "Kolam/sawah/sungai/danau/laut", "Lubang tanah"]),
    yaTidak(random, 0.7), yaTidak(random, rich), yaTidak(random, rich / 4), yaTidak(random, rich / 5), yaTidak(random, 0.02),
    yaTidak(random, 0.3 + rich / 2), yaTidak(random, rich / 2), yaTidak(random, rich / 3), yaTidak(random, 0.3), yaTidak(random, 0.5 + rich / 3),
    yaTidak(random, rich / 6), yaTidak(random, 0.1), yaTidak(random, 0.1), yaTidak(random, 0.3), yaTidak(random, rich / 5),
    String(random() < 0.1 ? 1 + Math.floor(random() * 5) : 0), String(random() < 0.03 ? 1 + Math.floor(random() * 3) : 0),
    String(random() < 0.15 ? 1 + Math.floor(random() * 8) : 0), String(random() < 0.08 ? 1 + Math.floor(random() * 6) : 0),
    `2026-0${1 + Math.floor(random() * 6)}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`,
  ];
}

function memberRow(random: () => number, r: Region, alamat: string, kk: string, p: Person, hubungan: string, pbiNas: boolean): string[] {
  const d = p.tanggalLahir;
  const umur = 2026 - d.year;
  const adult = umur >= 15;
  const works = adult && umur < 70 && random() < 0.7;
  const disability = () => pick(random, DISABILITAS);
  return [
    "61", "6104", r.kec, r.desa, "KALIMANTAN BARAT", "KETAPANG", r.namaKec, r.namaDesa, kk, p.nik, p.nama.toUpperCase(),
    `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`, String(umur), p.jenisKelamin === "L" ? "Laki-laki" : "Perempuan",
    hubungan, adult ? pick(random, ["Kawin/nikah", "Kawin/nikah", "Kawin/nikah", "Belum kawin", "Cerai mati", "Cerai hidup"]) : "Belum kawin",
    pbiNas ? "Ya" : "Tidak", yaTidak(random, 0.05),
    umur < 7 ? "Tidak/belum pernah sekolah" : umur < 19 ? "Masih sekolah" : "Tidak bersekolah lagi", umur < 7 ? "" : pick(random, SEKOLAH),
    umur < 13 ? "Tidak punya ijazah" : pick(random, SEKOLAH),
    works ? "Ya" : "Tidak", works ? String(10 + Math.floor(random() * 50)) : "",
    works ? pick(random, LAPANGAN_USAHA) : "", works ? pick(random, STATUS_PEKERJAAN) : "",
    (adult ? pick(random, ["PETANI/PEKEBUN", "NELAYAN/PERIKANAN", "WIRASWASTA", "BURUH HARIAN LEPAS", "MENGURUS RUMAH TANGGA", "KARYAWAN SWASTA", "PEDAGANG", ...OCCUPATIONS.map((o) => o.toUpperCase())]) : "PELAJAR/MAHASISWA"),
    disability(), disability(), disability(), disability(), disability(), disability(), disability(), disability(),
    yaTidak(random, 0.15), pick(random, JAMKES), works ? yaTidak(random, 0.15) : "Tidak",
    p.jenisKelamin === "P" && adult && umur < 45 ? yaTidak(random, 0.05) : "",
    "61", "6104", r.kec, r.desa, alamat, p.rt, p.rw,
    pick(random, ["Tinggal bersama keluarga", "Tinggal bersama keluarga", "Tinggal bersama keluarga", "Sedang merantau"]),
    `2026-0${1 + Math.floor(random() * 6)}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`, random() < 0.9 ? "Tetap" : "Perbaikan data",
  ];
}

/** Pipe-separated, every value in double quotes, LF line ends; written in ~1 MB pieces with back-pressure. */
class QuotedPipeWriter {
  private readonly out: fs.WriteStream;
  private chunk = "";

  constructor(file: string) {
    this.out = fs.createWriteStream(file);
  }

  async row(values: readonly string[]): Promise<void> {
    this.chunk += '"' + values.map((v) => v.replace(/"/g, '""')).join('"|"') + '"\n';
    if (this.chunk.length > 1 << 20) await this.flush();
  }

  private flush(): Promise<void> {
    const ok = this.out.write(this.chunk);
    this.chunk = "";
    return ok ? Promise.resolve() : new Promise<void>((resolve) => this.out.once("drain", () => resolve()));
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => this.out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}
