/**
 * A contribution month, "YYYY-MM". BPJS bills BPU contributions per calendar month (PP 50/2025 speaks of
 * "iuran bulan Januari 2026"), so months, not dates, are the unit of every rate period and budget here.
 * Plain strings sort in calendar order, which the period checks rely on.
 */
export type YearMonth = string;

const PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const NAMA_BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
] as const;

/** @throws RangeError (Indonesian message) when the text is not "YYYY-MM". */
export function parseYearMonth(value: YearMonth): { readonly year: number; readonly month: number } {
  const match = typeof value === "string" ? PATTERN.exec(value) : null;
  if (!match) throw new RangeError(`Bulan iuran harus berbentuk TTTT-BB, mis. 2026-03; diterima "${String(value)}".`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** @throws RangeError (Indonesian message) for a month outside 1..12 or a year outside 1000..9999. */
export function yearMonth(year: number, month: number): YearMonth {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Tahun tidak sah: ${year}.`);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Bulan harus 1 sampai 12; diterima ${month}.`);
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** Months since year 0: makes month arithmetic plain integer arithmetic. */
function ordinal(value: YearMonth): number {
  const { year, month } = parseYearMonth(value);
  return year * 12 + (month - 1);
}

function fromOrdinal(n: number): YearMonth {
  return yearMonth(Math.floor(n / 12), (n % 12) + 1);
}

export function addMonths(value: YearMonth, count: number): YearMonth {
  return fromOrdinal(ordinal(value) + count);
}

/** Number of months from `from` to `to`, both included: ("2026-04", "2026-12") -> 9. */
export function monthsInclusive(from: YearMonth, to: YearMonth): number {
  return ordinal(to) - ordinal(from) + 1;
}

/** `count` consecutive months starting at `from`. */
export function monthRange(from: YearMonth, count: number): YearMonth[] {
  const start = ordinal(from);
  return Array.from({ length: count }, (_, i) => fromOrdinal(start + i));
}

/** "Maret 2026". */
export function monthLabel(value: YearMonth): string {
  const { year, month } = parseYearMonth(value);
  return `${NAMA_BULAN[month - 1]} ${year}`;
}

/** "Maret 2026", "April–Desember 2026", "November 2026–Februari 2027". */
export function periodLabel(from: YearMonth, to: YearMonth): string {
  if (from === to) return monthLabel(from);
  const a = parseYearMonth(from);
  const b = parseYearMonth(to);
  if (a.year === b.year) return `${NAMA_BULAN[a.month - 1]}–${NAMA_BULAN[b.month - 1]} ${b.year}`;
  return `${monthLabel(from)}–${monthLabel(to)}`;
}
