import { randomBytes } from "node:crypto";
import { unlinkSync } from "node:fs";
import { link, rename, stat, unlink } from "node:fs/promises";
import { constants } from "node:os";
import { basename, dirname, join } from "node:path";
import { UnusableInputError } from "../unusable-input-error";

/**
 * Every file pekerja-rentan writes (submission, companion, CSV, rekap, candidates) goes through
 * `writeAtomically`: it is written under a hidden temporary name in the target's folder and renamed
 * onto the target only when complete. So
 * - a failure or an interruption never leaves half a file under the real name;
 * - the rename replaces the directory entry, never the file behind it: a symbolic or hard link named as
 *   the output is replaced by the new file, and the file it pointed to (a village's list) is untouched;
 * - the temporary file, which holds personal data, is removed on failure, on Ctrl-C (SIGINT), on SIGTERM
 *   and SIGHUP, and on `process.exit`;
 * - the file system's refusals (no permission, disk full, read-only disk…) become one Indonesian line
 *   naming the file (`OutputWriteError`, exit 2), not the internal-bug message.
 */
export interface AtomicWriteOptions {
  /**
   * False: the target must still not exist when the finished file is put in place (the check before the
   * long read may be minutes old). True (`--timpa`): an existing target is replaced.
   */
  readonly overwrite?: boolean;
}

/** Why an output could not be written: the path and the file system's code (EACCES, ENOSPC…). */
export class OutputWriteError extends UnusableInputError {
  constructor(
    readonly path: string,
    readonly code: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(outputMessage(path, code), options);
  }
}

/** Writes `target` through `write(temporaryPath)`, then renames; see the file's comment. */
export async function writeAtomically(target: string, write: (temporary: string) => Promise<void>, options: AtomicWriteOptions = {}): Promise<void> {
  const temporary = temporaryPathFor(target);
  const release = trackTemporaryFile(temporary);
  try {
    try {
      await write(temporary);
    } catch (error) {
      throw asOutputError(error, target);
    }
    await putInPlace(temporary, target, options.overwrite ?? true);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  } finally {
    release();
  }
}

/** `.hasil.xlsx.1234-9f0c2a1b.tmp` beside the target: same folder, so the rename never crosses disks. */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

/** True for a name `temporaryPathFor` makes (for a folder listing, a test, a clean-up). */
export function isTemporaryName(name: string): boolean {
  return /^\..+\.\d+-[0-9a-f]{8}\.tmp$/.test(name);
}

async function putInPlace(temporary: string, target: string, overwrite: boolean): Promise<void> {
  if (!overwrite) {
    // A hard link fails with EEXIST when the name is taken: no window between the check and the write.
    try {
      await link(temporary, target);
      await unlink(temporary).catch(() => undefined);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST") throw alreadyThere(target);
      // Some file systems (FAT flash disks, some network shares) have no hard links: check, then rename.
      if (await stat(target).then(() => true, () => false)) throw alreadyThere(target);
    }
  }
  try {
    await rename(temporary, target);
  } catch (error) {
    throw asOutputError(error, target);
  }
}

function alreadyThere(target: string): UnusableInputError {
  return new UnusableInputError(`Berkas ${target} dibuat oleh program lain selama pekerja-rentan bekerja. Tambahkan --timpa untuk menimpanya, atau pilih nama lain untuk --keluar.`);
}

/** A file system error (it has a code such as EACCES) becomes an `OutputWriteError`; anything else is left alone. */
function asOutputError(error: unknown, target: string): unknown {
  if (error instanceof UnusableInputError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === "string" && fileSystemReason(code)) return new OutputWriteError(target, code, { cause: error });
  return error;
}

function outputMessage(path: string, code: string | undefined): string {
  const reason = (code && fileSystemReason(code, "tulis")) ?? "sistem berkas menolaknya";
  return `Berkas hasil ${path} tidak dapat ditulis: ${reason}${code ? ` (${code})` : ""}.`;
}

/**
 * The file system's error codes a secretary can meet, in Indonesian: why, and what to do. `undefined` for a
 * code that is not a file system error (then it is our bug). Shared by the writers and the CLI's readers.
 */
