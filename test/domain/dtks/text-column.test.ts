import fc from "fast-check";
import { TextColumn } from "../../../src/domain/dtks/text-column";

/*
 * A column of texts kept as UTF-8 bytes must give back every text exactly as it was pushed: any
 * string (lone surrogates and the empty text included), or the UTF-8 bytes of one.
 */
/** Any code points (every UTF-8 length). */
const unicode = (constraints: { minLength?: number } = {}) => fc.string({ unit: "binary", ...constraints });
/** Any UTF-16 code units: lone surrogates too. */
const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff })).map((units) => String.fromCharCode(...units));
const utf8 = (text: string) => Uint8Array.from(Buffer.from(text, "utf8"));

describe("a column of texts kept as bytes", () => {
  it("gives back each text pushed as text or as bytes, in order", () => {
    const entry = fc.oneof(
      fc.record({ as: fc.constant("text" as const), text: fc.option(fc.oneof(fc.string(), unicode(), codeUnits, fc.constantFrom("", "SUTARJÉ", "\uD800", "a\uDC00b", "😀 NAMA")), { nil: undefined }) }),
      fc.record({ as: fc.constant("bytes" as const), text: fc.oneof(unicode({ minLength: 1 }), fc.string({ minLength: 1, maxLength: 200 })) }),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), fc.nat(8), (entries, padding) => {
        const column = new TextColumn();
        for (const { as, text } of entries) {
          if (as === "text") column.pushText(text);
          else {
            // Bytes somewhere inside a larger buffer, as a file's line is.
            const bytes = utf8(text!);
            const source = new Uint8Array(bytes.length + 2 * padding).fill(0x7c);
            source.set(bytes, padding);
            column.pushBytes(source, padding, padding + bytes.length);
          }
        }
        expect(column.length).toBe(entries.length);
        expect(entries.map((_, i) => column.at(i))).toEqual(entries.map((e) => e.text));
      }),
    );
  });

  it("holds texts far larger than its first block", () => {
    const column = new TextColumn();
    const long = "NAMA PANJANG ".repeat(20_000);
    column.pushText(long);
    column.pushBytes(utf8("Ä" + long), 0, utf8("Ä" + long).length);
    expect(column.at(0)).toBe(long);
    expect(column.at(1)).toBe("Ä" + long);
  });
});
