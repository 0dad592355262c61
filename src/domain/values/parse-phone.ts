import type { RawCell } from "../cell/raw-cell";
import { cellText, numberToPlainString } from "../cell/raw-cell";

export type PhoneReading =
  | { readonly status: "missing" }
  /** Normalised to the 08… form villages and BPJS forms use. */
  | { readonly status: "ok"; readonly phone: string }
  | { readonly status: "invalid"; readonly shown: string; readonly reason: string };

/** One shared answer for every empty cell: readings are never changed. */
const MISSING: PhoneReading = Object.freeze({ status: "missing" });

/**
 * Indonesian mobile numbers: 08…, +628…, 628…, 10 to 13 digits in the 08 form.
 * A number cell that lost its leading 0 (8123…) is recognised and explained, not silently fixed.
 */
export function parsePhoneCell(cell: RawCell | undefined): PhoneReading {
  if (!cell || cell.kind === "empty") return MISSING;
  // Nearly every row: a mobile number typed as it should be, answered in one look at its characters.
  if (cell.kind === "text" && isMobileNumber(cell.text)) return { status: "ok", phone: cell.text };
  if (cell.kind === "error") return { status: "invalid", shown: cell.code, reason: "sel berisi kesalahan rumus" };
  if (cell.kind === "number") {
    const plain = numberToPlainString(cell.value);
    if (/^8\d{8,11}$/.test(plain)) {
      return { status: "invalid", shown: plain, reason: "angka 0 di depan hilang karena sel berformat angka; ubah format sel menjadi Teks lalu ketik ulang 0" + plain };
    }
    return phoneFromText(plain);
  }
  const text = cellText(cell);
  if (text === undefined || (!isPlainNumber(text) && /^[-–—.\s]+$/.test(text))) return MISSING;
  return phoneFromText(text);
}

function phoneFromText(shown: string): PhoneReading {
  // Several numbers in one cell ("0812… / 0813…"): judge the first, it is the one BPJS will use.
  // A cell of digits alone (nearly every row) has no separator to split at and nothing to remove.
  const compact = isPlainNumber(shown)
    ? shown
    : shown
        .split(/[/;,]|\s{2,}|\bdan\b|\batau\b/i)[0]!
        .trim()
        .replace(/[\s\u00a0.\-()]/g, "");
  let national: string | undefined;
  // The national form first: nearly every row has it, and it is told without a pattern.
  if (isNationalDigits(compact)) national = compact;
  else if (/^\+?62\d+$/.test(compact)) national = "0" + compact.replace(/^\+?62/, "");
  else if (/^8\d{8,11}$/.test(compact)) {
    return { status: "invalid", shown, reason: "angka 0 di depan tidak ada; tulis 0" + compact };
  }
  if (national === undefined) return { status: "invalid", shown, reason: "bukan nomor telepon (hanya angka, boleh diawali +62)" };
  // `national` always starts with 0: the mobile prefix is 08.
  if (national.charCodeAt(1) !== 56) return { status: "invalid", shown, reason: "bukan nomor HP (nomor HP diawali 08 atau +628)" };
  if (national.length < 10 || national.length > 13) {
    return { status: "invalid", shown, reason: `panjangnya ${national.length} digit; nomor HP Indonesia 10–13 digit` };
  }
  return { status: "ok", phone: national };
}

/** ASCII digits with at most a leading "+", nothing else: "081234567890", "+6281234567890". */
function isPlainNumber(text: string): boolean {
  const start = text.charCodeAt(0) === 43 ? 1 : 0;
  if (text.length <= start) return false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** `/^0\d+$/`: a 0 and at least one more ASCII digit, nothing else. */
function isNationalDigits(text: string): boolean {
  if (text.length < 2 || text.charCodeAt(0) !== 48) return false;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** `/^08\d{8,11}$/`: a mobile number in the national form, 10 to 13 digits, nothing around it. */
function isMobileNumber(text: string): boolean {
  return text.length >= 10 && text.length <= 13 && text.charCodeAt(1) === 56 && isNationalDigits(text);
}
