import { constants, type Stats } from "node:fs";
import { access, readdir, realpath, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileSystemReason } from "../adapters/xlsx/write-atomic";
import { UnusableInputError } from "./cli-error";

export interface OutputGuardOptions {
  /** Whether names in the output's folder ignore letter case; probed when absent (for tests). */
  readonly caseInsensitive?: boolean;
}

/**
 * The one rule for every command that writes (ekspor, calon, gabung), checked before the (long) read of
 * the inputs, so a mistake in the command costs nothing:
 * - the output's folder exists and may be written to;
 * - the output is a file name, not a folder;
 * - the output is never one of the inputs, whatever the spelling: a relative path, `..`, a symbolic link,
 *   a hard link (same device and inode), or another letter case on a file system that ignores case
 *   (Windows, macOS; probed in the output's folder);
 * - an existing file is replaced only with --timpa (and the writers check again when they put the
 *   finished file in place, `write-atomic.ts`).
 */
export async function refuseUnsafeOutput(target: string, inputs: readonly string[], overwrite: boolean, options: OutputGuardOptions = {}): Promise<void> {
  const folder = dirname(resolve(target));
  const folderStat = await stat(folder).catch(() => undefined);
  if (!folderStat?.isDirectory()) throw new UnusableInputError(`Folder untuk berkas hasil tidak ada: ${folder}`);
  try {
    await access(folder, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "EACCES";
    const reason =
      code === "EACCES" || code === "EPERM" ? "izin menulis di folder itu ditolak; pilih folder lain (mis. Dokumen) atau minta hak tulis" : (fileSystemReason(code, "tulis") ?? "sistem berkas menolaknya");
    throw new UnusableInputError(`Folder ${folder} tidak dapat ditulisi untuk berkas hasil ${target}: ${reason} (${code}).`);
  }
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new UnusableInputError(`${target} adalah folder. Sebutkan nama berkas hasil, mis. ${join(target, "hasil.xlsx")}`);

  const realFolder = await realpath(folder);
  const targetReal = existing ? await realpath(target).catch(() => resolve(realFolder, basename(target))) : resolve(realFolder, basename(target));
  const foldCase = options.caseInsensitive ?? (await isCaseInsensitiveFolder(realFolder));
  const fold = (p: string) => (foldCase ? p.normalize("NFC").toLowerCase() : p);
  for (const input of inputs) {
    const inputStat = await stat(input).catch(() => undefined);
    if (!inputStat) continue;
    const inputReal = await realpath(input).catch(() => resolve(input));
    if ((existing && sameFile(existing, inputStat)) || fold(inputReal) === fold(targetReal)) {
      throw new UnusableInputError(
        `Berkas hasil ${target} adalah berkas masukan ${input}. pekerja-rentan tidak pernah menimpa berkas masukan, juga dengan --timpa. Pilih nama lain untuk --keluar.`,
      );
    }
  }
  if (existing && !overwrite) {
    throw new UnusableInputError(`Berkas ${target} sudah ada. Tambahkan --timpa untuk menimpanya, atau pilih nama lain untuk --keluar.`);
  }
}

/** Same device and inode: one file under two names (a hard link). Some file systems report inode 0 for all. */
function sameFile(a: Stats, b: Stats): boolean {
  return a.ino !== 0 && a.dev === b.dev && a.ino === b.ino;
}

/**
 * Does this folder's file system ignore letter case? Probed with a name in the folder: the same name in the
 * other case leads to the same file on NTFS, APFS/HFS+, FAT and exFAT, and to nothing on ext4. A folder
 * without such a name (empty, or names without letters) falls back to the platform's usual answer.
 */
export async function isCaseInsensitiveFolder(folder: string): Promise<boolean> {
  const fallback = process.platform === "win32" || process.platform === "darwin";
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return fallback;
  }
  for (const name of names.slice(0, 200)) {
    const swapped = swapCase(name);
    if (swapped === name) continue;
    const original = await stat(join(folder, name)).catch(() => undefined);
    if (!original) continue;
    const other = await stat(join(folder, swapped)).catch(() => undefined);
    if (!other) return false;
    // Both spellings listed: two files, a case-sensitive folder. Otherwise the other spelling found this one.
    return names.includes(swapped) ? sameFile(original, other) : true;
  }
  return fallback;
}

function swapCase(name: string): string {
  let out = "";
  for (const ch of name) {
    const lower = ch.toLowerCase();
    out += ch === lower ? ch.toUpperCase() : lower;
  }
  return out;
}
