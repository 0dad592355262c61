export interface RepeatedNik {
  readonly digits: string;
  /** Indexes of the rows with this NIK, in row order. */
  readonly indexes: readonly number[];
}

/**
 * Which rows share a NIK with another row, told as the rows are read: each NIK is added while the
 * check holds its row, so finding the repeats costs no second pass over 100,000 rows (such a pass
 * waited on memory for every row, and a Map of every NIK was the largest cost after the parsing itself).
 *
 * Almost every NIK of a list is unique, so this is built for that case: an open-addressing table in
 * typed arrays, keyed by a hash of the digits, and a link from each row to the next row with its NIK.
 * Nothing is made for a NIK seen once, and digits are compared only on equal hashes.
 */
export class RepeatedNikTable {
  /** Row index + 1 of the first row of the NIK held in each slot (0: free), that NIK's hash and its digits. */
  private readonly firstRows: Int32Array;
  private readonly hashes: Int32Array;
  private readonly digitsHeld: Array<string | undefined>;
  private readonly mask: number;
  /** For each row, row index + 1 of the next row with its NIK (0: none); for a NIK's first row, its last row. */
  private readonly next: Int32Array;
  private readonly last: Int32Array;
  /** Each repeated NIK, found when its second row was added. */
  private readonly repeats: Array<{ readonly first: number; readonly digits: string }> = [];

  /** `rows`: how many rows may be added. */
  constructor(rows: number) {
    const size = tableSizeFor(rows);
    this.firstRows = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.digitsHeld = new Array<string | undefined>(size);
    this.mask = size - 1;
    this.next = new Int32Array(rows);
    this.last = new Int32Array(rows);
  }

  /** Rows must be added in row order, each once. */
  add(index: number, digits: string): void {
    const hash = hashDigits(digits);
    let slot = hash & this.mask;
    for (;;) {
      const held = this.firstRows[slot]!;
      if (held === 0) {
        this.firstRows[slot] = index + 1;
        this.hashes[slot] = hash;
        this.digitsHeld[slot] = digits;
        this.last[index] = index;
        return;
      }
      if (this.hashes[slot] === hash && this.digitsHeld[slot] === digits) {
        const first = held - 1;
        if (this.last[first] === first) this.repeats.push({ first, digits });
        this.next[this.last[first]!] = index + 1;
        this.last[first] = index;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** Every NIK added more than once, in the order the NIKs first appeared. */
  repeated(): RepeatedNik[] {
    const repeats = [...this.repeats].sort((a, b) => a.first - b.first);
    return repeats.map(({ first, digits }) => {
      const indexes: number[] = [];
      for (let at = first + 1; at !== 0; at = this.next[at - 1]!) indexes.push(at - 1);
      return { digits, indexes };
    });
  }
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
