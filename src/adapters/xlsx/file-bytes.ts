import { readFile } from "node:fs/promises";
import { WorkbookReadError } from "./workbook-read-error";

/** Reads a whole file, turning the file system's errors into messages a secretary can act on. */
export async function readFileBytes(path: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new WorkbookReadError("NOT_FOUND", path, { cause: error });
    if (code === "EISDIR") throw new WorkbookReadError("NOT_A_FILE", path, { cause: error });
    throw error;
  }
  if (bytes.length === 0) throw new WorkbookReadError("EMPTY", path);
  return bytes;
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
