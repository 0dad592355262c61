import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { readOutputMarker } from "../../src/adapters/xlsx/write-marker";
import { runCli } from "../helpers/run-cli";
import { cleanWorkers, tempDir, WORKER_HEADER, writeWorkbook } from "../helpers/xlsx";

/**
 * gabung against the folders a Dinas PMD really collects: files it cannot open, copies, old versions, and
 * its own rekap written into the folder. Nothing aborts the rekap, and no village is counted twice.
 */
const dir = tempDir("gabung-robust-");
const sha256 = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const RP_PER_WORKER = 201_600;

interface RekapJson {
  villages: Array<{ desa: string; kode?: string; file: string; eligible: number; total: number; problem?: string; duplicateOf?: string; note?: string }>;
  repeatedFiles: Array<{ code: string; files: string[]; counted: string; message: string }>;
  totals: { villages: number; unreadable: number; notCounted: number; workers: number; budget: number };
  ownOutputs: Array<{ file: string; kind: string }>;
  villagesInSeveralFiles: Record<string, string[]>;
}

async function village(folder: string, name: string, title: string, count: number, serialStart: number): Promise<string> {
  fs.mkdirSync(folder, { recursive: true });
  return writeWorkbook(path.join(folder, name), [[title], WORKER_HEADER, ...cleanWorkers(count, serialStart)], "Data", [2]);
}

async function gabung(...args: string[]): Promise<{ code: number; json: RekapJson; stderr: string }> {
  const run = await runCli("gabung", ...args, "--tahun", "2026", "--json");
  return { code: run.code, json: JSON.parse(run.stdout) as RekapJson, stderr: run.stderr };
}

async function rekapRows(file: string): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const rows: string[][] = [];
  book.getWorksheet("Rekap Desa")!.eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (v) => (v === null || v === undefined ? "" : typeof v === "object" ? "=" : String(v)))));
  return rows;
}

/** A village workbook whose first worker's name is an empty shared string `<si></si>` (QA case X10). */
async function withEmptySharedString(file: string): Promise<string> {
  await writeWorkbook(file, [WORKER_HEADER, ...cleanWorkers(2, 900)], "Data", [2]);
  const parts = unzipSync(new Uint8Array(fs.readFileSync(file)));
  const strings = new TextDecoder().decode(parts["xl/sharedStrings.xml"]!);
  const emptied = strings.replace(/<si><t>Pekerja Nomor A<\/t><\/si>/, "<si></si>");
  expect(emptied).not.toBe(strings);
  parts["xl/sharedStrings.xml"] = new TextEncoder().encode(emptied);
  fs.writeFileSync(file, zipSync(parts));
  return file;
}

describe("gabung survives the files it cannot read", () => {
  it("a symlink loop, a folder named .xlsx, an empty file, an empty <si></si> and junk are reported; the others are recapped and the rekap is written", async () => {
    const folder = path.join(dir, "campur");
    await village(folder, "01-sukamaju.xlsx", "DAFTAR PEKERJA RENTAN DESA SUKAMAJU", 3, 1);
    await village(folder, "02-mekarsari.xlsx", "DAFTAR PEKERJA RENTAN DESA MEKARSARI", 2, 100);
    fs.symlinkSync("03-putar-b.xlsx", path.join(folder, "03-putar-a.xlsx"));
    fs.symlinkSync("03-putar-a.xlsx", path.join(folder, "03-putar-b.xlsx"));
    fs.mkdirSync(path.join(folder, "04-folder.xlsx"));
    fs.writeFileSync(path.join(folder, "05-kosong.xlsx"), "");
    fs.writeFileSync(path.join(folder, "06-acak.xlsx"), Buffer.from("PK\u0003\u0004 bukan zip sungguhan"));
    await withEmptySharedString(path.join(folder, "07-si-kosong.xlsx"));
    fs.writeFileSync(path.join(folder, "~$01-sukamaju.xlsx"), "kunci Excel");
    const rekap = path.join(dir, "rekap-campur.xlsx");

    const { code, json } = await gabung(folder, "--keluar", rekap);
    expect(code).toBe(1);
    const problems = Object.fromEntries(json.villages.filter((v) => v.problem).map((v) => [v.file, v.problem!]));
    expect(Object.keys(problems)).toEqual(expect.arrayContaining(["03-putar-a.xlsx", "03-putar-b.xlsx", "04-folder.xlsx", "05-kosong.xlsx", "06-acak.xlsx"]));
    expect(problems["03-putar-a.xlsx"]).toContain("tautan (symlink)");
    expect(problems["04-folder.xlsx"]).toContain("adalah folder");
    for (const problem of Object.values(problems)) {
      expect(problem).not.toMatch(/Terjadi kesalahan tak terduga|is not a function|too many symbolic links|\n\s+at /);
      expect(problem).not.toContain("\n");
    }
    // The empty shared string is either read (an empty name) or reported: never the end of the rekap.
    expect(json.villages.map((v) => v.file)).toContain("07-si-kosong.xlsx");
    expect(json.totals.villages).toBeGreaterThanOrEqual(2);
    expect(json.villages.find((v) => v.file === "01-sukamaju.xlsx")).toMatchObject({ desa: "Sukamaju", eligible: 3 });

    const rows = await rekapRows(rekap);
    const byFile = new Map(rows.map((r) => [r[2], r]));
    expect(byFile.get("03-putar-a.xlsx")![11]).toMatch(/^Tidak dapat dibaca: /);
    expect(byFile.get("04-folder.xlsx")![4]).toBe("");
    expect(byFile.has("~$01-sukamaju.xlsx")).toBe(false);
  });

  it("when no file can be read the rekap is still written, listing them, and the run exits 2 with one line", async () => {
    const folder = path.join(dir, "rusak-semua");
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, "a.xlsx"), "bukan xlsx");
    fs.mkdirSync(path.join(folder, "b.xlsx"));
    const rekap = path.join(dir, "rekap-rusak.xlsx");
    const { code, json, stderr } = await gabung(folder, "--keluar", rekap);
    expect(code).toBe(2);
    expect(json.totals).toMatchObject({ villages: 0, unreadable: 2 });
    expect(stderr.trim().split("\n")).toEqual([`Tidak ada berkas desa yang dapat direkap (2 tidak dapat dibaca; daftarnya ada di ${rekap}).`]);
    expect((await rekapRows(rekap)).map((r) => r[2])).toEqual(["Berkas", "a.xlsx", "b.xlsx", ""]);
  });
});

