import type { RawCell } from "../../domain/cell/raw-cell";

/**
 * What a reading function makes of a value, remembered by the value's bytes: a column of sexes, work
 * statuses, desil or RT numbers repeats a few values over a million rows, and each is decoded and read
 * once (a value is looked up in one slot chosen by a hash of its bytes; two values in one slot take
 * turns). The value's text is decoded as UTF-8, which the file has been checked to be.
 */
export class ByteReadings<T> {
  private readonly keys: Array<string | undefined>;
  private readonly values: T[];
  private readonly mask: number;
  private readonly empty: T;

  private readonly ones = new Array<T>(0x80);
  private readonly oneRead = new Uint8Array(0x80);

  constructor(
    private readonly reading: (cell: RawCell | undefined) => T,
    slots = 4096,
  ) {
    this.keys = new Array<string | undefined>(slots).fill(undefined);
    this.values = new Array<T>(slots);
    this.mask = slots - 1;
    this.empty = reading(undefined);
  }

  /** The reading of the bytes `start` to `end` of `bytes` (an empty value is read as an absent cell). */
  read(bytes: Buffer, start: number, end: number): T {
    if (end <= start) return this.empty;
    // A value of one byte (a sex, a desil, a yes/no flag) is an ASCII character: read once, kept by its code.
    if (end - start === 1 && bytes[start]! < 0x80) return this.readOne(bytes[start]!);
    let hash = end - start;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x9e3779b1);
    const slot = (hash ^ (hash >>> 15)) & this.mask;
    const key = this.keys[slot];
    if (key !== undefined && key.length === end - start && sameBytes(bytes, start, key)) return this.values[slot]!;
    const value = this.reading({ kind: "text", text: bytes.toString("utf8", start, end) });
    // The key is the bytes one character each (latin1), compared byte by byte on the next look-up.
    this.keys[slot] = bytes.toString("latin1", start, end);
    this.values[slot] = value;
    return value;
  }

  private readOne(code: number): T {
    if (this.oneRead[code] === 0) {
      this.ones[code] = this.reading({ kind: "text", text: String.fromCharCode(code) });
      this.oneRead[code] = 1;
    }
    return this.ones[code]!;
  }
}

function sameBytes(bytes: Buffer, start: number, key: string): boolean {
  for (let i = 0; i < key.length; i++) if (bytes[start + i] !== key.charCodeAt(i)) return false;
  return true;
}
