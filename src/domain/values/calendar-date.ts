/**
 * A date without time or zone. Spreadsheets store calendar days; going through JavaScript's
 * local-time `Date` shifts birthdays by a day in some zones, so the domain never does.
 */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days of each month in a common year. */
const MONTH_DAYS: ReadonlyArray<number> = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * 0 for a month that is not 1–12. Looked up in one table: a list made at each call was an array per
 * date checked, several for each of 100,000 rows (the row's date, and both centuries of its NIK's).
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return MONTH_DAYS[month - 1] ?? 0;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function sameDate(a: CalendarDate, b: CalendarDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Whole years completed on `on` by someone born on `birth`. */
export function ageOn(birth: CalendarDate, on: CalendarDate): number {
  let age = on.year - birth.year;
  if (on.month < birth.month || (on.month === birth.month && on.day < birth.day)) age -= 1;
  return age;
}

/** DD-MM-YYYY, the format of Indonesian forms and the BPJS SIPP template. */
export function formatDate(date: CalendarDate): string {
  return `${pad2(date.day)}-${pad2(date.month)}-${date.year}`;
}

export function formatIsoDate(date: CalendarDate): string {
  return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** Excel's 1900 date system: serial 1 is 1900-01-01, and serial 60 is the 29 February 1900 that never was. */
export function fromExcelSerial(serial: number): CalendarDate | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return undefined;
  const whole = Math.floor(serial);
  if (whole === 60) return undefined;
  const daysSince1899_12_31 = whole > 60 ? whole - 1 : whole;
  const ms = Date.UTC(1899, 11, 31) + daysSince1899_12_31 * 86400000;
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function toExcelSerial(date: CalendarDate): number {
  const days = Math.round((Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(1899, 11, 31)) / 86400000);
  return days >= 60 ? days + 1 : days;
}