describe("gabung counts every village once", () => {
  it("the same file given twice is counted once, with a finding", async () => {
    const a = await village(path.join(dir, "dua-kali"), "desa-a.xlsx", "DAFTAR PEKERJA RENTAN DESA SUKAMAJU", 10, 1);
    const { code, json } = await gabung(a, a);
    expect(json.totals).toMatchObject({ villages: 1, notCounted: 1, workers: 10, budget: 10 * RP_PER_WORKER });
    expect(json.repeatedFiles).toEqual([expect.objectContaining({ code: "FILE_DUPLICATE", files: [a, a], counted: a })]);
    expect(code).toBe(1);
  });

  it("a copy under another name is counted once, and the finding names both files", async () => {
    const folder = path.join(dir, "salinan");
    const a = await village(folder, "desa-a.xlsx", "DAFTAR PEKERJA RENTAN DESA SUKAMAJU", 10, 1);
    const copy = path.join(folder, "desa-a (1).xlsx");
    fs.copyFileSync(a, copy);
    const b = await village(folder, "desa-b.xlsx", "DAFTAR PEKERJA RENTAN DESA MEKARSARI", 4, 500);
    const rekap = path.join(dir, "rekap-salinan.xlsx");
    const { json } = await gabung(folder, "--keluar", rekap);
    expect(json.totals).toMatchObject({ villages: 2, notCounted: 1, workers: 14, budget: 14 * RP_PER_WORKER, duplicateNiks: 0 });
    const finding = json.repeatedFiles[0]!;
    expect(finding).toMatchObject({ code: "FILE_DUPLICATE", files: [copy, a], counted: copy });
    expect(finding.message).toContain(a);
    expect(finding.message).toContain(copy);
    expect(json.villages.find((v) => v.file === "desa-a.xlsx")).toMatchObject({ duplicateOf: "desa-a (1).xlsx", eligible: 0, total: 0 });
    void b;
    // In the rekap the repeated file keeps its row, with the reason and no numbers, so the SUM counts it once.
    const row = (await rekapRows(rekap)).find((r) => r[2] === "desa-a.xlsx")!;
    expect(row.slice(3, 11).every((cell) => cell === "")).toBe(true);
    expect(row[11]).toContain("isinya sama persis");
  });

  it("an old and a new version of the same village (same code, the same people) count once: the newer file", async () => {
    const folder = path.join(dir, "versi");
    const title = "DAFTAR PEKERJA RENTAN DESA KUALA SATONG 61.04.01.2014";
    const old = await village(folder, "kuala-satong-lama.xlsx", title, 8, 1);
    const recent = await village(folder, "kuala-satong.xlsx", title, 12, 1);
    fs.utimesSync(old, new Date("2026-01-05"), new Date("2026-01-05"));
    fs.utimesSync(recent, new Date("2026-03-01"), new Date("2026-03-01"));
    const { code, json } = await gabung(folder);
    expect(json.totals).toMatchObject({ villages: 1, notCounted: 1, workers: 12, budget: 12 * RP_PER_WORKER, duplicateNiks: 0 });
    expect(json.repeatedFiles).toEqual([expect.objectContaining({ code: "VILLAGE_DUPLICATE", files: [recent, old], counted: recent })]);
    expect(json.repeatedFiles[0]!.message).toContain("8 NIK sama");
    expect(json.villages.find((v) => v.file === "kuala-satong-lama.xlsx")).toMatchObject({ duplicateOf: "kuala-satong.xlsx", total: 0 });
    expect(code).toBe(1);
  });

  it("two villages that only share a name (different people) are both counted, with a note", async () => {
    const folder = path.join(dir, "nama-sama");
    await village(folder, "sukamaju-kec-a.xlsx", "DAFTAR PEKERJA RENTAN DESA SUKAMAJU", 3, 1);
    await village(folder, "sukamaju-kec-b.xlsx", "DAFTAR PEKERJA RENTAN DESA SUKAMAJU", 5, 700);
    const { json } = await gabung(folder);
    expect(json.totals).toMatchObject({ villages: 2, notCounted: 0, workers: 8 });
    expect(json.villagesInSeveralFiles).toEqual({ Sukamaju: ["sukamaju-kec-a.xlsx", "sukamaju-kec-b.xlsx"] });
  });
});

