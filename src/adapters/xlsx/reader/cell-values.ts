import { EMPTY_CELL, type RawCell } from "../../../domain/cell/raw-cell";

/**
 * The cell a serial number makes under a date format: calendar parts at UTC, never local time. A
 * serial no calendar holds (1e308, a formula's NaN) is the error Excel shows for it.
 */
export function dateCell(serial: number, date1904: boolean): RawCell {
  // Days since 1970-01-01; the 1904 system counts 1,462 days fewer. Rounded to the millisecond as Excel stores time.
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  const time = date.getTime();
  if (Number.isNaN(time)) return { kind: "error", code: "#VALUE!" };
  return { kind: "date", year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function textOrEmpty(text: string): RawCell {
  return text === "" ? EMPTY_CELL : { kind: "text", text };
}

export function numberCell(value: number, numFmt: string | undefined): RawCell {
  if (numFmt === undefined || numFmt === "General") return { kind: "number", value, numberFormat: numFmt };
  return { kind: "number", value, numberFormat: numFmt, display: zeroPaddedDisplay(value, numFmt) };
}

/**
 * Villages keep NIKs as numbers under a "0000000000000000" format so Excel shows the leading zero; only
 * that family of formats is rendered here, because other formats depend on the reader's locale.
 */
function zeroPaddedDisplay(value: number, numFmt: string): string | undefined {
  if (!/^0+$/.test(numFmt) || !(value >= 0) || !Number.isSafeInteger(Math.round(value))) {
    return undefined;
  }
  return String(Math.round(value)).padStart(numFmt.length, "0");
}

/** `t="d"` cells hold an ISO 8601 date ("2024-03-01" or "2024-03-01T00:00:00"); only the calendar part is kept. */
export function isoDateCell(text: string): RawCell {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return textOrEmpty(text);
  return { kind: "date", year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}
