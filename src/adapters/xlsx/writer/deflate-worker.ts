import { constants, deflateRawSync } from "node:zlib";
import { startedOnce, SyncWorker } from "../sync-worker";

/**
 * One worker thread that deflates pieces with zlib while the main thread goes on building XML. The writer's API
 * is synchronous (the pane shares it, and a sheet is written row by row in a plain loop), so zlib's asynchronous
 * calls, whose results arrive only when the event loop turns, could not be collected during a sheet; the
 * worker is a `SyncWorker`, whose answers are collected without the event loop. It answers in the order it was asked.
 *
 * The XML goes to the worker through a few shared buffers, reused: handing it over in fresh buffers left
 * tens of megabytes waiting for the worker's garbage collector, which runs seldom as it allocates little.
 *
 * Each piece is ended with a sync flush (`Z_SYNC_FLUSH`), exactly as `node-deflater.ts` ends a piece it
 * deflates itself, so where a piece was deflated changes no byte of the file.
 */
const WORKER_SOURCE = `
const { workerData } = require("node:worker_threads");
const { constants, deflateRawSync } = require("node:zlib");
const { port, signal } = workerData;
port.on("message", ({ id, input, level }) => {
  // input: a view of one of the main thread's shared buffers, free again once answered.
  try {
    // One output buffer large enough for a deflated megabyte of XML, handed over whole: nothing is left
    // for this thread's garbage collector, which runs seldom (it allocates little JavaScript).
    const output = deflateRawSync(input, { level, finishFlush: constants.Z_SYNC_FLUSH, chunkSize: 1 << 18 });
    port.postMessage({ id, output }, [output.buffer]);
  } catch {
    port.postMessage({ id });
  }
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
`;

/** A piece of deflated bytes: ready, or still in the worker. */
export interface DeflatedPiece {
  output?: Uint8Array;
}

interface Asked {
  readonly piece: DeflatedPiece;
  readonly slot: Uint8Array;
  readonly size: number;
  readonly level: number;
}

// Pieces handed to the worker and not yet collected, across all parts: at most this many buffers of XML wait
// for it. When it is that far behind, the caller deflates the next piece itself (both cores busy).
const SLOTS = 4;
// A piece is a megabyte and the rest of the last chunk that reached it; a larger one is deflated by the caller.
const SLOT_BYTES = 3 << 19;

// How long the main thread waits for the worker without any answer before calling it lost (a worker that
// died, or never started, cannot say so while the main thread is blocked); it then deflates what it had
// asked for itself, from the shared buffers it still holds, and asks the worker nothing more.
const GIVE_UP_MS = 10_000;

export class DeflateWorker {
  private readonly worker: SyncWorker;
  private readonly asked = new Map<number, Asked>();
  private readonly free: Uint8Array[] = [];
  private slots = 0;
  private nextId = 0;

  /** `source` and `giveUpMs` are for tests: a worker that never answers stands for a dead one. */
  constructor(source = WORKER_SOURCE, giveUpMs = GIVE_UP_MS) {
    this.worker = new SyncWorker(source, {}, giveUpMs);
  }

  /**
   * Sends the bytes of `chunks` (`size` in all, copied) to be deflated at `level`; undefined when the worker
   * is busy with as much as it may hold, too large a piece, or a worker that failed: the caller deflates it.
   */
  deflate(chunks: readonly Uint8Array[], size: number, level: number): DeflatedPiece | undefined {
    if (this.worker.lost || size > SLOT_BYTES) return undefined;
    let slot = this.free.pop();
    if (!slot) {
      if (this.slots === SLOTS) return undefined;
      slot = new Uint8Array(new SharedArrayBuffer(SLOT_BYTES));
      this.slots++;
    }
    let at = 0;
    for (const chunk of chunks) {
      slot.set(chunk, at);
      at += chunk.length;
    }
    const piece: DeflatedPiece = {};
    const id = this.nextId++;
    this.asked.set(id, { piece, slot, size, level });
    this.worker.post({ id, input: slot.subarray(0, size), level });
    return piece;
  }

  /** Takes in every answer already there, without waiting. */
  collect(): void {
    for (let answer = this.worker.poll(); answer !== undefined; answer = this.worker.poll()) this.take(answer);
  }

  /** Waits until `piece` is answered, taking in every answer on the way. */
  waitFor(piece: DeflatedPiece): void {
    while (piece.output === undefined) {
      const answer = this.worker.next();
      if (answer !== undefined) {
        this.take(answer);
        continue;
      }
      // Lost: what it had been asked for is deflated here, from the shared buffers still held.
      for (const asked of this.asked.values()) asked.piece.output = deflateHere(asked);
      this.asked.clear();
    }
  }

  private take(answer: unknown): void {
    const { id, output } = answer as { id: number; output?: Uint8Array };
    const asked = this.asked.get(id);
    if (!asked) return;
    this.asked.delete(id);
    // A piece the worker could not deflate is deflated here, where a real failure is thrown to the writer.
    asked.piece.output = output ?? deflateHere(asked);
    this.free.push(asked.slot);
  }
}

function deflateHere({ slot, size, level }: Asked): Uint8Array {
  return deflateRawSync(slot.subarray(0, size), { level, finishFlush: constants.Z_SYNC_FLUSH });
}

/**
 * The process's deflate worker, started the first time a part is large enough to need it; null where no
 * worker can be started (then the caller deflates everything itself, as before).
 */
export const deflateWorker = startedOnce(() => new DeflateWorker());
