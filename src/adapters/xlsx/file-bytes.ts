import { open, readFile, type FileHandle } from "node:fs/promises";
import { WorkbookReadError } from "./workbook-read-error";

/** Reads a whole file, turning the file system's errors into messages a secretary can act on. */
export async function readFileBytes(path: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw readError(error, path);
  }
  if (bytes.length === 0) throw new WorkbookReadError("EMPTY", path);
  return bytes;
}

/**
 * A file opened to be read in pieces (a DTSEN member file runs to several hundred MB: it is never held
 * whole). Opening fails with the same `WorkbookReadError`s as `readFileBytes`: missing, a folder, empty.
 */
export interface OpenedFile {
  readonly path: string;
  readonly size: number;
  /** Fills `into` from `position` on; the number of bytes read, 0 at the end of the file. */
  read(into: Uint8Array, position: number): Promise<number>;
  close(): Promise<void>;
}

export async function openFile(path: string): Promise<OpenedFile> {
  let handle: FileHandle;
  let size: number;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw readError(error, path);
  }
  try {
    const stat = await handle.stat();
    // Opening a folder succeeds on Linux and macOS; only reading it fails.
    if (stat.isDirectory()) throw new WorkbookReadError("NOT_A_FILE", path);
    if (stat.size === 0) throw new WorkbookReadError("EMPTY", path);
    size = stat.size;
  } catch (error) {
    await handle.close();
    throw error instanceof WorkbookReadError ? error : readError(error, path);
  }
  return {
    path,
    size,
    read: async (into, position) => {
      let filled = 0;
      // A read may return fewer bytes than asked for before the end of the file.
      while (filled < into.length) {
        const { bytesRead } = await handle.read(into, filled, into.length - filled, position + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled;
    },
    close: () => handle.close(),
  };
}

/** The first `length` bytes of a file (fewer when it is shorter), to tell what the file really is. */
export async function readFileHead(path: string, length: number): Promise<Buffer> {
  const file = await openFile(path);
  try {
    const head = Buffer.alloc(Math.min(length, file.size));
    return head.subarray(0, await file.read(head, 0));
  } finally {
    await file.close();
  }
}

function readError(error: unknown, path: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return new WorkbookReadError("NOT_FOUND", path, { cause: error });
  if (code === "EISDIR") return new WorkbookReadError("NOT_A_FILE", path, { cause: error });
  return error;
}

/**
 * What the first bytes say the file really is, whatever its extension: villages rename files, and
 * Excel stores both old .xls files and password-protected .xlsx files in the same OLE2 container.
 */
export type FileContainer = "zip" | "xls" | "encrypted" | "other";

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// An encrypted .xlsx is an OLE2 file holding these streams (MS-OFFCRYPTO); directory names are UTF-16LE.
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

export function sniffContainer(bytes: Uint8Array): FileContainer {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(buffer, ZIP_MAGIC)) return "zip";
  if (startsWith(buffer, OLE2_MAGIC)) {
    return buffer.includes(ENCRYPTION_INFO) || buffer.includes(ENCRYPTED_PACKAGE) ? "encrypted" : "xls";
  }
  return "other";
}

function startsWith(buffer: Buffer, magic: Buffer): boolean {
  return buffer.length >= magic.length && buffer.subarray(0, magic.length).equals(magic);
}
