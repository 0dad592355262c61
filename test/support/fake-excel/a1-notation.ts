/**
 * A1 notation as the simulated Excel speaks it. Written here on purpose rather than borrowed from
 * src/: a simulator that shares the adapter's parser would agree with the adapter's bugs.
 */
export interface RangeRef {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Excel's last column (XFD) and row, the bounds of a whole-column or whole-row reference. */
export const LAST_COLUMN = 16384;
export const LAST_ROW = 1048576;

export function columnLetters(column: number): string {
  let letters = "";
  let n = column;
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = (n - 1 - remainder) / 26;
  }
  return letters;
}

export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, letter) => n * 26 + (letter.charCodeAt(0) - 64), 0);
}

export function cellAddress(row: number, column: number): string {
  return columnLetters(column) + String(row);
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const first = cellAddress(top, left);
  return top === bottom && left === right ? first : `${first}:${cellAddress(bottom, right)}`;
}

/**
 * "Data!B2:D9", "'Data Desa'!B2", "B2:D9", and the whole-column "A:C" / whole-row "3:5" forms that
 * `worksheet.getRange("A:A")` accepts in real Excel.
 */
export function parseRangeAddress(address: string): RangeRef | undefined {
  const bang = address.lastIndexOf("!");
  const local = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").trim().toUpperCase();
  const cells = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(local);
  if (cells) {
    const top = Number(cells[2]);
    const left = columnNumber(cells[1]!);
    const bottom = cells[4] ? Number(cells[4]) : top;
    const right = cells[3] ? columnNumber(cells[3]) : left;
    return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
  }
  const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(local);
  if (columns) {
    const a = columnNumber(columns[1]!);
    const b = columnNumber(columns[2]!);
    return { top: 1, left: Math.min(a, b), bottom: LAST_ROW, right: Math.max(a, b) };
  }
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) {
    const a = Number(rows[1]);
    const b = Number(rows[2]);
    return { top: Math.min(a, b), left: 1, bottom: Math.max(a, b), right: LAST_COLUMN };
  }
  return undefined;
}
