/**
 * A hash table of 16-digit identity numbers (NIK, No. KK), each given a dense id (0, 1, 2, … in the
 * order first added). A number is held as its two halves of eight digits, which is exact: the text is
 * always exactly 16 ASCII digits, so `idText` gives back the very same string, leading zeros included,
 * and the number is never one JavaScript Number (which is exact only to 2^53, below Papua's NIKs).
 *
 * WHY not a Map of strings: a million-row extract would make a string per NIK and No. KK and hash it
 * in a Map that rehashes as it grows; two typed arrays searched by open addressing take a fraction of
 * the time and of the memory, and a CSV reader can fill them straight from the file's bytes.
 */
export class IdTable {
  /** Entries in the table; ids run from 0 to `size - 1`. */
  size = 0;
  /** Set by `add`: true when the number was not in the table yet. */
  added = false;
  private mask: number;
  /**
   * Three integers per slot: id + 1 (0 when the slot is free) and the number's two halves, side by
   * side so that a probe reads one cache line (a million-entry table is far larger than the cache).
   */
  private slots: Int32Array;
  /** Per id: the two halves of the number. */
  private high: Int32Array;
  private low: Int32Array;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * 3);
    this.high = new Int32Array(capacity >> 1);
    this.low = new Int32Array(capacity >> 1);
  }

  /** The id of the number, or -1 when it is not in the table. */
  find(high: number, low: number): number {
    const mask = this.mask;
    const slots = this.slots;
    for (let slot = hashOf(high, low) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * 3;
      const entry = slots[at]!;
      if (entry === 0) return -1;
      if (slots[at + 1] === high && slots[at + 2] === low) return entry - 1;
    }
  }

  /** The id of the number, added when it is new (`added` then says so). */
  add(high: number, low: number): number {
    const mask = this.mask;
    const slots = this.slots;
    for (let slot = hashOf(high, low) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * 3;
      const entry = slots[at]!;
      if (entry === 0) {
        const id = this.size++;
        this.high[id] = high;
        this.low[id] = low;
        slots[at] = id + 1;
        slots[at + 1] = high;
        slots[at + 2] = low;
        this.added = true;
        // Kept at most half full: probes stay short.
        if (this.size * 2 > mask) this.grow();
        return id;
      }
      if (slots[at + 1] === high && slots[at + 2] === low) {
        this.added = false;
        return entry - 1;
      }
    }
  }

  /** The 16-digit text of an id. */
  text(id: number): string {
    return idText(this.high[id]!, this.low[id]!);
  }

  highOf(id: number): number {
    return this.high[id]!;
  }

  lowOf(id: number): number {
    return this.low[id]!;
  }

  private grow(): void {
    const capacity = (this.mask + 1) * 2;
    const high = new Int32Array(capacity >> 1);
    const low = new Int32Array(capacity >> 1);
    high.set(this.high);
    low.set(this.low);
    this.high = high;
    this.low = low;
    this.mask = capacity - 1;
    const slots = (this.slots = new Int32Array(capacity * 3));
    for (let id = 0; id < this.size; id++) {
      let slot = hashOf(high[id]!, low[id]!) & this.mask;
      while (slots[slot * 3] !== 0) slot = (slot + 1) & this.mask;
      slots[slot * 3] = id + 1;
      slots[slot * 3 + 1] = high[id]!;
      slots[slot * 3 + 2] = low[id]!;
    }
  }
}

/** The hash of a number by its two halves (the top bits are as well mixed as the bottom ones). */
export function hashOf(high: number, low: number): number {
  let hash = Math.imul(high ^ Math.imul(low, 0x85ebca6b), 0x9e3779b1);
  hash ^= hash >>> 15;
  return Math.imul(hash, 0x2c1b3c6d) ^ (hash >>> 12);
}

/** The first eight digits of a 16-digit text, as a number (0 to 99.999.999). */
export function idHigh(digits: string): number {
  let value = 0;
  for (let i = 0; i < 8; i++) value = value * 10 + (digits.charCodeAt(i) - 48);
  return value;
}

/** The last eight digits of a 16-digit text, as a number. */
export function idLow(digits: string): number {
  let value = 0;
  for (let i = 8; i < 16; i++) value = value * 10 + (digits.charCodeAt(i) - 48);
  return value;
}

/** Exactly 16 ASCII digits: the only texts `idHigh`/`idLow` take. */
export function isIdDigits(text: string): boolean {
  if (text.length !== 16) return false;
  for (let i = 0; i < 16; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The 16-digit text of two halves, leading zeros kept. */
export function idText(high: number, low: number): string {
  return String(high).padStart(8, "0") + String(low).padStart(8, "0");
}
