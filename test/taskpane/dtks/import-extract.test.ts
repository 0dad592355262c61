import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { OfficeExcelGateway, type ExcelHost } from "../../../src/adapters/office";
import { defaultSettings } from "../../../src/domain/rules/rule-parameters";
import { createFakeExcel, type WorkbookSeed } from "../../support/fake-excel/fake-excel";
import { candidateOutcomeText, writeCandidateSheet } from "../../../src/taskpane/dtks/candidates-sheet";
import { deleteExtractSheets, importDtksFiles, remapPart } from "../../../src/taskpane/dtks/load-dtks";
import { matchWorkers, workerShape } from "../../../src/taskpane/dtks/match-workers";
import { runCheck } from "../../../src/taskpane/periksa/run-check";
import { seedFromXlsx } from "../../browser/helpers/xlsx-seed";
import { writeExampleExtract, writeSiksNgDesil, type ExampleExtract } from "../../helpers/dtsen";

// The DTKS tab's import without React: files read in memory (CSV) or through Excel (.xlsx) into the
// simulated workbook, which must hold no extract afterwards unless the secretary asked for a copy.

const CONTOH = path.join(__dirname, "../../../contoh/desa-contoh.xlsx");
const WORKERS = "Data Pekerja Rentan";
const SETTINGS = { ...defaultSettings(2026), kodeDesa: "61.04.01.2014" };
const report = () => undefined;
const signal = new AbortController().signal;

let village: WorkbookSeed;
let example: ExampleExtract;
let dir: string;

beforeAll(async () => {
  village = await seedFromXlsx(CONTOH);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dtsen-pane-"));
  example = await writeExampleExtract(dir, CONTOH);
});

function fileOf(file: string): File {
  return new File([fs.readFileSync(file)], path.basename(file));
}

async function setUp(seed: WorkbookSeed = village) {
  const fake = createFakeExcel(seed);
  const gateway = new OfficeExcelGateway({ excel: fake.Excel as unknown as ExcelHost, supports: fake.supports });
  const checked = await runCheck({ gateway, source: { kind: "active" }, settings: SETTINGS, highlight: false, signal, report });
  return { gateway, model: fake.workbook, check: checked.state };
}

const sheetNames = (model: { sheets: Array<{ name: string }> }) => model.sheets.map((sheet) => sheet.name);

