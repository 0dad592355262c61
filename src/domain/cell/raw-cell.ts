/**
 * A spreadsheet cell as the domain sees it, whichever adapter read it (Office.js, exceljs, CSV).
 *
 * Adapters must not interpret values: a NIK stored as a number stays a `number` cell so the
 * rules can say it was damaged by Excel's 15-digit precision, and an error cell stays an
 * `error` cell so it is reported on its field instead of being passed on as the text "#N/A".
 */
export type RawCell =
  | { readonly kind: "empty" }
  | { readonly kind: "text"; readonly text: string }
  /** `display` is what the user sees (Office.js `text`, or the number format applied), when the adapter knows it. */
  | { readonly kind: "number"; readonly value: number; readonly numberFormat?: string; readonly display?: string }
  /** A real date cell. Calendar parts only: spreadsheets have no time zone, so we never go through `Date` local time. */
  | { readonly kind: "date"; readonly year: number; readonly month: number; readonly day: number }
  | { readonly kind: "boolean"; readonly value: boolean }
  /** A formula error such as `#N/A`, `#VALUE!`, `#REF!`. */
  | { readonly kind: "error"; readonly code: string };

export const EMPTY_CELL: RawCell = Object.freeze({ kind: "empty" });

export function textCell(text: string): RawCell {
  return { kind: "text", text };
}

/** True when the cell holds nothing a user typed (empty, or only white space). */
export function isBlank(cell: RawCell | undefined): boolean {
  if (!cell || cell.kind === "empty") return true;
  return cell.kind === "text" && !hasNoEdgeSpace(cell.text) && cell.text.trim() === "";
}

/**
 * The cell as plain text, for fields where any typed value is acceptable (names, addresses).
 * Numbers keep their display text when known. Errors return undefined: callers report them.
 */
export function cellText(cell: RawCell | undefined): string | undefined {
  if (!cell) return undefined;
  switch (cell.kind) {
    case "empty":
      return undefined;
    case "text": {
      const text = cell.text;
      if (hasNoEdgeSpace(text)) return text;
      const t = text.trim();
      return t === "" ? undefined : t;
    }
    case "number":
      return cell.display?.trim() || numberToPlainString(cell.value);
    case "date":
      return `${String(cell.day).padStart(2, "0")}-${String(cell.month).padStart(2, "0")}-${cell.year}`;
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
    case "error":
      return undefined;
  }
}

/**
 * True when `trim()` would return the text unchanged, decided from its two end characters: every
 * white space `trim` removes is either at most U+0020 or outside ASCII. Nearly every cell is such text,
 * and this ran on a dozen cells of every row.
 */
function hasNoEdgeSpace(text: string): boolean {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first > 32 && first < 128 && last > 32 && last < 128;
}

/** A number written out without exponent notation (1.234e+15 -> "1234000000000000"). */
export function numberToPlainString(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return BigInt(value).toString();
  return String(value);
}
