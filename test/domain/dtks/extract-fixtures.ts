import type { RawCell } from "../../../src/domain/cell/raw-cell";
import { buildDtksExtract, type DtksExtract } from "../../../src/domain/dtks/dtks-extract";
import { DtksExtractReader, type ExtractPart, type ExtractPartResult } from "../../../src/domain/dtks/read-dtks-extract";

/** A CSV row as the CSV reader hands it on: every value a text cell, blanks empty. */
export function textRow(values: readonly string[]): RawCell[] {
  return values.map((text) => (text === "" ? { kind: "empty" } : { kind: "text", text }));
}

export function readPart(name: string, rows: readonly (readonly string[])[], partIndex = 0): ExtractPartResult {
  const reader = new DtksExtractReader(name, name, 2026, partIndex);
  for (const row of rows) reader.push(textRow(row));
  return reader.finish();
}

export function part(name: string, rows: readonly (readonly string[])[], partIndex = 0): ExtractPart {
  const result = readPart(name, rows, partIndex);
  if (!result.ok) throw new Error(result.message);
  return result.part;
}

/** The extract of several files, as the CLI and the pane build it. */
export function extractOf(...files: Array<{ name: string; rows: readonly (readonly string[])[] }>): DtksExtract {
  return buildDtksExtract(files.map((f, i) => part(f.name, f.rows, i)));
}

/*
 * DTSEN v3 as villages receive it (keluarga_dtsen_v3_<tahun>_<kab>.csv + anggota_keluarga_…): a family file keyed on No. KK holding the
 * desil and PBI flags, and a member file holding the people. Only a subset of the 52/48 variables,
 * in their real names and order of kinds.
 */
export const KELUARGA_HEADER = [
  "kode_provinsi", "kode_kabupaten_kota", "kode_kecamatan", "kode_kelurahan_desa", "nama_provinsi", "nama_kabupaten_kota", "nama_kecamatan",
  "nama_kelurahan_desa", "alamat", "nomor_kartu_keluarga", "nama_anggota_keluarga", "id_pelanggan_pln", "jumlah_anggota_keluarga",
  "desil_nasional", "desil_provinsi", "desil_kabupaten_kota", "pbi_nas", "pbi_pemda", "status_kepemilikan_rumah",
];

export function keluargaRow(kk: string, head: string, desil: [string, string, string], opts: { desa?: string; pbi?: string } = {}): string[] {
  const desa = opts.desa ?? "6104012014";
  return [
    desa.slice(0, 2), desa.slice(0, 4), desa.slice(0, 6), desa, "KALIMANTAN BARAT", "KETAPANG", "MATAN HILIR SELATAN", "KUALA SATONG", "DUSUN KRAJAN",
    kk, head, "", "3", desil[0], desil[1], desil[2], opts.pbi ?? "Ya", "Tidak", "Milik sendiri",
  ];
}

export const ANGGOTA_HEADER = [
  "nomor_induk_kependudukan", "nomor_kartu_keluarga", "nama", "tanggal_lahir", "jenis_kelamin", "status_hubungan_keluarga", "status_kawin",
  "pbi_nas", "pbi_pemda", "partisipasi_sekolah", "status_bekerja", "lapangan_usaha_dari_pekerjaan_utama", "status_dalam_pekerjaan_utama",
  "pekerjaan_ktp", "rt_ktp", "rw_ktp",
];

export function anggotaRow(nik: string, kk: string, nama: string, tanggal: string, opts: { jk?: string; bekerja?: string; status?: string; pekerjaan?: string } = {}): string[] {
  return [
    nik, kk, nama, tanggal, opts.jk ?? "Laki-laki", "Kepala keluarga", "Kawin", "Ya", "Tidak", "Tidak bersekolah lagi", opts.bekerja ?? "Ya",
    "Pertanian tanaman padi dan palawija", opts.status ?? "Berusaha sendiri", opts.pekerjaan ?? "PETANI/PEKEBUN", "001", "002",
  ];
}