describe("gabung never reads its own outputs as villages", () => {
  it("a rekap written into the villages' folder is skipped next time, so the same command runs again with --timpa", async () => {
    const folder = path.join(dir, "ulang");
    await village(folder, "desa-a.xlsx", "DAFTAR PEKERJA RENTAN DESA SUKAMAJU", 3, 1);
    await village(folder, "desa-b.xlsx", "DAFTAR PEKERJA RENTAN DESA MEKARSARI", 2, 100);
    const rekap = path.join(folder, "rekap.xlsx");
    const first = await gabung(folder, "--keluar", rekap);
    const second = await gabung(folder, "--keluar", rekap, "--timpa");
    expect(second.code).toBe(first.code);
    expect(second.json.totals).toEqual(first.json.totals);
    expect(second.json.ownOutputs).toEqual([{ file: rekap, kind: "rekap" }]);
    expect(second.json.villages.map((v) => v.file)).toEqual(["desa-a.xlsx", "desa-b.xlsx"]);
    const text = await runCli("gabung", folder, "--tahun", "2026");
    expect(text.stdout).toContain(`Dilewati: ${rekap} adalah rekap yang ditulis pekerja-rentan gabung, bukan berkas desa.`);
  });

  it("a submission sheet written into the folder is skipped too", async () => {
    const folder = path.join(dir, "keluaran");
    const a = await village(folder, "desa-a.xlsx", "DAFTAR PEKERJA RENTAN DESA SUKAMAJU", 3, 1);
    expect((await runCli("ekspor", a, "--keluar", path.join(folder, "pengajuan.xlsx"), "--tahun", "2026")).code).toBe(0);
    const { json } = await gabung(folder);
    expect(json.ownOutputs).toEqual([{ file: path.join(folder, "pengajuan.xlsx"), kind: "pengajuan" }]);
    expect(json.totals).toMatchObject({ villages: 1, workers: 3, notCounted: 0 });
  });
});

