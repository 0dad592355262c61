import fc from "fast-check";
import type { RawCell } from "../../../src/domain/cell/raw-cell";
import type { GridRange, GridTable, SheetGrid } from "../../../src/domain/cell/sheet-grid";
import { DTKS_FIELD_SYNONYMS } from "../../../src/domain/dtks/dtks-record";
import { FIELD_NAMES, FIELD_SYNONYMS } from "../../../src/domain/fields";
import { findTableHeader } from "../../../src/domain/table/locate-table";
import { plainFindTableHeader } from "./plain-header-search";

/**
 * The header search skips the rows whose own cells name no field before working out what they map. Held
 * to the search that worked out every row, on sheets with titles, one- and two-row headers (merged or
 * not), several candidate rows, repeated and numbering headers, Excel tables, and workers' rows.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 12);

const workerSynonyms = FIELD_NAMES.flatMap((field) => FIELD_SYNONYMS[field]);

const cell: fc.Arbitrary<RawCell> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<RawCell>({ kind: "empty" }) },
  { weight: 4, arbitrary: fc.constantFrom(...workerSynonyms).map((text): RawCell => ({ kind: "text", text })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...workerSynonyms), fc.constantFrom(" (wajib)", "*", "\n(sesuai KTP)", " Pekerja", " Lengkap", "  "), fc.boolean())
      .map(([synonym, note, upper]): RawCell => ({ kind: "text", text: (upper ? synonym.toUpperCase() : synonym) + note })),
  },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom("Siti Aminah", "Dusun Krajan", "6104011205900001", "Petani", "L", "P", "003", "Keterangan", "DAFTAR PEKERJA RENTAN", "No", "No. Urut", "(1)", "Jumlah", "RT/RW", "Hubungan dalam KK")
      .map((text): RawCell => ({ kind: "text", text })),
  },
  { weight: 1, arbitrary: fc.constantFrom(...Object.values<readonly string[]>(DTKS_FIELD_SYNONYMS).flat()).map((text): RawCell => ({ kind: "text", text })) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 30 }).map((value): RawCell => ({ kind: "number", value })) },
  { weight: 1, arbitrary: fc.constant<RawCell>({ kind: "date", year: 1990, month: 5, day: 12 }) },
);

const grid: fc.Arbitrary<SheetGrid> = fc
  .record({
    width: fc.integer({ min: 1, max: 8 }),
    height: fc.integer({ min: 0, max: 26 }),
    firstRow: fc.integer({ min: 1, max: 3 }),
    firstColumn: fc.integer({ min: 1, max: 2 }),
  })
  .chain(({ width, height, firstRow, firstColumn }) =>
    fc.record({
      name: fc.constant("Data"),
      firstRow: fc.constant(firstRow),
      firstColumn: fc.constant(firstColumn),
      rows: fc.array(fc.array(cell, { maxLength: width }), { minLength: height, maxLength: height }),
      merges: fc.array(
        fc
          .record({ top: fc.integer({ min: firstRow, max: firstRow + 24 }), left: fc.integer({ min: firstColumn, max: firstColumn + 7 }), down: fc.nat(3), across: fc.nat(1) })
          .map(({ top, left, down, across }): GridRange => ({ top, left, bottom: top + down, right: left + across })),
        { maxLength: 4 },
      ),
      tables: fc.option(
        fc.array(
          fc
            .record({ headerRow: fc.integer({ min: firstRow, max: firstRow + 10 }), firstColumn: fc.integer({ min: firstColumn, max: firstColumn + 3 }), extra: fc.nat(4), rows: fc.nat(10) })
            .map(({ headerRow, firstColumn: left, extra, rows }): GridTable => ({ name: "Tabel1", headerRow, firstColumn: left, lastColumn: left + extra, lastRow: headerRow + rows })),
          { maxLength: 2 },
        ),
        { nil: undefined },
      ),
    }),
  );

describe("the header search agrees with working out every row", () => {
  it("on worker lists", () => {
    fc.assert(
      fc.property(grid, fc.constantFrom(1, 2, 3), fc.constantFrom(5, 20), (sheet, minFields, scanRows) => {
        expect(findTableHeader(sheet, { synonyms: FIELD_SYNONYMS, minFields, scanRows })).toEqual(plainFindTableHeader(sheet, FIELD_SYNONYMS, minFields, scanRows));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it("on DTKS extracts", () => {
    fc.assert(
      fc.property(grid, (sheet) => {
        expect(findTableHeader(sheet, { synonyms: DTKS_FIELD_SYNONYMS, minFields: 2 })).toEqual(plainFindTableHeader(sheet, DTKS_FIELD_SYNONYMS, 2));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
