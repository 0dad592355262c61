import * as fs from "node:fs";
import * as path from "node:path";
import { excelRowOfWorker, PLANTED } from "../../scripts/buat-contoh";
import { runCli } from "../helpers/run-cli";
import { cleanWorkers, tempDir, WORKER_HEADER, writeWorkbook } from "../helpers/xlsx";

const EXAMPLE = path.join(__dirname, "../../contoh/desa-contoh.xlsx");
const EXAMPLE_DTKS = path.join(__dirname, "../../contoh/dtks-contoh.xlsx");

describe("pekerja-rentan periksa on the bundled example", () => {
  let json: { rows: number; sheet: string; mapping: Record<string, { column: string; header: string }>; findings: Array<{ row: number; code: string; severity: string; field: string; message: string }>; summary: { errors: number; warnings: number; dtks: Record<string, number> } };
  let code: number;

  beforeAll(async () => {
    const out = await runCli("periksa", EXAMPLE, "--dtks", EXAMPLE_DTKS, "--desa", "61.04.01.2014", "--tahun", "2026", "--json");
    code = out.code;
    json = JSON.parse(out.stdout);
  });

  it("reads all 120 workers under the title rows and reports the mapping it used", () => {
    expect(json.rows).toBe(120);
    expect(json.sheet).toBe("Data Pekerja Rentan");
    expect(json.mapping.nik).toEqual({ column: "B", header: "NIK" });
    expect(json.mapping.tanggal_lahir).toEqual({ column: "F", header: "Tgl. Lahir" });
  });

  it.each(Object.entries(PLANTED))("finds the planted problem %s on its Excel row", (_name, planted) => {
    const row = excelRowOfWorker(planted.worker);
    expect(json.findings).toContainEqual(expect.objectContaining({ row, code: planted.code }));
  });

  it("exits 1 because some rows have errors", () => {
    expect(code).toBe(1);
  });

  it("counts the DTKS results; a NIK under another name is not counted as found", () => {
    expect(json.summary.dtks).toMatchObject({ extractRows: 284, notFound: 15, nameMismatch: 1 });
    expect(json.summary.dtks.foundByName).toBeGreaterThanOrEqual(1);
    expect(json.summary.dtks.found + json.summary.dtks.foundByName + json.summary.dtks.nameMismatch + json.summary.dtks.notFound + json.summary.dtks.notChecked).toBe(120);
  });

  it("the legacy extract's desil 1–5 is above the default desil 1–4 for many, and --desil-maks 5 leaves only the planted one", async () => {
    expect(json.summary.dtks.desilAbove).toBeGreaterThan(1);
    const five = JSON.parse((await runCli("periksa", EXAMPLE, "--dtks", EXAMPLE_DTKS, "--desa", "61.04.01.2014", "--tahun", "2026", "--desil-maks", "5", "--json")).stdout);
    expect(five.summary.dtks.desilAbove).toBe(1);
    expect(five.findings.filter((f: { code: string }) => f.code === "DTKS_DESIL_ABOVE")).toEqual([expect.objectContaining({ row: excelRowOfWorker(PLANTED.dtksDesilHigh.worker) })]);
    expect(five.settings).toMatchObject({ desilMaksimal: 5, desilSumber: "nasional" });
  });

  it("every finding message is Indonesian text, never a stack trace", () => {
    for (const f of json.findings) {
      expect(f.message).not.toMatch(/Error:|at .*\.ts:\d+|undefined|NaN/);
    }
  });
});

