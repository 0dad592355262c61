import { type RawCell, numberToPlainString } from "../cell/raw-cell";
import { type PhoneReading, parsePhoneCell } from "../values/parse-phone";
import { majorityForm } from "./majority";

/** How a column starts its mobile numbers: "08…", "+628…" or "628…". */
export type PhonePrefix = "0" | "+62" | "62";

/** The written text of a phone cell (a number cell as its plain digits). */
export function phoneText(cell: RawCell | undefined): string | undefined {
  if (cell?.kind === "text") return cell.text.trim();
  if (cell?.kind === "number") return numberToPlainString(cell.value);
  return undefined;
}

/** "81234567890": a mobile number whose 0 was dropped (a number cell, or typed without it). Its only reading is 0812… */
export function lostLeadingZero(written: string): boolean {
  return /^8\d{8,11}$/.test(written.replace(/[\s\u00a0.\-()]/g, ""));
}

export function phonePrefixOf(text: string): PhonePrefix | undefined {
  if (text.startsWith("+62")) return "+62";
  if (text.startsWith("62")) return "62";
  if (text.startsWith("0")) return "0";
  return undefined;
}

/**
 * The prefix of the column, only when more than half of its valid numbers use it: a column that
 * mixes the forms evenly has no convention, and its "+62" numbers are left as they are.
 * A number that lost its 0 counts as an 08… number: that is how it is read and restored, so a second
 * look after the fixes finds the same convention.
 */
export function phoneConvention(cells: ReadonlyArray<RawCell | undefined>, read: (cell: RawCell | undefined) => PhoneReading = parsePhoneCell): PhonePrefix | undefined {
  const prefixes = cells.map((c): PhonePrefix | undefined => {
    const text = phoneText(c);
    if (text === undefined) return undefined;
    if (lostLeadingZero(text)) return "0";
    return read(c).status === "ok" ? phonePrefixOf(text) : undefined;
  });
  const valid = prefixes.filter((p) => p !== undefined).length;
  const winner = majorityForm(prefixes);
  return winner !== undefined && prefixes.filter((p) => p === winner).length * 2 > valid ? winner : undefined;
}

/** The digits after the prefix ("+62 812-3456" -> "812-3456"), separators kept as typed. */
export function subscriberPart(text: string): string | undefined {
  const prefix = phonePrefixOf(text);
  if (prefix === undefined) return undefined;
  return text.slice(prefix.length).replace(/^[\s\u00a0-]+/, "");
}
