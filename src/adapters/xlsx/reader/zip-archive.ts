import { fflateInflater, type RawInflater } from "./inflater";

/**
 * The entries of a zip (an .xlsx is one), read from its central directory without inflating anything,
 * and each entry inflated piece by piece on request. Works on a `Uint8Array`, in Node and in the browser.
 */
export interface ZipEntry {
  readonly name: string;
  /** As the central directory declares it; the inflated bytes are counted again while reading. */
  readonly uncompressedSize: number;
  readonly compressedSize: number;
  readonly method: number;
  readonly localHeaderOffset: number;
}

export class ZipFormatError extends Error {
  override readonly name = "ZipFormatError";
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** A stored entry is handed on in pieces of this size, as an inflated one would be. */
const PIECE = 64 * 1024;

export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_END_LOCATOR) {
    const zip64 = Number(view.getBigUint64(eocd - 12, true));
    if (zip64 + 56 > bytes.length || view.getUint32(zip64, true) !== ZIP64_END) throw new ZipFormatError("bad zip64 directory");
    count = Number(view.getBigUint64(zip64 + 32, true));
    offset = Number(view.getBigUint64(zip64 + 48, true));
  }
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_HEADER) throw new ZipFormatError("bad central directory");
    const method = view.getUint16(offset + 10, true);
    let compressedSize = view.getUint32(offset + 20, true);
    let uncompressedSize = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    let localHeaderOffset = view.getUint32(offset + 42, true);
    const nameStart = offset + 46;
    if (nameStart + nameLength + extraLength > bytes.length) throw new ZipFormatError("bad central directory");
    const name = decoder.decode(bytes.subarray(nameStart, nameStart + nameLength));
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      // Zip64: the real values sit in the extra field, in this order, only for the fields that overflowed.
      const sizes = zip64Extra(view, nameStart + nameLength, extraLength);
      let k = 0;
      if (uncompressedSize === 0xffffffff) uncompressedSize = sizes[k++] ?? uncompressedSize;
      if (compressedSize === 0xffffffff) compressedSize = sizes[k++] ?? compressedSize;
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = sizes[k] ?? localHeaderOffset;
    }
    // Names are compared as Excel does: "/xl/workbook.xml" and "xl\workbook.xml" are the same part.
    const key = name.replace(/\\/g, "/").replace(/^\//, "");
    if (!entries.has(key)) entries.set(key, { name: key, uncompressedSize, compressedSize, method, localHeaderOffset });
    offset = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new ZipFormatError("no central directory");
}

function zip64Extra(view: DataView, from: number, length: number): number[] {
  for (let at = from; at + 4 <= from + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      const values: number[] = [];
      for (let k = 0; k + 8 <= size; k += 8) values.push(Number(view.getBigUint64(at + 4 + k, true)));
      return values;
    }
    at += 4 + size;
  }
  return [];
}

/**
 * Inflates one entry, handing the bytes to `onData` a piece at a time. `maxBytes` bounds what it may
 * inflate to, whatever the directory says (a zip bomb can lie about its sizes): past it, `onTooLarge`
 * is thrown and inflating stops. Returns the number of bytes inflated. `inflate` is fflate's unless Node
 * passes zlib's.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
  onData: (chunk: Uint8Array) => void,
  onTooLarge: () => Error,
  inflate: RawInflater = fflateInflater,
): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) throw new ZipFormatError(`bad local header for ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipFormatError(`${entry.name} is cut short`);
  let produced = 0;
  const take = (chunk: Uint8Array): void => {
    produced += chunk.length;
    if (produced > maxBytes) throw onTooLarge();
    if (chunk.length > 0) onData(chunk);
  };
  if (entry.method === STORED) {
    for (let from = start; from < end; from += PIECE) take(bytes.subarray(from, Math.min(end, from + PIECE)));
    return produced;
  }
  if (entry.method !== DEFLATED) throw new ZipFormatError(`${entry.name}: compression method ${entry.method}`);
  if (start === end) throw new ZipFormatError(`${entry.name} is empty`);
  const finished = inflate(bytes.subarray(start, end), maxBytes, take, onTooLarge, entry.uncompressedSize);
  if (!finished) throw new ZipFormatError(`${entry.name} is cut short`);
  return produced;
}
