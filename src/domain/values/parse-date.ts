import type { RawCell } from "../cell/raw-cell";
import { type CalendarDate, fromExcelSerial, isRealDate } from "./calendar-date";

export type DateReading =
  | { readonly status: "missing" }
  | { readonly status: "ok"; readonly date: CalendarDate; /** Text before a comma, as in "Sambas, 12-03-1985" (a TTL column). */ readonly place?: string }
  | { readonly status: "invalid"; readonly shown: string; readonly reason: string }
  | { readonly status: "cell-error"; readonly code: string };

/**
 * Month names as villages write them: Indonesian, abbreviated, old spellings (Pebruari, Nopember)
 * and English, because a workbook may have passed through an English Excel.
 */
const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, pebruari: 2, feb: 2, peb: 2, february: 2, febuari: 2,
  maret: 3, mar: 3, march: 3, mrt: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  agustus: 8, agt: 8, agu: 8, ags: 8, agus: 8, aug: 8, august: 8, agst: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, des: 12, dec: 12, december: 12,
};

/**
 * Birth dates arrive as real date cells, Excel serial numbers, or text in the forms villages type.
 * `referenceYear` settles two-digit years: the latest century that does not put the date in the future.
 */
export function parseDateCell(cell: RawCell | undefined, referenceYear: number): DateReading {
  if (!cell) return { status: "missing" };
  switch (cell.kind) {
    case "empty":
      return { status: "missing" };
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

export function parseDateText(input: string, referenceYear: number): DateReading {
  const shown = input.trim();
  if (shown === "" || /^[-–—.\s]+$/.test(shown)) return { status: "missing" };
  let text = shown.replace(/\s+/g, " ");
  let place: string | undefined;
  // "Sambas, 12-03-1985" from a combined "Tempat, Tanggal Lahir" column.
  const comma = text.lastIndexOf(",");
  if (comma > 0 && /[a-z]/i.test(text.slice(0, comma)) && /\d/.test(text.slice(comma + 1))) {
    place = text.slice(0, comma).trim();
    text = text.slice(comma + 1).trim();
  }
  // Drop a time part: "1980-08-17 00:00:00", "1980-08-17T00:00:00.000Z".
  text = text.replace(/[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i, "").trim();

  const date = numericDate(text, referenceYear) ?? namedMonthDate(text, referenceYear);
  if (date === undefined) {
    return { status: "invalid", shown, reason: "format tidak dikenali (pakai mis. 17-08-1980 atau 17 Agustus 1980)" };
  }
  if (date === "impossible") return { status: "invalid", shown, reason: "bukan tanggal yang ada di kalender" };
  return place ? { status: "ok", date, place } : { status: "ok", date };
}

function numericDate(text: string, referenceYear: number): CalendarDate | "impossible" | undefined {
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) return checked(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4}|\d{2})$/.exec(text);
  if (m) return checked(fullYear(m[3]!, referenceYear), +m[2]!, +m[1]!);
  m = /^(\d{2})(\d{2})(\d{4})$/.exec(text); // 17081980
  if (m) return checked(+m[3]!, +m[2]!, +m[1]!);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text); // 19800817
  if (m) return checked(+m[1]!, +m[2]!, +m[3]!);
  return undefined;
}

function namedMonthDate(text: string, referenceYear: number): CalendarDate | "impossible" | undefined {
  const lower = text.toLowerCase();
  // "17 Agustus 1980", "17-Agu-1980", "17 agt. 80"
  let m = /^(\d{1,2})[\s\-/.]*([a-z]+)\.?[\s\-/.,]*(\d{4}|\d{2})$/.exec(lower);
  if (m && MONTHS[m[2]!] !== undefined) return checked(fullYear(m[3]!, referenceYear), MONTHS[m[2]!]!, +m[1]!);
  // "Agustus 17, 1980"
  m = /^([a-z]+)\.?\s*(\d{1,2}),?\s*(\d{4})$/.exec(lower);
  if (m && MONTHS[m[1]!] !== undefined) return checked(+m[3]!, MONTHS[m[1]!]!, +m[2]!);
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
