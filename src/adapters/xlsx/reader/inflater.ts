import { Inflate } from "fflate";

/**
 * Raw DEFLATE decompression of one zip entry: gives the inflated bytes to `onData` in order, piece by
 * piece, and throws `tooLarge()` rather than produce more than `maxBytes` (a zip bomb lies about its
 * sizes). `declaredBytes`, the size the zip's directory gives, is only a hint. Returns false when the
 * stream ends before its final block (the entry is cut short).
 * Injected so Node can use zlib (`../node-inflater.ts`), while the pane keeps fflate's JavaScript.
 */
export type RawInflater = (compressed: Uint8Array, maxBytes: number, onData: (piece: Uint8Array) => void, tooLarge: () => Error, declaredBytes: number) => boolean;

/** Compressed bytes handed to fflate at once: deflate expands at most ~1,032×, so one piece inflates to at most ~64 MB. */
const PIECE = 64 * 1024;

/** fflate's streaming inflate: pure JavaScript, so it runs in the browser. */
export const fflateInflater: RawInflater = (compressed, maxBytes, onData, tooLarge) => {
  let produced = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    produced += chunk.length;
    if (produced > maxBytes) throw tooLarge();
    if (chunk.length > 0) onData(chunk);
    if (final) finished = true;
  });
  for (let from = 0; from < compressed.length; from += PIECE) {
    const to = Math.min(compressed.length, from + PIECE);
    inflater.push(compressed.subarray(from, to), to === compressed.length);
  }
  return finished;
};
