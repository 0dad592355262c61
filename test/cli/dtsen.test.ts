import * as fs from "node:fs";
import * as path from "node:path";
import * as loadDtks from "../../src/adapters/node/load-dtks";
import { type ExampleExtract, type ExampleWorker, readExampleWorkers, writeBnba, writeExampleExtract, writeSiksNgDesil } from "../helpers/dtsen";
import { runCli } from "../helpers/run-cli";
import { cleanWorkers, tempDir, WORKER_HEADER, writeWorkbook } from "../helpers/xlsx";

const EXAMPLE = path.join(__dirname, "../../contoh/desa-contoh.xlsx");
const VILLAGE = ["--desa", "61.04.01.2014", "--tahun", "2026"];

interface Finding {
  row: number;
  code: string;
  severity: string;
  field: string;
  message: string;
}
interface CheckJson {
  rows: number;
  findings: Finding[];
  summary: { dtks: Record<string, number> };
  dtks: { files: Array<{ name: string; kind: string; sheet: string; headerRow: number; rows: number; mapping: Record<string, { column: string; header: string }> }>; notes: Array<{ code: string; count: number; message: string }> } | null;
  settings: Record<string, unknown>;
}

async function periksaJson(...args: string[]): Promise<{ code: number; json: CheckJson; stderr: string }> {
  const out = await runCli("periksa", EXAMPLE, ...args, "--json");
  return { code: out.code, json: out.stdout ? JSON.parse(out.stdout) : undefined, stderr: out.stderr };
}

const at = (json: CheckJson, worker: ExampleWorker, code: string) => json.findings.filter((f) => f.row === worker.row && f.code === code);

