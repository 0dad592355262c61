/**
 * The browser page (dist/web, issue 13) in headless Chromium, on a real .xlsx written by this test: the
 * example village list, with the village's settings stored in the file the way the add-in stores them.
 * The file goes in through the page's file input and every tab runs on it: Periksa (the "(diperiksa)"
 * copy with its marks, "Perbaiki otomatis", the findings report), DTKS (an extract written by the test,
 * opened through the tab's own file input), Anggaran (the RAB sheet in the copy) and Ekspor (the
 * submission as a download). What comes out is read back with our reader, exceljs and LibreOffice: NIKs
 * intact as text, the original byte-identical. No request leaves the page.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import webpack from "webpack";
import { excelRowOfWorker, PLANTED } from "../../scripts/buat-contoh";
import { FileExcelGateway } from "../../src/adapters/file/file-excel-gateway";
import { patchWorkbook } from "../../src/adapters/file/patch-workbook";
import { HIGHLIGHT_FILLS } from "../../src/adapters/office";
import { loadRegions } from "../../src/adapters/node/load-wilayah";
import { readXlsxGrid } from "../../src/adapters/xlsx/reader/read-xlsx-grid";
import { cellText, type RawCell } from "../../src/domain/cell/raw-cell";
import type { SheetGrid } from "../../src/domain/cell/sheet-grid";
import { proposeFixes } from "../../src/domain/fix";
import { defaultSettings } from "../../src/domain/rules/rule-parameters";
import { runCheck, type RunCheckOutcome } from "../../src/taskpane/periksa/run-check";
import { defaultPaneSettings, SETTINGS_KEY } from "../../src/taskpane/session/pane-settings";
import { libreOfficeCsv, parseCsv } from "../adapters/xlsx/soffice";
import { chromiumAvailability, launchChromium, waitForChromium } from "./helpers/chromium";
import { ARTIFACTS, openTab } from "./helpers/pane-harness";
import { serveDirectory, type StaticServer } from "./helpers/static-server";

const ROOT = path.resolve(__dirname, "../..");
const WEB = path.join(ROOT, "dist/web");
const STAMP = path.join(WEB, ".built-at");
const WORKERS = "Data Pekerja Rentan";
const SETTINGS = { ...defaultSettings(2026), kodeDesa: "61.04.01.2014", desilMaksimal: 5 };
/** As the Pengaturan tab's village picker stores it: the code in the checks' settings, the name beside it. */
const VILLAGE = "Kuala Satong";
const inCi = process.env.CI === "true";
const describeInBrowser = chromiumAvailability() === "absent" && !inCi ? describe.skip : describe;

jest.setTimeout(240_000);

function newest(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newest(path.join(entry, name))));
}

