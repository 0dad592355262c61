/**
 * The built task pane in headless Chromium reads and writes .xlsx with the project's own reader and
 * writer, never exceljs: a SIKS-NG desil extract (.xlsx, not copied into the workbook) is imported and
 * matched, the list is checked and exported as a new workbook, and no request, chunk or loaded script is
 * exceljs's. The workbook handed to `Excel.createWorkbook` is read back with our reader (`readXlsxGrid`):
 * every NIK on the submission sheet is 16-digit text.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { readXlsxGrid } from "../../src/adapters/xlsx/reader/read-xlsx-grid";
import { SETTINGS_KEY } from "../../src/taskpane/session/pane-settings";
import type { WorkbookSeed } from "../support/fake-excel/workbook-model";
import { writeExampleExtract, writeSiksNgDesil, type ExampleExtract } from "../helpers/dtsen";
import { describeInBrowser as describeInBrowser_, openTab, paneSession, whenEnabled, whenIdle } from "./helpers/pane-harness";
import { PREVIEW_DIR } from "./helpers/preview-build";
import { seedFromXlsx } from "./helpers/xlsx-seed";

const ROOT = path.resolve(__dirname, "../..");
const VILLAGE_FILE = path.join(ROOT, "contoh/desa-contoh.xlsx");
/** A string only exceljs's code holds (the docProps/app.xml it writes; our writer writes no app.xml). */
const EXCELJS_FINGERPRINT = "HeadingPairs";

const describeInBrowser = describeInBrowser_("own-xlsx.browser.test");

jest.setTimeout(180_000);

describeInBrowser("the pane's .xlsx import and export without exceljs", () => {
  const requests: string[] = [];
  const scripts: string[] = [];
  const pane = paneSession({ onLocalScript: (pathname) => scripts.push(pathname) });
  let seed: WorkbookSeed;
  let example: ExampleExtract;
  let desil: string;

  beforeAll(async () => {
    const village = await seedFromXlsx(VILLAGE_FILE);
    seed = { sheets: village.sheets, settings: { [SETTINGS_KEY]: JSON.stringify({ check: { tahun: 2026, kodeDesa: "61.04.01.2014" } }) } };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "own-xlsx-"));
    example = await writeExampleExtract(dir, VILLAGE_FILE);
    desil = await writeSiksNgDesil(
      path.join(dir, "desil.xlsx"),
      example.inExtract.slice(0, 5).map((w, i) => ({ noKk: w.noKk, nik: w.nik, nama: w.nama.toUpperCase(), desil: i + 1 })),
    );
  }, 900_000);

  beforeEach(() => {
    pane.context.on("request", (request) => requests.push(request.url()));
  });

  const sheetNames = (page: Page) =>
    page.evaluate(() => (window as unknown as { __fakeExcel: { workbook: { sheets: Array<{ name: string }> } } }).__fakeExcel.workbook.sheets.map((sheet) => sheet.name));

  it("the built pane has no exceljs chunk to load: its webpack runtime names none, and no entry script holds exceljs's code", () => {
    // The scripts taskpane.html loads (the webpack runtime lists every lazy chunk by name); stale chunk
    // files of earlier builds may stay in the folder, so the folder itself is not what is checked.
    const html = fs.readFileSync(path.join(PREVIEW_DIR, "taskpane.html"), "utf8");
    const entries = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]!).filter((src) => !src.startsWith("office-js/") && fs.existsSync(path.join(PREVIEW_DIR, src)));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const code = fs.readFileSync(path.join(PREVIEW_DIR, entry), "utf8");
      expect({ entry, chunkName: code.includes('"exceljs"'), code: code.includes(EXCELJS_FINGERPRINT) }).toEqual({ entry, chunkName: false, code: false });
    }
  });

  it("imports a DTKS .xlsx in memory and exports a submission whose NIKs read back as 16-digit text, loading no exceljs", async () => {
    const page = await pane.openPane(seed);
    const before = await sheetNames(page);

    await openTab(page, "DTKS");
    await whenEnabled(page, "Impor berkas…");
    await page.setInputFiles('input[type="file"]', [desil]);
    await page.getByLabel("Hasil pencocokan DTKS").waitFor();
    await whenIdle(page);
    // Read in memory: no sheet was opened in the workbook, not even for a moment that left one behind.
    expect(await sheetNames(page)).toEqual(before);

    await openTab(page, "Periksa");
    // Matching on the DTKS tab checked the list already, so Periksa offers "Periksa ulang" for the same sheet.
    await page.getByRole("button", { name: "Periksa ulang", exact: true }).click();
    await page.getByLabel("Hasil pemeriksaan").waitFor();
    await openTab(page, "Ekspor");
    await page.getByRole("button", { name: "Buka sebagai buku kerja baru" }).click();
    await page.getByText(/Buku kerja baru dibuka/).waitFor();

    const created = await page.evaluate(() => (window as unknown as { __fakeExcel: { workbook: { createdWorkbooks: string[] } } }).__fakeExcel.workbook.createdWorkbooks);
    expect(created).toHaveLength(1);
    const book = readXlsxGrid(new Uint8Array(Buffer.from(created[0]!, "base64")), "pengajuan.xlsx");
    expect(book.sheets.map((s) => s.name)).toEqual(["Peserta BPU", "Ditolak", "Keterangan"]);
    const sheet = book.sheets[0]!;
    const header = sheet.rows[0]!;
    const nikColumn = header.findIndex((cell) => cell.kind === "text" && cell.text === "NIK");
    expect(nikColumn).toBeGreaterThanOrEqual(0);
    const niks = sheet.rows.slice(1).map((row) => row[nikColumn]);
    expect(niks.length).toBeGreaterThan(50);
    for (const nik of niks) expect(nik).toMatchObject({ kind: "text", text: expect.stringMatching(/^\d{16}$/) });

    // Nothing of exceljs was asked for or run: no request, no chunk, no loaded script holding its code.
    expect(requests.filter((url) => /exceljs/i.test(url))).toEqual([]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((name) => /exceljs/i.test(name))).toEqual([]);
    const loaded = [...new Set(scripts)].filter((name) => fs.existsSync(path.join(PREVIEW_DIR, name)));
    expect(loaded.filter((name) => fs.readFileSync(path.join(PREVIEW_DIR, name), "utf8").includes(EXCELJS_FINGERPRINT))).toEqual([]);
    expect(pane.offsite.filter((url) => !url.includes("telemetryservice.firstpartyapps.oaspapps.com"))).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  });
});
