import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { readXlsxFile } from "../../src/adapters/xlsx/read-workbook";
import { isTemporaryName } from "../../src/adapters/xlsx/write-atomic";
import { BIN, ensureBuiltCli, IS_ROOT, NOBODY, ROOT, runBuiltCli, startBuiltCli } from "../helpers/built-cli";
import { cleanWorkers, tempDir, WORKER_HEADER, writeWorkbook } from "../helpers/xlsx";

/**
 * The installed command as a real process: pipes closed by the reader, signals while writing, folders it
 * may not write to, a file size limit. Always one Indonesian line or nothing on stderr, never a stack.
 */
const dir = tempDir("proses-");
const EXAMPLE = path.join(ROOT, "contoh/desa-contoh.xlsx");
const temporaries = (folder: string) => fs.readdirSync(folder).filter(isTemporaryName);

/** A village list as CSV with `count` clean workers (quick to read, slow enough to write to be interrupted). */
function bigList(file: string, count: number): string {
  const lines = ["No;NIK;Nama Lengkap;Tgl. Lahir;L/P;Pekerjaan;No. HP;Alamat"];
  for (let i = 0; i < count; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    const month = String(1 + (i % 12)).padStart(2, "0");
    const year = 1980 + (i % 10);
    const nik = `610401${day}${month}${String(year % 100).padStart(2, "0")}${String(1 + (i % 9999)).padStart(4, "0")}`;
    lines.push(`${i + 1};${nik};Pekerja ${"abcdefghij"[i % 10]}${"abcdefghij"[Math.floor(i / 10) % 10]};${day}-${month}-${year};L;Petani;081234567890;Dusun Satu RT 01 RW 02`);
  }
  fs.writeFileSync(file, lines.join("\r\n") + "\r\n");
  return file;
}

beforeAll(() => {
  ensureBuiltCli();
  // Readable by `nobody` too, for the tests that drop to it.
  fs.chmodSync(dir, 0o755);
}, 180_000);

