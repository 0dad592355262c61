/**
 * UTF-8 text arriving in chunks (as a part inflates), decoded chunk by chunk with the text the
 * streaming `TextDecoder` would give, U+FFFD for invalid bytes included. Each chunk is decoded whole
 * up to its last complete character, without `{ stream: true }`: Node decodes a whole buffer about
 * twice as fast as a streamed one. The few bytes of a character cut at a chunk's end are carried to
 * the next one. A cut is only ever made where the streaming decoder would be between characters, so
 * invalid bytes turn into the same U+FFFDs either way.
 */
export class Utf8Chunks {
  /** Strips a byte order mark at the very start of the text only, as the streaming decoder does. */
  private readonly first = new TextDecoder("utf-8");
  private readonly rest = new TextDecoder("utf-8", { ignoreBOM: true });
  private started = false;
  private carry: Uint8Array | undefined;

  /** The text of `chunk` (after the chunks before it) up to its last complete character. */
  decode(chunk: Uint8Array): string {
    const carry = this.carry;
    if (carry === undefined) return this.decodeWhole(chunk);
    // The carried character's continuation bytes (3 at most) join it; past them the decoder is between characters.
    let join = 0;
    while (join < 3 && join < chunk.length && isContinuation(chunk[join]!)) join++;
    const joined = new Uint8Array(carry.length + join);
    joined.set(carry);
    joined.set(chunk.subarray(0, join), carry.length);
    this.carry = undefined;
    // A chunk too short to finish the character: it may still be finished by the next one.
    if (join === chunk.length) return this.decodeWhole(joined);
    // Finished, or invalid (then cut short, one U+FFFD, as the streaming decoder reads it).
    return this.text(joined) + this.decodeWhole(chunk.subarray(join));
  }

  /** What is left: a character cut short at the end is one U+FFFD. */
  end(): string {
    const carry = this.carry;
    this.carry = undefined;
    return carry === undefined ? "" : this.text(carry);
  }

  private decodeWhole(bytes: Uint8Array): string {
    const cut = completeLength(bytes);
    // Copied: the inflater may reuse the chunk's memory for the next one.
    if (cut < bytes.length) this.carry = bytes.slice(cut);
    return cut === 0 ? "" : this.text(cut === bytes.length ? bytes : bytes.subarray(0, cut));
  }

  private text(bytes: Uint8Array): string {
    if (this.started) return this.rest.decode(bytes);
    this.started = true;
    return this.first.decode(bytes);
  }
}

/**
 * The length of `bytes` without a character cut short at its end: the end is moved back to that
 * character's first byte, before which the decoder is between characters. Bytes after an ASCII one, or
 * four continuation bytes in a row, leave nothing cut short (at worst they are invalid on their own).
 */
function completeLength(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let k = length - 1; k >= 0 && k >= length - 4; k--) {
    const b = bytes[k]!;
    if (b < 0x80) return length;
    if (b >= 0xc0) {
      const needs = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : 1;
      return length - 1 - k >= needs ? length : k;
    }
  }
  return length;
}

function isContinuation(b: number): boolean {
  return b >= 0x80 && b < 0xc0;
}
