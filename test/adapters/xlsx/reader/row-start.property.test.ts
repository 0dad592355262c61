import fc from "fast-check";
import { XLSX_LIMITS } from "../../../../src/adapters/xlsx/reader/limits";
import { SheetHandler, type SheetContext } from "../../../../src/adapters/xlsx/reader/sheet-part";
import { XmlTokenizer } from "../../../../src/adapters/xlsx/reader/xml-tokenizer";
import { cut, readSheet } from "./sheet-both-ways";

/*
 * A sheet's plain `<row>` start tags are read straight from the text (row-start.ts) and left open for
 * the tokenizer: whatever attributes a row carries, cut into chunks anywhere, the sheet must make the
 * same grid (or the same error) as through the tokenizer's events alone.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS = Number(process.env.ROW_START_RUNS ?? 300);

const CONTEXT: SheetContext = {
  sharedStrings: ["Siti"],
  styles: { numberFormats: [undefined], isDate: [false] },
  date1904: false,
  limits: XLSX_LIMITS,
};

const ATTRIBUTES = [
  ' r="1"', ' r="2"', ' r="07"', ' r="0"', ' r="1048577"', ' r=""', ' r="x"', ' r="3.5"', " r='4'", ' x:r="5"', ' :r="6"',
  ' spans="1:13"', ' x14ac:dyDescent="0.25"', ' ht="15" customHeight="1"', ' hidden="1"', ' x:="1"', ' ="1"', ' r', ' r="1',
  '  r="8"', '\tr="9"', ' r="1&#48;"', ' r="1\n"', ' a<b="1"', ' s="<"', ' s=">"', ' r = "10"', ' r="11"s="1"', " é=\"1\"",
];
const CELLS = ["", '<c r="A1" t="str"><v>a</v></c>', '<c t="str"><v>b</v></c><c><v>2</v></c>', '<c r="B1" t="s"><v>0</v></c>', " ", '<c><f>1+1</f><v>2</v></c>'];

const row = fc.record({
  attributes: fc.array(fc.constantFrom(...ATTRIBUTES), { maxLength: 4 }),
  end: fc.constantFrom(">", ">", "/>", " >", ""),
  cells: fc.constantFrom(...CELLS),
});
const sheet = fc.array(row, { minLength: 1, maxLength: 5 }).map((rows) => {
  const body = rows.map((r) => `<row${r.attributes.join("")}${r.end}${r.end === "/>" ? "" : `${r.cells}</row>`}`).join("");
  return `<worksheet><sheetData>${body}</sheetData></worksheet>`;
});

const read = (chunks: ReadonlyArray<string>, direct: boolean) => readSheet(CONTEXT, chunks, direct);

describe("row start tags read straight from the text", () => {
  it("make the grid the tokenizer's events make, however the sheet is cut", () => {
    fc.assert(
      fc.property(sheet, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }), (xml, points) => {
        expect(read(cut(xml, points), true)).toEqual(read([xml], false));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("are taken for the plain form, with the cells and the rows after them", () => {
    const xml = '<worksheet><sheetData><row r="3" spans="1:2" x14ac:dyDescent="0.25"><c t="str"><v>a</v></c></row><row><c><v>1</v></c></row></sheetData>' +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
    const handler = new SheetHandler(CONTEXT);
    const open = jest.spyOn(handler, "open");
    const tokenizer = new XmlTokenizer(handler);
    tokenizer.write(xml);
    tokenizer.end();
    expect(open.mock.calls.map((call) => call[0])).toEqual(["worksheet", "sheetData", "pageMargins"]);
    expect(handler.result().grid.rows).toEqual([[], [], [{ kind: "text", text: "a" }], [{ kind: "number", value: 1 }]]);
  });

  it("read a row's end and the next rows in the same call, and leave an unusual end to the tokenizer", () => {
    const rows = '<row r="1"><c t="str"><v>a</v></c></row><row r="2"><c><v>1</v></c></row ><row r="3"><c><v>2</v></c></row>';
    // The margins keep the cells from the part's end, where the direct reading leaves them to the tokenizer.
    const xml = `<worksheet><sheetData>${rows}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
    const handler = new SheetHandler(CONTEXT);
    const readElement = jest.spyOn(handler, "readElement");
    const close = jest.spyOn(handler, "close");
    const tokenizer = new XmlTokenizer(handler);
    tokenizer.write(xml);
    tokenizer.end();
    // Rows 1 and 2 in one call, up to row 2's `</row >` (a space before `>`), which the tokenizer closes; then row 3.
    expect(readElement.mock.results.map((r) => r.value as number).filter((end) => end >= 0)).toEqual([xml.indexOf("</row >"), xml.indexOf("</sheetData>")]);
    expect(close.mock.calls.map((call) => call[0])).toEqual(["row", "sheetData", "pageMargins", "worksheet"]);
    expect(handler.result().grid.rows).toEqual([[{ kind: "text", text: "a" }], [{ kind: "number", value: 1 }], [{ kind: "number", value: 2 }]]);
  });
});