describe("periksa with a DTSEN v3 keluarga + anggota pair", () => {
  const dir = tempDir();
  let x: ExampleExtract;
  let json: CheckJson;

  beforeAll(async () => {
    x = await writeExampleExtract(dir, EXAMPLE);
    const out = await periksaJson("--dtks", x.keluarga, "--dtks", x.anggota, ...VILLAGE);
    expect(out.stderr).toBe("");
    json = out.json;
  });

  it("flags the desil above 1–4, which only the family file holds: the members were joined on No. KK", () => {
    const desil = at(json, x.desilHigh, "DTKS_DESIL_ABOVE");
    expect(desil).toHaveLength(1);
    expect(desil[0]!.message).toContain("Desil nasional keluarganya 6");
    expect(desil[0]!.message).toContain("desil 1–4");
    expect(json.summary.dtks.desilAbove).toBe(1);
  });

  it("warns about the worker DTSEN records as an employee", () => {
    expect(at(json, x.wageEarner, "DTKS_WAGE_EARNER")).toEqual([expect.objectContaining({ severity: "warning", field: "pekerjaan" })]);
    expect(json.summary.dtks.wageEarner).toBe(1);
  });

  it("counts only a NIK under the same name as found; the one under another name is a mismatch", () => {
    expect(at(json, x.otherName, "DTKS_NAME_MISMATCH")).toHaveLength(1);
    expect(json.summary.dtks).toMatchObject({ found: x.inExtract.length - 1, nameMismatch: 1, foundByFamily: 0 });
    const d = json.summary.dtks;
    expect(d.found! + d.foundByName! + d.foundByFamily! + d.nameMismatch! + d.notFound! + d.notChecked!).toBe(json.rows);
  });

  it("reports each file's kind and the columns used, and the counted notes", () => {
    const files = json.dtks!.files;
    expect(files.map((f) => f.kind)).toEqual(["keluarga", "anggota"]);
    expect(files[0]).toMatchObject({ name: path.basename(x.keluarga), headerRow: 1, rows: x.inExtract.length + 12 });
    expect(files[0]!.mapping.no_kk).toEqual({ column: "J", header: "nomor_kartu_keluarga" });
    expect(files[0]!.mapping.desil_nasional).toEqual({ column: "N", header: "desil_nasional" });
    expect(files[1]!.mapping.nik).toEqual({ column: "A", header: "nomor_induk_kependudukan" });
    expect(files[1]!.mapping.status_dalam_pekerjaan_utama?.header).toBe("status_dalam_pekerjaan_utama");
    expect(json.dtks!.notes).toContainEqual(expect.objectContaining({ code: "FAMILY_WITHOUT_MEMBERS", count: 1 }));
  });

  it("the order of the --dtks files does not matter", async () => {
    const reversed = (await periksaJson("--dtks", x.anggota, "--dtks", x.keluarga, ...VILLAGE)).json;
    expect(reversed.summary.dtks).toEqual(json.summary.dtks);
    expect(reversed.findings).toEqual(json.findings);
    expect(reversed.dtks!.files.map((f) => f.kind)).toEqual(["anggota", "keluarga"]);
  });

  it("--desil-sumber kabupaten_kota reads the regency ranking (3 for that family: not above)", async () => {
    const kab = (await periksaJson("--dtks", x.keluarga, "--dtks", x.anggota, ...VILLAGE, "--desil-sumber", "kabupaten_kota")).json;
    expect(at(kab, x.desilHigh, "DTKS_DESIL_ABOVE")).toEqual([]);
    expect(kab.settings).toMatchObject({ desilSumber: "kabupaten_kota" });
  });

  it("--desil-maks 6 raises the threshold", async () => {
    const six = (await periksaJson("--dtks", x.keluarga, "--dtks", x.anggota, ...VILLAGE, "--desil-maks", "6")).json;
    expect(six.summary.dtks.desilAbove).toBe(0);
  });

  it("the text output shows each file's reading, the notes, and the DTSEN counts with the threshold and its source", async () => {
    const out = await runCli("periksa", EXAMPLE, "--dtks", x.keluarga, "--dtks", x.anggota, ...VILLAGE);
    expect(out.code).toBe(1); // the example's planted errors
    expect(out.stdout).toContain(`${path.basename(x.keluarga)}: berkas keluarga DTSEN`);
    expect(out.stdout).toContain(`${path.basename(x.anggota)}: berkas anggota keluarga DTSEN`);
    expect(out.stdout).toContain('NIK ← "nomor_induk_kependudukan" (A)');
    expect(out.stdout).toContain("Catatan: 1 keluarga di berkas keluarga tanpa anggota");
    expect(out.stdout).toContain(`${x.inExtract.length - 1} terdaftar (NIK dan nama cocok)`);
    expect(out.stdout).toContain("1 NIK atas nama lain (tidak dihitung terdaftar)");
    expect(out.stdout).toContain("1 di atas batas desil 1–4 (pekerja rentan BPJS Ketenagakerjaan, Inpres 8/2025) menurut desil nasional");
    expect(out.stdout).toContain("1 penerima upah menurut DTSEN");
    expect(out.stdout).toContain("[DTKS_WAGE_EARNER]");
  });
});

