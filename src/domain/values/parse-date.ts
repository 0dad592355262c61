import type { RawCell } from "../cell/raw-cell";
import { type CalendarDate, fromExcelSerial, isRealDate } from "./calendar-date";

export type DateReading =
  | { readonly status: "missing" }
  | {
      readonly status: "ok";
      readonly date: CalendarDate;
      /** The birthplace of a TTL cell: "Sambas" in "Sambas, 12-03-1985", "Sambas 12-03-1985" or "Sambas / 12-03-1985". Never a weekday. */
      readonly place?: string;
    }
  | { readonly status: "invalid"; readonly shown: string; readonly reason: string }
  | { readonly status: "cell-error"; readonly code: string };

/**
 * Month names as villages write them: Indonesian, abbreviated, old spellings (Pebruari, Nopember,
 * Djuli) and English, because a workbook may have passed through an English Excel. The short forms
 * come from locale tables Excel and other programs have used for id-ID: CLDR "Agu"; the Windows id-ID
 * table (as copied by Mono) "Agust", "Nop"; scrapinghub/dateparser "Agt", "Sept"; IBM and Faker "Ags".
 */
const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1, djanuari: 1, january: 1,
  februari: 2, pebruari: 2, feb: 2, febr: 2, peb: 2, pebr: 2, february: 2, febuari: 2,
  maret: 3, mar: 3, march: 3, mrt: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, djuni: 6, june: 6,
  juli: 7, jul: 7, djuli: 7, july: 7,
  agustus: 8, agt: 8, agu: 8, ags: 8, agus: 8, agust: 8, agst: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, des: 12, dec: 12, december: 12,
};

/**
 * Day names as a long date writes them ("Minggu, 17 Agustus 1980" is what Excel and Intl print for
 * id-ID): they go before the date and are never a birthplace. Ahad is the Arabic-derived Sunday.
 */
const WEEKDAYS = new Set([
  "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "jum’at", "sabtu", "minggu", "ahad",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
]);

/** One shared answer for every empty cell: readings are never changed. */
const MISSING: DateReading = Object.freeze({ status: "missing" });

/**
 * Birth dates arrive as real date cells, Excel serial numbers, or text in the forms villages type.
 * `referenceYear` settles two-digit years: the latest century that does not put the date in the future.
 */
export function parseDateCell(cell: RawCell | undefined, referenceYear: number): DateReading {
  if (!cell) return MISSING;
  switch (cell.kind) {
    case "empty":
      return MISSING;
    case "error":
      return { status: "cell-error", code: cell.code };
    case "boolean":
      return { status: "invalid", shown: String(cell.value), reason: "berisi nilai TRUE/FALSE, bukan tanggal" };
    case "date":
      return isRealDate(cell.year, cell.month, cell.day)
        ? { status: "ok", date: { year: cell.year, month: cell.month, day: cell.day } }
        : { status: "invalid", shown: `${cell.day}-${cell.month}-${cell.year}`, reason: "bukan tanggal yang ada di kalender" };
    case "number":
      return parseNumberAsDate(cell.value, cell.display, referenceYear);
    case "text":
      return parseDateText(cell.text, referenceYear);
  }
}

function parseNumberAsDate(value: number, display: string | undefined, referenceYear: number): DateReading {
  const shown = display ?? String(value);
  // A number like 17081980 or 19800817 is a date typed without separators.
  if (Number.isInteger(value) && value >= 1010100 && value <= 99999999) {
    return parseDateText(String(value).padStart(8, "0"), referenceYear);
  }
  const date = fromExcelSerial(value);
  if (date && date.year >= 1900 && date.year <= referenceYear + 1) return { status: "ok", date };
  return { status: "invalid", shown, reason: "angka ini bukan tanggal" };
}

type DateOutcome = CalendarDate | "impossible" | undefined;

/**
 * A TTL cell without a comma: a place of letters only, then a space, " / " or " - ", then a date that
 * starts with a digit ("Bandar Lampung 21/05/1989", "Sukadana / 21-05-1989"). The place holds no digit,
 * so the date part is never split.
 */
