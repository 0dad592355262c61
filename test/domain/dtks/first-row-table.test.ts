import fc from "fast-check";
import { FirstRowTable } from "../../../src/domain/dtks/first-row-table";

/*
 * The table is filled region by region, not in file order; it must still give each number's first
 * row, for each row the first row with its number, and -1 for numbers no row has.
 */
function reference(high: Int32Array, low: Int32Array, count: number) {
  const first = new Map<string, number>();
  const firstRows: number[] = [];
  for (let row = 0; row < count; row++) {
    if (high[row]! < 0) {
      firstRows.push(-1);
      continue;
    }
    const key = `${high[row]}:${low[row]}`;
    if (!first.has(key)) first.set(key, row);
    firstRows.push(first.get(key)!);
  }
  return { first, firstRows };
}

const half = fc.integer({ min: 0, max: 99_999_999 });

describe("a table of each identity number's first row", () => {
  it("gives what a Map filled in file order gives", () => {
    fc.assert(
      fc.property(
        // A small pool of numbers gives repeats; rows without a number (-1) anywhere; sizes up to several regions.
        fc.array(fc.tuple(half, half), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 30_000 }),
        fc.integer(),
        fc.nat(5),
        (pool, count, seed, spare) => {
          // Which number each row has, drawn from the seed (fast-check keeps generated arrays short).
          let state = seed | 1;
          const picks = Array.from({ length: count }, () => (state = (Math.imul(state, 1_103_515_245) + 12_345) | 0) >>> 8);
          // Columns longer than the rows counted, as a growing column's are.
          const high = new Int32Array(count + spare).fill(7);
          const low = new Int32Array(count + spare).fill(7);
          picks.forEach((pick, row) => {
            const [h, l] = pool[pick % pool.length]!;
            const none = pick % 7 === 0;
            high[row] = none ? -1 : h;
            low[row] = none ? -1 : l;
          });
          const firstRows = new Int32Array(count);
          const table = new FirstRowTable(high, low, count, firstRows);
          const expected = reference(high, low, count);
          expect([...firstRows]).toEqual(expected.firstRows);
          for (const [h, l] of pool) expect(table.find(h, l)).toBe(expected.first.get(`${h}:${l}`) ?? -1);
          expect(table.find(100_000_000, 1)).toBe(-1);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("keeps a million distinct numbers, each its own first row", () => {
    const count = 1_000_000;
    const high = new Int32Array(count);
    const low = new Int32Array(count);
    for (let row = 0; row < count; row++) {
      high[row] = 61_040_100 + (row % 9_973);
      low[row] = row;
    }
    const firstRows = new Int32Array(count);
    const table = new FirstRowTable(high, low, count, firstRows);
    for (let row = 0; row < count; row += 997) {
      expect(firstRows[row]).toBe(row);
      expect(table.find(high[row]!, low[row]!)).toBe(row);
    }
    expect(table.find(61_040_100, count)).toBe(-1);
  });
});
