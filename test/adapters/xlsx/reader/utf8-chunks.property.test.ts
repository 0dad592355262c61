import fc from "fast-check";
import { Utf8Chunks } from "../../../../src/adapters/xlsx/reader/utf8-chunks";

/*
 * Each chunk of a part is decoded whole (utf8-chunks.ts) rather than streamed: any bytes, valid UTF-8
 * or not, cut anywhere, must read as the streaming decoder reads them.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS = Number(process.env.UTF8_CHUNKS_RUNS ?? 2000);

const encoder = new TextEncoder();
const PIECES = ["a", "<c>", "é", "€", "名", "😀", "\uFEFF", "\r\n"].map((text) => Array.from(encoder.encode(text)));
/** Valid characters, their bytes cut or reordered, and bytes that are never valid. */
const piece = fc.oneof(
  fc.constantFrom(...PIECES),
  fc.constantFrom(...PIECES).map((bytes) => bytes.slice(0, -1)),
  fc.constantFrom(...PIECES).map((bytes) => bytes.slice(1)),
  fc.array(fc.constantFrom(0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xe0, 0xed, 0xef, 0xbb, 0xf0, 0xf4, 0xf5, 0xff, 0x9f, 0xa0), { minLength: 1, maxLength: 4 }),
);
const bytes = fc.array(piece, { maxLength: 30 }).map((pieces) => Uint8Array.from(pieces.flat()));

function streamed(data: Uint8Array, cuts: ReadonlyArray<number>): string {
  const decoder = new TextDecoder("utf-8");
  let text = "";
  for (const chunk of chunks(data, cuts)) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

function whole(data: Uint8Array, cuts: ReadonlyArray<number>): string {
  const decoder = new Utf8Chunks();
  let text = "";
  for (const chunk of chunks(data, cuts)) text += decoder.decode(chunk);
  return text + decoder.end();
}

function chunks(data: Uint8Array, cuts: ReadonlyArray<number>): Uint8Array[] {
  const at = cuts.map((p) => Math.floor(p * data.length)).sort((a, b) => a - b);
  const result: Uint8Array[] = [];
  let from = 0;
  for (const to of at) {
    // A copy that is then overwritten, as an inflater reusing its buffer would.
    const chunk = data.slice(from, to);
    result.push(chunk);
    from = to;
  }
  result.push(data.slice(from));
  return result;
}

describe("UTF-8 decoded chunk by chunk", () => {
  it("reads as the streaming decoder, however the bytes are cut", () => {
    fc.assert(
      fc.property(bytes, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 10 }), (data, cuts) => {
        expect(whole(data, cuts)).toBe(streamed(data, cuts));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("strips a byte order mark at the start only, even when it is cut", () => {
    const data = Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0xef, 0xbb, 0xbf, 0x62]);
    for (const cuts of [[], [1 / 8], [2 / 8], [4 / 8], [5 / 8, 6 / 8]]) expect(whole(data, cuts)).toBe("a\uFEFFb");
    expect(whole(Uint8Array.from([0xe2, 0x82]), [0.5])).toBe("\uFFFD");
  });
});