describe("importing the DTSEN keluarga + anggota pair", () => {
  it("reads both files in memory, leaves no sheet behind, and finds desil only the family file holds", async () => {
    const { gateway, model, check } = await setUp();
    const files = [fileOf(example.keluarga), fileOf(example.anggota)];
    const dtks = await importDtksFiles(gateway, files, 2026, { copy: false, worker: workerShape(check) }, signal, report);
    expect(sheetNames(model)).toEqual([WORKERS]);
    expect(dtks).toMatchObject({ sheets: [], copied: false, source: `berkas ${path.basename(example.keluarga)} dan ${path.basename(example.anggota)}` });
    expect(dtks.parts.map((p) => p.read.part.kind)).toEqual(["keluarga", "anggota"]);
    expect(dtks.extract.notes.map((n) => n.code)).toContain("FAMILY_WITHOUT_MEMBERS");

    const matched = await matchWorkers({ gateway, check, dtks, settings: SETTINGS, signal, report });
    const summary = matched.result.summary.dtks!;
    expect(summary).toMatchObject({ nameMismatch: 1, wageEarner: 1 });
    expect(summary.desilAbove).toBeGreaterThanOrEqual(1);
    expect(matched.result.workers.find((w) => w.row === example.desilHigh.row)!.findings.map((f) => f.code)).toContain("DTKS_DESIL_ABOVE");
  });

  it("copies the files into sheets only when asked, NIK columns as text, and removes them on request", async () => {
    const { gateway, model } = await setUp();
    const dtks = await importDtksFiles(gateway, [fileOf(example.keluarga), fileOf(example.anggota)], 2026, { copy: true }, signal, report);
    expect(dtks.copied).toBe(true);
    expect(dtks.sheets).toHaveLength(2);
    expect(sheetNames(model)).toEqual([WORKERS, ...dtks.sheets]);
    const anggota = model.sheetByName(dtks.sheets[1]!)!;
    expect(anggota.peek(2, 1)).toMatchObject({ value: example.inExtract[0]!.nik, numberFormat: "@" });

    const removed = await deleteExtractSheets(gateway, dtks);
    expect(removed.deleted).toEqual(dtks.sheets);
    expect(removed.state).toMatchObject({ sheets: [], copied: false });
    expect(sheetNames(model)).toEqual([WORKERS]);
    // The extract stays usable in the pane.
    expect(removed.state.index.size).toBe(dtks.index.size);
  });

  it("reads a corrected column again from the file, and matches by it", async () => {
    const { gateway, check } = await setUp();
    const dtks = await importDtksFiles(gateway, [fileOf(example.keluarga), fileOf(example.anggota)], 2026, { copy: false }, signal, report);
    // desil_kabupaten_kota read as the national desil: the planted 6 becomes a 3, inside desil 1-4.
    const keluarga = dtks.parts[0]!.read;
    const kab = keluarga.headerCells.find((cell) => cell.header === "desil_kabupaten_kota")!.column;
    const remapped = await remapPart(dtks, 0, "desil_nasional", kab, 2026, signal);
    expect(remapped.parts[0]!.read.part.mapping.desil_nasional?.column).toBe(kab);
    expect(remapped.parts[0]!.overrides?.fields).toEqual({ desil_nasional: kab });
    const matched = await matchWorkers({ gateway, check, dtks: remapped, settings: SETTINGS, signal, report });
    expect(matched.result.workers.find((w) => w.row === example.desilHigh.row)!.findings.map((f) => f.code)).not.toContain("DTKS_DESIL_ABOVE");
  });
});

describe("importing a SIKS-NG desil .xlsx", () => {
  it("reads it in memory without opening it in Excel, and copies it in through Excel only when asked to keep it", async () => {
    const file = await writeSiksNgDesil(path.join(dir, "desil.xlsx"), example.inExtract.slice(0, 5).map((w, i) => ({ noKk: w.noKk, nik: w.nik, nama: w.nama.toUpperCase(), desil: i + 1 })));
    const bytes = fs.readFileSync(file);
    const seed = { ...village, importableFiles: { [bytes.toString("base64")]: (await seedFromXlsx(file)).sheets } };
    const { gateway, model } = await setUp(seed);
    const throughExcel = jest.spyOn(gateway, "importSheetsFromBase64");
    const dtks = await importDtksFiles(gateway, [new File([bytes], "desil.xlsx")], 2026, { copy: false }, signal, report);
    expect(dtks.parts[0]!.read.part.kind).toBe("desil");
    expect(dtks.parts[0]!.read.part.persons.map((p) => p.nik)).toEqual(example.inExtract.slice(0, 5).map((w) => w.nik));
    expect(dtks.sheets).toEqual([]);
    expect(sheetNames(model)).toEqual([WORKERS]);
    expect(throughExcel).not.toHaveBeenCalled();

    const kept = await importDtksFiles(gateway, [new File([bytes], "desil.xlsx")], 2026, { copy: true }, signal, report);
    expect(kept.sheets).toEqual(["Impor Pemeringkatan Desil"]);
    expect(sheetNames(model)).toEqual([WORKERS, "Impor Pemeringkatan Desil"]);
  });

  it("refuses a damaged, a password-protected and an old .xls file named .xlsx with what to do, in Indonesian, adding nothing", async () => {
    const { gateway, model } = await setUp();
    const damaged = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6])], "rusak.xlsx");
    await expect(importDtksFiles(gateway, [damaged], 2026, { copy: false }, signal, report)).rejects.toThrow(/"?rusak\.xlsx"? bukan buku kerja Excel \(\.xlsx\) yang dapat dibaca\. Simpan ulang/);
    // An OLE2 container: what Excel writes for a password-protected .xlsx and for an old .xls.
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(importDtksFiles(gateway, [new File([ole], "lama.xlsx")], 2026, { copy: false }, signal, report)).rejects.toThrow(/lama\.xlsx (berformat Excel lama|dilindungi kata sandi)/);
    expect(sheetNames(model)).toEqual([WORKERS]);
  });

  it("removes every sheet it added when a later file is not an extract", async () => {
    const file = await writeSiksNgDesil(path.join(dir, "desil2.xlsx"), [{ noKk: example.inExtract[0]!.noKk, nik: example.inExtract[0]!.nik, nama: "X", desil: 1 }]);
    const bytes = fs.readFileSync(file);
    const { gateway, model } = await setUp({ ...village, importableFiles: { [bytes.toString("base64")]: (await seedFromXlsx(file)).sheets } });
    const notAnExtract = new File(["Tanggal;Uraian\n1;Honor\n"], "kas.csv");
    await expect(importDtksFiles(gateway, [new File([bytes], "desil.xlsx"), notAnExtract], 2026, { copy: true }, signal, report)).rejects.toThrow(/"kas\.csv" tidak dikenali sebagai ekstrak/);
    expect(sheetNames(model)).toEqual([WORKERS]);
  });
});

