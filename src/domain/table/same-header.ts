/**
 * Whether a cell's text is `header` (already lower-cased) once its white space is collapsed and it is
 * lower-cased: a page header repeated inside a long list. It runs on every text cell of the list, so the
 * length and first-letter tests come first, and a plain ASCII text (no white space but single inner
 * spaces) is compared letter by letter instead of through a rewritten copy.
 */
export function sameHeader(text: string, header: string): boolean {
  if (Math.abs(text.length - header.length) > 4) return false;
  const first = text.charCodeAt(0);
  if (first > 32 && (first | 32) !== (header.charCodeAt(0) | 32)) return false;
  if (isPlainAscii(text)) return text.length === header.length && equalsLowerCased(text, header);
  return text.replace(/\s+/g, " ").trim().toLowerCase() === header;
}

/** ASCII with no white space other than single spaces between words: collapsing and trimming leave it as it is. */
function isPlainAscii(text: string): boolean {
  let previousIsSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 || (c >= 9 && c <= 13)) return false;
    const isSpace = c === 32;
    if (isSpace && previousIsSpace) return false;
    previousIsSpace = isSpace;
  }
  return !previousIsSpace;
}

/** `text.toLowerCase() === lower` for an ASCII text of the same length. */
function equalsLowerCased(text: string, lower: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lowered = c >= 65 && c <= 90 ? c + 32 : c;
    if (lowered !== lower.charCodeAt(i)) return false;
  }
  return true;
}
