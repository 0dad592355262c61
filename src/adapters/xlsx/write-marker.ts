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
    return kindOf(await readZipEntry(path, CORE_PART, MAX_CORE_BYTES));
  } catch {
    return undefined;
  }
}

/**
 * `readOutputMarker` for a workbook already read whole (`gabung` reads each file once, for its sha256 and
 * the reader): the same answer for the same bytes, without opening the file a second time.
 */
export function outputMarkerIn(bytes: Uint8Array): OutputKind | undefined {
  try {
    return kindOf(zipEntryIn(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), CORE_PART, MAX_CORE_BYTES));
  } catch {
    return undefined;
  }
}

const CORE_PART = "docProps/core.xml";
const MAX_CORE_BYTES = 256 * 1024;

function kindOf(core: string | undefined): OutputKind | undefined {
  if (!core) return undefined;
  const keywords = /<cp:keywords>([^<]*)<\/cp:keywords>/.exec(core)?.[1]?.trim() ?? "";
  const kind = keywords.startsWith(TAG) ? keywords.slice(TAG.length) : undefined;
  if (kind === "rekap" || kind === "pengajuan" || kind === "keterangan" || kind === "calon" || kind === "laporan") return kind;
  // Rekaps written before the tag existed: only write-rekap.ts used this author.
  if (/<dc:creator>Pekerja Rentan<\/dc:creator>/.test(core)) return "rekap";
  return undefined;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The last 64 KB of a zip file (or all of it), where its end record lies. */
interface ZipTail {
  readonly bytes: Buffer;
  /** Where `bytes` starts in the file. */
  readonly start: number;
  /** The file's size. */
  readonly size: number;
}

/**
 * A range of the zip's bytes. The steps below only say which range to look at next, so the file and the
 * bytes in memory are walked the same way and give the same answer.
 */
type Place = { readonly position: number; readonly length: number };

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
    const tail: ZipTail = { bytes: Buffer.alloc(tailLength), start: size - tailLength, size };
    await file.read(tail.bytes, 0, tailLength, tail.start);
    // A small workbook lies whole in its last 64 KB: its directory and entries are cut from there, not read again.
    const bytesAt = async ({ position, length }: Place): Promise<Buffer> => {
      const inTail = sliceOfTail(tail, position, length);
      if (inTail) return inTail;
      const bytes = Buffer.alloc(length);
      await file.read(bytes, 0, length, position);
      return bytes;
    };
    const directory = directoryPlace(tail);
    if (!directory) return undefined;
    const entry = entryIn(await bytesAt(directory), name, maxBytes, size);
    if (!entry) return undefined;
    const data = dataPlace(await bytesAt(entry.local), entry);
    return data && entryText(await bytesAt(data), entry.method, maxBytes);
  } finally {
    await file.close();
  }
}

/** `readZipEntry` on bytes in memory. */
function zipEntryIn(file: Buffer, name: string, maxBytes: number): string | undefined {
  const size = file.length;
  if (size < 22) return undefined;
  const tailLength = Math.min(size, 22 + 0xffff);
  const tail: ZipTail = { bytes: file.subarray(size - tailLength), start: size - tailLength, size };
  // As a read past the end of the file would: what lies beyond it reads as zeros.
  const bytesAt = ({ position, length }: Place): Buffer => {
    if (position + length <= size) return file.subarray(position, position + length);
    const bytes = Buffer.alloc(length);
    if (position < size) file.copy(bytes, 0, position, size);
    return bytes;
  };
  const directory = directoryPlace(tail);
  if (!directory) return undefined;
  const entry = entryIn(bytesAt(directory), name, maxBytes, size);
  if (!entry) return undefined;
  const data = dataPlace(bytesAt(entry.local), entry);
  return data && entryText(bytesAt(data), entry.method, maxBytes);
}

function sliceOfTail(tail: ZipTail, position: number, length: number): Buffer | undefined {
  if (position < tail.start || position + length > tail.size) return undefined;
  return tail.bytes.subarray(position - tail.start, position - tail.start + length);
}

/** The central directory, from the end record found last in the tail. */
function directoryPlace(tail: ZipTail): Place | undefined {
  let eocd = -1;
  for (let i = tail.bytes.length - 22; i >= 0; i--) {
    if (tail.bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const length = tail.bytes.readUInt32LE(eocd + 12);
  const position = tail.bytes.readUInt32LE(eocd + 16);
  if (length > 16 * 1024 * 1024 || position + length > tail.size) return undefined;
  return { position, length };
}

interface EntryRecord {
  readonly method: number;
  readonly compressed: number;
  /** The entry's local header. */
  readonly local: Place;
}

/** The directory record of `name`, when its sizes and place are plausible. */
function entryIn(directory: Buffer, name: string, maxBytes: number, size: number): EntryRecord | undefined {
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
    return { method, compressed, local: { position: localOffset, length: 30 } };
  }
  return undefined;
}

/** The entry's data, after its local header (whose name and extra field may differ from the directory's). */
function dataPlace(local: Buffer, entry: EntryRecord): Place | undefined {
  if (local.readUInt32LE(0) !== LOCAL) return undefined;
  return { position: entry.local.position + 30 + local.readUInt16LE(26) + local.readUInt16LE(28), length: entry.compressed };
}

function entryText(data: Buffer, method: number, maxBytes: number): string | undefined {
  if (method === 0) return data.toString("utf8");
  if (method === 8) return inflateRawSync(data, { maxOutputLength: maxBytes }).toString("utf8");
  return undefined;
}
