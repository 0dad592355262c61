import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { sofficePath } from "../soffice";

/**
 * The first sheet of `file` as LibreOffice shows it, saved as UTF-8 CSV: the filter's options are comma,
 * double quote, UTF-8 (76), from line 1, and "save cell contents as shown", so number formats apply
 * ("16,800", "17/05/1990") and an emoji survives. (`soffice.ts`'s plain "csv" uses the system charset and
 * raw values.) Each run gets its own LibreOffice profile so parallel test workers do not fight over one.
 */
export function libreOfficeShownCsv(file: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  try {
    const run = spawnSync(
      sofficePath(),
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true", "--outdir", outDir, file],
      { encoding: "utf8", timeout: 90_000 },
    );
    if (run.status !== 0) throw new Error(`soffice gagal (${run.status}): ${run.stderr}`);
    return readFileSync(join(outDir, `${basename(file, extname(file))}.csv`), "utf8");
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
