import ExcelJS from "exceljs";
import fc from "fast-check";
import { readXlsx } from "../../../../src/adapters/xlsx/reader/read-xlsx";
import { readWithExceljs } from "../../../helpers/exceljs-oracle";

/*
 * Our reader against exceljs (the reader the project used before, kept as the oracle): random workbooks
 * written by exceljs, read by both, the same grid. exceljs is only the judge here; nothing in src uses it
 * for reading.
 *
 * Two things exceljs reads wrongly are kept out of the generated values, and tested by hand in
 * fixtures.test.ts instead: a formula's non-numeric result under a date format (exceljs turns it into
 * an Invalid Date, losing the error code), and `&…;` in a `t="str"` value (exceljs decodes entities
 * twice there). A `;` never follows an `&` below, so no entity can form.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS = Number(process.env.ORACLE_RUNS ?? 60);

const TEXT_CHARS = [..."aAzZ09 \t\n\r  &<>\"'=+-@#_x,.é ñÜ名字ğ🙂\u00a0", "é", "🇮🇩"];
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom(...TEXT_CHARS), maxLength: 12 }),
  fc.constantFrom("NIK", "  Siti Aminah  ", "3201234567890123", "0812-3456-7890", "Tgl. Lahir", "=SUM(A1)", "#N/A", "TRUE", "_x0041_", ""),
);

const NUMBER_FORMATS = [undefined, "General", "0", "0.00", "#,##0", "0000000000000000", "@", "0%"];
const DATE_FORMATS = ["dd-mm-yyyy", "yyyy-mm-dd", "mm-dd-yy", "d-mmm-yy", 'd "de" mmmm yyyy', "[$-421]dd mmmm yyyy", "dd/mm/yyyy hh:mm"];
const ERRORS = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!"];

type Generated = { value: ExcelJS.CellValue; numFmt?: string };

const number = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 1e15, max: Number.MAX_SAFE_INTEGER }));
const date = fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true });

const cellValue: fc.Arbitrary<Generated> = fc.oneof(
  text.map((value) => ({ value })),
  fc.tuple(text, fc.constantFrom(...NUMBER_FORMATS)).map(([value, numFmt]) => ({ value, numFmt })),
  fc.tuple(number, fc.constantFrom(...NUMBER_FORMATS)).map(([value, numFmt]) => ({ value, numFmt })),
  fc.boolean().map((value) => ({ value })),
  fc.tuple(date, fc.constantFrom(...DATE_FORMATS)).map(([value, numFmt]) => ({ value, numFmt })),
  fc.constantFrom(...ERRORS).map((error) => ({ value: { error } as ExcelJS.CellErrorValue })),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((runs) => ({ value: { richText: runs.map((t, i) => ({ text: t, font: { bold: i % 2 === 0 } })) } })),
  fc.tuple(text, text).map(([label]) => ({ value: { text: label, hyperlink: "https://example.org/" } })),
  // A formula with the result Excel last calculated: a number (also under a date format), text, a boolean, an error, or none.
  fc.oneof(
    fc.tuple(number, fc.constantFrom(...NUMBER_FORMATS)).map(([result, numFmt]) => ({ value: { formula: "A1*2", result }, numFmt })),
    fc.tuple(fc.integer({ min: 1, max: 70_000 }), fc.constantFrom(...DATE_FORMATS)).map(([result, numFmt]) => ({ value: { formula: "TODAY()", result }, numFmt })),
    text.map((result) => ({ value: { formula: 'UPPER("a")', result } })),
    fc.boolean().map((result) => ({ value: { formula: "A1>0", result } })),
    fc.constantFrom(...ERRORS).map((error) => ({ value: { formula: "VLOOKUP(A1,B:C,2,FALSE)", result: { error } } as ExcelJS.CellFormulaValue })),
    fc.constant({ value: { formula: "B1&B2" } as ExcelJS.CellFormulaValue }),
  ),
);

interface SheetSpec {
  readonly cells: ReadonlyArray<{ row: number; column: number; cell: Generated }>;
  readonly merges: ReadonlyArray<[number, number, number, number]>;
  readonly hiddenColumns: ReadonlyArray<number>;
  readonly hiddenRows: ReadonlyArray<number>;
  readonly state: "visible" | "hidden" | "veryHidden";
  readonly table?: { totalsRow: boolean; rows: string[][] };
}

const sheetSpec: fc.Arbitrary<SheetSpec> = fc.record({
  cells: fc.array(fc.record({ row: fc.integer({ min: 1, max: 25 }), column: fc.integer({ min: 1, max: 9 }), cell: cellValue }), { maxLength: 40 }),
  merges: fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 10 }), fc.nat({ max: 3 }), fc.nat({ max: 3 })), { maxLength: 4 }),
  hiddenColumns: fc.uniqueArray(fc.integer({ min: 1, max: 14 }), { maxLength: 4 }),
  hiddenRows: fc.uniqueArray(fc.integer({ min: 1, max: 25 }), { maxLength: 3 }),
  state: fc.constantFrom("visible" as const, "hidden" as const, "veryHidden" as const),
  table: fc.option(fc.record({ totalsRow: fc.boolean(), rows: fc.array(fc.tuple(text, text).map(([a, b]) => [a || "x", b]), { minLength: 1, maxLength: 3 }) }), { nil: undefined }),
});

const workbookSpec = fc.record({
  sheets: fc.array(sheetSpec, { minLength: 1, maxLength: 3 }),
  sharedStrings: fc.boolean(),
  date1904: fc.boolean(),
});

async function write(spec: { sheets: ReadonlyArray<SheetSpec>; sharedStrings: boolean; date1904: boolean }): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = spec.date1904;
  spec.sheets.forEach((sheet, index) => {
    const ws = workbook.addWorksheet(index === 0 ? "Data Pekerja" : `Lembar & 'Arsip' ${index}`, { state: sheet.state });
    for (const { row, column, cell } of sheet.cells) {
      const target = ws.getCell(row, column);
      target.value = cell.value;
      if (cell.numFmt !== undefined) target.numFmt = cell.numFmt;
    }
    const taken: Array<[number, number, number, number]> = [];
    for (const [top, left, height, width] of sheet.merges) {
      const area: [number, number, number, number] = [top, left, top + height, left + width];
      const overlaps = taken.some(([t, l, b, r]) => t <= area[2] && area[0] <= b && l <= area[3] && area[1] <= r);
      if (overlaps || (height === 0 && width === 0)) continue;
      taken.push(area);
      ws.mergeCells(...area);
    }
    for (const column of sheet.hiddenColumns) ws.getColumn(column).hidden = true;
    for (const row of sheet.hiddenRows) ws.getRow(row).hidden = true;
    if (sheet.table) {
      // Placed right of the generated cells (columns L–M, from row 3) so that it overlaps nothing.
      ws.addTable({
        name: `Tabel${index + 1}`,
        ref: "L3",
        headerRow: true,
        totalsRow: sheet.table.totalsRow,
        columns: [{ name: "NIK" }, { name: "Nama" }],
        rows: sheet.table.rows,
      });
    }
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer({ useSharedStrings: spec.sharedStrings } as ExcelJS.XlsxWriteOptions));
}

describe("our .xlsx reader against exceljs, on random workbooks exceljs wrote", () => {
  it("reads the same grid: values, number formats, dates, errors, merges, tables, hidden columns and sheets", async () => {
    await fc.assert(
      fc.asyncProperty(workbookSpec, async (spec) => {
        const bytes = await write(spec);
        expect(readXlsx(bytes)).toEqual(await readWithExceljs(bytes));
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // Each run writes and reads a workbook twice; a busy 2-core machine needs more than jest's 30 s for 60 runs.
  }, 600_000);
});