const PLACE_THEN_DATE = /^(\p{L}[\p{L}\p{M}\s.'’()-]*?)\s*(?:\/|\s-\s|\s)\s*(\d.*)$/u;

export function parseDateText(input: string, referenceYear: number): DateReading {
  const shown = input.trim();
  if (shown === "" || /^[-–—.\s]+$/.test(shown)) return MISSING;
  // Drop a trailing full stop ("12 Maret 1985.") and a time part ("1980-08-17 00:00:00", "1980-08-17T00:00:00.000Z").
  const text = shown
    .replace(/\s+/g, " ")
    .replace(/(\d)\.$/, "$1")
    .replace(/[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i, "")
    .trim();

  // The whole text first, so "Agustus 17, 1980" or "Minggu, 17 Agustus 1980" is not split at its comma.
  let place: string | undefined;
  let date = dateOf(text, referenceYear);
  if (date === undefined) {
    const split = splitPlace(text);
    if (split) {
      date = dateOf(split.date, referenceYear);
      place = split.place;
    }
  }
  if (date === undefined) {
    return { status: "invalid", shown, reason: "format tidak dikenali (pakai mis. 17-08-1980 atau 17 Agustus 1980)" };
  }
  if (date === "impossible") return { status: "invalid", shown, reason: "bukan tanggal yang ada di kalender" };
  return place ? { status: "ok", date, place } : { status: "ok", date };
}

/** A date alone, with or without a weekday before it ("Minggu, 17 Agustus 1980", "Minggu 17-08-1980"). */
function dateOf(text: string, referenceYear: number): DateOutcome {
  const withoutDay = withoutLeadingWeekday(text);
  return numericDate(withoutDay, referenceYear) ?? namedMonthDate(withoutDay, referenceYear);
}

function withoutLeadingWeekday(text: string): string {
  const m = /^([\p{L}'’]+)\s*,?\s*(?=\d)/u.exec(text);
  return m && WEEKDAYS.has(m[1]!.toLowerCase()) ? text.slice(m[0].length) : text;
}

/** "Sambas, 12-03-1985", "Sambas 12-03-1985", "Sambas / 12-03-1985", "Sambas, Minggu 17 Agustus 1980". */
function splitPlace(text: string): { readonly place: string | undefined; readonly date: string } | undefined {
  let place: string;
  let date: string;
  const comma = text.lastIndexOf(",");
  if (comma > 0 && /\p{L}/u.test(text.slice(0, comma)) && /\d/.test(text.slice(comma + 1))) {
    place = text.slice(0, comma);
    date = text.slice(comma + 1);
  } else {
    const m = PLACE_THEN_DATE.exec(text);
    if (!m) return undefined;
    place = m[1]!;
    date = m[2]!;
  }
  return { place: placeWithoutWeekday(place), date: date.trim() };
}

/** "Sambas, Minggu" -> "Sambas" ("Sambas, Minggu, 17 Agustus 1980"); a weekday alone is no place. */
function placeWithoutWeekday(text: string): string | undefined {
  const place = text.replace(/[\s,/-]+$/, "").trim();
  const last = /(?:^|[\s,]+)([\p{L}'’]+)$/u.exec(place);
  if (!last || !WEEKDAYS.has(last[1]!.toLowerCase())) return place || undefined;
  return place.slice(0, last.index).trim() || undefined;
}

function numericDate(text: string, referenceYear: number): DateOutcome {
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) return checked(+m[1]!, +m[2]!, +m[3]!);
  // "17-08-1980", "17/8/80", "12 - 03 - 1985".
  m = /^(\d{1,2}) ?[-/. ] ?(\d{1,2}) ?[-/. ] ?(\d{4}|\d{2})$/.exec(text);
  if (m) return checked(fullYear(m[3]!, referenceYear), +m[2]!, +m[1]!);
  m = /^(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (m) {
    // Eight digits: 17081980 (DDMMYYYY) or 19800817 (YYYYMMDD). At most one of the two is a real date
    // in 1850–2200: DDMMYYYY needs 18–22 in digits 5–6, YYYYMMDD a month (01–12) there.
    const ddmmyyyy = checked(+(m[3]! + m[4]!), +m[2]!, +m[1]!);
    return ddmmyyyy !== "impossible" ? ddmmyyyy : checked(+(m[1]! + m[2]!), +m[3]!, +m[4]!);
  }
  return undefined;
}

function monthNumber(name: string): number | undefined {
  return Object.hasOwn(MONTHS, name) ? MONTHS[name] : undefined;
}

function namedMonthDate(text: string, referenceYear: number): DateOutcome {
  const lower = text.toLowerCase();
  // "17 Agustus 1980", "17-Agu-1980", "17 agt. 80", "17 Agust. 1980"
  let m = /^(\d{1,2})[\s\-/.]*([a-z]+)\.?[\s\-/.,]*(\d{4}|\d{2})$/.exec(lower);
  let month = m ? monthNumber(m[2]!) : undefined;
  if (m && month !== undefined) return checked(fullYear(m[3]!, referenceYear), month, +m[1]!);
  // "Agustus 17, 1980"
  m = /^([a-z]+)\.?\s*(\d{1,2}),?\s*(\d{4})$/.exec(lower);
  month = m ? monthNumber(m[1]!) : undefined;
  if (m && month !== undefined) return checked(+m[3]!, month, +m[2]!);
  return undefined;
}

function fullYear(digits: string, referenceYear: number): number {
  if (digits.length === 4) return +digits;
  const yy = +digits;
  const century = Math.floor(referenceYear / 100) * 100;
  return century + yy > referenceYear ? century - 100 + yy : century + yy;
}

function checked(year: number, month: number, day: number): CalendarDate | "impossible" {
  if (year < 1850 || year > 2200) return "impossible";
  return isRealDate(year, month, day) ? { year, month, day } : "impossible";
}
