import { hashOf } from "./id-table";

/** A region of the table filled at a time: 8.192 slots of 12 bytes, well inside a core's cache. */
const REGION_SLOT_BITS = 13;

/**
 * A hash table of 16-digit identity numbers (as `IdTable`: their two halves of eight digits) built at
 * once from a whole column, each number to the first row holding it.
 *
 * WHY built at once: a million numbers make a table of 24 MB, and adding them in file order costs a
 * cache and TLB miss per row. The rows are first sorted (a stable counting sort) by the top bits of
 * their hash, which also choose the slot's region, and the table is then filled one region at a
 * time. Rows of one number share a region and keep their file order in it, so the first row reached
 * is the first in the file, as when adding row by row.
 */
export class FirstRowTable {
  private readonly mask: number;
  private readonly shift: number;
  /** Three integers per slot: row + 1 (0 when the slot is free) and the number's two halves. */
  private readonly slots: Int32Array;

  /**
   * The numbers of rows 0 to `count - 1` (`high` < 0: the row has none). `firstRows` is filled
   * with, per row, the first row with the same number (-1 for a row without one).
   */
  constructor(high: Int32Array, low: Int32Array, count: number, firstRows: Int32Array) {
    let bits = 10;
    while (2 ** bits < count * 2) bits++;
    this.mask = 2 ** bits - 1;
    this.shift = 32 - bits;
    const slots = (this.slots = new Int32Array(2 ** bits * 3));
    const regionShift = Math.min(bits, REGION_SLOT_BITS);
    const regions = 2 ** (bits - regionShift);
    const before = new Int32Array(regions + 1);
    let numbered = 0;
    for (let row = 0; row < count; row++) {
      if (high[row]! < 0) continue;
      before[((hashOf(high[row]!, low[row]!) >>> this.shift) >>> regionShift) + 1]!++;
      numbered++;
    }
    for (let region = 0; region < regions; region++) before[region + 1]! += before[region]!;
    // The rows by region, each as (row, slot, high, low), side by side for the filling to read in order.
    const sorted = new Int32Array(numbered * 4);
    for (let row = 0; row < count; row++) {
      firstRows[row] = -1;
      if (high[row]! < 0) continue;
      const slot = hashOf(high[row]!, low[row]!) >>> this.shift;
      const at = before[slot >>> regionShift]!++ * 4;
      sorted[at] = row;
      sorted[at + 1] = slot;
      sorted[at + 2] = high[row]!;
      sorted[at + 3] = low[row]!;
    }
    const mask = this.mask;
    for (let at = 0; at < sorted.length; at += 4) {
      const row = sorted[at]!;
      const rowHigh = sorted[at + 2]!;
      const rowLow = sorted[at + 3]!;
      for (let slot = sorted[at + 1]!; ; slot = (slot + 1) & mask) {
        const entry = slots[slot * 3]!;
        if (entry === 0) {
          slots[slot * 3] = row + 1;
          slots[slot * 3 + 1] = rowHigh;
          slots[slot * 3 + 2] = rowLow;
          firstRows[row] = row;
          break;
        }
        if (slots[slot * 3 + 1] === rowHigh && slots[slot * 3 + 2] === rowLow) {
          firstRows[row] = entry - 1;
          break;
        }
      }
    }
  }

  /** The first row with the number, or -1 when no row has it. */
  find(high: number, low: number): number {
    const mask = this.mask;
    const slots = this.slots;
    for (let slot = hashOf(high, low) >>> this.shift; ; slot = (slot + 1) & mask) {
      const entry = slots[slot * 3]!;
      if (entry === 0) return -1;
      if (slots[slot * 3 + 1] === high && slots[slot * 3 + 2] === low) return entry - 1;
    }
  }
}
