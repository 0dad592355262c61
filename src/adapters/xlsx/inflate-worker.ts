import { startedOnce, SyncWorker } from "./sync-worker";

/**
 * One worker thread that inflates a large zip entry with zlib while the main thread tokenizes what is already
 * inflated: on a 100,000-row sheet inflating is a tenth of the read, and the machine has a second core. The
 * reader's API is synchronous (the pane shares it), so the worker is a `SyncWorker`, as the writer's
 * `deflate-worker.ts` is: the main thread takes each piece without the event loop, and sleeps while the next
 * one is not there yet.
 *
 * The pieces travel in a few buffers that go back and forth, filled by the worker and handed back by the
 * reader once tokenized: the worker is never more than that many pieces ahead (zlib waits), memory stays a
 * few megabytes, and no buffer is left for either thread's garbage collector. The worker also stops by itself
 * past the budget it is given, so a zip bomb costs it no more than the main thread.
 */
const WORKER_SOURCE = `
const { workerData } = require("node:worker_threads");
const { createInflateRaw } = require("node:zlib");
const { port, signal, pieceBytes, buffers } = workerData;
const free = [];
let made = 0;
let job;
function answer(message, transfer) {
  port.postMessage(message, transfer);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}
function finish(last) {
  if (job === undefined) return;
  job.inflater.destroy();
  job = undefined;
  if (last) answer(last);
}
// Hands the inflated chunks on in free buffers; zlib waits while there is none.
function pump() {
  const current = job;
  if (current === undefined) return;
  while (current.waiting.length > 0) {
    let buffer = free.pop();
    if (buffer === undefined) {
      if (made === buffers) break;
      buffer = new ArrayBuffer(pieceBytes);
      made++;
    }
    const chunk = current.waiting.shift();
    const piece = new Uint8Array(buffer, 0, chunk.length);
    piece.set(chunk);
    answer({ id: current.id, piece }, [buffer]);
  }
  if (current.waiting.length > 0) current.inflater.pause();
  else if (current.ended) finish({ id: current.id, done: true });
  else current.inflater.resume();
}
port.on("message", (message) => {
  if (message.returned !== undefined) {
    free.push(message.returned);
    pump();
    return;
  }
  if (message.cancel !== undefined) {
    if (job !== undefined && job.id === message.cancel) finish();
    return;
  }
  finish();
  const { id, input, maxBytes } = message;
  const inflater = createInflateRaw({ chunkSize: pieceBytes });
  const current = (job = { id, inflater, waiting: [], produced: 0, ended: false });
  inflater.on("data", (chunk) => {
    if (job !== current) return;
    current.produced += chunk.length;
    if (current.produced > maxBytes) return finish({ id, tooLarge: true });
    // A chunk is zlib's own slice of its output, never written again: it can wait here for a free buffer.
    current.waiting.push(chunk);
    pump();
  });
  inflater.on("error", (error) => {
    if (job === current) finish({ id, failed: { code: error.code, message: error.message } });
  });
  inflater.on("end", () => {
    if (job !== current) return;
    current.ended = true;
    pump();
  });
  inflater.end(input);
});
`;

/**
 * How an entry sent to the worker ended: inflated whole, refused by zlib (its error code and message, as
 * `inflateRawSync` would have thrown them), or not (a worker lost), after `delivered` bytes were handed on.
 */
export type WorkerInflation =
  | { readonly kind: "finished" }
  | { readonly kind: "failed"; readonly code?: string; readonly message: string }
  | { readonly kind: "lost"; readonly delivered: number };

type Answer =
  | { readonly id: number; readonly piece: Uint8Array<ArrayBuffer> }
  | { readonly id: number; readonly done: true }
  | { readonly id: number; readonly tooLarge: true }
  | { readonly id: number; readonly failed: { readonly code?: string; readonly message: string } };

/** Pieces handed to the reader: what the tokenizer reads at a time. */
const PIECE_BYTES = 512 * 1024;
/** Buffers going back and forth: how far the worker may inflate ahead of the tokenizer. */
const BUFFERS = 8;

// How long the main thread waits without any answer before calling the worker lost (one that died, or never
// started, cannot say so while the main thread is blocked); what it had not delivered is then inflated here.
const GIVE_UP_MS = 10_000;

export class InflateWorker {
  private readonly worker: SyncWorker;
  private nextId = 0;

  /** `source` and `giveUpMs` are for tests: a worker that never answers stands for a dead one. */
  constructor(source = WORKER_SOURCE, giveUpMs = GIVE_UP_MS) {
    this.worker = new SyncWorker(source, { pieceBytes: PIECE_BYTES, buffers: BUFFERS }, giveUpMs);
  }

  /**
   * Inflates `compressed` in the worker, handing each piece to `onData` as it arrives; throws `tooLarge()` past
   * `maxBytes`. Whatever `onData` throws ends the entry, and the worker stops inflating it.
   */
  inflate(compressed: Uint8Array, maxBytes: number, onData: (piece: Uint8Array) => void, tooLarge: () => Error): WorkerInflation {
    if (this.worker.lost) return { kind: "lost", delivered: 0 };
    const id = this.nextId++;
    // A copy of its own to transfer, the file's bytes staying the reader's (not `slice()`: on a Node Buffer that is a view).
    const input = new Uint8Array(compressed);
    this.worker.post({ id, input, maxBytes }, [input.buffer]);
    let delivered = 0;
    let ended = false;
    try {
      for (;;) {
        const answer = this.next(id);
        if (answer === undefined) return { kind: "lost", delivered };
        if (!("piece" in answer)) {
          ended = true;
          if ("tooLarge" in answer) throw tooLarge();
          return "failed" in answer ? { kind: "failed", ...answer.failed } : { kind: "finished" };
        }
        delivered += answer.piece.length;
        try {
          if (delivered > maxBytes) throw tooLarge();
          onData(answer.piece);
        } finally {
          // Tokenized (the reader keeps no view of a piece): the buffer goes back to be filled again.
          this.giveBack(answer.piece);
        }
      }
    } finally {
      // The reader gave up on this entry (a tokenizer error, the budget): the worker stops inflating it.
      if (!ended && !this.worker.lost) this.worker.post({ cancel: id });
    }
  }

  private giveBack(piece: Uint8Array<ArrayBuffer>): void {
    if (!this.worker.lost) this.worker.post({ returned: piece.buffer }, [piece.buffer]);
  }

  /** The next answer about entry `id` (older entries' answers are dropped), or undefined when the worker is lost. */
  private next(id: number): Answer | undefined {
    for (;;) {
      const answer = this.worker.next() as Answer | undefined;
      if (answer === undefined || answer.id === id) return answer;
      // Left from an entry the reader gave up on.
      if ("piece" in answer) this.giveBack(answer.piece);
    }
  }
}

/**
 * The process's inflate worker, started the first time it is asked for (a reader about to open a large
 * file asks early, so that the thread is up by the time the sheet is reached); null where no worker can be
 * started (then everything is inflated on the calling thread, as before).
 */
export const inflateWorker = startedOnce(() => new InflateWorker());
