import { xmlSafeText } from "../write-cell-text";

const SPECIAL = /[&<>"]/;
const SPECIAL_ALL = /[&<>"]/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * `text` as the content of an XML element or a double-quoted attribute of a part we write: the characters
 * XML 1.0 forbids become the OOXML `_xHHHH_` escape first (`write-cell-text.ts`, so Excel decodes them back
 * and the part stays well-formed), then `& < > "` become entities. Most cell texts need neither, and are
 * returned as they are after two regular-expression tests.
 */
export function xmlText(text: string): string {
  const safe = xmlSafeText(text);
  return SPECIAL.test(safe) ? safe.replace(SPECIAL_ALL, (c) => ENTITIES[c]!) : safe;
}

/**
 * An attribute value where Excel decodes no `_xHHHH_` escape (a sheet name, a formula, a number format):
 * forbidden characters are dropped, since there is no way to carry them.
 */
export function xmlAttribute(text: string): string {
  let kept = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pairedHigh = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pairedHigh) {
      kept += text[i]! + text[i + 1]!;
      i++;
    } else if (!((code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff)) {
      kept += text[i]!;
    }
  }
  return SPECIAL.test(kept) ? kept.replace(SPECIAL_ALL, (c) => ENTITIES[c]!) : kept;
}
