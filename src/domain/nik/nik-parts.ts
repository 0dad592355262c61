import { type CalendarDate, isRealDate, ageOn } from "../values/calendar-date";

/**
 * The parts of a 16-digit NIK: PP KK CC DD MM YY SSSS.
 * DD is the day of birth, plus 40 for women. The region is where the NIK was first issued,
 * not where the person lives now: a NIK is valid for life (UU 24/2013 Pasal 13 ayat 1) and is not
 * reissued when its holder moves.
 */
export interface NikParts {
  readonly nik: string;
  /** "32" */
  readonly provinceCode: string;
  /** "3204" */
  readonly regencyCode: string;
  /** "320411": the kecamatan where the NIK was issued. */
  readonly districtCode: string;
  readonly sex: "L" | "P";
  /** Day and month of birth (day already reduced by 40 for women). */
  readonly birthDay: number;
  readonly birthMonth: number;
  /** Two-digit year: the century is not in the NIK. */
  readonly birthYearTwoDigits: number;
  readonly serial: string;
}

export type NikDateProblem =
  | { readonly kind: "day"; readonly rawDay: number }
  | { readonly kind: "month"; readonly month: number }
  | { readonly kind: "calendar"; readonly day: number; readonly month: number; readonly yy: number };

export type NikParse =
  | { readonly ok: true; readonly parts: NikParts }
  | { readonly ok: false; readonly problem: NikDateProblem };

/** Splits a NIK that is already 16 digits. Never throws. */
export function parseNikDigits(nik: string): NikParse {
  const read = readNikDigits(nik);
  return isNikDateProblem(read) ? { ok: false, problem: read } : { ok: true, parts: read };
}

/** `parseNikDigits` without the wrapper object, for the check, which keeps the answer on each of its rows. */
export function readNikDigits(nik: string): NikParts | NikDateProblem {
  const rawDay = twoDigitsAt(nik, 6);
  const month = twoDigitsAt(nik, 8);
  const yy = twoDigitsAt(nik, 10);
  // Valid day fields are 01-31 (men) and 41-71 (women): 00, 32-40 and above 71 cannot be written by Dukcapil.
  if (!((rawDay >= 1 && rawDay <= 31) || (rawDay >= 41 && rawDay <= 71))) return { kind: "day", rawDay };
  if (month < 1 || month > 12) return { kind: "month", month };
  const day = rawDay > 40 ? rawDay - 40 : rawDay;
  // 29 February is only real in a leap year; a year 00 may be 1900 (not leap) or 2000 (leap), so accept
  // the day if any century makes it real and let the birth-year check settle the rest.
  if (!isRealDate(1900 + yy, month, day) && !isRealDate(2000 + yy, month, day)) return { kind: "calendar", day, month, yy };
  const region = regionCodesOf(nik);
  return {
    nik,
    provinceCode: region.provinceCode,
    regencyCode: region.regencyCode,
    districtCode: region.districtCode,
    sex: rawDay > 40 ? "P" : "L",
    birthDay: day,
    birthMonth: month,
    birthYearTwoDigits: yy,
    serial: serialOf(nik),
  };
}

export function isNikDateProblem(read: NikParts | NikDateProblem): read is NikDateProblem {
  return "kind" in read;
}

/**
 * Region codes repeat on nearly every row of a village's list, and every row's parts stay in memory
 * until the check is done: rows with the same code share one string instead of holding a copy each
 * (the copies were a large part of the check's garbage-collection time). Bounded, so a list of
 * scrambled NIKs cannot make it grow without end; past the bound a code is simply copied.
 */
const SHARED_PREFIXES = new Map<string, string>();
const MAX_SHARED_PREFIXES = 20_000;

interface RegionCodes {
  readonly provinceCode: string;
  readonly regencyCode: string;
  readonly districtCode: string;
}

/** The codes of the NIK read last: a village's list is mostly one kecamatan, row after row. */
let lastRegion: RegionCodes = { provinceCode: "", regencyCode: "", districtCode: "" };

