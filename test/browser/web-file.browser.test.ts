/**
 * The browser page (dist/web, issue 13) in headless Chromium, on a real .xlsx written by this test: the
 * example village list, with the village's settings stored in the file the way the add-in stores them.
 * The file goes in through the page's file input, Periksa runs, the "(diperiksa)" copy comes out as a
 * download, and the copy is read back with exceljs and with LibreOffice: NIKs intact as text, the marks
 * where the same check run in Node puts them, the original byte-identical. No request leaves the page.
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
import { readXlsxBytes } from "../../src/adapters/xlsx/read-workbook";
import { defaultSettings } from "../../src/domain/rules/rule-parameters";
import { runCheck, type RunCheckOutcome } from "../../src/taskpane/periksa/run-check";
import { SETTINGS_KEY } from "../../src/taskpane/session/pane-settings";
import { libreOfficeCsv, parseCsv } from "../adapters/xlsx/soffice";
import { chromiumAvailability, launchChromium, waitForChromium } from "./helpers/chromium";
import { ARTIFACTS } from "./helpers/pane-harness";
import { serveDirectory, type StaticServer } from "./helpers/static-server";

const ROOT = path.resolve(__dirname, "../..");
const WEB = path.join(ROOT, "dist/web");
const STAMP = path.join(WEB, ".built-at");
const WORKERS = "Data Pekerja Rentan";
const SETTINGS = { ...defaultSettings(2026), kodeDesa: "61.04.01.2014", desilMaksimal: 5 };
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
    const settings = new Map<string, unknown>([[SETTINGS_KEY, JSON.stringify({ check: SETTINGS })]]);
    original = path.join(dir, "Daftar Pekerja Desa.xlsx");
    fs.writeFileSync(original, patchWorkbook(example, { settings }).bytes);
    originalHash = sha256(fs.readFileSync(original));

    // The same check, run in Node through the same gateway: what the copy must hold.
    const gateway = await FileExcelGateway.open({ name: "x.xlsx", bytes: new Uint8Array(fs.readFileSync(original)) }, { readWorkbook: readXlsxBytes, deliver: () => undefined });
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