describe("periksa with the other extract shapes", () => {
  const dir = tempDir();
  let workers: ExampleWorker[];

  beforeAll(async () => {
    workers = await readExampleWorkers(EXAMPLE);
  });

  it("a SIKS-NG \"Pemeringkatan Desil\" workbook (title rows, No | No KK | NIK | Nama | Desil) matches by NIK with each person's desil", async () => {
    const listed = workers.slice(0, 20);
    const file = await writeSiksNgDesil(
      path.join(dir, "Pemeringkatan Desil Kuala Satong.xlsx"),
      listed.map((w, i) => ({ noKk: w.noKk, nik: w.nik, nama: w.nama.toUpperCase(), desil: i === 0 ? 7 : 1 + (i % 4) })),
    );
    const { json } = await periksaJson("--dtks", file, ...VILLAGE);
    expect(json.dtks!.files).toEqual([expect.objectContaining({ kind: "desil", headerRow: 4, rows: 20 })]);
    expect(json.summary.dtks).toMatchObject({ found: 20, foundByName: 0, nameMismatch: 0, desilAbove: 1 });
    expect(json.summary.dtks.notFound).toBe(json.rows - 20 - json.summary.dtks.notChecked!);
    expect(json.findings).toContainEqual(expect.objectContaining({ row: listed[0]!.row, code: "DTKS_DESIL_ABOVE" }));
    expect(json.findings.filter((f) => f.code === "DTKS_NOT_FOUND").map((f) => f.row)).not.toContain(listed[5]!.row);
  });

  it("a BNBA list with only NIK and NAMA matches by NIK and says it has no desil", async () => {
    const listed = workers.slice(10, 20);
    const file = await writeBnba(path.join(dir, "bnba.xlsx"), listed);
    const { json } = await periksaJson("--dtks", file, ...VILLAGE);
    expect(json.dtks!.files).toEqual([expect.objectContaining({ kind: "bnba", rows: 10 })]);
    expect(json.dtks!.notes).toContainEqual(expect.objectContaining({ code: "NO_DESIL" }));
    expect(json.summary.dtks).toMatchObject({ found: 10, desilAbove: 0 });
    expect(json.summary.dtks.notFound).toBe(json.rows - 10 - json.summary.dtks.notChecked!);
    expect(json.findings).toContainEqual(expect.objectContaining({ row: workers[0]!.row, code: "DTKS_NOT_FOUND" }));
  });

  it("a file that is no extract exits 2 with one Indonesian line naming the columns it has and what is missing", async () => {
    const file = await writeWorkbook(path.join(dir, "barang.xlsx"), [["Barang", "Harga", "Satuan"], ["Semen", 65000, "sak"]]);
    const out = await runCli("periksa", EXAMPLE, "--dtks", file, ...VILLAGE);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr.trim().split("\n")).toHaveLength(1);
    expect(out.stderr).toContain("barang.xlsx");
    expect(out.stderr).toContain("tidak dikenali sebagai ekstrak DTSEN/DTKS");
    expect(out.stderr).toContain("Kolom yang ditemukan: Barang, Harga, Satuan");
    expect(out.stderr).toContain("nomor_induk_kependudukan");
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });

  it("a CSV that is no extract exits 2 the same way", async () => {
    const file = path.join(dir, "anggaran.csv");
    fs.writeFileSync(file, "Uraian;Volume;Harga\nSemen;10;65000\n");
    const out = await runCli("periksa", EXAMPLE, "--dtks", file, ...VILLAGE);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("Kolom yang ditemukan: Uraian, Volume, Harga");
  });

  it("the worker file given as its own extract exits 2, by path and as a copy", async () => {
    const same = await runCli("periksa", EXAMPLE, "--dtks", EXAMPLE, ...VILLAGE);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("berkas daftar pekerja itu sendiri");
    const copy = path.join(dir, "salinan-daftar.xlsx");
    fs.copyFileSync(EXAMPLE, copy);
    const copied = await runCli("periksa", EXAMPLE, "--dtks", copy, ...VILLAGE);
    expect(copied.code).toBe(2);
    expect(copied.stderr).toContain("salinan-daftar.xlsx");
    expect(copied.stderr).toContain("daftar pekerja itu sendiri");
  });

  it.each([
    [["--desil-maks", "11"], "--desil-maks harus bilangan bulat 1–10"],
    [["--desil-maks", "empat"], "--desil-maks harus bilangan bulat 1–10"],
    [["--desil-sumber", "kecamatan"], "--desil-sumber \"kecamatan\" tidak dikenal"],
  ])("%j is refused in Indonesian with exit 2", async (args, message) => {
    const out = await runCli("periksa", EXAMPLE, ...args, ...VILLAGE);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(message);
  });

  it("the help names the desil presets and their sources", async () => {
    const out = await runCli("periksa", "--help");
    expect(out.stdout).toContain("--desil-maks N");
    expect(out.stdout).toMatch(/4 = pekerja rentan BPJS Ketenagakerjaan, Inpres 8\/2025 \(bawaan\)/);
    expect(out.stdout).toMatch(/5 = PBI-JK, Sembako/);
    expect(out.stdout).toMatch(/1 = miskin ekstrem/);
    expect(out.stdout).toContain("kabupaten_kota");
  });
});

