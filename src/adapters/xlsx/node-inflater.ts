import { inflateRawSync } from "node:zlib";
import { inflateWorker } from "./inflate-worker";
import type { RawInflater } from "./reader/inflater";
import { ZipFormatError } from "./reader/zip-archive";

/** The inflated part is handed on half a megabyte at a time, so the text decoder and tokenizer work on pieces. */
const PIECE = 512 * 1024;
/** zlib's output buffer is sized on the declared size, up to this: a lying directory costs at most this much. */
const MAX_OUTPUT_BUFFER = 128 * 1024 * 1024;
const MIN_OUTPUT_BUFFER = 64 * 1024;
/**
 * Entries compressed to at least this many bytes are inflated by the worker thread (`inflate-worker.ts`) while
 * this one tokenizes: a 100,000-row sheet is 10 MB. Below it, inflating takes a few milliseconds, less than
 * handing the entry over costs, and a village's 150-row sheet stays on this thread.
 */
export const WORKER_MIN_COMPRESSED_BYTES = 1024 * 1024;

/**
 * Node's zlib as the reader's inflater, about 3× faster than fflate's JavaScript inflate. A large entry is
 * inflated in a worker thread and handed on piece by piece as it comes. Otherwise, as zlib has no synchronous
 * streaming call, the entry is inflated whole (`maxOutputLength` stops a bomb at the budget, before it is
 * held) and then handed on in pieces; that is also what happens when the worker is lost half way, from where
 * it stopped.
 */
export const nodeInflater: RawInflater = (compressed, maxBytes, onData, tooLarge, declaredBytes) => {
  let delivered = 0;
  const worker = compressed.length >= WORKER_MIN_COMPRESSED_BYTES ? inflateWorker() : null;
  if (worker) {
    const result = worker.inflate(compressed, maxBytes, onData, tooLarge);
    if (result.kind === "finished") return true;
    if (result.kind === "failed") return zlibFailure(result, tooLarge);
    delivered = result.delivered;
  }
  let inflated: Uint8Array;
  try {
    // One output buffer of the declared size (one byte more, so that zlib never needs a second one), rather
    // than zlib's 16 KB pieces joined into a copy at the end.
    const chunkSize = Math.max(MIN_OUTPUT_BUFFER, Math.min(MAX_OUTPUT_BUFFER, maxBytes, declaredBytes) + 1);
    inflated = inflateRawSync(compressed, { maxOutputLength: Math.max(1, maxBytes), chunkSize });
  } catch (error) {
    return zlibFailure(error as { code?: unknown; message?: unknown }, tooLarge);
  }
  if (inflated.length > maxBytes) throw tooLarge();
  for (let from = delivered; from < inflated.length; from += PIECE) onData(inflated.subarray(from, Math.min(inflated.length, from + PIECE)));
  return true;
};

/** zlib's refusal, wherever it inflated: past the budget, an entry cut short (false), or corrupt data. */
function zlibFailure(error: { readonly code?: unknown; readonly message?: unknown }, tooLarge: () => Error): false {
  if (error.code === "ERR_BUFFER_TOO_LARGE") throw tooLarge();
  // "unexpected end of file" is an entry cut short; anything else is corrupt data.
  if (error.code === "Z_BUF_ERROR") return false;
  throw new ZipFormatError(`corrupt deflate data: ${typeof error.message === "string" ? error.message : String(error)}`);
}