export function fileSystemReason(code: string, action: "baca" | "tulis" = "baca"): string | undefined {
  switch (code) {
    case "EACCES":
    case "EPERM":
      return action === "tulis"
        ? "izin menulis ditolak (folder tanpa hak tulis, atau berkas itu sedang dibuka di Excel); tutup berkasnya, atau pilih folder lain (mis. Dokumen)"
        : "izin membuka berkas ditolak; periksa hak aksesnya, atau tutup berkas itu di program lain";
    case "ENOSPC":
      return "disk penuh; kosongkan ruang disk atau pilih disk lain";
    case "EDQUOT":
      return "kuota disk Anda habis; hapus berkas lama atau pilih disk lain";
    case "EFBIG":
    case "ERR_FS_FILE_TOO_LARGE":
      return action === "tulis"
        ? "berkas melebihi ukuran terbesar yang diizinkan disk atau sistem, mis. 4 GB pada flashdisk FAT32"
        : "berkas terlalu besar untuk dibaca (lebih dari 2 GB); pecah menjadi beberapa berkas";
    case "EISDIR":
      return "nama itu adalah folder, bukan berkas";
    case "ENOTDIR":
    case "ENOENT":
      return action === "tulis" ? "foldernya tidak ada (lagi)" : "berkas atau foldernya tidak ada";
    case "EROFS":
      return "disk atau folder itu hanya dapat dibaca (mis. CD, atau flashdisk yang dikunci)";
    case "ENAMETOOLONG":
      return "nama atau jalurnya terlalu panjang; pakai nama atau folder yang lebih pendek";
    case "ELOOP":
      return "tautan (symlink) yang menunjuk ke dirinya sendiri atau berputar";
    case "EBUSY":
    case "ETXTBSY":
      return "berkas sedang dipakai program lain; tutup di Excel atau tunggu antivirus selesai, lalu coba lagi";
    case "EMFILE":
    case "ENFILE":
      return "terlalu banyak berkas terbuka sekaligus; tutup program lain lalu coba lagi";
    case "EIO":
      return `kesalahan ${action === "tulis" ? "tulis" : "baca"} pada disk; salin berkasnya ke disk lain lalu coba lagi`;
    case "EAGAIN":
    case "EWOULDBLOCK":
      return "berkas terkunci sementara; coba lagi";
    case "EINVAL":
      return action === "tulis" ? "nama berkas tidak diterima oleh disk itu (huruf seperti : * ? \" < > | tidak boleh di Windows)" : undefined;
    case "ENXIO":
    case "ENODEV":
      return "bukan berkas biasa (perangkat)";
    case "ETIMEDOUT":
    case "EHOSTDOWN":
    case "ESTALE":
      return "folder jaringan tidak menjawab; salin berkasnya ke komputer ini lalu coba lagi";
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Temporary files removed on interruption.

const live = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
let installed = false;

/** Removes every temporary file still being written. Synchronous: it runs in signal and exit handlers. */
export function removeTemporaryFiles(): number {
  let removed = 0;
  for (const file of live) {
    try {
      unlinkSync(file);
      removed++;
    } catch {
      // Not created yet, or gone already.
    }
    live.delete(file);
  }
  return removed;
}

/** The temporary files being written now (for tests). */
export function liveTemporaryFiles(): readonly string[] {
  return [...live];
}

function onSignal(signal: NodeJS.Signals): void {
  removeTemporaryFiles();
  uninstall();
  // With our handler gone the signal's own action applies: the process ends as it would have (exit 130 for
  // Ctrl-C), and whoever waits for it sees the signal. Windows emulates only some signals.
  try {
    process.kill(process.pid, signal);
  } catch {
    process.exit(128 + (constants.signals[signal] ?? 1));
  }
}

function onExit(): void {
  removeTemporaryFiles();
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on("exit", onExit);
}

function uninstall(): void {
  if (!installed) return;
  installed = false;
  for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  process.removeListener("exit", onExit);
}

/** Registers a temporary file for removal on interruption; the returned function unregisters it. */
export function trackTemporaryFile(file: string): () => void {
  live.add(file);
  install();
  return () => {
    live.delete(file);
    if (live.size === 0) uninstall();
  };
}
