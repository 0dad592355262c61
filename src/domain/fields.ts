/**
 * The canonical worker fields and the header texts villages use for them.
 * Synonyms are compared after `normaliseHeader` (case, spaces, dots, underscores, dashes and
 * slashes ignored), so "No. KTP", "NO_KTP" and "no ktp" are the same synonym.
 */
export const FIELD_NAMES = [
  "nik",
  "no_kk",
  "nama",
  "tempat_lahir",
  "tanggal_lahir",
  "jenis_kelamin",
  "pekerjaan",
  "no_hp",
  "alamat",
  "rt",
  "rw",
  "dusun",
  "desa",
  "nama_ibu",
  "penghasilan",
  "email",
] as const;

export type FieldName = (typeof FIELD_NAMES)[number];

export const FIELD_SYNONYMS: Readonly<Record<FieldName, readonly string[]>> = {
  nik: ["NIK", "No. KTP", "No KTP", "Nomor KTP", "Nomor Induk Kependudukan", "Induk Kependudukan", "No NIK", "Nomor NIK", "NIK KTP", "No. NIK", "NIK/No. KTP", "Nomor Identitas", "No Identitas", "nomor_nik", "Nomer NIK", "Nomer KTP"],
  no_kk: ["No. KK", "No KK", "Nomor KK", "No Kartu Keluarga", "Nomor Kartu Keluarga", "KK", "No. Kartu Keluarga", "nomor_kk", "Nomer KK", "Nomer Kartu Keluarga"],
  nama: ["Nama", "Nama Lengkap", "Nama Pekerja", "Nama Sesuai KTP", "Nama Peserta", "Nama Tenaga Kerja", "Nama Warga", "Nama Penerima"],
  tempat_lahir: ["Tempat Lahir", "Tmp Lahir", "Tmpt Lahir", "Tempat Lhr", "Kota Lahir"],
  tanggal_lahir: ["Tanggal Lahir", "Tgl Lahir", "Tgl. Lahir", "Tgl Lhr", "Tanggal Lhr", "TTL Tanggal", "Tgl_Lahir"],
  jenis_kelamin: ["Jenis Kelamin", "JK", "L/P", "Kelamin", "Jns Kelamin", "Sex", "Gender"],
  pekerjaan: ["Pekerjaan", "Jenis Pekerjaan", "Profesi", "Mata Pencaharian", "Jenis Usaha", "Pekerjaan Utama"],
  no_hp: ["No HP", "No. HP", "Nomor HP", "Telepon", "No Telepon", "No. Telp", "No Telp", "HP", "Handphone", "No WA", "Nomor WA", "No. WA", "Nomor Telepon", "No Handphone", "Nomer HP", "Nomer WA", "Nomer Telepon"],
  alamat: ["Alamat", "Alamat Lengkap", "Alamat Rumah", "Alamat Sesuai KTP", "Alamat Domisili"],
  // A village sheet often keeps both in one column, "001/002": parsed-row.ts splits it when there is no RW column.
  rt: ["RT", "RT/RW"],
  rw: ["RW"],
  dusun: ["Dusun", "Dukuh", "Banjar", "Lingkungan", "Jorong", "Kampung", "Nama Dusun"],
  desa: ["Desa", "Nama Desa", "Desa/Kelurahan", "Kelurahan", "Kode Desa"],
  nama_ibu: ["Nama Ibu Kandung", "Nama Ibu", "Ibu Kandung"],
  penghasilan: ["Penghasilan", "Penghasilan Dilaporkan", "Penghasilan per Bulan", "Penghasilan Bulanan", "Upah", "Pendapatan", "Pendapatan per Bulan"],
  email: ["Email", "E-mail", "Surel", "Alamat Email"],
};

/** Human labels used in messages and the task pane. */
export const FIELD_LABELS: Readonly<Record<FieldName, string>> = {
  nik: "NIK",
  no_kk: "No. KK",
  nama: "Nama",
  tempat_lahir: "Tempat Lahir",
  tanggal_lahir: "Tanggal Lahir",
  jenis_kelamin: "Jenis Kelamin",
  pekerjaan: "Pekerjaan",
  no_hp: "No. HP",
  alamat: "Alamat",
  rt: "RT",
  rw: "RW",
  dusun: "Dusun",
  desa: "Desa",
  nama_ibu: "Nama Ibu Kandung",
  penghasilan: "Penghasilan",
  email: "Email",
};

/** Lower-cases and drops every character that is not a letter or digit: "No. KTP" -> "noktp". */
export function normaliseHeader(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}
