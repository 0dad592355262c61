import type { CalendarDate } from "../values/calendar-date";

/** One person in the village's DTKS/DTSEN extract, as far as the check needs them. */
export interface DtksRecord {
  /** 1-based row in the extract, for messages. */
  readonly row: number;
  readonly nik?: string;
  readonly nama?: string;
  readonly tanggalLahir?: CalendarDate;
  /** 1 (poorest tenth) .. 10; absent when the extract has no desil column. */
  readonly desil?: number;
}

/** Header synonyms seen in SIKS-NG / Dinas Sosial extracts (not an official spec: domain-bpjs.md §6.1). */
export const DTKS_FIELD_SYNONYMS = {
  id_dtks: ["IDDTKS", "ID_DTKS", "ID DTKS", "Id DTKS", "ID DTSEN", "IDDTSEN", "ID_DTSEN", "IDARTBDT", "ID ART BDT", "ID Keluarga"],
  nik: ["NIK", "nomor_nik", "No NIK", "NO_NIK", "Nomor Induk Kependudukan", "NIK ART", "No KTP"],
  no_kk: ["NO_KK", "nomor_kk", "No KK", "Nomor KK", "No. KK", "Nomor Kartu Keluarga"],
  nama: ["NAMA", "nama", "Nama Lengkap", "NAMA_ART", "Nama ART", "Nama Anggota"],
  tanggal_lahir: ["TANGGAL_LAHIR", "Tanggal Lahir", "TGL_LAHIR", "Tgl Lahir", "TGL LAHIR"],
  desil: ["DESIL", "Desil", "Desil Nasional", "DESIL_NASIONAL", "Peringkat Desil", "Desil Kesejahteraan", "Status Desil"],
} as const;

export type DtksField = keyof typeof DTKS_FIELD_SYNONYMS;
