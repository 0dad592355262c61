import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { MAX_FILE_BYTES } from "../adapters/xlsx/file-bytes";
import { WorkbookReadError } from "../adapters/xlsx/workbook-read-error";
import { fileSystemReason } from "../adapters/xlsx/write-atomic";
import { UnusableInputError } from "./cli-error";

/** A village file as read from disk: its bytes, their sha256 and its time stamp, or why it could not be read. */
export type VillageFile =
  | {
      readonly ok: true;
      readonly hash: string;
      readonly modified: number;
      /** Absent for a file too large for one buffer: the reader then refuses it by its path. */
      readonly bytes?: Uint8Array;
    }
  | { readonly ok: false; readonly problem: string };

/**
 * Reads a village file once, for both its sha256 and the reader. Never throws: a folder named .xlsx, a FIFO
 * (never opened, so never waited on), a missing or forbidden file is this file's problem, in Indonesian.
 */
export async function readVillageFile(file: string): Promise<VillageFile> {
  try {
    const info = await fs.promises.stat(file);
    if (info.isDirectory()) return { ok: false, problem: `${file} adalah folder, bukan berkas desa.` };
    if (!info.isFile()) return { ok: false, problem: `${file} bukan berkas biasa (mungkin FIFO, soket atau perangkat): tidak dibaca.` };
    if (info.size > MAX_FILE_BYTES) return { ok: true, hash: await sha256(file), modified: info.mtimeMs };
    const bytes = await readBytes(file, info.size);
    return { ok: true, hash: createHash("sha256").update(bytes).digest("hex"), modified: info.mtimeMs, bytes };
  } catch (err) {
    return { ok: false, problem: problemOf(err, file) };
  }
}

/**
 * The `size` bytes the stat found (fewer if the file has shrunk since), like `readFile` but without its second
 * stat: each call to the file system's threads costs more than reading a village file from the disk cache.
 */
async function readBytes(file: string, size: number): Promise<Uint8Array> {
  // Without blocking: a file swapped for a FIFO since the stat reads as empty instead of waiting for a writer.
  const handle = await fs.promises.open(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    // Not from the shared pool: the reader keeps these bytes, and a small pooled buffer shares its memory with others.
    const bytes = Buffer.allocUnsafeSlow(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await handle.read(bytes, filled, size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return bytes.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** This file's problem in one Indonesian line, whatever was thrown while reading or checking it. */
export function problemOf(err: unknown, file: string): string {
  if (err instanceof UnusableInputError || err instanceof WorkbookReadError) return err.message.replace(/\s*\n\s*/g, " ");
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const reason = typeof code === "string" ? fileSystemReason(code) : undefined;
  if (reason) return `${file}: ${reason} (${code}).`;
  if (process.env.PEKERJA_RENTAN_DEBUG && err instanceof Error) process.stderr.write(`${file}: ${err.stack}\n`);
  return `${file}: isi buku kerja tidak dapat diolah (ada bagian yang rusak atau tidak lazim, mis. sel tanpa isi yang sah). Buka di Excel, simpan ulang sebagai .xlsx, lalu coba lagi.`;
}

/** The sha256 of a file too large to be held whole, read as a stream. */
async function sha256(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
