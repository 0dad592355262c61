import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { inflateRawSync } from "node:zlib";

/**
 * The mark every workbook pekerja-rentan writes carries in its document properties (docProps/core.xml:
 * author "pekerja-rentan", tag "pekerja-rentan:<kind>"), so that `gabung` never takes one of our own
 * outputs (a rekap written into the villages' folder, a submission sheet, a candidate list) for a
 * village's list. Excel keeps both properties when the file is opened and saved again.
 */
export type OutputKind = "rekap" | "pengajuan" | "keterangan" | "calon" | "laporan";

export const OUTPUT_CREATOR = "pekerja-rentan";
const TAG = "pekerja-rentan:";

export const OUTPUT_LABELS: Record<OutputKind, string> = {
  rekap: "rekap yang ditulis pekerja-rentan gabung",
  pengajuan: "lembar pengajuan yang ditulis pekerja-rentan ekspor",
  keterangan: "lembar Ditolak/Keterangan yang ditulis pekerja-rentan ekspor",
  calon: "daftar calon peserta yang ditulis pekerja-rentan calon",
  laporan: "laporan temuan yang ditulis pekerja-rentan periksa --laporan",
};

/**
 * The properties to set on a workbook (our writer's, `writer/xlsx-writer.ts`) before it is written.
 */
export function markWorkbook(book: { creator?: string; keywords?: string; lastModifiedBy?: string }, kind: OutputKind): void {
  book.creator = OUTPUT_CREATOR;
  book.lastModifiedBy = OUTPUT_CREATOR;
  book.keywords = TAG + kind;
}

/**
 * The kind of our output `path` is, read from its document properties only (a few kilobytes from the end
 * of the file and one small part, whatever the size of the workbook); `undefined` for any other file,
 * and for anything that cannot be read this way (the reader then says what is wrong with it).
 */
export async function readOutputMarker(path: string): Promise<OutputKind | undefined> {
  try {
    const core = await readZipEntry(path, "docProps/core.xml", 256 * 1024);
    if (!core) return undefined;
    const keywords = /<cp:keywords>([^<]*)<\/cp:keywords>/.exec(core)?.[1]?.trim() ?? "";
    const kind = keywords.startsWith(TAG) ? keywords.slice(TAG.length) : undefined;
    if (kind === "rekap" || kind === "pengajuan" || kind === "keterangan" || kind === "calon" || kind === "laporan") return kind;
    // Rekaps written before the tag existed: only write-rekap.ts used this author.
    if (/<dc:creator>Pekerja Rentan<\/dc:creator>/.test(core)) return "rekap";
    return undefined;
  } catch {
    return undefined;
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * One entry of a zip file as text, read from its central directory; `undefined` when absent or unusual, and for
 * anything but a regular file (opened without blocking, so a FIFO is never waited on).
 */
async function readZipEntry(path: string, name: string, maxBytes: number): Promise<string | undefined> {
  const file = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = await file.stat();
    if (!stats.isFile()) return undefined;
    const size = stats.size;
    if (size < 22) return undefined;
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    const tailStart = size - tailLength;
    // A small workbook lies whole in its last 64 KB: its directory and entries are cut from there, not read again.
    const bytesAt = async (position: number, length: number): Promise<Buffer> => {
      if (position >= tailStart && position + length <= size) return tail.subarray(position - tailStart, position - tailStart + length);
      const bytes = Buffer.alloc(length);
      await file.read(bytes, 0, length, position);
      return bytes;
    };
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return undefined;
    const directorySize = tail.readUInt32LE(eocd + 12);
    const directoryOffset = tail.readUInt32LE(eocd + 16);
    if (directorySize > 16 * 1024 * 1024 || directoryOffset + directorySize > size) return undefined;
    const directory = await bytesAt(directoryOffset, directorySize);
    for (let p = 0; p + 46 <= directory.length && directory.readUInt32LE(p) === CENTRAL; ) {
      const method = directory.readUInt16LE(p + 10);
      const compressed = directory.readUInt32LE(p + 20);
      const uncompressed = directory.readUInt32LE(p + 24);
      const nameLength = directory.readUInt16LE(p + 28);
      const extraLength = directory.readUInt16LE(p + 30);
      const commentLength = directory.readUInt16LE(p + 32);
      const localOffset = directory.readUInt32LE(p + 42);
      const entryName = directory.toString("utf8", p + 46, p + 46 + nameLength).replace(/^\//, "");
      p += 46 + nameLength + extraLength + commentLength;
      if (entryName !== name) continue;
      if (compressed > maxBytes || uncompressed > maxBytes || localOffset + 30 > size) return undefined;
      const local = await bytesAt(localOffset, 30);
      if (local.readUInt32LE(0) !== LOCAL) return undefined;
      const start = localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      const data = await bytesAt(start, compressed);
      if (method === 0) return data.toString("utf8");
      if (method === 8) return inflateRawSync(data, { maxOutputLength: maxBytes }).toString("utf8");
      return undefined;
    }
    return undefined;
  } finally {
    await file.close();
  }
}
