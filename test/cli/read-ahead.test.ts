import fc from "fast-check";
import { readAhead } from "../../src/cli/read-ahead";

/** A read that finishes when the test says so, recording how many reads are running at once. */
function controlledReads() {
  let running = 0;
  let mostAtOnce = 0;
  const started: number[] = [];
  const finish = new Map<number, () => void>();
  const read = (item: number) =>
    new Promise<string>((resolve, reject) => {
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      started.push(item);
      finish.set(item, () => {
        running--;
        if (item < 0) reject(new Error(`berkas ${item}`));
        else resolve(`isi ${item}`);
      });
    });
  return { read, started, finish, mostAtOnce: () => mostAtOnce };
}

describe("reading the next files while the current one is checked", () => {
  it("yields every result in the items' order, whatever order the reads finish in", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 5 }), fc.infiniteStream(fc.nat()), async (count, ahead, picks) => {
        const items = Array.from({ length: count }, (_, i) => i);
        const reads = controlledReads();
        const results: string[] = [];
        const consuming = (async () => {
          for await (const result of readAhead(items, ahead, reads.read)) results.push(result);
        })();
        // Finish the running reads in a random order until all are done.
        const choices = picks[Symbol.iterator]();
        for (let done = 0; done < count; done++) {
          await new Promise((resolve) => setImmediate(resolve));
          const open = [...reads.finish.keys()];
          const item = open[choices.next().value % open.length]!;
          reads.finish.get(item)!();
          reads.finish.delete(item);
        }
        await consuming;
        expect(results).toEqual(items.map((i) => `isi ${i}`));
        expect(reads.started).toEqual(items);
        expect(reads.mostAtOnce()).toBeLessThanOrEqual(ahead + 1);
      }),
      { numRuns: 60, seed: 3 },
    );
  });

  it("keeps at most `ahead` reads running beyond the one being waited for", async () => {
    const reads = controlledReads();
    const reading = readAhead([0, 1, 2, 3, 4, 5], 2, reads.read);
    const first = reading.next();
    await new Promise((resolve) => setImmediate(resolve));
    expect(reads.started).toEqual([0, 1, 2]);
    reads.finish.get(0)!();
    expect(await first).toEqual({ value: "isi 0", done: false });
    const second = reading.next();
    await new Promise((resolve) => setImmediate(resolve));
    expect(reads.started).toEqual([0, 1, 2, 3]);
    for (const item of [1, 2, 3, 4, 5]) reads.finish.get(item)?.();
    expect(await second).toEqual({ value: "isi 1", done: false });
  });

  it("throws a failed read when its turn comes, not before", async () => {
    const reads = controlledReads();
    const results: string[] = [];
    const consuming = (async () => {
      for await (const result of readAhead([0, -1, 2], 2, reads.read)) results.push(result);
    })();
    await new Promise((resolve) => setImmediate(resolve));
    // The failing read ends first, while the first one is still being waited for.
    reads.finish.get(-1)!();
    await new Promise((resolve) => setImmediate(resolve));
    reads.finish.get(0)!();
    reads.finish.get(2)!();
    await expect(consuming).rejects.toThrow("berkas -1");
    expect(results).toEqual(["isi 0"]);
  });

  it("gives every read a handler as soon as it starts, so one failing before its turn is never an unhandled rejection", async () => {
    // Jest does not see unhandled rejections; a promise that records being handled stands in for Node's check.
    class Watched<T> extends Promise<T> {
      static override get [Symbol.species]() {
        return Promise;
      }
      handled = false;
      override then<A = T, B = never>(onFulfilled?: ((value: T) => A | PromiseLike<A>) | null, onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
        this.handled = true;
        return super.then(onFulfilled, onRejected);
      }
    }
    const started: Array<Watched<string>> = [];
    const read = (item: number) => {
      const reading = new Watched<string>((resolve) => setImmediate(() => resolve(`isi ${item}`)));
      started.push(reading);
      return reading;
    };
    const reading = readAhead([0, 1, 2, 3], 3, read);
    const first = reading.next();
    expect(started.length).toBe(4);
    expect(started.map((r) => r.handled)).toEqual([true, true, true, true]);
    expect(await first).toEqual({ value: "isi 0", done: false });
    for await (const rest of reading) expect(rest).toMatch(/^isi [123]$/);
  });
});