/** Builds dist/web with webpack.web.config.js unless it is newer than everything it is made from. */
async function ensureWebBuild(): Promise<void> {
  const inputs = ["src", "assets", "webpack.web.config.js", "scripts/webpack", "tsconfig.json", "package-lock.json"];
  const builtAt = fs.statSync(STAMP, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (builtAt > Math.max(...inputs.map((input) => newest(path.join(ROOT, input)))) && !inCi) return;
  const started = Date.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configure = require(path.join(ROOT, "webpack.web.config.js")) as (env: object, argv: object) => webpack.Configuration;
  const config = { ...configure({}, { mode: "production" }), context: ROOT };
  const stats = await new Promise<webpack.Stats>((resolve, reject) => webpack(config, (error, result) => (error || !result ? reject(error ?? new Error("webpack gagal")) : resolve(result))));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  fs.writeFileSync(STAMP, new Date(started).toISOString());
  fs.utimesSync(STAMP, new Date(started), new Date(started));
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** A downloaded workbook as the pane itself reads one (our reader, the page's own). */
function readGrid(file: string): SheetGrid[] {
  return [...readXlsxGrid(new Uint8Array(fs.readFileSync(file)), path.basename(file)).sheets];
}

function cellOf(sheet: SheetGrid, row: number, column: number): RawCell | undefined {
  return sheet.rows[row - sheet.firstRow]?.[column - sheet.firstColumn];
}

/** The 1-based row and column of the first cell reading `text` (a header). */
function findCell(sheet: SheetGrid, text: string): { row: number; column: number } | undefined {
  for (let i = 0; i < sheet.rows.length; i++) {
    const j = sheet.rows[i]!.findIndex((cell) => cellText(cell)?.trim() === text);
    if (j >= 0) return { row: sheet.firstRow + i, column: sheet.firstColumn + j };
  }
  return undefined;
}

async function loadBook(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

describeInBrowser("the page on a real .xlsx in a real browser", () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let original: string;
  let originalHash: string;
  let expected: RunCheckOutcome;
  const offsite: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    const built = ensureWebBuild();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pekerja-rentan-web-file-"));
    // The example village list, with the settings the Pengaturan tab would have stored in it.
    const example = new Uint8Array(fs.readFileSync(path.join(ROOT, "contoh/desa-contoh.xlsx")));
    const settings = new Map<string, unknown>([[SETTINGS_KEY, JSON.stringify({ check: SETTINGS, namaDesa: VILLAGE })]]);
    original = path.join(dir, "Daftar Pekerja Desa.xlsx");
    fs.writeFileSync(original, patchWorkbook(example, { settings }).bytes);
    originalHash = sha256(fs.readFileSync(original));

    // The same check, run in Node through the same gateway: what the copy must hold.
    const gateway = await FileExcelGateway.open({ name: "x.xlsx", bytes: new Uint8Array(fs.readFileSync(original)) }, { readWorkbook: async (bytes, name) => readXlsxGrid(bytes, name), deliver: () => undefined });
    const regions = await loadRegions({ villages: false });
    expected = await runCheck({ gateway, source: { kind: "active" }, settings: SETTINGS, regions, highlight: true, signal: new AbortController().signal, report: () => undefined });

    await Promise.all([built, waitForChromium(inCi ? 600_000 : 300_000)]);
    server = await serveDirectory(WEB);
    browser = await launchChromium();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  }, 1_200_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "id-ID", acceptDownloads: true });
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "127.0.0.1" || url.protocol === "data:" || url.protocol === "blob:") return route.continue();
      offsite.push(route.request().url());
      return route.abort("blockedbyclient");
    });
  });

  afterEach(async () => {
    await context.close();
  });

  async function openPage(): Promise<Page> {
    const page = await context.newPage();
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
    });
    await page.goto(`${server.origin}/index.html`);
    await page.getByRole("button", { name: "Buka berkas .xlsx" }).waitFor();
    return page;
  }

  async function openFile(page: Page, file: string): Promise<void> {
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole("tab", { name: "Periksa" }).waitFor();
  }

  async function press(page: Page, name: string): Promise<void> {
    await page.waitForFunction(
      (label) => [...document.querySelectorAll("button")].some((b) => b.getAttribute("role") !== "tab" && b.textContent?.trim() === label && !b.disabled),
      name,
    );
    await page.getByRole("button", { name, exact: true }).first().click();
  }

  let downloads = 0;
  /** Presses `button` and saves the file the page hands over; returns where, with the name the page gave it. */
  async function download(page: Page, button: string): Promise<{ file: string; name: string }> {
    const coming = page.waitForEvent("download");
    await press(page, button);
    const made = await coming;
    const file = path.join(dir, `${++downloads}`, made.suggestedFilename());
    await made.saveAs(file);
    return { file, name: made.suggestedFilename() };
  }

  async function checkInPeriksa(page: Page): Promise<void> {
    await press(page, "Periksa");
    await page.getByText(/siap didaftarkan/).first().waitFor();
  }

  function expectOriginalUntouched(): void {
    expect(sha256(fs.readFileSync(original))).toBe(originalHash);
  }

  it("Periksa on the opened file, then the '(diperiksa)' copy: NIKs intact as text, marks in place, original untouched", async () => {
    const page = await openPage();
    await openFile(page, original);
    await press(page, "Periksa");
    await page.getByText(/siap didaftarkan/).first().waitFor();
    await page.getByText(/belum disimpan/).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "web-file-periksa.png"), fullPage: true, animations: "disabled" });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Unduh salinan (diperiksa)" }).click()]);
    expect(download.suggestedFilename()).toBe("Daftar Pekerja Desa (diperiksa).xlsx");
    const copy = path.join(dir, download.suggestedFilename());
    await download.saveAs(copy);
    await page.getByText(/Berkas asli tidak diubah\. Hasil disimpan/).waitFor();

    // The original on disk is exactly as written.
    expect(sha256(fs.readFileSync(original))).toBe(originalHash);

    const [before, after] = await Promise.all([loadBook(original), loadBook(copy)]);
    const sheetBefore = before.getWorksheet(WORKERS)!;
    const sheetAfter = after.getWorksheet(WORKERS)!;
    // Every NIK cell holds what it held: text stays text with all 16 digits, the damaged number stays the number.
    for (let row = 1; row <= sheetBefore.rowCount; row++) {
      expect([row, sheetAfter.getCell(row, 2).value]).toEqual([row, sheetBefore.getCell(row, 2).value]);
    }
    // The marks are where the same check run in Node puts them, with its notes.
    const marked = expected.state.result.findings.filter((f) => f.severity !== "info" && f.row > 0);
    expect(marked.length).toBeGreaterThan(5);
    const nikRow = excelRowOfWorker(PLANTED.nikTooShort.worker);
    const fill = (sheetAfter.getCell(nikRow, 2).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect(fill).toBe(`FF${HIGHLIGHT_FILLS.error.slice(1)}`);
    expect(JSON.stringify(sheetAfter.getCell(nikRow, 2).note)).toMatch(/NIK/);
    const unmarkedRow = excelRowOfWorker(0);
    if (!marked.some((f) => f.row === unmarkedRow)) expect((sheetAfter.getCell(unmarkedRow, 2).fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();

    // LibreOffice, an independent reader, sees the same NIKs in both files.
    const csvBefore = parseCsv(libreOfficeCsv(original, path.join(dir, "lo-asli")));
    const csvAfter = parseCsv(libreOfficeCsv(copy, path.join(dir, "lo-salinan")));
    expect(csvAfter.map((row) => row[1])).toEqual(csvBefore.map((row) => row[1]));
    expect(csvAfter[nikRow - 1]![1]).toMatch(/^\d{15}$/);

    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("a finding's cell is shown as its row, since there is no live sheet to select", async () => {
    const page = await openPage();
    await openFile(page, original);
    await press(page, "Periksa");
    await page.getByText(/siap didaftarkan/).first().waitFor();
    // "Berikutnya" walks the findings; in Excel it selects each cell, here the page shows its row.
    await page.getByRole("group", { name: "Telusuri sel bermasalah" }).getByRole("button", { name: "Berikutnya" }).click();
    const preview = page.getByRole("region", { name: "Baris yang dipilih" });
    await preview.waitFor();
    await expect(preview.getByRole("heading").textContent()).resolves.toMatch(new RegExp(`Lembar "${WORKERS}", baris \\d+`));
    const chosen = preview.locator('td[aria-current="true"]');
    expect(await chosen.count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it("the village and year stored in the file are the pane's: shown above Periksa, without choosing them again", async () => {
    const chosen = defaultPaneSettings(2027);
    const seeded = path.join(dir, "Daftar 2027.xlsx");
    const example = new Uint8Array(fs.readFileSync(path.join(ROOT, "contoh/desa-contoh.xlsx")));
    const value = JSON.stringify({ ...chosen, namaDesa: VILLAGE, check: { ...chosen.check, kodeDesa: SETTINGS.kodeDesa } });
    fs.writeFileSync(seeded, patchWorkbook(example, { settings: new Map([[SETTINGS_KEY, value]]) }).bytes);
    const page = await openPage();
    await openFile(page, seeded);
    await page.getByText(`Desa ${VILLAGE} · Tahun 2027`).waitFor();
    expect(problems).toEqual([]);
  });

  it("DTKS: an extract written by the test goes in through the tab's file input and is matched; the copy gets the Status DTKS column, never the extract", async () => {
    // The example extract as SIKS-NG exports it: ";"-separated text, NIKs as 16 digits.
    const extract = readXlsxGrid(new Uint8Array(fs.readFileSync(path.join(ROOT, "contoh/dtks-contoh.xlsx"))), "dtks-contoh.xlsx").sheets[0]!;
    const csv = path.join(dir, "dtks-desa.csv");
    fs.writeFileSync(csv, extract.rows.map((row) => row.map((cell) => cellText(cell) ?? "").join(";")).join("\r\n"));
    const extractNik = cellText(extract.rows[1]![1])!;
    expect(extractNik).toMatch(/^\d{16}$/);

    const page = await openPage();
    await openFile(page, original);
    await openTab(page, "DTKS");
    await page.waitForFunction(() => [...document.querySelectorAll("button")].some((b) => b.textContent?.trim() === "Impor berkas…" && !b.disabled));
    await page.locator('input[type="file"][accept*=".csv"]').setInputFiles(csv);
    const list = page.getByLabel("Hasil pencocokan DTKS");
    await list.waitFor();
    const counts = Object.fromEntries(await list.locator("button").evaluateAll((buttons) => buttons.map((b) => [b.firstElementChild?.textContent ?? "", Number(b.getAttribute("data-count"))] as const)));
    expect(counts).toMatchObject({ "Tidak ditemukan (non-DTKS)": 15, "Nama berbeda (NIK atas nama lain)": 1, "Di luar sasaran desil 1–5": 1 });
    await page.screenshot({ path: path.join(ARTIFACTS, "web-file-dtks.png"), fullPage: true, animations: "disabled" });

    await press(page, "Tulis kolom Status DTKS");
    await page.getByText(/ditambahkan di kolom/).waitFor();
    const { file } = await download(page, "Unduh salinan (diperiksa)");
    const sheets = readGrid(file);
    // Only the village's own sheets: the extract (other residents' data) never goes into the village's file.
    expect(sheets.map((sheet) => sheet.name)).toEqual(readGrid(original).map((sheet) => sheet.name));
    const workers = sheets.find((sheet) => sheet.name === WORKERS)!;
    const header = findCell(workers, "Status DTKS");
    expect(header).toBeDefined();
    const statuses = workers.rows.slice(header!.row - workers.firstRow + 1).map((row) => cellText(row[header!.column - workers.firstColumn]) ?? "");
    expect(statuses.filter((status) => status !== "").length).toBeGreaterThan(100);
    expectOriginalUntouched();
    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("Anggaran: the RAB sheet lands in the saved copy, its amounts as formulas", async () => {
    const page = await openPage();
    await openFile(page, original);
    await checkInPeriksa(page);
    await openTab(page, "Anggaran");
    await press(page, "Buat lembar RAB");
    await page.getByText(/Lembar "RAB Iuran BPJS 2026" dibuat/).waitFor();
    const { file } = await download(page, "Unduh salinan (diperiksa)");

    const rab = (await loadBook(file)).getWorksheet("RAB Iuran BPJS 2026")!;
    expect(rab).toBeDefined();
    const formulas: string[] = [];
    rab.eachRow((row) => row.eachCell((cell) => cell.formula && formulas.push(cell.formula)));
    expect(formulas.filter((formula) => /^D\d+\*F\d+$/.test(formula)).length).toBeGreaterThan(0);
    expect(formulas.some((formula) => /^SUM\(/.test(formula))).toBe(true);
    // The village named as in the settings stored in the file.
    const values: string[] = [];
    rab.eachRow((row) => row.eachCell((cell) => values.push(String(cell.value))));
    expect(values).toContain(VILLAGE);
    expectOriginalUntouched();
    expect(problems).toEqual([]);
  });

  it("Ekspor: the submission comes as an .xlsx download whose NIKs are 16-digit text, for our reader and for LibreOffice", async () => {
    const page = await openPage();
    await openFile(page, original);
    await checkInPeriksa(page);
    await openTab(page, "Ekspor");
    const included = Number(await page.getByTestId("ekspor-masuk").textContent());
    expect(included).toBeGreaterThan(50);
    // No Excel here to open a window: the button and the message say it is a download, and name it.
    const { file, name } = await download(page, "Unduh sebagai berkas .xlsx");
    expect(name).toMatch(/\.xlsx$/);
    await page.getByText(`Diunduh: "${name}"`, { exact: false }).waitFor();

    const sheets = readGrid(file);
    const participants = sheets[0]!;
    expect(participants.name).toBe("Peserta BPU");
    const nik = findCell(participants, "NIK")!;
    const niks = participants.rows.slice(nik.row - participants.firstRow + 1).map((row) => row[nik.column - participants.firstColumn]);
    expect(niks).toHaveLength(included);
    for (const cell of niks) {
      expect(cell?.kind).toBe("text");
      expect(cellText(cell)).toMatch(/^\d{16}$/);
    }
    const csv = parseCsv(libreOfficeCsv(file, path.join(dir, "lo-ekspor")));
    const column = csv[nik.row - 1]!.indexOf("NIK");
    expect(column).toBe(nik.column - 1);
    expect(csv.slice(nik.row).filter((row) => row.length > 1).map((row) => row[column])).toEqual(niks.map((cell) => cellText(cell)));
    expectOriginalUntouched();
    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("Buat laporan temuan: the findings report comes as an .xlsx download listing the problem rows", async () => {
    const page = await openPage();
    await openFile(page, original);
    await checkInPeriksa(page);
    const { file, name } = await download(page, "Buat laporan temuan");
    await page.getByText(`Laporan temuan diunduh sebagai "${name}"`, { exact: false }).waitFor();
    const sheets = readGrid(file);
    expect(sheets.length).toBeGreaterThan(0);
    // The worker whose NIK is too short is listed with that NIK, as text (its 15 digits kept).
    const workers = readGrid(original).find((sheet) => sheet.name === WORKERS)!;
    const shortNik = cellText(cellOf(workers, excelRowOfWorker(PLANTED.nikTooShort.worker), 2))!;
    const texts = sheets.flatMap((sheet) => sheet.rows.flatMap((row) => row.map((cell) => cellText(cell) ?? "")));
    expect(texts.some((text) => text.includes(shortNik))).toBe(true);
    expectOriginalUntouched();
    expect(problems).toEqual([]);
  });

  it("Perbaiki otomatis: the saved copy holds the fixed values, the original stays byte-identical", async () => {
    const fixes = proposeFixes(expected.state.table, expected.state.result.findings, { referenceYear: SETTINGS.tahun });
    expect(fixes.length).toBeGreaterThan(0);
    const page = await openPage();
    await openFile(page, original);
    await checkInPeriksa(page);
    await press(page, `Perbaiki otomatis (${fixes.length} sel)`);
    await press(page, `Terapkan ${fixes.length} perbaikan`);
    await page.getByText(/sel diperbaiki/).waitFor();
    const { file } = await download(page, "Unduh salinan (diperiksa)");

    const workers = readGrid(file).find((sheet) => sheet.name === WORKERS)!;
    for (const fix of fixes) {
      expect([fix.sheetRow, fix.column, cellText(cellOf(workers, fix.sheetRow, fix.column))]).toEqual([fix.sheetRow, fix.column, cellText(fix.newValue as RawCell)]);
    }
    const before = readGrid(original).find((sheet) => sheet.name === WORKERS)!;
    expect(fixes.some((fix) => cellText(cellOf(before, fix.sheetRow, fix.column)) !== cellText(cellOf(workers, fix.sheetRow, fix.column)))).toBe(true);
    expectOriginalUntouched();
    expect(problems).toEqual([]);
  });

  it("a file that is not an .xlsx is refused on the start screen with a message that says what to do", async () => {
    const page = await openPage();
    const fake = path.join(dir, "bukan.xlsx");
    fs.writeFileSync(fake, "NIK;Nama\n6104011203850001;Siti\n");
    await page.locator('input[type="file"]').setInputFiles(fake);
    await page.getByRole("button", { name: "Buka berkas .xlsx" }).waitFor();
    await page.locator('[role="alert"], .fui-MessageBar').filter({ hasText: /xlsx|Excel/i }).first().waitFor();
  });

  it("once loaded, the page opens again with the network gone (service worker)", async () => {
    // Its own timeout: a service worker that never installs would otherwise hang the suite.
    const page = await openPage();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    await page.reload();
    await page.getByRole("button", { name: "Buka berkas .xlsx" }).waitFor();
    await context.setOffline(false);
  }, 120_000);
});
