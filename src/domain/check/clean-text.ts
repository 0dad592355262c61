/**
 * Collapses runs of white space (line breaks from Alt+Enter, double spaces) that villages leave in
 * names and addresses; a cell of only dashes or dots ("-", "..") is no value.
 */
export function cleanText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  // Most cells are already clean; only rewrite the ones with line breaks, tabs or double spaces.
  const t = needsCollapsing(text) ? text.replace(/\s+/g, " ").trim() : text;
  return t === "" || (t.length < 4 && isOnlyDashesOrDots(t)) ? undefined : t;
}

/** `/^[-–—.]+$/.test(text)` for a non-empty text, without a pattern: it ran on every RT and RW ("001"). */
function isOnlyDashesOrDots(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 45 && c !== 0x2013 && c !== 0x2014 && c !== 46) return false;
  }
  return true;
}

/**
 * `/\s\s|[\t\n\r\u00a0]/.test(text)`, answered by one pass over the characters for plain ASCII
 * text (nearly every cell): this test ran on eight fields of every row.
 */
function needsCollapsing(text: string): boolean {
  let previousIsSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Outside ASCII, JavaScript's \s has many members (U+00A0, U+2000–U+200A, U+3000...): the pattern decides.
    if (c > 127) return /\s\s|[\t\n\r\u00a0]/.test(text);
    if (c === 9 || c === 10 || c === 13) return true;
    // The ASCII members of \s: tab, line feed, vertical tab, form feed, carriage return, space.
    const isSpace = c === 32 || (c >= 9 && c <= 13);
    if (isSpace && previousIsSpace) return true;
    previousIsSpace = isSpace;
  }
  return false;
}
