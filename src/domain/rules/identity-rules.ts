import { NO_FINDINGS, type RowRule } from "../check/rule-context";
import { finding, type Finding } from "../finding";

/** A worker must have a name BPJS can register; digits or a single letter mean the cell is wrong. */
export const nameRule: RowRule = (row) => {
  const name = row.nama;
  const shape = name === undefined ? "no-letters" : nameShape(name);
  if (!name || shape === "no-letters") {
    const cell = row.source.cells.nama;
    if (cell?.kind === "error") {
      return [finding(row.row, "nama", "CELL_ERROR", "error", `Sel nama berisi kesalahan rumus ${cell.code}. Ketik nama lengkap sesuai KTP.`)];
    }
    return [finding(row.row, "nama", "NAME_MISSING", "error", name ? `Nama "${name}" tidak berisi huruf. Isi nama lengkap sesuai KTP.` : "Nama kosong. Isi nama lengkap sesuai KTP.")];
  }
  if (shape !== "ok") {
    return [finding(row.row, "nama", "NAME_SUSPICIOUS", "warning", `Nama "${name}" ${shape === "digit" ? "mengandung angka" : "terlalu pendek"}. Pastikan kolom nama berisi nama lengkap sesuai KTP.`)];
  }
  return NO_FINDINGS;
};

/**
 * What the name rule needs to know of a name, first match wins: no letter (`\p{L}`) at all, an ASCII digit
 * (`/\d/` without the u flag), fewer than two letters, or none of these. An ASCII name (nearly every
 * row) is told in one pass over its characters; another is counted with the pattern.
 */
function nameShape(name: string): "no-letters" | "digit" | "short" | "ok" {
  let letters = 0;
  let digit = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c > 127) return shapeOf(name.replace(/[^\p{L}]/gu, "").length, /\d/.test(name));
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
    else if (c >= 48 && c <= 57) digit = true;
  }
  return shapeOf(letters, digit);
}

function shapeOf(letters: number, digit: boolean): "no-letters" | "digit" | "short" | "ok" {
  if (letters === 0) return "no-letters";
  if (digit) return "digit";
  return letters < 2 ? "short" : "ok";
}

/**
 * No. KK is not a BPJS requirement (UNCONFIRMED) but DTKS/DTSEN match families by it,
 * so problems are warnings: they do not stop enrolment.
 */
export const kkRule: RowRule = (row) => {
  const r = row.kk;
  // The common row, a No. KK of its own or none: one shared empty answer instead of a list per row.
  if (r.status === "missing" || (r.status === "ok" && !(row.nik.status === "ok" && r.digits === row.nik.digits))) return NO_FINDINGS;
  const out: Finding[] = [];
  switch (r.status) {
    case "ok":
      break;
    case "cell-error":
      out.push(finding(row.row, "no_kk", "CELL_ERROR", "warning", `Sel No. KK berisi kesalahan rumus ${r.code}. Ganti dengan No. KK yang diketik sebagai teks.`));
      break;
    case "precision-lost":
      out.push(finding(row.row, "no_kk", "KK_PRECISION_LOST", "warning", `No. KK tersimpan sebagai angka (${r.shown}); Excel hanya menyimpan 15 digit sehingga digit terakhir bisa berubah. Ubah format kolom menjadi Teks dan ketik ulang dari Kartu Keluarga.`));
      break;
    case "format":
      out.push(finding(row.row, "no_kk", "KK_FORMAT", "warning", `No. KK "${r.shown}" bukan 16 digit angka (${r.digitCount} digit). Periksa kembali dari Kartu Keluarga.`));
      break;
  }
  if (r.status === "ok" && row.nik.status === "ok" && r.digits === row.nik.digits) {
    out.push(finding(row.row, "no_kk", "KK_SAME_AS_NIK", "warning", "No. KK sama dengan NIK. Keduanya nomor yang berbeda; salin No. KK dari Kartu Keluarga."));
  }
  return out;
};
