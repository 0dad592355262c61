/**
 * `read(item)` for every item, yielded in the items' order, with the reads of up to `ahead` following items
 * already started: the disk works on the next files while the caller checks the current one, and at most
 * `ahead + 1` results are held at any time, whatever the number of items.
 *
 * A read that fails is thrown when its turn comes, never earlier (and never as an unhandled rejection).
 */
export async function* readAhead<T, R>(items: readonly T[], ahead: number, read: (item: T) => Promise<R>): AsyncGenerator<R, void, undefined> {
  const pending: Array<Promise<R>> = [];
  let started = 0;
  for (let i = 0; i < items.length; i++) {
    while (started < items.length && started <= i + ahead) {
      const reading = read(items[started++]!);
      // Handled when awaited below; until then a rejection must not count as unhandled.
      reading.catch(() => undefined);
      pending.push(reading);
    }
    yield await pending.shift()!;
  }
}