/** The NIK's three region codes, as shared strings; the last NIK's when its first six digits are the same. */
function regionCodesOf(nik: string): RegionCodes {
  if (!startsWithCode(nik, lastRegion.districtCode)) {
    lastRegion = { provinceCode: sharedPrefix(nik, 2), regencyCode: sharedPrefix(nik, 4), districtCode: sharedPrefix(nik, 6) };
  }
  return lastRegion;
}

function startsWithCode(nik: string, code: string): boolean {
  if (code.length === 0) return false;
  for (let i = 0; i < code.length; i++) if (nik.charCodeAt(i) !== code.charCodeAt(i)) return false;
  return true;
}

function sharedPrefix(nik: string, length: number): string {
  const code = nik.slice(0, length);
  const shared = SHARED_PREFIXES.get(code);
  if (shared !== undefined) return shared;
  if (SHARED_PREFIXES.size < MAX_SHARED_PREFIXES) SHARED_PREFIXES.set(code, code);
  return code;
}

/** Every serial's string once made: at most 10,000 of them, shared by the rows whose NIKs end the same way. */
const SHARED_SERIALS: Array<string | undefined> = new Array<string | undefined>(10_000);

/**
 * The last four digits of a 16-digit NIK, as a shared string: every row's parts stay in memory until the
 * check is done, and a string of its own for each of 100,000 rows was as many more objects to allocate and
 * for the garbage collector to copy. Anything else is sliced as it is.
 */
function serialOf(nik: string): string {
  const serial = nik.length === 16 ? fourDigitsAt(nik, 12) : -1;
  if (serial < 0) return nik.slice(12);
  return (SHARED_SERIALS[serial] ??= nik.slice(12));
}

/** The number written by four ASCII digits at `at`, or -1 when one of them is anything else. */
function fourDigitsAt(text: string, at: number): number {
  let n = 0;
  for (let i = at; i < at + 4; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** `Number(text.slice(at, at + 2))`, without making the two-character string when both are ASCII digits (every row's case). */
function twoDigitsAt(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const units = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : Number(text.slice(at, at + 2));
}

/**
 * The birth date in a NIK, with its century chosen so the person is alive and of a plausible age
 * on `on` (the NIK holds only two digits of the year). A known full year from the row wins when its
 * last two digits agree.
 */
export function nikBirthDate(parts: NikParts, on: CalendarDate, knownYear?: number): CalendarDate | undefined {
  // The common case, checked for every row: the row's own year agrees with the NIK's two digits.
  if (knownYear !== undefined && knownYear % 100 === parts.birthYearTwoDigits && isRealDate(knownYear, parts.birthMonth, parts.birthDay)) {
    return { year: knownYear, month: parts.birthMonth, day: parts.birthDay };
  }
  const candidates = [1900, 2000, 1800]
    .map((century) => century + parts.birthYearTwoDigits)
    .filter((year) => isRealDate(year, parts.birthMonth, parts.birthDay))
    .map((year) => ({ year, month: parts.birthMonth, day: parts.birthDay }));
  if (knownYear !== undefined) {
    const match = candidates.find((c) => c.year === knownYear);
    if (match) return match;
  }
  // Youngest candidate that is already born (age >= 0) and not older than 120.
  const plausible = candidates
    .filter((c) => {
      const age = ageOn(c, on);
      return age >= 0 && age <= 120;
    })
    .sort((a, b) => b.year - a.year);
  return plausible[0];
}

export function describeNikDateProblem(problem: NikDateProblem): string {
  switch (problem.kind) {
    case "day":
      return `digit ke-7 dan ke-8 (tanggal lahir) bernilai ${String(problem.rawDay).padStart(2, "0")}, padahal harus 01–31 untuk laki-laki atau 41–71 untuk perempuan`;
    case "month":
      return `digit ke-9 dan ke-10 (bulan lahir) bernilai ${String(problem.month).padStart(2, "0")}, padahal harus 01–12`;
    case "calendar":
      return `tanggal lahir di dalam NIK (${problem.day}-${problem.month}-..${String(problem.yy).padStart(2, "0")}) tidak ada di kalender`;
  }
}
