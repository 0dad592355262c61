import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";

/** `soffice` on the PATH (installed by .ci/run; /usr/bin/soffice on the CI image). */
export function sofficePath(): string {
  try {
    return execFileSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("LibreOffice (soffice) tidak terpasang: pasang libreoffice-calc untuk menjalankan uji pulang-pergi ini.");
  }
}

/**
 * Converts the first sheet of `file` to CSV with LibreOffice, as an independent reader of our .xlsx.
 * Each run gets its own profile directory so parallel test workers do not fight over one.
 */
export function libreOfficeCsv(file: string, outDir: string): string {
  return readFileSync(libreOfficeConvert(file, outDir, "csv"), "utf8");
}

/** Opens `file` in LibreOffice and saves it as `format` ("csv", "xlsx") in `outDir`; returns the new file's path. */
export function libreOfficeConvert(file: string, outDir: string, format: string): string {
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  try {
    const run = spawnSync(
      sofficePath(),
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", format, "--outdir", outDir, file],
      { encoding: "utf8", timeout: 90_000 },
    );
    if (run.status !== 0) throw new Error(`soffice gagal (${run.status}): ${run.stderr}`);
    return join(outDir, `${basename(file, extname(file))}.${format}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** RFC 4180 fields of a CSV text (quoted fields may hold the separator, quotes and line breaks). */
export function parseCsv(text: string, separator = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (quoted) {
      if (char !== '"') field += char;
      else if (body[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && body[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
