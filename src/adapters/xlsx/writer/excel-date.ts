/**
 * Excel stores a date as the number of days since 30 December 1899 (the 1900 date system, with its famous
 * fictitious 29 February 1900 folded into that epoch), the time of day as the fraction. A `Date` is read in
 * UTC, as exceljs reads and writes them, so a date of birth written at midnight UTC is the same day
 * everywhere.
 */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function excelSerial(date: Date): number {
  return (date.getTime() - EPOCH_1900) / DAY_MS;
}
