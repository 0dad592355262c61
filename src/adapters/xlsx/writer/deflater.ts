import { Deflate, ZipPassThrough } from "fflate";

/**
 * Raw DEFLATE of one zip entry given in pieces: each call takes the next piece of the part's bytes and
 * returns the compressed bytes ready so far (all of them when `final`).
 */
export type RawDeflater = (chunk: Uint8Array, final: boolean) => readonly Uint8Array[];

/** Makes one deflater per zip entry, at `level` (0–9). */
export type DeflaterFactory = (level: number) => RawDeflater;

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
 * A zip entry compressed by any `RawDeflater`; fflate's zip still computes its CRC-32 and size from the
 * uncompressed bytes (its `push`) and writes the headers. This is the hook fflate documents for "a custom
 * compression algorithm", used so Node can deflate with zlib (`node-deflater.ts`), several times faster
 * than deflate in JavaScript.
 */
export class DeflatedEntry extends ZipPassThrough {
  constructor(
    filename: string,
    private readonly deflate: RawDeflater,
  ) {
    super(filename);
    this.compression = 8;
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