describe("pekerja-rentan periksa on workbooks as villages keep them", () => {
  const dir = tempDir();

  it("a clean list exits 0 and says all are ready", async () => {
    const file = await writeWorkbook(path.join(dir, "bersih.xlsx"), [WORKER_HEADER, ...cleanWorkers(5)], "Data", [2]);
    const out = await runCli("periksa", file, "--tahun", "2026");
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("5 siap didaftarkan");
  });

  it("finds the table under title rows, with a blank row in the middle and the village's own columns", async () => {
    const rows = cleanWorkers(4).map((r) => [...r, "catatan desa"]);
    const file = await writeWorkbook(path.join(dir, "judul.xlsx"), [
      ["DAFTAR PEKERJA RENTAN DESA SUKAMAJU"],
      ["TAHUN 2026"],
      [],
      [...WORKER_HEADER, "Catatan Pak Kades"],
      rows[0]!,
      rows[1]!,
      [],
      rows[2]!,
      rows[3]!,
    ], "Data", [2]);
    const out = await runCli("periksa", file, "--tahun", "2026", "--json");
    const json = JSON.parse(out.stdout);
    expect(json.rows).toBe(4);
    expect(json.findings).toEqual([]);
  });

  it("a NIK typed as a number is flagged as damaged on its Excel row", async () => {
    const rows = cleanWorkers(3);
    rows[1]![1] = 6104010102810000;
    const file = await writeWorkbook(path.join(dir, "angka.xlsx"), [WORKER_HEADER, ...rows]);
    const out = await runCli("periksa", file, "--tahun", "2026", "--json");
    expect(JSON.parse(out.stdout).findings).toContainEqual(expect.objectContaining({ row: 3, code: "NIK_PRECISION_LOST", severity: "error" }));
    expect(out.code).toBe(1);
  });

  it("reads Indonesian dates written as text", async () => {
    const rows = cleanWorkers(1);
    rows[0]![3] = "1 Januari 1980";
    const file = await writeWorkbook(path.join(dir, "tanggal.xlsx"), [WORKER_HEADER, ...rows], "Data", [2]);
    const out = await runCli("periksa", file, "--tahun", "2026", "--json");
    expect(JSON.parse(out.stdout).findings).toEqual([]);
  });

  it("--lembar picks the sheet, and an unknown sheet is named with the ones that exist", async () => {
    const file = await writeWorkbook(path.join(dir, "lembar.xlsx"), [WORKER_HEADER, ...cleanWorkers(2)], "Pekerja 2026", [2]);
    expect((await runCli("periksa", file, "--lembar", "Pekerja 2026", "--tahun", "2026")).code).toBe(0);
    const out = await runCli("periksa", file, "--lembar", "Sheet9");
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("Pekerja 2026");
  });
});

describe("pekerja-rentan periksa on unusable input", () => {
  const dir = tempDir();

  it("a missing file exits 2 with one Indonesian line and no stack trace", async () => {
    const out = await runCli("periksa", path.join(dir, "tidak-ada.xlsx"));
    expect(out.code).toBe(2);
    expect(out.stderr.trim().split("\n")).toHaveLength(1);
    expect(out.stderr).toContain("tidak ditemukan");
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });

  it("a file that is not a workbook exits 2", async () => {
    const file = path.join(dir, "bukan.xlsx");
    fs.writeFileSync(file, "ini bukan buku kerja");
    const out = await runCli("periksa", file);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/\.xlsx/);
  });

  it("a workbook without a worker table exits 2 and says which headers it looks for", async () => {
    const file = await writeWorkbook(path.join(dir, "lain.xlsx"), [["Barang", "Harga"], ["Semen", 65000]]);
    const out = await runCli("periksa", file);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("NIK");
  });

  it("a wrong village code exits 2", async () => {
    const out = await runCli("periksa", EXAMPLE, "--desa", "61.04.01.9999");
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("61.04.01.9999");
  });

  it("an unknown option exits 2 in Indonesian", async () => {
    const out = await runCli("periksa", EXAMPLE, "--bogus");
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("tidak dikenal");
  });
});

describe("pekerja-rentan --help", () => {
  it("lists the commands in Indonesian", async () => {
    const out = await runCli("--help");
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/periksa\s+memeriksa/);
    expect(out.stdout).toContain("anggaran");
    expect(out.stdout).toContain("ekspor");
    expect(out.stdout).toContain("gabung");
  });
});

describe("a DTKS extract as CSV", () => {
  it("is read with its own delimiter and matched", async () => {
    const dir = tempDir();
    const workers = await writeWorkbook(path.join(dir, "w.xlsx"), [WORKER_HEADER, ...cleanWorkers(3)], "Data", [2]);
    const rows = cleanWorkers(3);
    const csv = ["ID_DTKS|NIK|NAMA|TANGGAL_LAHIR|DESIL", ...rows.slice(0, 2).map((r, i) => `X${i}|${r[1]}|${String(r[2]).toUpperCase()}|${r[3]}|2`)].join("\r\n");
    const dtks = path.join(dir, "dtks.csv");
    fs.writeFileSync(dtks, "\ufeff" + csv);
    const out = await runCli("periksa", workers, "--dtks", dtks, "--tahun", "2026", "--json");
    const json = JSON.parse(out.stdout);
    expect(json.summary.dtks).toMatchObject({ extractRows: 2, found: 2, notFound: 1 });
    expect(json.findings).toEqual([expect.objectContaining({ row: 4, code: "DTKS_NOT_FOUND" })]);
  });
});
