import { EMPTY_CELL, type RawCell } from "../../domain/cell/raw-cell";
import { fromExcelSerial } from "../../domain/values/calendar-date";

/**
 * One cell as Office.js answers it for a range loaded with `values`, `numberFormat`, `text` and
 * `valueTypes`, turned into the domain's `RawCell` without interpreting it.
 *
 * - An error cell arrives in `values` as the string "#N/A"; only `valueTypes` ("Error") tells it
 *   from a user who typed "#N/A", so both are needed.
 * - A number keeps its format and what the user sees (`text`), so the rules can see "3.20411E+15"
 *   for a NIK that Excel already rounded to 15 digits.
 * - A number under a date format is a real date cell; its serial is read as calendar parts.
 */
export function rawCellFromOffice(value: unknown, numberFormat: unknown, text: unknown, valueType: unknown): RawCell {
  switch (valueType) {
    case "Error":
      return { kind: "error", code: typeof value === "string" && value !== "" ? value : String(text ?? "#VALUE!") };
    case "Empty":
      return EMPTY_CELL;
    case "Boolean":
      return { kind: "boolean", value: value === true };
    case "Double":
    case "Integer":
      if (typeof value === "number") return numberCell(value, numberFormat, text);
      break;
    case "String":
      return typeof value === "string" && value !== "" ? { kind: "text", text: value } : EMPTY_CELL;
    case "RichValue":
      // Linked data types, images in cells: what the user reads is the display text.
      return typeof text === "string" && text !== "" ? { kind: "text", text } : EMPTY_CELL;
  }
  // Unknown or missing value type (older hosts): fall back on the JavaScript type.
  switch (typeof value) {
    case "number":
      return numberCell(value, numberFormat, text);
    case "boolean":
      return { kind: "boolean", value };
    case "string":
      return value === "" ? EMPTY_CELL : { kind: "text", text: value };
    default:
      return EMPTY_CELL;
  }
}

function numberCell(value: number, numberFormat: unknown, text: unknown): RawCell {
  const format = typeof numberFormat === "string" ? numberFormat : undefined;
  if (format !== undefined && isDateNumberFormat(format)) {
    const date = fromExcelSerial(value);
    if (date) return { kind: "date", ...date };
  }
  return { kind: "number", value, numberFormat: format, display: displayText(text) };
}

/** Excel shows "#####" when a number does not fit its column: that says nothing about the value. */
function displayText(text: unknown): string | undefined {
  if (typeof text !== "string" || text === "" || /^#+$/.test(text)) return undefined;
  return text;
}

/**
 * True for a format that shows a calendar date ("dd/mm/yyyy", "d-mmm-yy", "[$-421]dd mmmm yyyy").
 * Only the positive section counts. Quoted text, escapes and bracketed parts (colours, locales,
 * elapsed time) are ignored. A format with only hours/minutes/seconds is a time, not a date.
 */
export function isDateNumberFormat(format: string): boolean {
  if (format === "" || format === "General" || format === "@") return false;
  const positive = format.split(";")[0] ?? "";
  const stripped = positive
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .toLowerCase();
  if (/[dy]/.test(stripped)) return true;
  // "mmm" or "mmmm" alone is a month name; "m" next to h or s is minutes.
  return /m/.test(stripped) && !/[hs]/.test(stripped);
}
