import { Deflate, ZipPassThrough } from "fflate";

/**
 * Raw DEFLATE of one zip entry given in pieces: each call takes the next piece of the part's bytes and
 * returns the compressed bytes ready so far (all of them when `final`).
 */
export type RawDeflater = (chunk: Uint8Array, final: boolean) => readonly Uint8Array[];

/** Makes one deflater per zip entry, at `level` (0–9). */
export type DeflaterFactory = (level: number) => RawDeflater;

/** CRC-32 (the zip's) of `data` continued from `previous` (0 to start), as node:zlib's `crc32` computes it. */
export type Crc32 = (data: Uint8Array, previous: number) => number;

/** fflate's streaming deflate: pure JavaScript, so it runs in the browser (the pane's export). */
export const fflateDeflater: DeflaterFactory = (level) => {
  const ready: Uint8Array[] = [];
  const deflate = new Deflate({ level: level as 0 }, (data) => ready.push(data));
  return (chunk, final) => {
    deflate.push(chunk, final);
    return ready.splice(0);
  };
};

/**
 * A zip entry compressed by any `RawDeflater`; fflate's zip writes the headers from its CRC-32 and size of the
 * uncompressed bytes (`push`). This is the hook fflate documents for "a custom compression algorithm", used
 * so Node can deflate with zlib (`node-deflater.ts`), several times faster than deflate in JavaScript. Given
 * a `checksum` (zlib's in Node), the CRC is computed by it instead of fflate's JavaScript loop, which on a
 * large sheet costs as much as all the XML it checks is worth building.
 */
export class DeflatedEntry extends ZipPassThrough {
  private running = 0;

  constructor(
    filename: string,
    private readonly deflate: RawDeflater,
    private readonly checksum?: Crc32,
  ) {
    super(filename);
    this.compression = 8;
  }

  override push(chunk: Uint8Array, final = false): void {
    if (!this.checksum) return super.push(chunk, final);
    if (!this.ondata) throw new Error("Bagian zip ini belum ditambahkan ke arsipnya.");
    this.running = this.checksum(chunk, this.running);
    this.size += chunk.length;
    if (final) this.crc = this.running;
    this.process(chunk as Uint8Array<ArrayBuffer>, final);
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    const pieces = this.deflate(chunk, final);
    if (pieces.length === 0) {
      if (final) this.ondata(null, new Uint8Array(0), true);
      return;
    }
    pieces.forEach((piece, i) => this.ondata(null, piece as Uint8Array<ArrayBuffer>, final && i === pieces.length - 1));
  }
}
