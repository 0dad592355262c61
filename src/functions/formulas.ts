/**
 * What the DESA.* custom functions compute, as plain functions of what cells really hold (strings,
 * numbers, booleans, null for an omitted optional argument). `functions.ts` only declares them to Excel.
 * A problem is thrown as a `FormulaProblem` whose message tells the user what to fix; Excel shows
 * it as #VALUE! (or #N/A for "not found").
 */
import { BUDGET_BOUNDS, BUDGET_DEFAULTS, computeBudget, coverage } from "../domain/anggaran";
import { parseRow } from "../domain/check/parsed-row";
import type { RegionLookup, RuleContext } from "../domain/check/rule-context";
import { terbilang } from "../domain/format";
import { contributionForMonth, incomeToPrice, yearMonth } from "../domain/iuran";
import { nikBirthDate, parseNikDigits } from "../domain/nik/nik-parts";
import { readIdNumber } from "../domain/nik/read-id-number";
import { dtksIndexFor } from "./dtks-index";
import { defaultSettings } from "../domain/rules/rule-parameters";
import { nikDateRule, nikFormatRule, nikRegionRule, nikSerialRule } from "../domain/rules/nik-rules";
import { ageOn, type CalendarDate, fromExcelSerial, toExcelSerial } from "../domain/values/calendar-date";
import { parseDateText } from "../domain/values/parse-date";
import type { RawCell } from "../domain/cell/raw-cell";
import type { Finding } from "../domain/finding";

export type CellArg = string | number | boolean | null | undefined;

export class FormulaProblem extends Error {
  override readonly name = "FormulaProblem";
  constructor(message: string, readonly code: "#VALUE!" | "#N/A" = "#VALUE!") {
    super(message);
  }
}

/** Region names for NIK_WILAYAH and the region check of NIK_CEK; set once by the runtime that has the data. */
let regions: RegionLookup | undefined;
export function useRegions(lookup: RegionLookup): void {
  regions = lookup;
}

