import path from "node:path";
import { excelRowOfWorker, PLANTED } from "../../../scripts/buat-contoh";
import { OfficeExcelGateway, HIGHLIGHT_FILLS, type ExcelHost } from "../../../src/adapters/office";
import { loadRegions } from "../../../src/adapters/node/load-wilayah";
import { defaultSettings } from "../../../src/domain/rules/rule-parameters";
import type { RegionIndex } from "../../../src/domain/wilayah/region-index";
import { createFakeExcel, type WorkbookSeed } from "../../support/fake-excel/fake-excel";
import { loadDtksFromSheet } from "../../../src/taskpane/dtks/load-dtks";
import { matchWorkers, removeStatusColumn, workerShape, writeStatusColumn } from "../../../src/taskpane/dtks/match-workers";
import { OperationCancelled } from "../../../src/taskpane/operation/use-operation";
import { runCheck } from "../../../src/taskpane/periksa/run-check";
import { seedFromXlsx } from "../../browser/helpers/xlsx-seed";

// The Periksa and DTKS tabs' work, without React: the bundled example through the Office.js adapter
// and the simulated Excel, as the pane runs it.

const CONTOH = path.join(__dirname, "../../../contoh");
const SETTINGS = { ...defaultSettings(2026), kodeDesa: "61.04.01.2014" };
const report = () => undefined;
const signal = new AbortController().signal;

let seed: WorkbookSeed;
let regions: RegionIndex;

beforeAll(async () => {
  const [village, dtks] = await Promise.all([seedFromXlsx(path.join(CONTOH, "desa-contoh.xlsx")), seedFromXlsx(path.join(CONTOH, "dtks-contoh.xlsx"))]);
  seed = { sheets: [...village.sheets, ...dtks.sheets] };
  regions = await loadRegions({ villages: false });
});

function setUp() {
  const fake = createFakeExcel(seed);
  const gateway = new OfficeExcelGateway({ excel: fake.Excel as unknown as ExcelHost, supports: fake.supports });
  return { gateway, model: fake.workbook, sheet: fake.workbook.sheetByName("Data Pekerja Rentan")! };
}

describe("a Periksa check", () => {
  it("finds every planted problem on its Excel row in one read and one write", async () => {
    const { gateway, model } = setUp();
    const { state, highlights } = await runCheck({ gateway, source: { kind: "active" }, settings: SETTINGS, regions, highlight: true, signal, report });
    expect(model.syncs).toBe(2);
    expect(state.result.summary.rows).toBe(120);
    for (const planted of Object.values(PLANTED)) {
      if (planted.code.startsWith("DTKS_")) continue;
      expect(state.result.findings).toContainEqual(expect.objectContaining({ row: excelRowOfWorker(planted.worker), code: planted.code }));
    }
    expect(highlights!.marked).toBeGreaterThan(0);
  });

  it("marks the cells, and 'Hapus tanda' restores them exactly", async () => {
    const { gateway, model, sheet } = setUp();
    const row = excelRowOfWorker(PLANTED.nikAsNumber.worker);
    sheet.cell(row, 2).fill = "#FFFF00";
    await runCheck({ gateway, source: { kind: "sheet", sheet: "Data Pekerja Rentan" }, settings: SETTINGS, regions, highlight: true, signal, report });
    expect(sheet.peek(row, 2)!.fill).toBe(HIGHLIGHT_FILLS.error);
    expect(sheet.notes.get(`B${row}`)).toContain("[Pekerja Rentan]");
    const result = await gateway.clearHighlights("Data Pekerja Rentan");
    expect(result.cleared).toBeGreaterThan(0);
    expect(sheet.peek(row, 2)!.fill).toBe("#FFFF00");
    expect(sheet.notes.size).toBe(0);
    expect(model.settings.has("PekerjaRentan.tanda")).toBe(false);
  });

  it("checks 10,000 rows in at most three syncs on Excel on the web (5 MB a round trip)", async () => {
    const header = ["No", "NIK", "Nama Lengkap", "Tgl. Lahir", "L/P", "No. HP"];
    const rows = Array.from({ length: 10_000 }, (_, i) => [
      i + 1,
      // Every tenth NIK typed as a number: a thousand marks to write.
      i % 10 === 0 ? 6104010101800000 + i : { v: `610401${String(1 + (i % 28)).padStart(2, "0")}0180${String(i).padStart(4, "0")}`, f: "@" },
      `Pekerja ${"abcdefghij"[i % 10]}`,
      { v: 29221 + (i % 28), f: "dd-mm-yyyy" },
      "L",
      { v: "081234567890", f: "@" },
    ]);
    const fake = createFakeExcel({ sheets: [{ name: "Data", cells: [header, ...rows] }] });
    const gateway = new OfficeExcelGateway({ excel: fake.Excel as unknown as ExcelHost, supports: fake.supports });
    const started = performance.now();
    const { state, highlights } = await runCheck({ gateway, source: { kind: "active" }, settings: SETTINGS, highlight: true, signal, report });
    const ms = Math.round(performance.now() - started);
    expect(fake.workbook.syncs).toBeLessThanOrEqual(3);
    expect(state.result.summary.rows).toBe(10_000);
    expect(highlights!.marked).toBeGreaterThanOrEqual(1000);
    console.log(`Periksa 10.000 baris: ${fake.workbook.syncs} sync, ${ms} ms, ${highlights!.marked} sel ditandai`);
  });

  it("stops before writing anything when cancelled", async () => {
    const { gateway, sheet } = setUp();
    const controller = new AbortController();
    const running = runCheck({ gateway, source: { kind: "active" }, settings: SETTINGS, highlight: true, signal: controller.signal, report });
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(OperationCancelled);
    expect(sheet.notes.size).toBe(0);
  });
});

