import type { CalendarDate } from "../values/calendar-date";
import type { DesilReading } from "./desil";
import type { WorkStatus } from "./work-status";

/**
 * One family (No. KK) of a DTSEN `keluarga_dtsen_v3_*` file. DTSEN is family-based: the desil and the
 * PBI flags belong to the family, and each member carries them through the join on No. KK.
 */
export interface DtksFamily {
  /** 1-based row in its file, for messages. */
  readonly row: number;
  /** Index of the file (part) in `DtksExtract.parts`. */
  readonly part: number;
  readonly noKk: string;
  /** The head of the family (`nama_anggota_keluarga` in the family file). */
  readonly kepala?: string;
  readonly desil?: DesilReading;
  readonly pbiNas?: boolean;
  readonly pbiPemda?: boolean;
  /** Ten digits, as DTSEN writes `kode_kelurahan_desa` ("6104012014"). */
  readonly kodeDesa?: string;
  readonly alamat?: string;
}

/**
 * One person in the village's extract, whatever file shape they came from (DTSEN member file, SIKS-NG
 * desil export, kabupaten BNBA list, legacy DTKS sheet). Only what matching, messages and candidate
 * lists use is kept: a member file can hold a million people.
 */
export interface DtksRecord {
  /** 1-based row in its file, for messages. */
  readonly row: number;
  /** Index of the file (part) in `DtksExtract.parts`. */
  readonly part: number;
  readonly nik?: string;
  readonly noKk?: string;
  readonly nama?: string;
  readonly tanggalLahir?: CalendarDate;
  readonly jenisKelamin?: "L" | "P";
  /** The person's own desil columns (SIKS-NG export, legacy DTKS); DTSEN members take the family's. */
  readonly desil?: DesilReading;
  readonly pbiNas?: boolean;
  readonly pbiPemda?: boolean;
  /** `status_bekerja`: true = works, false = does not, undefined = not in the file or not readable. */
  readonly bekerja?: boolean;
  /** `status_dalam_pekerjaan_utama`, classified. */
  readonly pekerjaanUtama?: WorkStatus;
  /** `pekerjaan_ktp`, else the line of work of the main job, as written, for the candidate list. */
  readonly pekerjaan?: string;
  readonly kodeDesa?: string;
  readonly alamat?: string;
  readonly rt?: string;
  readonly rw?: string;
  /** Set once, by the join on No. KK (`buildDtksExtract`). */
  family?: DtksFamily;
}

/**
 * Header synonyms of the extracts villages hold in 2026: DTSEN v3 family and member files (columns such
 * as `nomor_kartu_keluarga`, `nomor_induk_kependudukan`, `desil_nasional`), the SIKS-NG "Pemeringkatan
 * Desil" export, kabupaten BNBA lists, and legacy DTKS sheets. BPS and Kemensos publish no specification
 * of these files; the names are those seen in public extracts, compared after `normaliseHeader`, exact
 * names first.
 */
export const DTKS_FIELD_SYNONYMS = {
  id_dtks: ["IDDTKS", "ID_DTKS", "ID DTKS", "Id DTKS", "ID DTSEN", "IDDTSEN", "ID_DTSEN", "IDARTBDT", "ID ART BDT", "ID Keluarga"],
  nik: ["nomor_induk_kependudukan", "NIK", "nomor_nik", "No NIK", "NO_NIK", "Nomor Induk Kependudukan", "NIK ART", "NIK Anggota", "No KTP"],
  no_kk: ["nomor_kartu_keluarga", "no_kk", "no kk", "nokk", "nomor_kk", "Nomor KK", "No. KK", "Nomor Kartu Keluarga", "KK"],
  nama: ["nama", "nama_lengkap", "nama anggota keluarga", "NAMA_ART", "Nama ART", "Nama Anggota", "Nama Lengkap", "Nama Penerima"],
  tanggal_lahir: ["tanggal_lahir", "tgl_lahir", "Tanggal Lahir", "TGL LAHIR", "Tgl. Lahir"],
  jenis_kelamin: ["jenis_kelamin", "JK", "L/P", "Jenis Kelamin"],
  desil_nasional: ["desil_nasional", "desil", "peringkat desil", "Desil Nasional", "Desil Kesejahteraan", "Status Desil", "Desil Keluarga"],
  desil_provinsi: ["desil_provinsi", "Desil Provinsi", "desil_prov"],
  desil_kabupaten_kota: ["desil_kabupaten_kota", "Desil Kabupaten/Kota", "desil_kabupaten", "desil_kab_kota", "desil_kab", "Desil Kabupaten"],
  pbi_nas: ["pbi_nas", "PBI Nasional", "PBI JK"],
  pbi_pemda: ["pbi_pemda", "PBI Pemda", "PBI Daerah"],
  status_bekerja: ["status_bekerja", "Status Bekerja"],
  status_dalam_pekerjaan_utama: ["status_dalam_pekerjaan_utama", "Status Dalam Pekerjaan Utama", "Status Pekerjaan Utama", "Status Pekerjaan"],
  pekerjaan: ["pekerjaan_ktp", "Pekerjaan", "Jenis Pekerjaan"],
  lapangan_usaha: ["lapangan_usaha_dari_pekerjaan_utama", "Lapangan Usaha", "lapangan_usaha"],
  kode_desa: ["kode_kelurahan_desa", "kode_desa", "Kode Desa", "Kode Kelurahan", "kode_deskel", "kode_kelurahan"],
  alamat: ["alamat", "Alamat"],
  rt: ["rt_ktp", "rt"],
  rw: ["rw_ktp", "rw"],
  /*
   * Columns that hold a name which is not the person's: claimed here by their exact header so that
   * "nama_kelurahan_desa" or "nama_kepala_keluarga" is never read as the person's name.
   */
  nama_lain: [
    "nama_provinsi", "nama_kabupaten_kota", "nama_kecamatan", "nama_kelurahan_desa", "Nama Desa", "Nama Kecamatan", "Nama Kabupaten",
    "nama_kepala_keluarga", "Nama Kepala Keluarga", "nama_ibu_kandung", "Nama Ibu", "nama_pendamping",
  ],
} as const;

export type DtksField = keyof typeof DTKS_FIELD_SYNONYMS;

/** How each field is named to the user when a file's columns are reported. */
export const DTKS_FIELD_LABELS: Readonly<Record<DtksField, string>> = {
  id_dtks: "ID DTKS",
  nik: "NIK",
  no_kk: "No. KK",
  nama: "Nama",
  tanggal_lahir: "Tanggal lahir",
  jenis_kelamin: "Jenis kelamin",
  desil_nasional: "Desil nasional",
  desil_provinsi: "Desil provinsi",
  desil_kabupaten_kota: "Desil kabupaten/kota",
  pbi_nas: "PBI nasional",
  pbi_pemda: "PBI pemda",
  status_bekerja: "Status bekerja",
  status_dalam_pekerjaan_utama: "Status dalam pekerjaan utama",
  pekerjaan: "Pekerjaan",
  lapangan_usaha: "Lapangan usaha",
  kode_desa: "Kode desa",
  alamat: "Alamat",
  rt: "RT",
  rw: "RW",
  nama_lain: "Nama lain (wilayah/kepala keluarga)",
};
