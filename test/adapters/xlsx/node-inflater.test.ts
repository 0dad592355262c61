import { deflateRawSync } from "node:zlib";
import { fflateInflater, type RawInflater } from "../../../src/adapters/xlsx/reader/inflater";
import { InflateWorker } from "../../../src/adapters/xlsx/inflate-worker";
import { nodeInflater, WORKER_MIN_COMPRESSED_BYTES } from "../../../src/adapters/xlsx/node-inflater";
import { ZipFormatError } from "../../../src/adapters/xlsx/reader/zip-archive";

/*
 * zlib's inflater (the CLI's) and fflate's (the pane's) behave alike: the same bytes, a bomb stopped at
 * the budget whatever the declared size, an entry cut short reported as such, corrupt data refused.
 */
class TooLarge extends Error {}

function inflate(inflater: RawInflater, compressed: Uint8Array, maxBytes: number, declared: number): { bytes: Buffer; finished: boolean } {
  const pieces: Uint8Array[] = [];
  const finished = inflater(compressed, maxBytes, (piece) => pieces.push(piece.slice()), () => new TooLarge(), declared);
  return { bytes: Buffer.concat(pieces), finished };
}

const text = Buffer.from(Array.from({ length: 40_000 }, (_, i) => `<c r="A${i + 1}"><v>${i * 7}</v></c>`).join(""));
const compressed = deflateRawSync(text);

describe.each([
  ["zlib", nodeInflater],
  ["fflate", fflateInflater],
])("the %s inflater", (_name, inflater) => {
  it("gives the bytes back, whatever size the directory declares", () => {
    for (const declared of [text.length, 0, 10, text.length * 3]) {
      const { bytes, finished } = inflate(inflater, compressed, text.length, declared);
      expect(finished).toBe(true);
      expect(bytes.equals(text)).toBe(true);
    }
  });

  it("stops past the budget, even when the directory declares less", () => {
    expect(() => inflate(inflater, compressed, text.length - 1, 100)).toThrow(TooLarge);
  });

  it("never takes an entry cut short for a whole one", () => {
    // zlib reports it (false), fflate throws its own error: either way the part is not read as complete.
    const read = () => {
      if (!inflate(inflater, compressed.subarray(0, compressed.length >> 1), text.length, text.length).finished) throw new Error("cut short");
    };
    expect(read).toThrow();
  });
});

it("refuses corrupt data as a broken zip", () => {
  expect(() => inflate(nodeInflater, Uint8Array.from([0xff, 0xff, 0xff, 0xff]), 1000, 1000)).toThrow(ZipFormatError);
});

/*
 * A large entry is inflated in a worker thread, piece by piece: the same bytes, the same refusals. The sheet
 * here is made of numbers that do not repeat, so that it compresses to more than the worker's threshold.
 */
describe("a large entry, inflated in the worker thread", () => {
  const sheet = Buffer.from(Array.from({ length: 200_000 }, (_, i) => `<c r="A${i + 1}"><v>${(i * 2654435761) % 1_000_003}.${(i * 40503) % 977}</v></c>`).join(""));
  const large = deflateRawSync(sheet, { level: 1 });

  it("is large enough to go to the worker", () => {
    expect(large.length).toBeGreaterThanOrEqual(WORKER_MIN_COMPRESSED_BYTES);
  });

  it("gives the bytes back in several pieces", () => {
    const inWorker = jest.spyOn(InflateWorker.prototype, "inflate");
    const pieces: Uint8Array[] = [];
    expect(nodeInflater(large, sheet.length, (piece) => pieces.push(piece.slice()), () => new TooLarge(), sheet.length)).toBe(true);
    expect(inWorker).toHaveBeenCalledTimes(1);
    expect(inWorker.mock.results[0]?.value).toEqual({ kind: "finished" });
    inWorker.mockRestore();
    expect(pieces.length).toBeGreaterThan(1);
    expect(Buffer.concat(pieces).equals(sheet)).toBe(true);
  });

  it("stops past the budget, and is ready for the next entry", () => {
    expect(() => inflate(nodeInflater, large, sheet.length - 1, 100)).toThrow(TooLarge);
    expect(inflate(nodeInflater, large, sheet.length, sheet.length).bytes.equals(sheet)).toBe(true);
  });

  it("reports an entry cut short, and refuses corrupt data as a broken zip", () => {
    expect(inflate(nodeInflater, large.subarray(0, large.length - 1000), sheet.length, sheet.length).finished).toBe(false);
    const corrupt = Buffer.from(large);
    corrupt.fill(0xff, 1000, 5000);
    expect(() => inflate(nodeInflater, corrupt, sheet.length, sheet.length)).toThrow(ZipFormatError);
  });

  it("lets the reader stop half way (a tokenizer error) and then reads the next entry whole", () => {
    class Stop extends Error {}
    let pieces = 0;
    const stopAtSecond = () => {
      if (++pieces === 2) throw new Stop();
    };
    expect(() => nodeInflater(large, sheet.length, stopAtSecond, () => new TooLarge(), sheet.length)).toThrow(Stop);
    expect(inflate(nodeInflater, large, sheet.length, sheet.length).bytes.equals(sheet)).toBe(true);
  });

  it("says how far it got when the worker is lost, so the rest can be inflated here", () => {
    // A worker that answers one piece and then never again stands for one that died half way.
    const dying = `
      const { workerData } = require("node:worker_threads");
      const { port, signal } = workerData;
      port.once("message", ({ id }) => {
        port.postMessage({ id, piece: new Uint8Array(1000) });
        Atomics.add(signal, 0, 1);
        Atomics.notify(signal, 0);
      });`;
    const worker = new InflateWorker(dying, 200);
    const pieces: Uint8Array[] = [];
    expect(worker.inflate(large, sheet.length, (piece) => pieces.push(piece), () => new TooLarge())).toEqual({ kind: "lost", delivered: 1000 });
    expect(pieces).toHaveLength(1);
    // Once lost, it is never asked again.
    expect(worker.inflate(large, sheet.length, () => undefined, () => new TooLarge())).toEqual({ kind: "lost", delivered: 0 });
  });
});
