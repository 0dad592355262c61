import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { type ExampleExtract, writeBnba, writeExampleExtract } from "../helpers/dtsen";
import { runCli } from "../helpers/run-cli";
import { tempDir } from "../helpers/xlsx";

const EXAMPLE = path.join(__dirname, "../../contoh/desa-contoh.xlsx");

interface CalonJson {
  village: { by: string; code: string | null; kodeDesa: string | null; nama: string | null };
  needed: number;
  target: number;
  enrolled: number;
  candidates: Array<{ nik: string; noKk: string | null; nama: string | null; tanggalLahir: string; usia: number; desil: number | null; desilSumber: string | null; pekerjaanUtama: string | null }>;
  excluded: Record<string, number>;
  withoutDesil: boolean;
  output: string;
}

describe("pekerja-rentan calon", () => {
  const dir = tempDir();
  let x: ExampleExtract;
  let extract: string[];
  let out: string;
  let json: CalonJson;
  let code: number;

  beforeAll(async () => {
    x = await writeExampleExtract(dir, EXAMPLE);
    extract = ["--dtks", x.keluarga, "--dtks", x.anggota];
    out = path.join(dir, "calon.xlsx");
    const run = await runCli("calon", ...extract, "--daftar", EXAMPLE, "--desa", "61.04.01.2014", "--tahun", "2026", "--keluar", out, "--json");
    expect(run.stderr).toBe("");
    code = run.code;
    json = JSON.parse(run.stdout);
  });

  it("exits 0 and proposes exactly the village's working-age residents within desil 1–4 who are not on the list", () => {
    expect(code).toBe(0);
    expect(json.candidates.map((c) => c.nik).sort()).toEqual(x.goodResidents.map((r) => r.nik).sort());
  });

  it("leaves out people on the list, wage earners, desil above, wrong ages, the not working and other villages, and counts them", () => {
    expect(json.excluded).toMatchObject({ onList: x.inExtract.length, wageEarner: 1, desilAbove: 1, ageOutOfRange: 2, notWorking: 1, otherVillage: 1 });
    const proposed = new Set(json.candidates.map((c) => c.nik));
    for (const w of x.inExtract) expect(proposed.has(w.nik)).toBe(false);
    for (const r of Object.values(x.excludedResidents)) expect(proposed.has(r.nik)).toBe(false);
  });

  it("has the documented --json shape, poorest first then youngest", () => {
    expect(json).toMatchObject({ village: { by: "kode", code: "6104012014", kodeDesa: "61.04.01.2014", nama: "Kuala Satong" }, target: 100, withoutDesil: false, output: out });
    expect(json.enrolled).toBe(112);
    expect(json.needed).toBe(0);
    expect(json.candidates[0]).toEqual({
      nik: x.goodResidents[0]!.nik,
      noKk: x.goodResidents[0]!.noKk,
      nama: "SUPARMAN HADI",
      tanggalLahir: "1985-03-14",
      usia: 40,
      desil: 1,
      desilSumber: "nasional",
      pekerjaanUtama: "berusaha",
    });
    expect(json.candidates.map((c) => c.desil)).toEqual([1, 1, 2, 3, 4]);
    expect(json.candidates[0]!.usia).toBeLessThan(json.candidates[1]!.usia);
  });

  it("writes NIK and No. KK as 16-digit text cells, with the header the worker-table locator reads", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet("Calon Peserta")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(["No", "NIK", "No. KK", "Nama", "Tanggal Lahir", "Jenis Kelamin", "Pekerjaan", "Alamat", "RT", "RW", "Usia", "Desil", "Keterangan DTSEN"]);
    expect(sheet.getRow(1).getCell(2).font?.bold).toBe(true);
    for (let r = 2; r <= json.candidates.length + 1; r++) {
      const nik = sheet.getRow(r).getCell(2);
      const kk = sheet.getRow(r).getCell(3);
      expect(typeof nik.value).toBe("string");
      expect(nik.value).toMatch(/^\d{16}$/);
      expect(nik.numFmt).toBe("@");
      expect(kk.value).toMatch(/^\d{16}$/);
      expect(kk.numFmt).toBe("@");
    }
    expect(sheet.getRow(2).getCell(2).value).toBe(json.candidates[0]!.nik);
    expect(sheet.getColumn(2).width).toBe(19);
  });

  it("explains on a Keterangan sheet how the candidates were chosen and that the data stays in the office", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const rows = new Map<string, string>();
    book.getWorksheet("Keterangan")!.eachRow((row) => rows.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(rows.get("Desa")).toBe("61.04.01.2014 Kuala Satong");
    expect(rows.get("Tahun anggaran")).toContain("2026");
    expect(rows.get("Batas desil")).toContain("desil 1–4 (pekerja rentan BPJS Ketenagakerjaan, Inpres 8/2025)");
    expect(rows.get("Peringkat desil")).toContain("desil nasional");
    expect(rows.get("Batas usia")).toContain("18–65 tahun");
    expect(rows.get("Kekurangan")).toContain("sudah tercapai");
    expect(rows.get("Tidak diusulkan")).toContain("1 penerima upah menurut DTSEN");
    expect(rows.get("Berkas ekstrak")).toContain(path.basename(x.anggota));
    expect(rows.get("Kerahasiaan")).toContain("kantor desa");
  });

  it("says in text how many are needed and proposed, the exclusions and the first candidates", async () => {
    const run = await runCli("calon", ...extract, "--daftar", EXAMPLE, "--desa", "61.04.01.2014", "--tahun", "2026", "--target", "150", "--keluar", out, "--timpa");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Perlu ${150 - 112} lagi untuk mencapai 150; 5 calon diusulkan.`);
    expect(run.stdout).toContain("Tidak diusulkan:");
    expect(run.stdout).toContain("1 desil di atas batas");
    expect(run.stdout).toContain(`1. ${x.goodResidents[0]!.nik}  SUPARMAN HADI`);
    expect(run.stdout).toContain("berkas anggota keluarga DTSEN");
    expect(run.stdout).toContain(`Ditulis ke ${out}`);
  });

  it("without --daftar the list's own workers are proposed too and the whole target is needed", async () => {
    const run = await runCli("calon", ...extract, "--desa", "61.04.01.2014", "--tahun", "2026", "--keluar", path.join(dir, "tanpa-daftar.xlsx"), "--json");
    const alone: CalonJson = JSON.parse(run.stdout);
    expect(alone).toMatchObject({ enrolled: 0, needed: 100 });
    const proposed = new Set(alone.candidates.map((c) => c.nik));
    expect(proposed.has(x.inExtract[5]!.nik)).toBe(true);
    expect(proposed.has(x.wageEarner.nik)).toBe(false);
    expect(proposed.has(x.desilHigh.nik)).toBe(false);
  });

  it("--desil-maks 1 keeps only desil 1", async () => {
    const run = await runCli("calon", ...extract, "--daftar", EXAMPLE, "--desa", "61.04.01.2014", "--tahun", "2026", "--desil-maks", "1", "--keluar", path.join(dir, "ekstrem.xlsx"), "--json");
    expect(JSON.parse(run.stdout).candidates.map((c: { desil: number }) => c.desil)).toEqual([1, 1]);
  });

  it("an extract of several villages without --desa exits 2, listing the village codes with counts", async () => {
    const run = await runCli("calon", ...extract, "--tahun", "2026", "--keluar", path.join(dir, "dua-desa.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("2 desa/kelurahan");
    expect(run.stderr).toContain(`61.04.01.2014 Kuala Satong (${x.inExtract.length + 10} orang)`);
    expect(run.stderr).toMatch(/61\.04\.01\.2015 .*\(1 orang\)/);
    expect(run.stderr).toContain("--desa");
    expect(fs.existsSync(path.join(dir, "dua-desa.xlsx"))).toBe(false);
  });

  it("a village code that is not in the extract exits 2 naming the codes that are", async () => {
    const run = await runCli("calon", ...extract, "--desa", "61.04.01.2012", "--tahun", "2026", "--keluar", path.join(dir, "lain.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Tidak ada warga desa 61.04.01.2012");
    expect(run.stderr).toContain("61.04.01.2014");
  });

  it("never overwrites its inputs, and an existing output only with --timpa", async () => {
    const before = fs.readFileSync(EXAMPLE);
    const onInput = await runCli("calon", ...extract, "--daftar", EXAMPLE, "--desa", "61.04.01.2014", "--keluar", EXAMPLE, "--timpa");
    expect(onInput.code).toBe(2);
    expect(onInput.stderr).toContain("tidak pernah menimpa berkas masukan");
    expect(fs.readFileSync(EXAMPLE).equals(before)).toBe(true);
    const existing = await runCli("calon", ...extract, "--daftar", EXAMPLE, "--desa", "61.04.01.2014", "--keluar", out);
    expect(existing.code).toBe(2);
    expect(existing.stderr).toContain("--timpa");
  });

  it.each([
    [[], "--dtks"],
    [["--dtks", "x.csv"], "--keluar"],
    [["--dtks", "x.csv", "--keluar", "calon.csv"], ".xlsx"],
    [["--dtks", "x.csv", "--keluar", "calon.xlsx", "--target", "0"], "--target"],
    [["--dtks", "x.csv", "--keluar", "calon.xlsx", "--desil-maks", "0"], "--desil-maks"],
  ])("refuses %j with exit 2", async (args, message) => {
    const run = await runCli("calon", ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it("a BNBA list without desil still proposes, and says the candidates are not filtered by desil", async () => {
    const residents = [...x.goodResidents, x.excludedResidents.desilHigh];
    const bnba = await writeBnba(path.join(dir, "bnba.xlsx"), residents);
    const run = await runCli("calon", "--dtks", bnba, "--tahun", "2026", "--keluar", path.join(dir, "bnba-calon.xlsx"), "--json");
    expect(run.code).toBe(0);
    const result: CalonJson = JSON.parse(run.stdout);
    expect(result.withoutDesil).toBe(true);
    expect(result.village.by).toBe("semua");
    // No birth-date column: ages come from the NIK.
    expect(result.candidates).toHaveLength(residents.length);
    const text = await runCli("calon", "--dtks", bnba, "--tahun", "2026", "--keluar", path.join(dir, "bnba-calon.xlsx"), "--timpa");
    expect(text.stdout).toContain("tanpa kolom desil");
  });

  it("a family file alone (no members) exits 2 asking for the member file", async () => {
    const run = await runCli("calon", "--dtks", x.keluarga, "--tahun", "2026", "--keluar", path.join(dir, "keluarga-saja.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("anggota_keluarga_dtsen");
  });

  it("is listed in the help", async () => {
    expect((await runCli("--help")).stdout).toMatch(/calon\s+mengusulkan/);
    const help = await runCli("calon", "--help");
    expect(help.stdout).toContain("--daftar BERKAS");
    expect(help.stdout).toContain("--desil-sumber");
  });
});
