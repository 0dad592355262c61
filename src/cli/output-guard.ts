import { realpath, stat } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { UnusableInputError } from "./cli-error";

/**
 * The output must never be one of the inputs (whatever the spelling: relative path, symlink, hard link,
 * another letter case on Windows or macOS), and an existing file is replaced only with --timpa.
 * Checked before the (long) read of the inputs, so a mistake in the command costs nothing.
 */
export async function refuseUnsafeOutput(target: string, inputs: readonly string[], overwrite: boolean): Promise<void> {
  const folder = dirname(resolve(target));
  const folderStat = await stat(folder).catch(() => undefined);
  if (!folderStat?.isDirectory()) throw new UnusableInputError(`Folder untuk berkas hasil tidak ada: ${folder}`);
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new UnusableInputError(`${target} adalah folder. Sebutkan nama berkas hasil, mis. ${target}/hasil.xlsx`);
  const targetReal = existing ? await realpath(target) : resolve(await realpath(folder), basename(target));
  for (const input of inputs) {
    const inputStat = await stat(input).catch(() => undefined);
    if (!inputStat) continue;
    const sameInode = existing !== undefined && existing.dev === inputStat.dev && existing.ino === inputStat.ino;
    if (sameInode || (await realpath(input)) === targetReal) {
      throw new UnusableInputError(
        `Berkas hasil ${target} adalah berkas masukan ${input}. pekerja-rentan tidak pernah menimpa berkas masukan, juga dengan --timpa. Pilih nama lain untuk --keluar.`,
      );
    }
  }
  if (existing && !overwrite) {
    throw new UnusableInputError(`Berkas ${target} sudah ada. Tambahkan --timpa untuk menimpanya, atau pilih nama lain untuk --keluar.`);
  }
}
