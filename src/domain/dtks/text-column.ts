import { IntColumn } from "./int-column";

/**
 * A growing column of texts kept as their UTF-8 bytes one after another, each decoded when asked for.
 *
 * WHY: a million-row extract's names are a million strings for the garbage collector to keep and
 * trace, while a check asks for the few the worker list matches. A CSV reader copies a name's bytes
 * straight from the file (`pushBytes`); a text read otherwise is encoded (`pushText`). A text UTF-8
 * cannot hold exactly (a lone surrogate) or the empty text is kept aside as it is.
 */
export class TextColumn {
  private bytes = new Uint8Array(64 * 1024);
  private used = 0;
  /** Per row: where its bytes end (they start where the row before ends); no bytes: no text, or one kept aside. */
  private readonly ends = new IntColumn();
  private readonly aside = new Map<number, string>();

  get length(): number {
    return this.ends.length;
  }

  pushText(text: string | undefined): void {
    if (text !== undefined && (text === "" || !this.encode(text))) this.aside.set(this.ends.length, text);
    this.ends.push(this.used);
  }

  /** A text given as its UTF-8 bytes `start` to `end` of `source` (well-formed UTF-8; none when empty). */
  pushBytes(source: Uint8Array, start: number, end: number): void {
    const length = end - start;
    this.reserve(length);
    if (length < 64) {
      const bytes = this.bytes;
      const at = this.used - start;
      for (let i = start; i < end; i++) bytes[at + i] = source[i]!;
    } else this.bytes.set(source.subarray(start, end), this.used);
    this.used += length;
    this.ends.push(this.used);
  }

  at(index: number): string | undefined {
    const start = index === 0 ? 0 : this.ends.at(index - 1);
    const end = this.ends.at(index);
    if (end === start) return this.aside.get(index);
    return decodeUtf8(this.bytes, start, end);
  }

  private reserve(length: number): void {
    if (this.used + length <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.used + length) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.used));
    this.bytes = grown;
  }

  /** Appends the text's UTF-8 bytes; false (nothing appended) when it has a lone surrogate. */
  private encode(text: string): boolean {
    this.reserve(text.length * 3);
    const bytes = this.bytes;
    let at = this.used;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code < 0x80) {
        bytes[at++] = code;
        continue;
      }
      if (code < 0x800) {
        bytes[at++] = 0xc0 | (code >> 6);
        bytes[at++] = 0x80 | (code & 0x3f);
        continue;
      }
      if (code >= 0xd800 && code <= 0xdfff) {
        const next = text.charCodeAt(i + 1);
        if (code > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return false;
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
        bytes[at++] = 0xf0 | (code >> 18);
        bytes[at++] = 0x80 | ((code >> 12) & 0x3f);
      } else bytes[at++] = 0xe0 | (code >> 12);
      bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
      bytes[at++] = 0x80 | (code & 0x3f);
    }
    this.used = at;
    return true;
  }
}

/** The text of well-formed UTF-8 bytes (as the column holds them). */
function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  const codes: number[] = [];
  for (let i = start; i < end; ) {
    const first = bytes[i]!;
    if (first < 0x80) {
      codes.push(first);
      i++;
    } else if (first < 0xe0) {
      codes.push(((first & 0x1f) << 6) | (bytes[i + 1]! & 0x3f));
      i += 2;
    } else if (first < 0xf0) {
      codes.push(((first & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f));
      i += 3;
    } else {
      const code = ((first & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f);
      codes.push(0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff));
      i += 4;
    }
  }
  let text = "";
  // In slices: a call takes a bounded number of arguments.
  for (let from = 0; from < codes.length; from += 4096) text += String.fromCharCode(...codes.slice(from, from + 4096));
  return text;
}
