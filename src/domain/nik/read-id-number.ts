import type { RawCell } from "../cell/raw-cell";
import { numberToPlainString } from "../cell/raw-cell";

/**
 * Reading a 16-digit identity number (NIK or No. KK) from a cell, without ever trusting a number.
 *
 * Excel keeps 15 significant digits, so a NIK typed into a General/Number cell has already lost its
 * last digit (it becomes 0), and JavaScript's Number is exact only to 2^53, so Papua NIKs (91..96)
 * are rounded again on the way in. A number cell can therefore never be taken as the NIK.
 */
export type IdReading =
  | { readonly status: "missing" }
  | { readonly status: "ok"; readonly digits: string }
  /** A number cell (or text in scientific notation): the digits are not trustworthy. */
  | { readonly status: "precision-lost"; readonly shown: string; readonly endsInZero: boolean }
  | { readonly status: "format"; readonly shown: string; readonly digitCount: number; readonly hasOtherCharacters: boolean }
  | { readonly status: "cell-error"; readonly code: string };

/** Separators people put in NIKs when typing from a KTP: spaces (also non-breaking), dots, dashes, and Excel's text apostrophe. */
const SEPARATORS = /[\s\u00a0.\-–'’`]/g;
const SCIENTIFIC = /^\d(?:[.,]\d+)?e\+?\d+$/i;

/** One shared answer for every empty cell: readings are never changed, and an empty column is common. */
const MISSING: IdReading = Object.freeze({ status: "missing" });

export function readIdNumber(cell: RawCell | undefined): IdReading {
  if (!cell) return MISSING;
  switch (cell.kind) {
    case "empty":
      return MISSING;
    case "error":
      return { status: "cell-error", code: cell.code };
    case "boolean":
    case "date":
      return { status: "format", shown: cellShown(cell), digitCount: 0, hasOtherCharacters: true };
    case "number": {
      const plain = numberToPlainString(cell.value);
      const shown = cell.display?.trim() || plain;
      if (plain.replace(/^-/, "").replace(/\..*$/, "").length >= 15) {
        return { status: "precision-lost", shown, endsInZero: /0$/.test(plain) };
      }
      // A short number is simply not a NIK; say how many digits it has.
      return { status: "format", shown, digitCount: plain.replace(/\D/g, "").length, hasOtherCharacters: !/^\d+$/.test(plain) };
    }
    case "text":
      return readIdText(cell.text);
  }
}

export function readIdText(text: string): IdReading {
  // Most cells hold the 16 digits and nothing else: that answer needs none of the patterns below.
  if (isSixteenDigits(text)) return { status: "ok", digits: text };
  const shown = text.trim();
  if (shown === "" || /^[-–—.\s]+$/.test(shown)) return MISSING;
  // "3,20411E+15" pasted from a cell that Excel displayed in scientific notation.
  if (SCIENTIFIC.test(shown.replace(/\s/g, ""))) return { status: "precision-lost", shown, endsInZero: true };
  const compact = shown.replace(SEPARATORS, "");
  if (/^\d{16}$/.test(compact)) return { status: "ok", digits: compact };
  const digitCount = compact.replace(/\D/g, "").length;
  return { status: "format", shown, digitCount, hasOtherCharacters: /\D/.test(compact) };
}

/** Exactly 16 ASCII digits, the same test as `/^\d{16}$/` without a regular expression. */
function isSixteenDigits(text: string): boolean {
  if (text.length !== 16) return false;
  for (let i = 0; i < 16; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function cellShown(cell: RawCell): string {
  if (cell.kind === "date") return `${cell.day}-${cell.month}-${cell.year}`;
  if (cell.kind === "boolean") return String(cell.value);
  return "";
}
