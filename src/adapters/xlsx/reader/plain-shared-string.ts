/**
 * An item of xl/sharedStrings.xml in the plain form Excel and LibreOffice write for almost every text,
 * read straight from the part's text: a workbook saved by Excel keeps every distinct text there
 * (300,000 items for 100,000 workers), and the general tokenizer would make an attribute object and
 * five handler calls for each. Only these forms are accepted, anything else is left to the tokenizer:
 *
 *   <si><t>text</t></si>   <si><t xml:space="preserve">text</t></si>
 *
 * The text must hold no `&` (an entity) and no CR (read as LF), so that it is exactly the text the
 * tokenizer would report; rich text runs, phonetic guides, comments and prefixes go the general way.
 */

const OPEN_PLAIN = "<si><t>";
const OPEN_PRESERVED = '<si><t xml:space="preserve">';
const CLOSE = "</t></si>";

/** Where the item's text is; set by `readPlainSharedString`. */
export interface PlainSharedString {
  textFrom: number;
  textTo: number;
  /** Whether the text holds "_x", which may start an `_xHHHH_` escape: found on the way, so that a text without one is not searched again. */
  mayHaveEscape: boolean;
}

export function newPlainSharedString(): PlainSharedString {
  return { textFrom: 0, textTo: 0, mayHaveEscape: false };
}

/**
 * Reads the `<si>` element starting at `at` into `item`; returns the index after its end, or -1 when it
 * is not in a plain form or not wholly in `text` (then `item` holds nothing meaningful).
 */
export function readPlainSharedString(text: string, at: number, item: PlainSharedString): number {
  const length = text.length;
  // `<si><t>` compared character by character (300,000 items made two `startsWith` calls each), never
  // past the end of the text: that would make V8 throw away the optimised code.
  if (
    at + OPEN_PLAIN.length > length ||
    text.charCodeAt(at) !== 60 /* < */ ||
    text.charCodeAt(at + 1) !== 115 /* s */ ||
    text.charCodeAt(at + 2) !== 105 /* i */ ||
    text.charCodeAt(at + 3) !== 62 /* > */ ||
    text.charCodeAt(at + 4) !== 60 /* < */ ||
    text.charCodeAt(at + 5) !== 116 /* t */
  ) {
    return -1;
  }
  let from: number;
  if (text.charCodeAt(at + 6) === 62 /* > */) from = at + OPEN_PLAIN.length;
  else if (text.startsWith(OPEN_PRESERVED, at)) from = at + OPEN_PRESERVED.length;
  else return -1;
  let mayHaveEscape = false;
  let lt = from;
  for (; lt < length; lt++) {
    const c = text.charCodeAt(lt);
    if (c === 60 /* < */) break;
    // An entity, or a CR (read as LF): the tokenizer's job.
    if (c === 38 /* & */ || c === 13) return -1;
    if (c === 95 /* _ */ && lt + 1 < length && text.charCodeAt(lt + 1) === 120 /* x */) mayHaveEscape = true;
  }
  if (lt >= length || !text.startsWith(CLOSE, lt)) return -1;
  item.textFrom = from;
  item.textTo = lt;
  item.mayHaveEscape = mayHaveEscape;
  return lt + CLOSE.length;
}
