import type { ParsedRow } from "./parsed-row";

export interface RepeatedNik {
  readonly digits: string;
  /** Indexes into the rows, in row order. */
  readonly indexes: readonly number[];
}

/**
 * The rows that share a NIK with another row: one list of row indexes per repeated NIK, the lists in
 * the order their NIK first appears and each list in row order. Only NIKs read as 16 digits count.
 *
 * Almost every NIK of a list is unique, so this is built for that case: an open-addressing table of
 * row indexes in typed arrays, keyed by a hash of the digits, and a link from each row to the next row
 * with its NIK. No object is made for a NIK seen once (a Map of 100,000 strings was the largest single
 * cost of the check after the parsing itself), and a lookup compares digits only on equal hashes.
 */
export function repeatedNiks(rows: readonly ParsedRow[]): RepeatedNik[] {
  const slots = new Int32Array(tableSizeFor(rows.length));
  const mask = slots.length - 1;
  // For each row, row index + 1 of the next row with its NIK (0: none); for a NIK's first row, its last row.
  const next = new Int32Array(rows.length);
  const last = new Int32Array(rows.length);
  const repeatedFirsts: number[] = [];
  for (let index = 0; index < rows.length; index++) {
    const nik = rows[index]!.nik;
    if (nik.status !== "ok") continue;
    const digits = nik.digits;
    let slot = hashDigits(digits) & mask;
    for (;;) {
      const held = slots[slot]!;
      if (held === 0) {
        slots[slot] = index + 1;
        last[index] = index;
        break;
      }
      const first = held - 1;
      const heldNik = rows[first]!.nik;
      if (heldNik.status === "ok" && heldNik.digits === digits) {
        if (last[first] === first) repeatedFirsts.push(first);
        next[last[first]!] = index + 1;
        last[first] = index;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  // In the order the NIKs first appear, whichever repeated first.
  repeatedFirsts.sort((a, b) => a - b);
  return repeatedFirsts.map((first) => {
    const indexes: number[] = [];
    for (let at = first + 1; at !== 0; at = next[at - 1]!) indexes.push(at - 1);
    return { digits: digitsOf(rows[first]!), indexes };
  });
}

/** At most half full, so a probe ends after a step or two. */
function tableSizeFor(rows: number): number {
  let size = 16;
  while (size < rows * 2) size *= 2;
  return size;
}

/** FNV-1a over the characters, then mixed: NIKs differ mostly in their last digits. */
function hashDigits(digits: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < digits.length; i++) h = Math.imul(h ^ digits.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b);
  return h ^ (h >>> 16);
}

/** Only rows with a NIK read as 16 digits are ever put in the table. */
function digitsOf(row: ParsedRow): string {
  return row.nik.status === "ok" ? row.nik.digits : "";
}
