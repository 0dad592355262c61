import fc from "fast-check";
import type { RawCell } from "../../../src/domain/cell/raw-cell";
import { ByteReadings } from "../../../src/adapters/node/byte-readings";

/*
 * A value's reading remembered by its bytes must be what the reading function makes of the value's
 * text, whatever values share a slot or a single byte, and however often each is read again.
 */
const describe_ = (cell: RawCell | undefined) => (cell?.kind === "text" ? `teks:${cell.text}` : "kosong");

describe("readings remembered by their bytes", () => {
  it("give what the reading makes of each value's text", () => {
    const value = fc.oneof(fc.constantFrom("", "L", "P", "1", "10", "Ya", "é", "\u00a0", " "), fc.string({ maxLength: 3 }), fc.string({ unit: "binary", maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 80 }), fc.constantFrom(1, 2, 4096), (values, slots) => {
        const readings = new ByteReadings(describe_, slots);
        const text = values.join("|");
        const bytes = Buffer.from(text, "utf8");
        // Twice through, so the second reading of each value comes from what was remembered.
        for (let round = 0; round < 2; round++) {
          let start = 0;
          for (const v of values) {
            const end = start + Buffer.byteLength(v, "utf8");
            expect(readings.read(bytes, start, end)).toBe(v === "" ? "kosong" : `teks:${bytes.toString("utf8", start, end)}`);
            start = end + 1;
          }
        }
      }),
    );
  });
});
