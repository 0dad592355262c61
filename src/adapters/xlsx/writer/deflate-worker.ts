import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import { constants, deflateRawSync } from "node:zlib";

/**
 * One worker thread that deflates pieces with zlib while the main thread goes on building XML, and that the
 * main thread can wait for without returning to the event loop. The writer's API is synchronous (the pane
 * shares it, and a sheet is written row by row in a plain loop), so zlib's asynchronous calls, whose results
 * arrive only when the event loop turns, could not be collected during a sheet; here the results are taken
 * straight off a message port (`receiveMessageOnPort`) and the main thread sleeps on a shared counter
 * (`Atomics.wait`) when it has nothing else to do. The worker answers in the order it was asked.
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
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly port: MessagePort;
  private readonly worker: Worker;
  private readonly asked = new Map<number, Asked>();
  private readonly free: Uint8Array[] = [];
  private slots = 0;
  private nextId = 0;
  private lost: string | undefined;

  /** `source` and `giveUpMs` are for tests: a worker that never answers stands for a dead one. */
  constructor(
    source = WORKER_SOURCE,
    private readonly giveUpMs = GIVE_UP_MS,
  ) {
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.worker = new Worker(source, { eval: true, workerData: { port: channel.port2, signal: this.signal }, transferList: [channel.port2] });
    // Neither keeps the process alive: a CLI that is done exits with the worker idle.
    this.worker.unref();
    this.port.unref();
    // Without a listener an error in the worker would end the process; the waiting side reports it instead.
    this.worker.on("error", (error) => (this.lost ??= error.message));
    this.worker.on("exit", () => (this.lost ??= "berhenti"));
  }

  /**
   * Sends the bytes of `chunks` (`size` in all, copied) to be deflated at `level`; undefined when the worker
   * is busy with as much as it may hold, too large a piece, or a worker that failed: the caller deflates it.
   */
  deflate(chunks: readonly Uint8Array[], size: number, level: number): DeflatedPiece | undefined {
    if (this.lost !== undefined || size > SLOT_BYTES) return undefined;
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
    this.port.postMessage({ id, input: slot.subarray(0, size), level });
    return piece;
  }

  /** Takes in every answer already there, without waiting. */
  collect(): void {
    while (this.receive());
  }

  /** Waits until `piece` is answered, taking in every answer on the way. */
  waitFor(piece: DeflatedPiece): void {
    let waited = 0;
    while (piece.output === undefined) {
      const seen = Atomics.load(this.signal, 0);
      if (this.receive()) {
        waited = 0;
        continue;
      }
      const start = Date.now();
      if (Atomics.wait(this.signal, 0, seen, Math.min(1000, this.giveUpMs)) === "timed-out") waited += Date.now() - start;
      if (waited > this.giveUpMs || this.lost !== undefined) {
        this.lost ??= "no answer";
        for (const asked of this.asked.values()) asked.piece.output = deflateHere(asked);
        this.asked.clear();
      }
    }
  }

  private receive(): boolean {
    const received = receiveMessageOnPort(this.port);
    if (!received) return false;
    const { id, output } = received.message as { id: number; output?: Uint8Array };
    const asked = this.asked.get(id);
    if (!asked) return true;
    this.asked.delete(id);
    // A piece the worker could not deflate is deflated here, where a real failure is thrown to the writer.
    asked.piece.output = output ?? deflateHere(asked);
    this.free.push(asked.slot);
    return true;
  }
}

function deflateHere({ slot, size, level }: Asked): Uint8Array {
  return deflateRawSync(slot.subarray(0, size), { level, finishFlush: constants.Z_SYNC_FLUSH });
}

let shared: DeflateWorker | null | undefined;

/**
 * The process's deflate worker, started the first time a part is large enough to need it; null where no
 * worker can be started (then the caller deflates everything itself, as before).
 */
export function deflateWorker(): DeflateWorker | null {
  if (shared === undefined) {
    try {
      shared = new DeflateWorker();
    } catch {
      shared = null;
    }
  }
  return shared;
}
