import fc from "fast-check";
import { SharedStringsHandler } from "../../../../src/adapters/xlsx/reader/shared-strings-part";
import { XmlTokenizer, type XmlHandler } from "../../../../src/adapters/xlsx/reader/xml-tokenizer";
import { cut } from "./sheet-both-ways";

/*
 * Plain shared-string items are read straight from the text (plain-shared-string.ts) instead of through
 * the tokenizer's events: the same part, cut into chunks anywhere, must give the same list of texts (or
 * the same error) both ways, whatever mix of plain and unusual items it holds.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS = Number(process.env.PLAIN_SST_RUNS ?? 500);

const TEXT_PARTS = ["Siti", "Aminah", " ", "  ", "", "0812", "61040108", "RT 001", "é", "名", "😀", "&amp;", "&lt;", "&#13;", "\r\n", "\n", "\t", ">", "]]>", "_x000D_", "_x0041_", "x"];
const text = fc.array(fc.constantFrom(...TEXT_PARTS), { maxLength: 5 }).map((parts) => parts.join(""));

const item = fc.record({
  form: fc.constantFrom("plain", "plain", "preserved", "preserved", "empty-t", "self-closing-t", "runs", "phonetic", "spaced", "prefixed", "attribute-on-si", "comment", "empty-si"),
  text,
  more: text,
  separator: fc.constantFrom("", "", "", "\n", "  ", "<!-- <si><t>x</t></si> -->"),
});

type Item = typeof item extends fc.Arbitrary<infer T> ? T : never;

function itemXml(i: Item): string {
  const body = {
    plain: `<si><t>${i.text}</t></si>`,
    preserved: `<si><t xml:space="preserve">${i.text}</t></si>`,
    "empty-t": "<si><t></t></si>",
    "self-closing-t": "<si><t/></si>",
    runs: `<si><r><rPr><b/></rPr><t>${i.text}</t></r><r><t xml:space="preserve">${i.more}</t></r></si>`,
    phonetic: `<si><t>${i.text}</t><rPh sb="0" eb="1"><t>${i.more}</t></rPh></si>`,
    spaced: `<si> <t>${i.text}</t> </si>`,
    prefixed: `<x:si><x:t>${i.text}</x:t></x:si>`,
    "attribute-on-si": `<si a="1"><t>${i.text}</t></si>`,
    comment: `<si><t>${i.text}<!-- c --></t></si>`,
    "empty-si": "<si/>",
  }[i.form];
  return i.separator + body;
}

const part = fc.array(item, { maxLength: 12 }).map(
  (items) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${items.length}">${items.map(itemXml).join("")}</sst>`,
);

/** The texts of a shared-strings part read in `chunks`, with the direct reading or through the events only. */
function readStrings(chunks: ReadonlyArray<string>, direct: boolean): unknown {
  const handler = new SharedStringsHandler();
  const events: XmlHandler = direct ? handler : { open: (n, a, s) => handler.open(n, a, s), close: (n) => handler.close(n), text: (t) => handler.text(t) };
  try {
    const tokenizer = new XmlTokenizer(events);
    for (const chunk of chunks) tokenizer.write(chunk);
    tokenizer.end();
    return handler.strings;
  } catch (error) {
    return { error: String(error) };
  }
}

describe("plain shared strings read straight from the text", () => {
  it("give the texts the tokenizer's events give, however the part is cut", () => {
    fc.assert(
      fc.property(part, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }), (xml, points) => {
        expect(readStrings(cut(xml, points), true)).toEqual(readStrings([xml], false));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("read an Excel item with kept spaces and an escaped line break as Excel shows it", () => {
    const xml = '<sst xmlns="x"><si><t xml:space="preserve">  Dusun Karya_x000D_Baru </t></si><si><t>L</t></si></sst>';
    expect(readStrings([xml], true)).toEqual(["  Dusun Karya\rBaru ", "L"]);
  });
});
