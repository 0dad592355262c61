import type { RejectionCode } from "./submission";

/**
 * Short Indonesian names of why a row is left out of the submission, for the pane's counts. The full
 * message of each row (what to fix) is in the finding itself and on the "Ditolak" sheet.
 */
export const REJECTION_LABELS: Readonly<Record<RejectionCode, string>> = {
  NIK_MISSING: "NIK kosong",
  NIK_FORMAT: "NIK bukan 16 digit",
  NIK_PRECISION_LOST: "NIK rusak karena disimpan sebagai angka",
  NIK_DATE_INVALID: "Tanggal lahir di NIK tidak mungkin",
  NIK_SERIAL_ZERO: "Nomor urut NIK 0000",
  NIK_DOB_MISMATCH: "NIK tidak cocok dengan tanggal lahir",
  NIK_SEX_MISMATCH: "NIK tidak cocok dengan jenis kelamin",
  NIK_REGION_UNKNOWN: "Kode wilayah NIK tidak dikenal",
  NIK_REGION_OUTSIDE: "NIK dari luar kabupaten",
  NIK_DUPLICATE: "NIK ganda dalam daftar",
  NIK_DUPLICATE_ACROSS: "NIK juga didaftarkan desa lain",
  KK_FORMAT: "No. KK bukan 16 digit",
  KK_PRECISION_LOST: "No. KK rusak karena disimpan sebagai angka",
  KK_SAME_AS_NIK: "No. KK sama dengan NIK",
  NAME_MISSING: "Nama kosong",
  NAME_SUSPICIOUS: "Nama tidak wajar",
  DATE_INVALID: "Tanggal lahir tidak valid",
  DATE_MISSING: "Tanggal lahir kosong",
  SEX_INVALID: "Jenis kelamin tidak dikenali",
  AGE_OUT_OF_RANGE: "Usia di luar batas",
  PHONE_INVALID: "Nomor HP tidak valid",
  INCOME_INVALID: "Penghasilan tidak terbaca",
  INCOME_OUT_OF_RANGE: "Penghasilan di luar tabel PP 44/2015",
  CELL_ERROR: "Sel berisi kesalahan rumus",
  DTKS_NOT_FOUND: "Tidak ditemukan di DTKS",
  DTKS_NAME_MISMATCH: "Nama berbeda dengan DTKS",
  DTKS_DESIL_ABOVE: "Desil DTKS di atas batas",
  DTKS_MATCHED_BY_NAME: "Cocok DTKS lewat nama",
  DTKS_DOB_MISMATCH: "Tanggal lahir berbeda dengan DTKS",
  DTKS_MATCHED_BY_FAMILY: "Cocok DTSEN lewat No. KK",
  DTKS_WAGE_EARNER: "Menurut DTSEN penerima upah",
  REQUIRED_VALUE_MISSING: "Kolom wajib templat kosong",
};

export function rejectionLabel(code: RejectionCode): string {
  return REJECTION_LABELS[code] ?? code;
}
