import * as fs from "node:fs";
import * as path from "node:path";
import { constants, deflateRawSync, inflateRawSync } from "node:zlib";
import fc from "fast-check";
import { unzipSync } from "fflate";
import { readWorkbookFile } from "../../../../src/adapters/xlsx/read-any";
import { xlsxBytes, type XlsxWriter } from "../../../../src/adapters/xlsx/writer";
import { DeflateWorker } from "../../../../src/adapters/xlsx/writer/deflate-worker";
import { nodeDeflater } from "../../../../src/adapters/xlsx/writer/node-deflater";
import { writeXlsxFile } from "../../../../src/adapters/xlsx/writer/write-xlsx-file";
import { tempDir } from "../../../helpers/xlsx";

const PIECE = 1 << 20;
const dir = tempDir("node-deflater-");

/** What the Node deflater did before the worker: every piece deflated on the main thread, in turn. */
function sequentialDeflate(chunks: readonly Uint8Array[], level: number): Buffer {
  const out: Buffer[] = [];
  let pending: Uint8Array[] = [];
  let size = 0;
  chunks.forEach((chunk, i) => {
    const final = i === chunks.length - 1;
    pending.push(chunk);
    size += chunk.length;
    if (!final && size < PIECE) return;
    out.push(deflateRawSync(Buffer.concat(pending, size), { level, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }));
    pending = [];
    size = 0;
  });
  return Buffer.concat(out);
}

/** XML-like bytes that compress as a sheet does, varied by `seed`. */
function xmlBytes(length: number, seed: number): Uint8Array {
  let text = "";
  for (let r = seed; text.length < length; r++) text += `<row r="${r}"><c r="A${r}" t="s"><v>${(r * 7919) % 100_003}</v></c></row>`;
  return Buffer.from(text.slice(0, length));
}

function runDeflater(chunks: readonly Uint8Array[], level: number): Buffer {
  const deflate = nodeDeflater(level);
  const out: Uint8Array[] = [];
  chunks.forEach((chunk, i) => out.push(...deflate(chunk, i === chunks.length - 1)));
  return Buffer.concat(out);
}

describe("nodeDeflater (pieces deflated by a worker thread)", () => {
  it("gives the same bytes as deflating every piece in turn, for any chunking", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400_000 }), { minLength: 1, maxLength: 24 }), fc.integer({ min: 1, max: 9 }), (lengths, level) => {
        const chunks = lengths.map((n, i) => xmlBytes(n, i * 1000));
        const ours = runDeflater(chunks, level);
        expect(ours.equals(sequentialDeflate(chunks, level))).toBe(true);
        expect(inflateRawSync(ours).equals(Buffer.concat(chunks))).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it("keeps each part's pieces in order when several parts are deflated at once", () => {
    const a = nodeDeflater(6);
    const b = nodeDeflater(6);
    const chunksA = Array.from({ length: 12 }, (_v, i) => xmlBytes(300_000, i));
    const chunksB = Array.from({ length: 12 }, (_v, i) => xmlBytes(500_000, 100 + i));
    const outA: Uint8Array[] = [];
    const outB: Uint8Array[] = [];
    for (let i = 0; i < 12; i++) {
      outA.push(...a(chunksA[i]!, i === 11));
      outB.push(...b(chunksB[i]!, i === 11));
    }
    expect(Buffer.concat(outA).equals(sequentialDeflate(chunksA, 6))).toBe(true);
    expect(Buffer.concat(outB).equals(sequentialDeflate(chunksB, 6))).toBe(true);
  });

  it("leaves the chunks it was given untouched (the worker gets a copy)", () => {
    const chunk = xmlBytes(PIECE + 10, 7);
    const copy = Buffer.from(chunk);
    runDeflater([chunk, xmlBytes(10, 1)], 6);
    expect(Buffer.from(chunk).equals(copy)).toBe(true);
  });

  it("declines a piece larger than its buffers and one more than it may hold, so the caller deflates it", () => {
    const worker = new DeflateWorker();
    expect(worker.deflate([new Uint8Array(4 << 20)], 4 << 20, 6)).toBeUndefined();
    const taken = Array.from({ length: 6 }, () => worker.deflate([xmlBytes(1000, 1)], 1000, 6));
    expect(taken.filter((p) => p === undefined).length).toBeGreaterThan(0);
    for (const piece of taken) if (piece) worker.waitFor(piece);
    expect(taken.every((p) => p === undefined || inflateRawSync(p.output!, { finishFlush: constants.Z_SYNC_FLUSH }).equals(xmlBytes(1000, 1)))).toBe(true);
  });
});

describe("DeflateWorker when the worker does not answer", () => {
  it("deflates what it had asked for itself, the same bytes, and asks nothing more", () => {
    const silent = new DeflateWorker("", 50);
    const input = xmlBytes(200_000, 3);
    const piece = silent.deflate([input.subarray(0, 1000), input.subarray(1000)], input.length, 6)!;
    expect(piece).toBeDefined();
    silent.waitFor(piece);
    expect(Buffer.from(piece.output!).equals(deflateRawSync(input, { level: 6, finishFlush: constants.Z_SYNC_FLUSH }))).toBe(true);
    expect(silent.deflate([input], input.length, 6)).toBeUndefined();
  });
});

describe("writeXlsxFile with the worker: a large workbook", () => {
  const build = (book: XlsxWriter) => {
    const text = book.style({ numFmt: "@" });
    const sheet = book.addSheet("Peserta", { columns: [{ width: 19, style: text }, { width: 28 }, { width: 12 }] });
    for (let r = 1; r <= 60_000; r++) sheet.addRow([String(3_170_000_000_000_000 + r * 7), `Nama ke-${r} <&>`, r * 1.5]);
    book.addSheet("Kedua").addRow(["selesai"]);
  };
  const now = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));

  it("holds the same parts as the pane's writer (fflate) and reads back whole", async () => {
    const file = path.join(dir, "besar.xlsx");
    await writeXlsxFile(file, build, { now });
    const ours = unzipSync(fs.readFileSync(file));
    const pane = unzipSync(xlsxBytes(build, { now }));
    expect(Object.keys(ours)).toEqual(Object.keys(pane));
    for (const name of Object.keys(pane)) expect(Buffer.from(ours[name]!).equals(Buffer.from(pane[name]!))).toBe(true);
    expect(ours["xl/worksheets/sheet1.xml"]!.length).toBeGreaterThan(4 * PIECE);

    const book = await readWorkbookFile(file);
    expect(book.sheets.map((s) => s.name)).toEqual(["Peserta", "Kedua"]);
    const rows = book.sheets[0]!.rows;
    expect(rows.length).toBe(60_000);
    expect(JSON.stringify(rows[59_999])).toContain(String(3_170_000_000_000_000 + 60_000 * 7));
  });
});
