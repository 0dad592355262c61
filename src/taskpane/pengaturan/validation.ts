/**
 * What the Pengaturan tab accepts from its text fields. A value that fails is shown with the message
 * and never stored, so the workbook always holds settings the checks and the budget can use.
 */
import { KODE_ANGGARAN } from "../../domain/anggaran";
import { BUDGET_YEAR } from "../../domain/budget-year";
import { PLAUSIBLE_AGE } from "../../domain/rules/rule-parameters";

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const fail = (message: string): Parsed<never> => ({ ok: false, message });

/** A whole number within [min, max]; "2.026" and "2026 " are read as 2026 (Indonesian thousands dot). */
export function parseWholeNumber(text: string, label: string, min: number, max: number, example: number): Parsed<number> {
  const compact = text.trim().replace(/\./g, "");
  if (compact === "") return fail(`Isi ${label.toLowerCase()}, mis. ${example}.`);
  if (!/^\d+$/.test(compact)) return fail(`${label} harus bilangan bulat tanpa huruf atau koma, mis. ${example}.`);
  const value = Number(compact);
  if (value < min || value > max) return fail(`${label} harus antara ${min} dan ${max}.`);
  return { ok: true, value };
}

export const parseBudgetYear = (text: string) => parseWholeNumber(text, "Tahun anggaran", BUDGET_YEAR.min, BUDGET_YEAR.max, new Date().getFullYear());

export function parseMinimumAge(text: string, maximum: number): Parsed<number> {
  const read = parseWholeNumber(text, "Usia minimal", PLAUSIBLE_AGE.min, PLAUSIBLE_AGE.max, 18);
  if (read.ok && read.value > maximum) return fail(`Usia minimal tidak boleh lebih dari usia maksimal (${maximum} tahun).`);
  return read;
}

export function parseMaximumAge(text: string, minimum: number): Parsed<number> {
  const read = parseWholeNumber(text, "Usia maksimal", PLAUSIBLE_AGE.min, PLAUSIBLE_AGE.max, 65);
  if (read.ok && read.value < minimum) return fail(`Usia maksimal tidak boleh kurang dari usia minimal (${minimum} tahun).`);
  return read;
}

/** A percentage typed as 80 or 80% (or 0,8), stored as 0..1. */
export function parseSimilarityPercent(text: string): Parsed<number> {
  const compact = text.trim().replace(/%$/, "").trim().replace(",", ".");
  if (compact === "") return fail("Isi kemiripan nama minimal dalam persen, mis. 80.");
  if (!/^\d+(\.\d+)?$/.test(compact)) return fail("Kemiripan nama ditulis sebagai persen, mis. 80.");
  const number = Number(compact);
  const percent = number > 0 && number < 1 && compact.includes(".") ? number * 100 : number;
  if (percent < 50 || percent > 100) return fail("Kemiripan nama minimal harus antara 50% dan 100%; di bawah 50% hampir semua nama dianggap sama.");
  return { ok: true, value: Math.round(percent) / 100 };
}

/** "0.8" -> "80". */
export const similarityText = (value: number) => String(Math.round(value * 100));

/** Permendagri 20/2018: bidang.sub-bidang.kegiatan, e.g. 3.1.90; the domain's pattern (KODE_ANGGARAN), so both tabs agree. */
export function parseKodeKegiatan(text: string): Parsed<string> {
  const code = text.trim();
  if (!KODE_ANGGARAN.kodeKegiatan.pattern.test(code)) return fail(KODE_ANGGARAN.kodeKegiatan.message);
  return { ok: true, value: code };
}

/** Permendagri 20/2018: akun.kelompok.jenis.objek, optionally with a rincian objek, e.g. 5.2.7.90. */
export function parseKodeRekening(text: string): Parsed<string> {
  const code = text.trim();
  if (!KODE_ANGGARAN.kodeRekening.pattern.test(code)) return fail(KODE_ANGGARAN.kodeRekening.message);
  return { ok: true, value: code };
}
