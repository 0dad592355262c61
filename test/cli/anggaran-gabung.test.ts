import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ensureBuiltCli } from "../helpers/built-cli";
import { runCli } from "../helpers/run-cli";
import { cleanWorkers, tempDir, WORKER_HEADER, writeWorkbook } from "../helpers/xlsx";

const dir = tempDir();
let hundred: string;

beforeAll(async () => {
  hundred = await writeWorkbook(path.join(dir, "seratus.xlsx"), [WORKER_HEADER, ...cleanWorkers(100)], "Data", [2]);
});

describe("pekerja-rentan anggaran", () => {
  it("100 workers × 12 months at the normal rate is Rp 20.160.000", async () => {
    const out = await runCli("anggaran", hundred, "--tahun", "2026", "--json");
    const json = JSON.parse(out.stdout);
    expect(out.code).toBe(0);
    expect(json).toMatchObject({ workers: 100, excluded: 0, months: 12, perWorkerMonthly: 16800, total: 20_160_000, target: { goal: 100, reached: 100 } });
    expect(json.terbilang).toBe("dua puluh juta seratus enam puluh ribu rupiah");
  });

  it("with the PP 50/2025 switch on, 2026 from January costs Rp 12.600.000 and says so", async () => {
    const json = JSON.parse((await runCli("anggaran", hundred, "--tahun", "2026", "--diskon-pp50", "--json")).stdout);
    expect(json.total).toBe(12_600_000);
    expect(json.perWorkerMonthly).toEqual(expect.any(Array));
    expect(json.notes.join(" ")).toMatch(/PP 50\/2025/);
  });

  it("with JHT the package is Rp 36.800 a month", async () => {
    const json = JSON.parse((await runCli("anggaran", hundred, "--tahun", "2027", "--jht", "--json")).stdout);
    expect(json.perWorkerMonthly).toBe(36800);
  });

  it("rows with errors are left out of the budget and counted by code", async () => {
    const rows = cleanWorkers(3);
    rows[0]![1] = "123";
    const file = await writeWorkbook(path.join(dir, "galat.xlsx"), [WORKER_HEADER, ...rows], "Data", [2]);
    const out = await runCli("anggaran", file, "--tahun", "2026", "--json");
    const json = JSON.parse(out.stdout);
    expect(json).toMatchObject({ workers: 2, excluded: 1, excludedByCode: { NIK_FORMAT: 1 }, total: 2 * 201_600 });
    expect(out.code).toBe(1);
  });

  it("answers how many workers an amount covers", async () => {
    const out = await runCli("anggaran", hundred, "--tahun", "2026", "--dana", "10000000");
    expect(out.stdout).toContain("cukup untuk 49 pekerja");
  });

  it("an unknown funding source is refused with the list of codes", async () => {
    const out = await runCli("anggaran", hundred, "--tahun", "2026", "--sumber", "APBN");
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("ADD");
  });
});

describe("pekerja-rentan gabung", () => {
  it("reports each village against the target and a NIK enrolled by two villages, naming both files and rows", async () => {
    const a = cleanWorkers(3, 1);
    const b = cleanWorkers(2, 500);
    b[1]![1] = a[2]![1]; // the same person on both lists
    const fileA = await writeWorkbook(path.join(dir, "desa-a.xlsx"), [["DAFTAR PEKERJA RENTAN DESA SUKAMAJU"], WORKER_HEADER, ...a], "Data", [2]);
    const fileB = await writeWorkbook(path.join(dir, "desa-b.xlsx"), [["DAFTAR PEKERJA RENTAN DESA MEKARSARI"], WORKER_HEADER, ...b], "Data", [2]);
    const rekap = path.join(dir, "rekap.xlsx");
    const out = await runCli("gabung", fileA, fileB, "--tahun", "2026", "--keluar", rekap, "--json");
    const json = JSON.parse(out.stdout);
    expect(json.villages.map((v: { desa: string }) => v.desa)).toEqual(["Sukamaju", "Mekarsari"]);
    expect(json.villages[0]).toMatchObject({ eligible: 3, shortfall: 97, total: 3 * 201_600 });
    expect(json.duplicates).toHaveLength(1);
    const f = json.duplicates[0].findings[0];
    expect(f).toMatchObject({ code: "NIK_DUPLICATE_ACROSS", file: "desa-a.xlsx", row: 5 });
    expect(f.message).toContain("desa-b.xlsx, baris 4");
    expect(json.totals).toMatchObject({ villages: 2, workers: 5, budget: 5 * 201_600 });
    expect(out.code).toBe(1);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(rekap);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Rekap Desa", "NIK Ganda Antar Desa", "Keterangan"]);
    expect(wb.getWorksheet("NIK Ganda Antar Desa")!.getCell("A2").value).toBe(a[2]![1]);
  });

  it("a folder stands for its workbooks, and an unreadable one is reported while the rest are consolidated", async () => {
    const folder = path.join(dir, "kabupaten");
    fs.mkdirSync(folder);
    await writeWorkbook(path.join(folder, "01-sukamaju.xlsx"), [WORKER_HEADER, ...cleanWorkers(2)], "Data", [2]);
    fs.writeFileSync(path.join(folder, "02-rusak.xlsx"), "bukan xlsx");
    const out = await runCli("gabung", folder, "--tahun", "2026", "--json");
    const json = JSON.parse(out.stdout);
    expect(json.totals).toMatchObject({ villages: 1, unreadable: 1, workers: 2 });
    expect(json.villages[1].problem).toContain("02-rusak.xlsx");
  });

  it("never overwrites one of its input files", async () => {
    const out = await runCli("gabung", hundred, "--keluar", hundred, "--timpa");
    expect(out.code).toBe(2);
  });
});

describe("the installed command", () => {
  it("runs as `pekerja-rentan` from the repository after the build", () => {
    const root = path.join(__dirname, "../..");
    ensureBuiltCli();
    const out = spawnSync(process.execPath, [path.join(root, "bin/pekerja-rentan.js"), "periksa", hundred, "--tahun", "2026"], { encoding: "utf8" });
    expect(out.status).toBe(0);
    expect(out.stdout).toContain("100 siap didaftarkan");
  });
});