describe("Cari calon peserta", () => {
  it("writes a new sheet of candidates with NIK and No. KK as text, and says how many the target still needs", async () => {
    const { gateway, model, check } = await setUp();
    const dtks = await importDtksFiles(gateway, [fileOf(example.keluarga), fileOf(example.anggota)], 2026, { copy: false }, signal, report);
    const matched = await matchWorkers({ gateway, check, dtks, settings: SETTINGS, signal, report });
    const outcome = await writeCandidateSheet(gateway, dtks.index, { settings: SETTINGS, workers: matched.result.workers, target: 200 });
    expect(outcome.kind).toBe("written");
    if (outcome.kind !== "written") return;
    expect(outcome.sheet).toBe("Calon Peserta");
    const sheet = model.sheetByName("Calon Peserta")!;
    const niks = outcome.result.candidates.map((c) => c.record.nik);
    expect(niks).toEqual(expect.arrayContaining(example.goodResidents.map((r) => r.nik)));
    expect(niks).not.toContain(example.excludedResidents.otherVillage.nik);
    expect(sheet.peek(2, 2)).toMatchObject({ value: niks[0], numberFormat: "@" });
    expect(sheet.peek(2, 3)!.numberFormat).toBe("@");
    const text = candidateOutcomeText(outcome, true).text;
    expect(text).toMatch(/^Lembar "Calon Peserta" ditulis: \d+ calon peserta \(warga desa 6104012014\)/);
    expect(text).toMatch(new RegExp(`perlu ${200 - matched.result.summary.eligible} lagi untuk sasaran 200`));
    expect(text).toMatch(/Tidak diusulkan: .*warga desa lain/);

    // A second search gets a name of its own: the first sheet is never overwritten.
    const again = await writeCandidateSheet(gateway, dtks.index, { settings: SETTINGS, workers: matched.result.workers, target: 200 });
    expect(again.kind === "written" && again.sheet).toBe("Calon Peserta (2)");
  });

  it("asks for the village in Pengaturan when the extract holds several and none is set", async () => {
    const { gateway, model } = await setUp();
    const dtks = await importDtksFiles(gateway, [fileOf(example.keluarga), fileOf(example.anggota)], 2026, { copy: false }, signal, report);
    const outcome = await writeCandidateSheet(gateway, dtks.index, { settings: { ...SETTINGS, kodeDesa: undefined }, target: 100 });
    expect(outcome.kind).toBe("villages");
    expect(candidateOutcomeText(outcome, false)).toMatchObject({ intent: "warning", text: expect.stringMatching(/memuat warga 2 desa .*Pilih desa Anda di tab Pengaturan/) });
    expect(sheetNames(model)).toEqual([WORKERS]);
  });
});
