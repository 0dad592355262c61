import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort, type Transferable } from "node:worker_threads";

/**
 * A worker thread that the main thread can wait for without returning to the event loop. The .xlsx reader
 * and writer are synchronous (the pane shares them, and a sheet is read or written in a plain loop), so
 * answers are taken straight off a message port (`receiveMessageOnPort`), and the main thread sleeps on a
 * shared counter (`Atomics.wait`) while there is none. The worker's source is evaluated as is: it gets
 * `workerData.port` to answer on and `workerData.signal` to add 1 to and notify after each answer.
 *
 * A worker that dies, or never starts, cannot say so while the main thread is blocked: one that says nothing
 * for `giveUpMs` is called lost, and its callers then do its work themselves.
 */
export class SyncWorker {
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly port: MessagePort;
  private lostBecause: string | undefined;

  constructor(
    source: string,
    workerData: Readonly<Record<string, unknown>>,
    private readonly giveUpMs: number,
  ) {
    const channel = new MessageChannel();
    this.port = channel.port1;
    const worker = new Worker(source, { eval: true, workerData: { ...workerData, port: channel.port2, signal: this.signal }, transferList: [channel.port2] });
    // Neither keeps the process alive: a CLI that is done exits with the worker idle.
    worker.unref();
    this.port.unref();
    // Without a listener an error in the worker would end the process; the waiting side reports it instead.
    worker.on("error", (error) => (this.lostBecause ??= error.message));
    worker.on("exit", () => (this.lostBecause ??= "berhenti"));
  }

  get lost(): boolean {
    return this.lostBecause !== undefined;
  }

  post(message: unknown, transfer?: readonly Transferable[]): void {
    this.port.postMessage(message, transfer);
  }

  /** An answer already there, or undefined. */
  poll(): unknown {
    return receiveMessageOnPort(this.port)?.message;
  }

  /** The next answer, waited for; undefined once the worker is lost. */
  next(): unknown {
    let waited = 0;
    for (;;) {
      const seen = Atomics.load(this.signal, 0);
      const message = this.poll();
      if (message !== undefined) return message;
      if (this.lostBecause !== undefined) return undefined;
      const start = Date.now();
      if (Atomics.wait(this.signal, 0, seen, Math.min(1000, this.giveUpMs)) === "timed-out") waited += Date.now() - start;
      if (waited > this.giveUpMs) {
        this.lostBecause = "no answer";
        return undefined;
      }
    }
  }
}

/**
 * `start()` called the first time the result is asked for, and its result kept for the process; null where it
 * throws (no worker can be started: the callers then do everything on their own thread).
 */
export function startedOnce<T>(start: () => T): () => T | null {
  let started: T | null | undefined;
  return () => {
    if (started === undefined) {
      try {
        started = start();
      } catch {
        started = null;
      }
    }
    return started;
  };
}
