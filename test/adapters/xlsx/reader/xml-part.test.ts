import type { RawInflater } from "../../../../src/adapters/xlsx/reader/inflater";
import { readXmlPart } from "../../../../src/adapters/xlsx/reader/xml-part";
import type { XmlHandler } from "../../../../src/adapters/xlsx/reader/xml-tokenizer";

/*
 * An inflated piece is decoded in steps of at most 65,504 bytes (so that no text is a large object):
 * a character cut at a step's end must come out whole, whichever of its bytes the cut falls after.
 */
const STEP = 65_504;

/** A zip entry whose "inflater" hands over `xml`'s bytes as one piece, as zlib's worker hands 512 KB. */
function readAsOnePiece(xml: string): string {
  const local = new Uint8Array(31);
  new DataView(local.buffer).setUint32(0, 0x04034b50, true);
  const inflate: RawInflater = (_compressed, _maxBytes, onData) => {
    onData(new TextEncoder().encode(xml));
    return true;
  };
  let text = "";
  const handler: XmlHandler = { open: () => undefined, close: () => undefined, text: (t) => (text += t) };
  const entry = { name: "xl/part.xml", uncompressedSize: 0, compressedSize: 1, method: 8, localHeaderOffset: 0 };
  readXmlPart(local, entry, 1 << 30, handler, () => new Error("too large"), inflate);
  return text;
}

describe("an XML part decoded in steps", () => {
  it.each(["é", "名", "😀"])("keeps %s whole wherever a step's end cuts it", (character) => {
    for (let shift = 0; shift < 4; shift++) {
      // The character's first byte lands `shift` bytes before the first step's end.
      const before = "a".repeat(STEP - "<r>".length - shift);
      const text = before + character + "b".repeat(STEP * 2) + character + "c";
      expect(readAsOnePiece(`<r>${text}</r>`)).toBe(text);
    }
  });
});
