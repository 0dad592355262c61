import * as fs from "node:fs";
import * as zlib from "node:zlib";

/*
 * The physical floors every bench figure is compared with: the least work any reader or writer must
 * do on the same file. Deliberately minimal and independent of the project's code, so that a figure
 * "2× the floor" means the same thing whichever reader or writer is in place.
 */

export interface XlsxFloor {
  readonly seconds: number;
  readonly rows: number;
  readonly cells: number;
}

/**
 * Read floor of an .xlsx: find each worksheet and the shared strings in the zip's central directory,
 * inflate them (node:zlib) and count `<row` and `<c` tags with native searches. Every reader has to
 * do at least this; one that also builds a value per cell cannot be faster.
 */
export function floorReadXlsx(file: string): XlsxFloor {
  const start = process.hrtime.bigint();
  const zip = fs.readFileSync(file);
  let rows = 0;
  let cells = 0;
  for (const entry of zipEntries(zip)) {
    if (!/^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(entry.name)) continue;
    const xml = inflateEntry(zip, entry);
    if (entry.name.startsWith("xl/worksheets/")) {
      rows += countTag(xml, "<row");
      cells += countTag(xml, "<c ") + countTag(xml, "<c>");
    }
  }
  return { seconds: elapsed(start), rows, cells };
}

/**
 * Write floor of an .xlsx already written: deflating (level 6, what zip writers use) the XML parts it
 * holds. The time to produce that XML from values is left out, so the real floor is higher still.
 */
export function floorWriteXlsx(file: string): { seconds: number } {
  const zip = fs.readFileSync(file);
  const parts = zipEntries(zip).map((entry) => inflateEntry(zip, entry));
  const start = process.hrtime.bigint();
  for (const part of parts) zlib.deflateRawSync(part, { level: 6 });
  return { seconds: elapsed(start) };
}

/**
 * Split floor of a CSV file: read it, decode it, and cut every line into its fields with the
 * engine's own `String.prototype.split` (quotes are not interpreted: the floor is a lower bound).
 */
export function floorSplitCsv(file: string, delimiter: string): { seconds: number; rows: number; fields: number } {
  const start = process.hrtime.bigint();
  const bytes = fs.readFileSync(file);
  let rows = 0;
  let fields = 0;
  const piece = 16 * 1024 * 1024;
  for (let from = 0; from < bytes.length; ) {
    let to = Math.min(from + piece, bytes.length);
    if (to < bytes.length) to = bytes.indexOf(10, to) + 1 || bytes.length;
    const lines = bytes.toString("utf8", from, to).split("\n");
    for (const line of lines) {
      if (line === "") continue;
      rows++;
      fields += line.split(delimiter).length;
    }
    from = to;
  }
  return { seconds: elapsed(start), rows, fields };
}

/** "12,3 s = 2,1× floor (target ≤ 2,5×)" */
export function versusFloor(seconds: number, floor: number, target: number): string {
  const ratio = seconds / floor;
  return `${ratio.toFixed(2)}× floor (target ≤ ${target}×) ${ratio <= target ? "✓" : "✗"}`;
}

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeader: number;
}

function zipEntries(zip: Buffer): ZipEntry[] {
  // End of central directory: signature 0x06054b50, within the last 64 KB (a comment may follow it).
  let end = zip.length - 22;
  while (end >= Math.max(0, zip.length - 65_557) && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip file");
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      localHeader: zip.readUInt32LE(at + 42),
      name: zip.toString("utf8", at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

function inflateEntry(zip: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeader;
  const data = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const raw = zip.subarray(data, data + entry.compressedSize);
  return entry.method === 0 ? raw : zlib.inflateRawSync(raw);
}

function countTag(xml: Buffer, tag: string): number {
  let count = 0;
  for (let at = xml.indexOf(tag); at >= 0; at = xml.indexOf(tag, at + tag.length)) count++;
  return count;
}

function elapsed(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}
