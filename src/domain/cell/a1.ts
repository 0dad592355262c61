/** A1 addresses, 1-based rows and columns, as Excel writes them ("C5", "C5:C9"). */

/** 1 -> "A", 27 -> "AA", 16384 -> "XFD". */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "A" -> 1, "xfd" -> 16384. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const first = cellAddress(top, left);
  return top === bottom && left === right ? first : `${first}:${cellAddress(bottom, right)}`;
}

export interface CellRef {
  readonly row: number;
  readonly column: number;
}

export interface RangeRef {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Parses what Office.js answers for `Range.address`: "Data!B2:D9", "'Data Desa'!B2", "B2:D9".
 * Whole-column or whole-row references ("A:A", "3:3") are not answered by `address` for a used range.
 */
export function parseRangeAddress(address: string): RangeRef | undefined {
  const bang = address.lastIndexOf("!");
  const local = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").trim();
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(local);
  if (!match) return undefined;
  const top = Number(match[2]);
  const left = columnNumber(match[1]!);
  return {
    top,
    left,
    bottom: match[4] ? Number(match[4]) : top,
    right: match[3] ? columnNumber(match[3]) : left,
  };
}

/** "Data!A1:B2, Data!D4" (a RangeAreas address) -> its rectangles. */
export function parseAreasAddress(address: string): RangeRef[] {
  // A quoted sheet name may itself hold a comma: split only outside quotes.
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const char of address) {
    if (char === "'") quoted = !quoted;
    if (!quoted && (char === "," || char === ";")) {
      parts.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map((part) => parseRangeAddress(part)).filter((ref): ref is RangeRef => ref !== undefined);
}
