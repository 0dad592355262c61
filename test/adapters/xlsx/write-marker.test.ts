import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { zipSync, type ZipOptions } from "fflate";
import { outputMarkerIn, readOutputMarker } from "../../../src/adapters/xlsx/write-marker";
import { writeRekapWorkbook } from "../../../src/adapters/xlsx/write-rekap";
import { tempDir } from "../../helpers/xlsx";

/**
 * gabung tells our own outputs from the bytes it has read for the rekap (`outputMarkerIn`), where it used to
 * open each file a second time (`readOutputMarker`): the two must give the same answer for the same bytes,
 * for our workbooks, other workbooks, and whatever damage a file on a flash disk may have.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 7);
const dir = tempDir("write-marker-");
const contoh = path.join(__dirname, "../../../contoh/desa-contoh.xlsx");

const core = (body: string) =>
  new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="x" xmlns:dc="y">${body}</cp:coreProperties>`);

/** Small zips whose only interesting part is docProps/core.xml: stored or deflated, first or last. */
function markedZip(body: string, level: 0 | 6, coreFirst: boolean): Uint8Array {
  const other: Record<string, [Uint8Array, ZipOptions]> = { "xl/workbook.xml": [new TextEncoder().encode("<workbook/>"), { level }] };
  const mark: Record<string, [Uint8Array, ZipOptions]> = { "docProps/core.xml": [core(body), { level }] };
  return zipSync(coreFirst ? { ...mark, ...other } : { ...other, ...mark });
}

let rekap: string;
beforeAll(async () => {
  rekap = path.join(dir, "rekap.xlsx");
  await writeRekapWorkbook(rekap, { villages: [], duplicates: [], notes: ["Catatan."] }, { overwrite: true });
});

async function bothAnswers(bytes: Uint8Array, name: string): Promise<[unknown, unknown]> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return [await readOutputMarker(file), outputMarkerIn(bytes)];
}

describe("our mark read from bytes in memory is the mark read from the file", () => {
  it("our rekap, the example village file, and zips marked each way", async () => {
    expect(await bothAnswers(fs.readFileSync(rekap), "a.xlsx")).toEqual(["rekap", "rekap"]);
    expect(await bothAnswers(fs.readFileSync(contoh), "b.xlsx")).toEqual([undefined, undefined]);
    expect(await bothAnswers(markedZip("<cp:keywords>pekerja-rentan:calon</cp:keywords>", 6, false), "c.xlsx")).toEqual(["calon", "calon"]);
    expect(await bothAnswers(markedZip("<cp:keywords> pekerja-rentan:laporan </cp:keywords>", 0, true), "d.xlsx")).toEqual(["laporan", "laporan"]);
    expect(await bothAnswers(markedZip("<dc:creator>Pekerja Rentan</dc:creator>", 6, true), "e.xlsx")).toEqual(["rekap", "rekap"]);
    expect(await bothAnswers(markedZip("<cp:keywords>pekerja-rentan:lain</cp:keywords>", 6, true), "f.xlsx")).toEqual([undefined, undefined]);
    expect(await bothAnswers(new Uint8Array(0), "g.xlsx")).toEqual([undefined, undefined]);
    expect(await bothAnswers(new TextEncoder().encode("bukan zip"), "h.xlsx")).toEqual([undefined, undefined]);
  });

  it("a view into a larger buffer is read at its own offset", () => {
    const bytes = fs.readFileSync(rekap);
    const padded = new Uint8Array(bytes.length + 100);
    padded.set(bytes, 50);
    expect(outputMarkerIn(padded.subarray(50, 50 + bytes.length))).toBe("rekap");
  });

  it("truncated, extended or with bytes changed, our workbooks and others get one answer both ways", async () => {
    const sources = [fs.readFileSync(rekap), fs.readFileSync(contoh), markedZip("<cp:keywords>pekerja-rentan:pengajuan</cp:keywords>", 6, false)];
    const damaged = fc
      .record({
        source: fc.nat(sources.length - 1),
        // Most of the damage lands where the marker is read: the end record, the directory, core.xml.
        cut: fc.oneof(fc.constant(0), fc.nat(400), fc.nat(40_000)),
        flips: fc.array(fc.record({ fromEnd: fc.oneof(fc.nat(600), fc.nat(40_000)), value: fc.nat(255) }), { maxLength: 4 }),
        grow: fc.oneof(fc.constant(0), fc.nat(70_000)),
      })
      .map(({ source, cut, flips, grow }) => {
        const original = sources[source]!;
        const bytes = new Uint8Array(Math.max(0, original.length - cut) + grow);
        bytes.set(original.subarray(0, Math.max(0, original.length - cut)));
        for (const { fromEnd, value } of flips) if (fromEnd < bytes.length) bytes[bytes.length - 1 - fromEnd] = value;
        return bytes;
      });
    let i = 0;
    await fc.assert(
      fc.asyncProperty(damaged, async (bytes) => {
        const [fromFile, fromBytes] = await bothAnswers(bytes, `rusak-${i++ % 4}.xlsx`);
        expect(fromBytes).toBe(fromFile);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
