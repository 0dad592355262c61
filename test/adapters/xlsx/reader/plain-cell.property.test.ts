import fc from "fast-check";
import { XLSX_LIMITS } from "../../../../src/adapters/xlsx/reader/limits";
import { SheetHandler, type SheetContext } from "../../../../src/adapters/xlsx/reader/sheet-part";
import { XmlTokenizer } from "../../../../src/adapters/xlsx/reader/xml-tokenizer";
import { cut, readSheet } from "./sheet-both-ways";

/*
 * The sheet's plain cells are read straight from the text (plain-cell.ts) instead of through the
 * tokenizer's events: the same sheet, cut into chunks anywhere, must make the same grid (or the same
 * error) both ways, whatever mix of plain and unusual cells it holds.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const RUNS = Number(process.env.PLAIN_CELL_RUNS ?? 300);

const CONTEXT: SheetContext = {
  sharedStrings: ["Siti", "L", "Dusun Karya Baru"],
  styles: { numberFormats: [undefined, "dd-mm-yyyy", "0000000000000000"], isDate: [false, true, false] },
  date1904: false,
  limits: XLSX_LIMITS,
};

const VALUE_PARTS = ["0", "1", "2", "61040108", "05640001", "-", ".", "E5", "a", "Z", " ", "é", "名", "&amp;", "&#13;", "\r\n", "\n", ">", "]]>", "Buruh Harian"];
const value = fc.array(fc.constantFrom(...VALUE_PARTS), { maxLength: 4 }).map((parts) => parts.join(""));

const cell = fc.record({
  reference: fc.constantFrom("plain", "none", "absolute", "lower", "garbage", "far"),
  column: fc.constantFrom("A", "B", "C", "M", "AA"),
  type: fc.constantFrom(undefined, "s", "str", "n", "b", "e", "d", "inlineStr", "x"),
  style: fc.constantFrom(undefined, "0", "1", "2", "01", "", "7"),
  order: fc.constantFrom("rst", "tsr", "str"),
  body: fc.constantFrom("value", "value", "value", "empty-value", "self-closing-value", "none", "self-closing", "formula", "inline", "spaced"),
  value,
  // What may sit between a row's cells, to be read by the tokenizer (text that looks like a cell's name, too).
  separator: fc.constantFrom("", "", "\n  ", " ", "ac>", " c/>", "<!-- <c> -->"),
});

type Cell = typeof cell extends fc.Arbitrary<infer T> ? T : never;

function cellXml(c: Cell, row: number): string {
  const reference = {
    plain: `${c.column}${row}`,
    none: undefined,
    absolute: `$${c.column}$${row}`,
    lower: `${c.column.toLowerCase()}${row}`,
    garbage: `${c.column}x`,
    far: `XFE${row}`,
  }[c.reference];
  const attributes: Record<string, string | undefined> = { r: reference, s: c.style, t: c.type };
  const attributeText = [...c.order]
    .filter((name) => attributes[name] !== undefined)
    .map((name) => ` ${name}="${attributes[name]}"`)
    .join("");
  const body = {
    value: `><v>${c.value}</v></c>`,
    "empty-value": "><v></v></c>",
    "self-closing-value": "><v/></c>",
    none: "></c>",
    "self-closing": "/>",
    formula: `><f>A1*2</f><v>${c.value}</v></c>`,
    inline: `><is><t>${c.value}</t></is></c>`,
    spaced: ` ><v>${c.value}</v> </c>`,
  }[c.body];
  return `${c.separator}<c${attributeText}${body}`;
}

const sheet = fc.array(fc.array(cell, { maxLength: 6 }), { minLength: 1, maxLength: 5 }).map((rows) => {
  const body = rows.map((cells, r) => `<row r="${r + 1}">${cells.map((c) => cellXml(c, r + 1)).join("")}</row>`).join("");
  return `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;
});

const read = (chunks: ReadonlyArray<string>, plainCells: boolean) => readSheet(CONTEXT, chunks, plainCells);

describe("plain cells read straight from the text", () => {
  it("make the grid the tokenizer's events make, however the sheet is cut", () => {
    fc.assert(
      fc.property(sheet, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }), (xml, points) => {
        expect(read(cut(xml, points), true)).toEqual(read([xml], false));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("take a shared string by the index they hold, as the tokenizer's events do, whatever the index looks like", () => {
    // An Excel-saved sheet is mostly such cells; odd indexes (padded, signed, spaced, past the list) go the general way.
    const index = fc.constantFrom("0", "1", "2", "00", "002", "3", "99999999999", "-1", " 1", "1 ", "1.0", "1e0", "", "a");
    const sharedCell = fc.record({ index, style: fc.constantFrom("", ' s="0"', ' s="1"'), reference: fc.boolean() });
    const sheetOfShared = fc.array(fc.array(sharedCell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }).map((rows) => {
      const body = rows
        .map((cells, r) => `<row r="${r + 1}">${cells.map((c, k) => `<c${c.reference ? ` r="${"ABCDEF"[k]}${r + 1}"` : ""}${c.style} t="s"><v>${c.index}</v></c>`).join("")}</row>`)
        .join("");
      return `<worksheet><sheetData>${body}</sheetData></worksheet>`;
    });
    fc.assert(
      fc.property(sheetOfShared, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }), (xml, points) => {
        expect(read(cut(xml, points), true)).toEqual(read([xml], false));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("leave text between cells to the tokenizer, even when it reads like a cell", () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c> c/><c><v>2</v></c>ac><c><v>3</v></c></row></sheetData>' +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
    expect(read([xml], true)).toEqual(read([xml], false));
    expect(read([xml], true)).toMatchObject({ grid: { rows: [[{ value: 1 }, { value: 2 }, { value: 3 }]] } });
  });

  it("are taken for the plain form", () => {
    const xml = '<worksheet><sheetData><row r="1"><c r="A1" t="str"><v>6104010805640001</v></c><c r="B1" s="1"><v>23505</v></c></row></sheetData>' +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
    const handler = new SheetHandler(CONTEXT);
    const readElement = jest.spyOn(handler, "readElement");
    const tokenizer = new XmlTokenizer(handler);
    tokenizer.write(xml);
    tokenizer.end();
    // Both cells of the row and its `</row>` at once, from the first cell's `<` to the row's end.
    expect(readElement.mock.results.map((r) => r.value as number).filter((end) => end >= 0)).toEqual([xml.indexOf("</row>") + "</row>".length]);
    expect(handler.result().grid.rows).toEqual([[{ kind: "text", text: "6104010805640001" }, { kind: "date", year: 1964, month: 5, day: 8 }]]);
  });
});
