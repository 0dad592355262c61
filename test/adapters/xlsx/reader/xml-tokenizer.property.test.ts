import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { XmlError, XmlTokenizer } from "../../../../src/adapters/xlsx/reader/xml-tokenizer";
import { cut } from "./sheet-both-ways";

/*
 * The hand tokenizer (chosen over saxes because saxes took 1.8× as long on the bench's sheet) against
 * saxes as the oracle: the same elements, attributes and text, however the document is cut into chunks.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const RUNS = Number(process.env.TOKENIZER_RUNS ?? 200);

type Event = readonly ["open", string, Record<string, string>] | readonly ["close", string] | readonly ["text", string];

/** Adjacent text events joined: both parsers may cut one text node into several calls. */
function push(events: Event[], event: Event): void {
  const last = events[events.length - 1];
  if (event[0] === "text" && last?.[0] === "text") events[events.length - 1] = ["text", last[1] + event[1]];
  else if (event[0] !== "text" || event[1] !== "") events.push(event);
}

function ours(chunks: ReadonlyArray<string>): Event[] {
  const events: Event[] = [];
  const tokenizer = new XmlTokenizer({
    open: (name, attributes) => push(events, ["open", name, { ...attributes }]),
    close: (name) => push(events, ["close", name]),
    text: (text) => push(events, ["text", text]),
  });
  for (const chunk of chunks) tokenizer.write(chunk);
  tokenizer.end();
  return events;
}

const local = (name: string) => name.slice(name.indexOf(":") + 1);

function saxes(xml: string): Event[] {
  const events: Event[] = [];
  const parser = new SaxesParser();
  let depth = 0;
  parser.on("opentag", (tag) => {
    depth++;
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes)) attributes[local(name)] = value as string;
    push(events, ["open", local(tag.name), attributes]);
  });
  parser.on("closetag", (tag) => {
    depth--;
    push(events, ["close", local(tag.name)]);
  });
  // saxes also reports white space outside the root; our tokenizer drops it.
  parser.on("text", (text) => depth > 0 && push(events, ["text", text]));
  parser.on("cdata", (text) => push(events, ["text", text]));
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
  return events;
}

// Text and attribute values, written with every escape XML allows.
const CHARS = [..."aZ09 \t\n&<>\"'=/;:_é名🙂", "\r\n", "]]", "]]>"];
const rawText = fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 10 });

function escapeText(text: string, style: number): string {
  if (style === 1 && !text.includes("]]>") && !text.includes("\r")) return `<![CDATA[${text}]]>`;
  return text.replace(/[&<>"'\r]|]]>/g, (c) => {
    if (c === "]]>") return "]]&gt;";
    if (style === 2) return `&#${c.codePointAt(0)};`;
    if (style === 3) return `&#x${c.codePointAt(0)!.toString(16)};`;
    return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\r": "&#13;" }[c]!;
  });
}

const NAMES = ["c", "row", "v", "x:c", "sheetData", "si", "t", "is", "r"];
interface Node {
  readonly name: string;
  readonly attributes: ReadonlyArray<readonly [string, string, number]>;
  readonly children: ReadonlyArray<Node | readonly [string, number]>;
}
const node: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.record({
    name: fc.constantFrom(...NAMES),
    attributes: fc.uniqueArray(fc.tuple(fc.constantFrom("r", "s", "t", "r:id", "xml:space", "ref"), rawText, fc.nat({ max: 3 })), { maxLength: 3, selector: ([name]) => local(name) }),
    children: fc.array(fc.oneof({ maxDepth: 4 }, { weight: 2, arbitrary: fc.tuple(rawText, fc.nat({ max: 3 })) }, { weight: 1, arbitrary: tie("node") }), { maxLength: 3 }),
  }),
})).node;

function serialize(n: Node, spaced: boolean): string {
  const attributes = n.attributes.map(([name, value, style]) => ` ${name}${spaced ? " = " : "="}"${escapeText(value, style === 1 ? 0 : style).replace(/"/g, "&quot;")}"`).join("");
  if (n.children.length === 0) return `<${n.name}${attributes}${spaced ? " " : ""}/>`;
  const inner = n.children.map((child) => (Array.isArray(child) ? escapeText(child[0] as string, child[1] as number) : serialize(child as Node, spaced))).join("");
  return `<${n.name}${attributes}>${inner}</${n.name}${spaced ? " " : ""}>`;
}

const document = fc.tuple(node, fc.boolean(), fc.boolean(), fc.boolean()).map(([root, prolog, spaced, comment]) => {
  const head = prolog ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' : "";
  const note = comment ? "<!-- dibuat oleh Excel -->" : "";
  return `${head}${note}${serialize(root, spaced)}${comment ? "\n" : ""}`;
});

describe("the XML tokenizer", () => {
  it("reports what saxes reports, whatever the chunks", () => {
    fc.assert(
      fc.property(document, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), (xml, points) => {
        expect(ours(cut(xml, points))).toEqual(saxes(xml));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("reads the example workbook's parts the same in any chunks as saxes does whole", () => {
    const parts = unzipSync(new Uint8Array(readFileSync(join(__dirname, "../../../../contoh/desa-contoh.xlsx"))));
    const xml = Object.entries(parts)
      .filter(([name]) => /\.(xml|rels)$/.test(name))
      .map(([, bytes]) => strFromU8(bytes));
    fc.assert(
      fc.property(fc.constantFrom(...xml), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 20 }), (part, points) => {
        expect(ours(cut(part, points))).toEqual(saxes(part));
      }),
      { seed: SEED, numRuns: 50 },
    );
  });

  it("refuses a document cut short, or with a tag left open, with an XmlError", () => {
    fc.assert(
      fc.property(document, fc.double({ min: 0, max: 0.999, noNaN: true }), (xml, where) => {
        const root = xml.indexOf("<", xml.lastIndexOf("-->") + 1);
        const at = root + 1 + Math.floor(where * (xml.trimEnd().length - root - 1));
        expect(() => ours([xml.slice(0, at)])).toThrow(XmlError);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("never acts on a DTD: an entity it declares is refused, and nothing is fetched", () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst><si><t>&xxe;</t></si></sst>';
    expect(() => ours([xxe])).toThrow(XmlError);
    const laughs = `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i ? i : ""};`.repeat(10)}">`).join("")}]><sst><si><t>&lol9;</t></si></sst>`;
    expect(() => ours([laughs])).toThrow(XmlError);
    // A DTD that declares nothing used is skipped, and the document reads.
    expect(ours(['<!DOCTYPE worksheet SYSTEM "http://127.0.0.1:8765/x.dtd"><worksheet><c>1</c></worksheet>'])).toEqual([
      ["open", "worksheet", {}],
      ["open", "c", {}],
      ["text", "1"],
      ["close", "c"],
      ["close", "worksheet"],
    ]);
  });
});
