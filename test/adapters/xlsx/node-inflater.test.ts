import { deflateRawSync } from "node:zlib";
import { fflateInflater, type RawInflater } from "../../../src/adapters/xlsx/reader/inflater";
import { nodeInflater } from "../../../src/adapters/xlsx/node-inflater";
import { ZipFormatError } from "../../../src/adapters/xlsx/reader/zip-archive";

/*
 * zlib's inflater (the CLI's) and fflate's (the pane's) behave alike: the same bytes, a bomb stopped at
 * the budget whatever the declared size, an entry cut short reported as such, corrupt data refused.
 */
class TooLarge extends Error {}

function inflate(inflater: RawInflater, compressed: Uint8Array, maxBytes: number, declared: number): { bytes: Buffer; finished: boolean } {
  const pieces: Uint8Array[] = [];
  const finished = inflater(compressed, maxBytes, (piece) => pieces.push(piece.slice()), () => new TooLarge(), declared);
  return { bytes: Buffer.concat(pieces), finished };
}

const text = Buffer.from(Array.from({ length: 40_000 }, (_, i) => `<c r="A${i + 1}"><v>${i * 7}</v></c>`).join(""));
const compressed = deflateRawSync(text);

describe.each([
  ["zlib", nodeInflater],
  ["fflate", fflateInflater],
])("the %s inflater", (_name, inflater) => {
  it("gives the bytes back, whatever size the directory declares", () => {
    for (const declared of [text.length, 0, 10, text.length * 3]) {
      const { bytes, finished } = inflate(inflater, compressed, text.length, declared);
      expect(finished).toBe(true);
      expect(bytes.equals(text)).toBe(true);
    }
  });

  it("stops past the budget, even when the directory declares less", () => {
    expect(() => inflate(inflater, compressed, text.length - 1, 100)).toThrow(TooLarge);
  });

  it("never takes an entry cut short for a whole one", () => {
    // zlib reports it (false), fflate throws its own error: either way the part is not read as complete.
    const read = () => {
      if (!inflate(inflater, compressed.subarray(0, compressed.length >> 1), text.length, text.length).finished) throw new Error("cut short");
    };
    expect(read).toThrow();
  });
});

it("refuses corrupt data as a broken zip", () => {
  expect(() => inflate(nodeInflater, Uint8Array.from([0xff, 0xff, 0xff, 0xff]), 1000, 1000)).toThrow(ZipFormatError);
});