describe("gabung tells its own outputs from the bytes it reads once", () => {
  it("our outputs before, between and after the villages are all skipped, named in the order listed", async () => {
    const folder = path.join(dir, "urutan-keluaran");
    const made = path.join(dir, "urutan-dibuat");
    await village(made, "desa-x.xlsx", "DAFTAR PEKERJA RENTAN DESA SUKAMAJU", 2, 1);
    expect((await gabung(made, "--keluar", path.join(made, "rekap.xlsx"))).code).toBe(0);
    fs.mkdirSync(folder);
    fs.copyFileSync(path.join(made, "rekap.xlsx"), path.join(folder, "00-rekap.xlsx"));
    fs.copyFileSync(path.join(made, "rekap.xlsx"), path.join(folder, "01-rekap-lama.xlsx"));
    await village(folder, "02-desa-a.xlsx", "DAFTAR PEKERJA RENTAN DESA SUKAMAJU", 3, 1);
    expect((await runCli("ekspor", path.join(folder, "02-desa-a.xlsx"), "--keluar", path.join(folder, "03-pengajuan.xlsx"), "--tahun", "2026")).code).toBe(0);
    await village(folder, "04-desa-b.xlsx", "DAFTAR PEKERJA RENTAN DESA MEKARSARI", 2, 100);
    fs.copyFileSync(path.join(made, "rekap.xlsx"), path.join(folder, "05-rekap.xlsx"));

    const { code, json } = await gabung(folder);
    expect(code).toBe(0);
    expect(json.ownOutputs).toEqual([
      { file: path.join(folder, "00-rekap.xlsx"), kind: "rekap" },
      { file: path.join(folder, "01-rekap-lama.xlsx"), kind: "rekap" },
      { file: path.join(folder, "03-pengajuan.xlsx"), kind: "pengajuan" },
      { file: path.join(folder, "05-rekap.xlsx"), kind: "rekap" },
    ]);
    expect(json.villages.map((v) => v.file)).toEqual(["02-desa-a.xlsx", "04-desa-b.xlsx"]);
    expect(json.totals).toMatchObject({ villages: 2, workers: 5, unreadable: 0 });
    const text = await runCli("gabung", folder, "--tahun", "2026");
    expect(text.stdout).toContain("Rekap 2 berkas desa");
    expect(text.stdout.split("\n").filter((line) => line.startsWith("Dilewati: "))).toEqual([
      `Dilewati: ${path.join(folder, "00-rekap.xlsx")} adalah rekap yang ditulis pekerja-rentan gabung, bukan berkas desa.`,
      `Dilewati: ${path.join(folder, "01-rekap-lama.xlsx")} adalah rekap yang ditulis pekerja-rentan gabung, bukan berkas desa.`,
      `Dilewati: ${path.join(folder, "03-pengajuan.xlsx")} adalah lembar pengajuan yang ditulis pekerja-rentan ekspor, bukan berkas desa.`,
      `Dilewati: ${path.join(folder, "05-rekap.xlsx")} adalah rekap yang ditulis pekerja-rentan gabung, bukan berkas desa.`,
    ]);

    // Listed first, last run's rekap is written again with --timpa: it is ours, not a village file.
    const again = await gabung(folder, "--keluar", path.join(folder, "00-rekap.xlsx"), "--timpa");
    expect(again.code).toBe(0);
    expect(again.json.totals).toEqual(json.totals);
    expect(await readOutputMarker(path.join(folder, "00-rekap.xlsx"))).toBe("rekap");
  });

  it("a folder holding only our outputs is refused, naming them, before the rekap's folder is looked at", async () => {
    const folder = path.join(dir, "hanya-keluaran");
    await village(folder, "desa-a.xlsx", "DAFTAR PEKERJA RENTAN DESA SUKAMAJU", 2, 1);
    expect((await gabung(folder, "--keluar", path.join(folder, "rekap.xlsx"))).code).toBe(0);
    fs.unlinkSync(path.join(folder, "desa-a.xlsx"));
    const run = await runCli("gabung", folder, "--keluar", path.join(dir, "tidak/ada/rekap.xlsx"), "--tahun", "2026");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`Tidak ada berkas desa untuk direkap: ${path.join(folder, "rekap.xlsx")} (rekap yang ditulis pekerja-rentan gabung).\n`);
  });
});

describe("gabung never writes over a village file", () => {
  it.each(["symlink", "hard link"])("a %s to a village file as --keluar, even with --timpa, exits 2 and the village file is unchanged", async (kind) => {
    const folder = path.join(dir, `tautan-${kind.replace(" ", "-")}`);
    const a = await village(folder, "desa-a.xlsx", "DAFTAR PEKERJA RENTAN DESA SUKAMAJU", 3, 1);
    await village(folder, "desa-b.xlsx", "DAFTAR PEKERJA RENTAN DESA MEKARSARI", 2, 100);
    const link = path.join(dir, `rekap-${kind.replace(" ", "-")}.xlsx`);
    if (kind === "symlink") fs.symlinkSync(a, link);
    else fs.linkSync(a, link);
    const before = sha256(a);
    const run = await runCli("gabung", folder, "--keluar", link, "--timpa", "--tahun", "2026");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`Berkas hasil ${link} adalah berkas masukan ${a}. pekerja-rentan tidak pernah menimpa berkas masukan, juga dengan --timpa. Pilih nama lain untuk --keluar.\n`);
    expect(sha256(a)).toBe(before);
  });

  it("a hard link inside the folder is one of the inputs: refused as well", async () => {
    const folder = path.join(dir, "tautan-dalam");
    const a = await village(folder, "desa-a.xlsx", "DAFTAR PEKERJA RENTAN DESA SUKAMAJU", 3, 1);
    fs.linkSync(a, path.join(folder, "rekap.xlsx"));
    const before = sha256(a);
    const run = await runCli("gabung", folder, "--keluar", path.join(folder, "rekap.xlsx"), "--timpa", "--tahun", "2026");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("tidak pernah menimpa berkas masukan");
    expect(sha256(a)).toBe(before);
  });

  it("a missing output folder is refused before any village file is read", async () => {
    const run = await runCli("gabung", path.join(dir, "belum-ada.xlsx"), "--keluar", path.join(dir, "tidak/ada/rekap.xlsx"), "--tahun", "2026");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`Folder untuk berkas hasil tidak ada: ${path.join(dir, "tidak/ada")}\n`);
  });
});