describe("ekspor, anggaran and gabung with --dtks", () => {
  const dir = tempDir();
  let x: ExampleExtract;

  beforeAll(async () => {
    x = await writeExampleExtract(dir, EXAMPLE);
  });

  it("ekspor accepts the pair and the desil options, and says how it read the extract", async () => {
    const out = path.join(dir, "pengajuan.xlsx");
    const run = await runCli("ekspor", EXAMPLE, "--dtks", x.keluarga, "--dtks", x.anggota, ...VILLAGE, "--desil-maks", "5", "--keluar", out);
    expect(run.code).toBe(1); // the example's rejected rows
    expect(run.stdout).toContain("berkas keluarga DTSEN");
    expect(fs.existsSync(out)).toBe(true);
    const json = JSON.parse((await runCli("ekspor", EXAMPLE, "--dtks", x.keluarga, "--dtks", x.anggota, ...VILLAGE, "--keluar", out, "--timpa", "--json")).stdout);
    expect(json.dtks.files.map((f: { kind: string }) => f.kind)).toEqual(["keluarga", "anggota"]);
  });

  it("ekspor refuses an extract as its output", async () => {
    const run = await runCli("ekspor", EXAMPLE, "--dtks", x.keluarga, "--dtks", x.anggota, ...VILLAGE, "--keluar", x.keluarga, "--timpa");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("tidak pernah menimpa berkas masukan");
  });

  it("anggaran accepts the pair", async () => {
    const run = await runCli("anggaran", EXAMPLE, "--dtks", x.keluarga, "--dtks", x.anggota, ...VILLAGE, "--json");
    const json = JSON.parse(run.stdout);
    expect(json.workers).toBe(112);
    expect(json.dtks.files).toHaveLength(2);
  });

  it("gabung reads the extract once for all villages and counts each village's non-DTKS workers", async () => {
    const other = await writeWorkbook(path.join(dir, "desa-lain.xlsx"), [WORKER_HEADER, ...cleanWorkers(3, 8000)], "Data", [2]);
    const load = jest.spyOn(loadDtks, "loadDtksExtract");
    let run;
    try {
      run = await runCli("gabung", EXAMPLE, other, "--dtks", x.keluarga, "--dtks", x.anggota, "--tahun", "2026", "--json");
      expect(load).toHaveBeenCalledTimes(1);
    } finally {
      load.mockRestore();
    }
    const json = JSON.parse(run.stdout);
    expect(json.dtks.files.map((f: { kind: string }) => f.kind)).toEqual(["keluarga", "anggota"]);
    const contoh = json.villages.find((v: { file: string }) => v.file === "desa-contoh.xlsx");
    const periksa = (await periksaJson("--dtks", x.keluarga, "--dtks", x.anggota, "--tahun", "2026")).json;
    expect(contoh.nonDtks).toBe(periksa.summary.dtks.notFound);
    expect(json.villages.find((v: { file: string }) => v.file === "desa-lain.xlsx").nonDtks).toBe(3);

    const text = await runCli("gabung", EXAMPLE, other, "--dtks", x.keluarga, "--dtks", x.anggota, "--tahun", "2026");
    expect(text.stdout.split("Ekstrak DTKS/DTSEN:").length - 1).toBe(1);
    expect(text.stdout).toContain("3 non-DTKS");
  });

  it("gabung skips the extract when it lies in the villages' folder", async () => {
    const folder = path.join(dir, "kabupaten");
    fs.mkdirSync(folder);
    await writeWorkbook(path.join(folder, "01-sukamaju.xlsx"), [WORKER_HEADER, ...cleanWorkers(2)], "Data", [2]);
    const keluarga = path.join(folder, path.basename(x.keluarga));
    const anggota = path.join(folder, path.basename(x.anggota));
    fs.copyFileSync(x.keluarga, keluarga);
    fs.copyFileSync(x.anggota, anggota);
    const json = JSON.parse((await runCli("gabung", folder, "--dtks", keluarga, "--dtks", anggota, "--tahun", "2026", "--json")).stdout);
    expect(json.totals).toMatchObject({ villages: 1, unreadable: 0 });
    expect(json.skipped).toHaveLength(2);
  });

  it("gabung with an unusable extract exits 2 before reading any village", async () => {
    const bad = await writeWorkbook(path.join(dir, "bukan-ekstrak.xlsx"), [["Barang", "Harga"], ["Semen", 65000]]);
    const run = await runCli("gabung", EXAMPLE, "--dtks", bad, "--tahun", "2026");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Kolom yang ditemukan: Barang, Harga");
  });
});
