/**
 * What the first bytes say the file really is, whatever its extension: villages rename files, and
 * Excel stores both old .xls files and password-protected .xlsx files in the same OLE2 container.
 * Pure (no Buffer): the pane sniffs a picked file's bytes the same way.
 */
export type FileContainer = "zip" | "xls" | "encrypted" | "other";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// An encrypted .xlsx is an OLE2 file holding these streams (MS-OFFCRYPTO); directory names are UTF-16LE.
const ENCRYPTION_INFO = utf16le("EncryptionInfo");
const ENCRYPTED_PACKAGE = utf16le("EncryptedPackage");

export function sniffContainer(bytes: Uint8Array): FileContainer {
  if (startsWith(bytes, ZIP_MAGIC)) return "zip";
  if (startsWith(bytes, OLE2_MAGIC)) {
    return includes(bytes, ENCRYPTION_INFO) || includes(bytes, ENCRYPTED_PACKAGE) ? "encrypted" : "xls";
  }
  return "other";
}

function startsWith(bytes: Uint8Array, magic: ReadonlyArray<number>): boolean {
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}

function includes(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0]!;
  for (let at = bytes.indexOf(first); at >= 0 && at + needle.length <= bytes.length; at = bytes.indexOf(first, at + 1)) {
    let k = 1;
    while (k < needle.length && bytes[at + k] === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) bytes[i * 2] = text.charCodeAt(i);
  return bytes;
}
