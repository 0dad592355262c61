/**
 * Excel's 1900 date system, written independently of src/domain/values/calendar-date.ts.
 * Serial 60 is the 29 February 1900 that never existed (Lotus 1-2-3's leap-year bug, kept by Excel:
 * https://learn.microsoft.com/en-us/troubleshoot/microsoft-365-apps/excel/wrongly-assumes-1900-is-leap-year).
 */
export interface SerialDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

export function serialToDay(serial: number): SerialDay | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return undefined;
  const whole = Math.floor(serial);
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const d = new Date(EPOCH + (whole < 60 ? whole + 1 : whole) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function dayToSerial(year: number, month: number, day: number): number | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  const days = Math.round((ms - EPOCH) / DAY_MS);
  return days <= 60 ? days - 1 : days;
}
