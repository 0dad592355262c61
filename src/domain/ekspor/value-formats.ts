import { parseYearMonth, type YearMonth } from "../iuran";
import { daysInMonth, type CalendarDate } from "../values/calendar-date";

/**
 * How values are spelled in a submission file. Dates are written as text in the template's format, not as
 * date cells: the SIPP rules ask for every cell as text with dd-mm-yyyy dates, OpenSID wants Y-m-d text
 * (or a date cell), and a date cell is shown in the reader's locale while an upload parser reads its
 * serial number, so text is the one spelling every receiver sees the same.
 */

const pad2 = (n: number) => String(n).padStart(2, "0");

export function formatDateAs(date: CalendarDate, format: string): string {
  switch (format) {
    case "yyyy-mm-dd":
      return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
    case "dd/mm/yyyy":
      return `${pad2(date.day)}/${pad2(date.month)}/${date.year}`;
    default:
      return `${pad2(date.day)}-${pad2(date.month)}-${date.year}`;
  }
}

/** A month in a month format, or, in a date format, its first day (`end` false) or its last day. */
export function formatMonthAs(month: YearMonth, format: string, end: boolean): string {
  const { year, month: m } = parseYearMonth(month);
  switch (format) {
    case "yyyy-mm":
      return `${year}-${pad2(m)}`;
    case "mm-yyyy":
      return `${pad2(m)}-${year}`;
    case "mm/yyyy":
      return `${pad2(m)}/${year}`;
    default:
      return formatDateAs({ year, month: m, day: end ? daysInMonth(year, m) : 1 }, format);
  }
}

export function formatSexAs(sex: "L" | "P", format: string): string {
  switch (format) {
    case "LAKI-LAKI/PEREMPUAN":
      return sex === "L" ? "LAKI-LAKI" : "PEREMPUAN";
    case "1/2":
      return sex === "L" ? "1" : "2";
    default:
      return sex;
  }
}

/** `phone` is the engine's national form "08…". */
export function formatPhoneAs(phone: string, format: string): string {
  return format === "628" ? "62" + phone.slice(1) : phone;
}

export function formatProgramAs(programs: readonly string[], format: string): string {
  return programs.join(format === "JKK, JKM" ? ", " : "+");
}

/** "61.04.01.2014" -> "6104" (kabupaten), "610401" (kecamatan) or "6104012014" (desa). */
export function formatRegionAs(kodeDesa: string, format: string): string {
  const digits = kodeDesa.replace(/\D/g, "");
  return format === "desa" ? digits : digits.slice(0, format === "kecamatan" ? 6 : 4);
}
