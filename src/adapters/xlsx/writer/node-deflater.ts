import * as zlib from "node:zlib";
import { constants, deflateRawSync } from "node:zlib";
import { deflateWorker, type DeflatedPiece, type DeflateWorker } from "./deflate-worker";
import type { Crc32, DeflaterFactory } from "./deflater";

// Compressing a megabyte at a time keeps memory flat and loses almost nothing to the restarted window.
const PIECE = 1 << 20;

/**
 * Node's zlib as the writer's deflater, about 3× faster than fflate's JavaScript deflate on a large sheet.
 * zlib has no synchronous streaming call, so each megabyte is deflated on its own and ended with a sync
 * flush instead of a final block: the pieces are byte-aligned runs of non-final DEFLATE blocks that
 * concatenate into one valid stream (RFC 1951 §3.2.3), and only the last piece carries the final block.
 *
 * Being independent, the pieces of a large part are deflated by a worker thread (`deflate-worker.ts`) while
 * the main thread builds the next megabyte of XML, and handed out in order; the last piece of a part is
 * deflated on the main thread meanwhile. A part under a megabyte never involves the worker.
 */
export const nodeDeflater: DeflaterFactory = (level) => {
  const pending: Uint8Array[] = [];
  let size = 0;
  // This part's pieces in order, the first ones possibly still in the worker.
  const pieces: DeflatedPiece[] = [];
  // Asked for only once this part has a piece to spare: a small part never starts the worker.
  let worker: DeflateWorker | null = null;
  return (chunk, final) => {
    if (chunk.length) {
      pending.push(chunk);
      size += chunk.length;
    }
    if (final || size >= PIECE) {
      if (!final) worker ??= deflateWorker();
      // The worker takes a copy when it has room; otherwise (and for the last piece) the main thread deflates.
      let piece = final ? undefined : worker?.deflate(pending, size, level);
      if (!piece) {
        const input = pending.length === 1 ? pending[0]! : Buffer.concat(pending, size);
        piece = { output: deflateRawSync(input, { level, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }) };
      }
      pieces.push(piece);
      pending.length = 0;
      size = 0;
    }
    if (pieces.length === 0) return [];
    const ready: Uint8Array[] = [];
    worker?.collect();
    while (pieces.length > 0) {
      const piece = pieces[0]!;
      if (piece.output === undefined) {
        if (!final || !worker) break;
        worker.waitFor(piece);
      }
      ready.push(piece.output!);
      pieces.shift();
    }
    return ready;
  };
};

/**
 * zlib's CRC-32 (native, Node 20.15 and later), several times faster than fflate's JavaScript loop over
 * every byte of the XML; undefined on an older Node, where the writer keeps fflate's.
 */
export const nodeCrc32: Crc32 | undefined = typeof zlib.crc32 === "function" ? (data, previous) => zlib.crc32(data, previous) : undefined;
