import type { RawCell } from "../cell/raw-cell";
import { type CalendarDate, fromExcelSerial } from "../values/calendar-date";
import { type DateReading, parseDateCell } from "../values/parse-date";
import { majorityForm } from "./majority";

/** The ways a birth-date column is written: a real date cell, or text in one of the forms villages type. */
export type DateForm = "sel-tanggal" | "DD-MM-YYYY" | "DD/MM/YYYY" | "DD.MM.YYYY" | "YYYY-MM-DD" | "D MMMM YYYY";

const MONTH_NAMES = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

const pad2 = (n: number) => String(n).padStart(2, "0");

/** The text of a date in a text form (the canonical spelling a fix writes). */
export function writeDate(date: CalendarDate, form: Exclude<DateForm, "sel-tanggal">): string {
  switch (form) {
    case "DD-MM-YYYY":
      return `${pad2(date.day)}-${pad2(date.month)}-${date.year}`;
    case "DD/MM/YYYY":
      return `${pad2(date.day)}/${pad2(date.month)}/${date.year}`;
    case "DD.MM.YYYY":
      return `${pad2(date.day)}.${pad2(date.month)}.${date.year}`;
    case "YYYY-MM-DD":
      return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
    case "D MMMM YYYY":
      return `${date.day} ${MONTH_NAMES[date.month - 1]} ${date.year}`;
  }
}

/** The form a cell is written in, when it is one of the recognised forms (padded or not). */
export function dateFormOf(cell: RawCell | undefined): DateForm | undefined {
  if (!cell) return undefined;
  if (cell.kind === "date") return "sel-tanggal";
  // A date-formatted serial number read through Office.js is a real date cell too.
  // 17081980 typed as a number is not one; it is typed text that Excel took for a number.
  if (cell.kind === "number") return typedAsDigits(cell.value) || !fromExcelSerial(cell.value) ? undefined : "sel-tanggal";
  if (cell.kind !== "text") return undefined;
  const t = cell.text.trim();
  if (/^\d{1,2}-\d{1,2}-\d{4}$/.test(t)) return "DD-MM-YYYY";
  if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(t)) return "DD/MM/YYYY";
  if (/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(t)) return "DD.MM.YYYY";
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(t)) return "YYYY-MM-DD";
  const named = /^\d{1,2} (\p{L}+) \d{4}$/u.exec(t);
  if (named && MONTH_NAMES.includes(named[1]!)) return "D MMMM YYYY";
  return undefined;
}

/** Mirrors parse-date: an integer of 7–8 digits is a date typed without separators, not a serial. */
export function typedAsDigits(value: number): boolean {
  return Number.isInteger(value) && value >= 1010100 && value <= 99999999;
}

/** The form most of the column's readable dates are written in. */
export function dateConvention(
  cells: ReadonlyArray<RawCell | undefined>,
  referenceYear: number,
  read: (cell: RawCell | undefined) => DateReading = (c) => parseDateCell(c, referenceYear),
): DateForm | undefined {
  return majorityForm(cells.map((c) => (read(c).status === "ok" ? dateFormOf(c) : undefined)));
}