describe("a reader that closes the pipe", () => {
  // When the reader goes before the output is written, the write fails (EPIPE): quietly, exit 0. When all the
  // output fitted into the pipe first, nothing failed and the command's own code stands (1: the example
  // has rows with errors). Never a stack trace.
  it.each([
    ["periksa … | true (closed before anything is written)", `periksa "${EXAMPLE}" --tahun 2026`, "true", ["0"]],
    ["periksa contoh/desa-contoh.xlsx | head -1", `periksa "${EXAMPLE}" --tahun 2026`, "head -1", ["0", "1"]],
    ["periksa --json … | head -c 10", `periksa "${EXAMPLE}" --tahun 2026 --json`, "head -c 10", ["0", "1"]],
    ["gabung … | head -1", `gabung "${EXAMPLE}" "${EXAMPLE}" --tahun 2026`, "head -1", ["0", "1"]],
    ["gabung … | true", `gabung "${EXAMPLE}" "${EXAMPLE}" --tahun 2026`, "true", ["0"]],
  ])("%s: nothing on stderr", (_name, command, reader, statuses) => {
    const err = path.join(dir, "stderr.txt");
    const script = `"${process.execPath}" "${BIN}" ${command} 2>"$ERR" | ${reader} >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const run = spawnSync("bash", ["-c", script], { encoding: "utf8", env: { ...process.env, ERR: err, NO_COLOR: "1" } });
    expect(fs.readFileSync(err, "utf8")).toBe("");
    expect(statuses).toContain(run.stdout.trim());
  });
});

describe("an interrupted ekspor leaves no temporary file holding personal data", () => {
  let list: string;
  beforeAll(() => {
    list = bigList(path.join(dir, "daftar-besar.csv"), 60_000);
  });

  it.each(["SIGTERM", "SIGINT"] as const)("%s while the .xlsx is being written: the temporary file is removed and no half-written result is left", async (signal) => {
    const folder = path.join(dir, `sinyal-${signal}`);
    fs.mkdirSync(folder);
    const out = path.join(folder, "pengajuan.xlsx");
    const child = startBuiltCli(["ekspor", list, "--keluar", out, "--tahun", "2026"]);
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, sig) => resolve({ code, signal: sig })));
    let seen: string[] = [];
    const deadline = Date.now() + 150_000;
    while (seen.length === 0 && Date.now() < deadline && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 5));
      seen = temporaries(folder);
    }
    expect(seen).toHaveLength(1);
    // At once: our writer fills 60,000 rows in a fraction of a second on a quiet machine, and a signal sent
    // after the rename would test nothing. The temporary file holds personal data from its first piece.
    child.kill(signal);
    const result = await ended;
    expect(result.signal).toBe(signal);
    // Never the temporary file. Our writer holds the thread while it writes, so a signal that lands in the
    // last moments is handled once the result is in place: then it must be the whole workbook, never a
    // half-written one (the rename is what makes it appear).
    expect(temporaries(folder)).toEqual([]);
    const left = fs.readdirSync(folder);
    expect(left.filter((name) => name !== "pengajuan.xlsx")).toEqual([]);
    if (left.length > 0) {
      const book = await readXlsxFile(out);
      expect(book.sheets[0]?.rows.length).toBeGreaterThan(60_000);
    }
    expect(stderr).toBe("");
  }, 180_000);
});

describe("ordinary environment errors on the output", () => {
  it("a folder the user may not write to is refused before the list is read, in one line, exit 2 (ekspor, calon, gabung)", () => {
    const readOnly = path.join(dir, "hanya-baca");
    fs.mkdirSync(readOnly);
    fs.chmodSync(readOnly, 0o555);
    const missingList = path.join(dir, "belum-ada.xlsx");
    // Root writes anywhere: the check is made as `nobody`, as a secretary's account would be.
    const as = IS_ROOT ? NOBODY : {};
    const runs = [
      runBuiltCli(["ekspor", missingList, "--keluar", path.join(readOnly, "pengajuan.xlsx")], as),
      runBuiltCli(["calon", "--dtks", missingList, "--keluar", path.join(readOnly, "calon.xlsx")], as),
      runBuiltCli(["gabung", missingList, "--keluar", path.join(readOnly, "rekap.xlsx")], as),
    ];
    for (const [i, run] of runs.entries()) {
      const out = path.join(readOnly, ["pengajuan.xlsx", "calon.xlsx", "rekap.xlsx"][i]!);
      expect([run.status, run.stdout]).toEqual([2, ""]);
      expect(run.stderr).toBe(`Folder ${readOnly} tidak dapat ditulisi untuk berkas hasil ${out}: izin menulis di folder itu ditolak; pilih folder lain (mis. Dokumen) atau minta hak tulis (EACCES).\n`);
    }
  });

  it("a file too large for the disk or the system (EFBIG) is one line naming the file, exit 2, and the temporary file is removed", () => {
    const prlimit = spawnSync("prlimit", ["--version"]);
    if (prlimit.status !== 0) return; // util-linux is not everywhere; the mapping is tested in write-atomic.test.ts.
    const folder = path.join(dir, "batas-ukuran");
    fs.mkdirSync(folder);
    const list = bigList(path.join(dir, "daftar-sedang.csv"), 5_000);
    const out = path.join(folder, "pengajuan.xlsx");
    const run = spawnSync("prlimit", ["--fsize=100000", process.execPath, BIN, "ekspor", list, "--keluar", out, "--tahun", "2026"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`Berkas hasil ${out} tidak dapat ditulis: berkas melebihi ukuran terbesar yang diizinkan disk atau sistem, mis. 4 GB pada flashdisk FAT32 (EFBIG).\n`);
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it("an input the user may not read is one line naming it, not the internal-bug message", async () => {
    if (!IS_ROOT && process.getuid?.() === undefined) return;
    const secret = await writeWorkbook(path.join(dir, "rahasia.xlsx"), [WORKER_HEADER, ...cleanWorkers(2)], "Data", [2]);
    fs.chmodSync(secret, 0o000);
    const run = runBuiltCli(["periksa", secret], IS_ROOT ? NOBODY : {});
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(secret);
    expect(run.stderr).not.toContain("Terjadi kesalahan tak terduga");
    fs.chmodSync(secret, 0o644);
  });
});