function today(): CalendarDate {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** An omitted optional argument arrives as null (Excel) or undefined (direct calls). */
function given(value: CellArg): value is string | number | boolean {
  return value !== null && value !== undefined && value !== "";
}

function wholeNumber(value: CellArg, label: string, fallback: number, min: number, max: number): number {
  if (!given(value)) return fallback;
  const n = typeof value === "number" ? value : Number(String(value).replace(/\./g, "").replace(",", "."));
  if (!Number.isFinite(n) || !Number.isInteger(n) || n < min || n > max) {
    throw new FormulaProblem(`${label} harus bilangan bulat ${min}–${max}; diterima ${String(value)}.`);
  }
  return n;
}

function yesNo(value: CellArg, fallback: boolean): boolean {
  if (!given(value)) return fallback;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  return /^(ya|y|true|benar|1)$/i.test(value.trim());
}

/** A date argument: an Excel date (serial number) or date text; default today. */
function dateArg(value: CellArg, label: string): CalendarDate {
  if (!given(value)) return today();
  const date = typeof value === "number" ? fromExcelSerial(value) : typeof value === "string" ? okDate(parseDateText(value, today().year)) : undefined;
  if (!date) throw new FormulaProblem(`${label} bukan tanggal; isi tanggal Excel atau teks seperti 01-01-2026.`);
  return date;
}

function okDate(reading: ReturnType<typeof parseDateText>): CalendarDate | undefined {
  return reading.status === "ok" ? reading.date : undefined;
}

/**
 * A contribution depends only on the month, the declared income and JHT, and a sheet asks for the same
 * few combinations in every row; the domain also words how the amount was reached, which the formulas
 * never show. So each combination is computed once (results are never mutated) and reused: a column of
 * 10,000 PREMI_BPU stays well under Excel's patience.
 */
const contributions = new Map<string, ReturnType<typeof contributionForMonth>>();
const MAX_REMEMBERED = 1_000;

function monthlyContribution(penghasilan: CellArg, tanggal: CellArg, withJht: boolean) {
  const date = dateArg(tanggal, "Tanggal");
  const declaredIncome = wholeNumber(penghasilan, "Penghasilan", 1_000_000, 0, 1_000_000_000);
  const key = `${date.year}-${date.month}|${declaredIncome}|${withJht ? 1 : 0}`;
  let result = contributions.get(key);
  if (!result) {
    // An income below the lowest level is priced at that level (Rp 1.000.000), as the worker check says in its info.
    const month = yearMonth(date.year, date.month);
    result = contributionForMonth({ month, declaredIncome: incomeToPrice(declaredIncome, month), withJht });
    if (contributions.size >= MAX_REMEMBERED) contributions.clear();
    contributions.set(key, result);
  }
  if (!result.ok) throw new FormulaProblem(result.problem.message);
  return result;
}

export function premiJkk(penghasilan?: CellArg, bulan?: CellArg, tanggal?: CellArg): number {
  return monthlyContribution(penghasilan, tanggal, false).jkk * wholeNumber(bulan, "Jumlah bulan", 1, 0, 600);
}

export function premiJkm(bulan?: CellArg, tanggal?: CellArg): number {
  return monthlyContribution(null, tanggal, false).jkm * wholeNumber(bulan, "Jumlah bulan", 1, 0, 600);
}

export function premiJht(penghasilan?: CellArg, bulan?: CellArg, tanggal?: CellArg): number {
  return monthlyContribution(penghasilan, tanggal, true).jht * wholeNumber(bulan, "Jumlah bulan", 1, 0, 600);
}

export function premiBpu(penghasilan?: CellArg, bulan?: CellArg, denganJht?: CellArg, tanggal?: CellArg): number {
  return monthlyContribution(penghasilan, tanggal, yesNo(denganJht, false)).total * wholeNumber(bulan, "Jumlah bulan", 1, 0, 600);
}

function budgetPeriod(bulan: CellArg, bulanMulai: CellArg, tahun: CellArg, denganJht: CellArg, diskonPp50: CellArg) {
  return {
    year: wholeNumber(tahun, "Tahun", today().year, BUDGET_BOUNDS.year.min, BUDGET_BOUNDS.year.max),
    startMonth: wholeNumber(bulanMulai, "Bulan mulai", BUDGET_DEFAULTS.startMonth, BUDGET_BOUNDS.startMonth.min, BUDGET_BOUNDS.startMonth.max),
    months: wholeNumber(bulan, "Jumlah bulan", BUDGET_DEFAULTS.months, BUDGET_BOUNDS.months.min, BUDGET_BOUNDS.months.max),
    withJht: yesNo(denganJht, BUDGET_DEFAULTS.withJht),
    pp50: yesNo(diskonPp50, BUDGET_DEFAULTS.pp50),
  };
}

/**
 * DESA.ANGGARAN: the budget's total for a head-count, by the same domain call as the CLI and the pane. The
 * transport-sector count (PP 50/2025 prices it apart) may be given; like the CLI it counts only with the discount on.
 */
export function anggaran(
  jumlahPekerja: CellArg,
  bulan?: CellArg,
  bulanMulai?: CellArg,
  tahun?: CellArg,
  denganJht?: CellArg,
  diskonPp50?: CellArg,
  pekerjaTransportasi?: CellArg,
): number {
  const workers = wholeNumber(jumlahPekerja, "Jumlah pekerja", NaN, BUDGET_BOUNDS.workers.min, BUDGET_BOUNDS.workers.max);
  const period = budgetPeriod(bulan, bulanMulai, tahun, denganJht, diskonPp50);
  const transport = wholeNumber(pekerjaTransportasi, "Jumlah pekerja sektor transportasi", 0, BUDGET_BOUNDS.workers.min, BUDGET_BOUNDS.workers.max);
  const result = computeBudget({ workers, ...period, transportWorkers: period.pp50 ? transport : 0 });
  if (!result.ok) throw new FormulaProblem(result.problems.map((p) => p.message).join("; "));
  return result.total;
}

export function kuota(dana: CellArg, bulan?: CellArg, bulanMulai?: CellArg, tahun?: CellArg, denganJht?: CellArg, diskonPp50?: CellArg): number {
  const amount = wholeNumber(dana, "Anggaran", NaN, BUDGET_BOUNDS.amount.min, BUDGET_BOUNDS.amount.max);
  const result = coverage({ amount, ...budgetPeriod(bulan, bulanMulai, tahun, denganJht, diskonPp50) });
  if (!result.ok) throw new FormulaProblem(result.problems.map((p) => p.message).join("; "));
  return result.workers;
}

function nikCell(nik: CellArg): RawCell {
  if (typeof nik === "number") return { kind: "number", value: nik };
  if (typeof nik === "boolean") return { kind: "boolean", value: nik };
  return given(nik) ? { kind: "text", text: nik } : { kind: "empty" };
}

const NIK_RULES = [nikFormatRule, nikDateRule, nikSerialRule, nikRegionRule];

/** The rules' context for this year, made once (a column of NIK_VALID asks for it 10,000 times). */
let nikContext: { readonly ctx: RuleContext; readonly from: number; readonly until: number } | undefined;

function nikRuleContext(): RuleContext {
  const now = Date.now();
  if (!nikContext || now < nikContext.from || now >= nikContext.until || nikContext.ctx.regions !== regions) {
    const year = new Date(now).getFullYear();
    const ctx: RuleContext = { settings: defaultSettings(year), referenceDate: { year, month: 1, day: 1 }, regions, hasColumn: () => false };
    nikContext = { ctx, from: new Date(year, 0, 1).getTime(), until: new Date(year + 1, 0, 1).getTime() };
  }
  return nikContext.ctx;
}

/**
 * Calls `visit` with the NIK's problems, in the order the worker check lists them (the same rules, so
 * the pane and the formulas agree), until it returns true.
 */
function someNikProblem(nik: CellArg, visit: (finding: Finding) => boolean): boolean {
  const ctx = nikRuleContext();
  const row = parseRow({ row: 0, cells: { nik: nikCell(nik) } }, ctx.settings.tahun);
  for (const rule of NIK_RULES) {
    for (const finding of rule(row, ctx)) if (visit(finding)) return true;
  }
  return false;
}

/** TRUE when the NIK has no error: 16 digits, typed as text, with a real birth date. Warnings do not make it invalid. */
export function nikValid(nik: CellArg): boolean {
  return !someNikProblem(nik, (f) => f.severity === "error");
}

export function nikCek(nik: CellArg): string {
  let message = "OK";
  someNikProblem(nik, (f) => ((message = f.message), true));
  return message;
}

/** The parts of a NIK that is usable; otherwise the first problem, as #VALUE!. */
function usableNik(nik: CellArg) {
  const reading = readIdNumber(nikCell(nik));
  if (reading.status !== "ok") throw new FormulaProblem(nikCek(nik));
  const parsed = parseNikDigits(reading.digits);
  if (!parsed.ok) throw new FormulaProblem(nikCek(nik));
  return parsed.parts;
}

/** The birth date in the NIK as an Excel date serial (format the cell as a date). */
export function nikTglLahir(nik: CellArg): number {
  const birth = nikBirthDate(usableNik(nik), today());
  if (!birth) throw new FormulaProblem("Tanggal lahir di dalam NIK tidak menghasilkan usia yang mungkin.");
  return toExcelSerial(birth);
}

export function nikJk(nik: CellArg): "L" | "P" {
  return usableNik(nik).sex;
}

export function nikWilayah(nik: CellArg): string {
  const parts = usableNik(nik);
  if (!regions) throw new FormulaProblem("Data kode wilayah belum dimuat.", "#N/A");
  const d = regions.lookupDistrict(parts.districtCode);
  if (!d) throw new FormulaProblem(`Kode ${parts.districtCode} bukan kecamatan dalam daftar Kemendagri.`, "#N/A");
  return `Kec. ${d.kecamatan}, ${d.kabupaten.replace(/^Kabupaten /, "Kab. ")}, Prov. ${d.provinsi}`;
}

/** Age in whole years of a NIK's holder or of a birth date, on `perTanggal` (default today). */
export function usia(nikAtauTanggal: CellArg, perTanggal?: CellArg): number {
  const on = dateArg(perTanggal, "Per tanggal");
  let birth: CalendarDate | undefined;
  const asText = typeof nikAtauTanggal === "string" ? nikAtauTanggal.replace(/[\s.-]/g, "") : "";
  if (/^\d{16}$/.test(asText)) birth = nikBirthDate(usableNik(nikAtauTanggal), on);
  else if (typeof nikAtauTanggal === "number" && nikAtauTanggal >= 1e14) usableNik(nikAtauTanggal); // throws: a NIK damaged as a number
  else birth = dateArg(nikAtauTanggal, "Tanggal lahir");
  if (!birth) throw new FormulaProblem("Tanggal lahir tidak dapat ditentukan.");
  const age = ageOn(birth, on);
  if (age < 0) throw new FormulaProblem("Tanggal lahir sesudah tanggal perhitungan.");
  return age;
}

/**
 * "YA" (with the desil when the range has a column headed Desil) or "TIDAK"; a damaged NIK is an
 * error, not "TIDAK". The extract is indexed once per source (dtks-index.ts), not scanned per call.
 */
export function cekDtks(nik: CellArg, rentang: CellArg[][]): string {
  const digits = readIdNumber(nikCell(nik));
  if (digits.status !== "ok") throw new FormulaProblem(nikCek(nik));
  const entry = dtksIndexFor(rentang).lookup(digits.digits);
  if (!entry) return "TIDAK";
  return given(entry.desil as CellArg) ? `YA (desil ${String(entry.desil)})` : "YA";
}

export function terbilangRupiah(angka: CellArg): string {
  if (typeof angka !== "number") throw new FormulaProblem("Isi angka rupiah bulat, mis. 20160000.");
  try {
    return terbilang(angka);
  } catch (e) {
    throw new FormulaProblem(e instanceof Error ? e.message : String(e));
  }
}