describe("the DTKS tab's work", () => {
  it("counts the example's DTKS results and adds a Status DTKS column right of the table", async () => {
    const { gateway, model, sheet } = setUp();
    const dtks = await loadDtksFromSheet(gateway, { kind: "sheet", sheet: "DTKS" }, 2026, undefined, report);
    const first = await runCheck({ gateway, source: { kind: "active" }, settings: SETTINGS, regions, highlight: false, signal, report });
    model.resetStats();
    const checked = await matchWorkers({ gateway, check: first.state, dtks, settings: SETTINGS, regions, signal, report });
    expect(model.syncs).toBe(0);
    // The example's desil run 1-5 (one planted 7): above the default desil 1-4 are the 5s and the 7.
    expect(checked.result.summary.dtks).toMatchObject({ notFound: 15, nameMismatch: 1 });
    expect(checked.result.summary.dtks!.desilAbove).toBeGreaterThanOrEqual(1);

    const before = sheet.valuesOf("A1:M140");
    const written = await writeStatusColumn(gateway, checked, SETTINGS, report);
    expect(written.column).toBe(14);
    expect(sheet.valuesOf("A1:M140")).toEqual(before);
    expect(sheet.peek(4, 14)!.value).toBe("Status DTKS");
    expect(sheet.peek(excelRowOfWorker(3), 14)!.value).toBe("TIDAK DITEMUKAN");
    expect(sheet.peek(excelRowOfWorker(PLANTED.dtksDesilHigh.worker), 14)!.value).toBe("YA (desil 7, di atas batas 4)");
    expect(String(sheet.peek(excelRowOfWorker(PLANTED.dtksMatchedByName.worker), 14)!.value)).toMatch(/^COCOK NAMA \(NIK DTKS 6104\d{12}; desil \d\)$/);

    // The user typed in the next column since: the column is rewritten in place, never moved over it.
    sheet.cell(200, 15).value = "catatan";
    const again = await writeStatusColumn(gateway, written.check, SETTINGS, report);
    expect(again).toMatchObject({ column: 14, replaced: true });

    const removed = await removeStatusColumn(gateway, again.check);
    expect(removed).toMatchObject({ column: 14, removed: true });
    expect(sheet.valuesOf("N1:N140").flat().every((value) => value === "")).toBe(true);
    expect(sheet.peek(200, 15)!.value).toBe("catatan");
  });

  it("moves to the next empty column when the chosen one was filled after the sheet was read", async () => {
    const { gateway, sheet } = setUp();
    const dtks = await loadDtksFromSheet(gateway, { kind: "sheet", sheet: "DTKS" }, 2026, undefined, report);
    const checked = await matchWorkers({ gateway, dtks, settings: SETTINGS, workerSheet: "Data Pekerja Rentan", signal, report });
    sheet.cell(150, 14).value = "ditulis sesudah dibaca";
    const written = await writeStatusColumn(gateway, checked, SETTINGS, report);
    expect(written.column).toBe(15);
    expect(sheet.peek(150, 14)!.value).toBe("ditulis sesudah dibaca");
    expect(sheet.peek(4, 15)!.value).toBe("Status DTKS");
  });

  it("refuses the worker sheet, or a copy of it, as the extract: the list would match itself", async () => {
    const { gateway, model } = setUp();
    const first = await runCheck({ gateway, source: { kind: "active" }, settings: SETTINGS, highlight: false, signal, report });
    const worker = workerShape(first.state);
    await expect(loadDtksFromSheet(gateway, { kind: "sheet", sheet: "Data Pekerja Rentan" }, 2026, worker, report)).rejects.toThrow(/daftar pekerja yang diperiksa, bukan ekstrak DTKS/);
    // The same list copied to a sheet named like an extract is refused by its header row.
    const village = seed.sheets.find((sheet) => sheet.name === "Data Pekerja Rentan")!;
    model.insertSheets([{ ...village, name: "DTKS salinan" }]);
    await expect(loadDtksFromSheet(gateway, { kind: "sheet", sheet: "DTKS salinan" }, 2026, worker, report)).rejects.toThrow(/sama persis dengan tabel pekerja/);
    // Without a check the copy is caught when the worker table is read for the matching.
    const copy = await loadDtksFromSheet(gateway, { kind: "sheet", sheet: "DTKS salinan" }, 2026, undefined, report);
    await expect(matchWorkers({ gateway, dtks: copy, settings: SETTINGS, workerSheet: "Data Pekerja Rentan", signal, report })).rejects.toThrow(/sama persis dengan tabel pekerja/);
  });
});
