/**
 * The DTKS tab of the built pane in headless Chromium on a workbook as most villages have it: the
 * worker list and no extract sheet. The extract is the DTSEN v3 keluarga + anggota pair as the
 * kabupaten sends it (pipe-separated, double-quoted, desil only in the family file), written here
 * from the bundled example. Screenshots at 320 px go to test-artifacts/.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { SETTINGS_KEY } from "../../src/taskpane/session/pane-settings";
import type { WorkbookSeed } from "../support/fake-excel/workbook-model";
import { writeExampleExtract, type ExampleExtract } from "../helpers/dtsen";
import { ARTIFACTS, describeInBrowser as describeInBrowser_, openTab, paneSession, press, whenEnabled, whenIdle } from "./helpers/pane-harness";
import { seedFromXlsx } from "./helpers/xlsx-seed";

const ROOT = path.resolve(__dirname, "../..");
const VILLAGE_FILE = path.join(ROOT, "contoh/desa-contoh.xlsx");
const WORKERS = "Data Pekerja Rentan";
const NARROW = { width: 320, height: 900 };
const OFFICE_JS_TELEMETRY = "telemetryservice.firstpartyapps.oaspapps.com";

type FakeWindow = {
  __fakeExcel: {
    workbook: {
      sheets: Array<{ name: string }>;
      settings: Map<string, unknown>;
      sheetByName(name: string): { peek(row: number, column: number): { value: unknown; numberFormat: string } | undefined } | undefined;
    };
  };
};

const describeInBrowser = describeInBrowser_("dtks-dtsen.browser.test");

jest.setTimeout(180_000);

describeInBrowser("DTKS tab on a workbook without an extract sheet", () => {
  const pane = paneSession();
  let seed: WorkbookSeed;
  let example: ExampleExtract;

  beforeAll(async () => {
    const village = await seedFromXlsx(VILLAGE_FILE);
    // Stored as an older workbook stores them (no desil source); a target above the example's 110 or so ready workers.
    seed = { sheets: village.sheets, settings: { [SETTINGS_KEY]: JSON.stringify({ check: { tahun: 2026, kodeDesa: "61.04.01.2014" }, budget: { target: 200 } }) } };
    example = await writeExampleExtract(fs.mkdtempSync(path.join(os.tmpdir(), "dtsen-browser-")), VILLAGE_FILE);
  }, 900_000);

  async function openDtks(workbook: WorkbookSeed = seed): Promise<Page> {
    const page = await pane.openPane(workbook);
    await page.setViewportSize(NARROW);
    await openTab(page, "DTKS");
    return page;
  }

  const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true, animations: "disabled" });
  const sheetNames = (page: Page) => page.evaluate(() => (window as unknown as FakeWindow).__fakeExcel.workbook.sheets.map((sheet) => sheet.name));
  const cell = (page: Page, sheet: string, row: number, column: number) =>
    page.evaluate(([name, r, c]) => {
      // The simulated cell's value is a getter: copied out here, since only plain data leave the page.
      const found = (window as unknown as FakeWindow).__fakeExcel.workbook.sheetByName(name)?.peek(r, c);
      return found ? { value: found.value, numberFormat: found.numberFormat } : null;
    }, [sheet, row, column] as const);
  const noHorizontalScroll = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW.width);

  async function dtksCounts(page: Page): Promise<Record<string, number>> {
    const list = page.getByLabel("Hasil pencocokan DTKS");
    await list.waitFor();
    const lines = await list.locator("button").evaluateAll((buttons) => buttons.map((b) => [b.firstElementChild?.textContent ?? "", Number(b.getAttribute("data-count"))] as const));
    return Object.fromEntries(lines);
  }

  async function importPair(page: Page): Promise<void> {
    await whenEnabled(page, "Impor berkas…");
    await page.setInputFiles('input[type="file"]', [example.keluarga, example.anggota]);
    await page.getByLabel("Hasil pencocokan DTKS").waitFor();
    await whenIdle(page);
  }

  it("offers no sheet as the extract, and refuses the worker sheet: the list cannot be matched against itself", async () => {
    const page = await openDtks();
    await page.getByText(/Buku kerja ini tidak berisi lembar ekstrak/).waitFor();
    const picker = page.getByRole("combobox", { name: "Atau dari lembar di buku kerja ini" });
    expect(await picker.textContent()).not.toMatch(/Data Pekerja|Lembar aktif/);
    await whenEnabled(page, "Impor berkas…");
    expect(await page.getByRole("button", { name: "Muat dan cocokkan" }).isDisabled()).toBe(true);
    // Importing is the primary action.
    const background = (name: string) => page.getByRole("button", { name, exact: true }).evaluate((b) => getComputedStyle(b).backgroundColor);
    expect(await background("Impor berkas…")).toBe("rgb(15, 108, 189)");
    await screenshot(page, "dtks-tanpa-ekstrak-320");

    // The secretary picks the worker sheet anyway.
    await picker.click();
    await page.getByRole("option", { name: new RegExp(`^${WORKERS}`) }).click();
    await press(page, "Muat dan cocokkan");
    const refusal = page.getByRole("alert");
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(new RegExp(`Lembar "${WORKERS}" dibaca sebagai daftar pekerja .*bukan ekstrak DTKS.*Pilih lembar ekstrak DTSEN/DTKS.*Impor berkas…`));
    expect(await page.getByLabel("Hasil pencocokan DTKS").count()).toBe(0);

    // After Periksa the worker sheet is known as such, and refused in so many words.
    await openTab(page, "Periksa");
    await press(page, "Periksa");
    await page.getByText(/siap didaftarkan/).first().waitFor();
    await openTab(page, "DTKS");
    const again = page.getByRole("combobox", { name: "Atau dari lembar di buku kerja ini" });
    expect(await again.textContent()).not.toMatch(/Data Pekerja/);
    await again.click();
    await page.getByRole("option", { name: `${WORKERS} (aktif) (daftar pekerja)` }).click();
    await press(page, "Muat dan cocokkan");
    await page.getByRole("alert").getByText(/daftar pekerja yang diperiksa, bukan ekstrak DTKS/).waitFor();
    expect(await page.getByLabel("Hasil pencocokan DTKS").count()).toBe(0);
    await screenshot(page, "dtks-lembar-pekerja-ditolak-320");
    await noHorizontalScroll(page);
  });

  it("matches the keluarga + anggota pair in memory: no sheet is left behind, and the family file's desil counts", async () => {
    const page = await openDtks();
    await importPair(page);
    expect(await sheetNames(page)).toEqual([WORKERS]);
    await page.getByText(/tidak ada lembar yang ditambahkan ke buku kerja/).waitFor();
    await page.getByText(/Dibaca di panel ini saja/).waitFor();

    const counts = await dtksCounts(page);
    expect(counts["Ditemukan (NIK dan nama cocok)"]).toBe(example.inExtract.length - 1);
    expect(counts).toMatchObject({ "Nama berbeda (NIK atas nama lain)": 1, "Penerima upah menurut DTSEN": 1 });
    expect(counts["Di luar sasaran desil 1–4"]).toBeGreaterThanOrEqual(1);
    // The extract's counted notes and each file's kind are shown.
    await page.getByText(/keluarga di berkas keluarga tanpa anggota di berkas anggota/).waitFor();
    await page.getByText(new RegExp(`${path.basename(example.keluarga).replace(/\./g, "\\.")}: berkas keluarga DTSEN`)).waitFor();

    // A count lists its workers: the desil-high worker is among those outside desil 1-4.
    await page.getByRole("button", { name: /^Di luar sasaran desil 1–4/ }).click();
    const list = page.getByRole("region", { name: "Pekerja menurut hasil DTKS" });
    await list.getByText(`Baris ${example.desilHigh.row}`, { exact: true }).waitFor();
    await list.getByText(/Desil nasional keluarganya 6, di atas batas desil 1–4/).first().waitFor();
    await screenshot(page, "dtks-dtsen-hasil-320");
    await noHorizontalScroll(page);
  });

  it("re-reads a file with a corrected column: the regency desil read as national leaves the worker inside desil 1-4", async () => {
    const page = await openDtks();
    await importPair(page);
    const before = (await dtksCounts(page))["Di luar sasaran desil 1–4"]!;
    await page.getByRole("button", { name: new RegExp(`^Kolom ${path.basename(example.keluarga).replace(/\./g, "\\.")}`) }).click();
    await page.getByRole("combobox", { name: `Kolom Desil nasional di ${path.basename(example.keluarga)}` }).click();
    await page.getByRole("option", { name: /· desil_kabupaten_kota$/ }).click();
    await page.waitForFunction(
      (label) => document.querySelector(`[aria-label="${label}"]`)?.textContent?.includes("desil_kabupaten_kota"),
      `Kolom Desil nasional di ${path.basename(example.keluarga)}`,
    );
    await whenIdle(page);
    expect((await dtksCounts(page))["Di luar sasaran desil 1–4"]).toBe(before - 1);
    await screenshot(page, "dtks-pemetaan-ekstrak-320");
    await noHorizontalScroll(page);
  });

  it("writes a NIK under another name as PERIKSA, never YA, in the Status DTKS column", async () => {
    const page = await openDtks();
    await importPair(page);
    await press(page, "Tulis kolom Status DTKS");
    await page.getByText(/Kolom "Status DTKS" ditambahkan di kolom N/).waitFor();
    const status = (row: number) => cell(page, WORKERS, row, 14).then((c) => String(c?.value ?? ""));
    expect(await status(example.otherName.row)).toMatch(/^PERIKSA \(NIK di DTKS atas nama HARTONO WIBISONO/);
    expect(await status(example.inExtract[3]!.row)).toMatch(/^YA \(desil \d\)$/);
    expect(await status(example.wageEarner.row)).toMatch(/^YA \(.*penerima upah menurut DTSEN\)$/);
  });

  it("Cari calon peserta writes a new sheet with the NIKs as text and says how many the target still needs", async () => {
    const page = await openDtks();
    await importPair(page);
    await press(page, "Cari calon peserta");
    const outcome = page.getByText(/^Lembar "Calon Peserta" ditulis:/);
    await outcome.waitFor();
    expect(await outcome.textContent()).toMatch(/calon peserta \(warga desa 6104012014\).*perlu \d+ lagi untuk sasaran 200.*Tidak diusulkan: .*warga desa lain/);
    expect(await sheetNames(page)).toEqual([WORKERS, "Calon Peserta"]);
    expect(await cell(page, "Calon Peserta", 1, 2)).toMatchObject({ value: "NIK" });
    const nik = await cell(page, "Calon Peserta", 2, 2);
    expect(nik).toMatchObject({ numberFormat: "@" });
    expect(String(nik!.value)).toMatch(/^\d{16}$/);
    expect(await cell(page, "Calon Peserta", 2, 3)).toMatchObject({ numberFormat: "@" });
    await screenshot(page, "dtks-calon-peserta-320");
  });

  it("copies the pair into the workbook only when asked, says so, and removes the sheets on request", async () => {
    const page = await openDtks();
    await page.getByRole("checkbox", { name: "Salin ekstrak ke buku kerja ini" }).check();
    await importPair(page);
    const copies = (await sheetNames(page)).slice(1);
    expect(copies).toHaveLength(2);
    await page.getByText(/Ekstrak disalin ke lembar .*data kesejahteraan warga lain kini tersimpan di buku kerja ini/).waitFor();
    expect((await cell(page, copies[1]!, 2, 1))?.numberFormat).toBe("@");

    await press(page, "Hapus lembar ekstrak");
    await press(page, "Ya, hapus");
    await page.getByText(/dihapus dari buku kerja\. Ekstrak tetap dipakai/).waitFor();
    expect(await sheetNames(page)).toEqual([WORKERS]);
    // The extract is still in use: matching again needs no file.
    await press(page, "Cocokkan ulang");
    await page.getByText(/pekerja dicocokkan/).waitFor();
  });

  it("sent no request beyond 127.0.0.1 and threw no script error", () => {
    expect(pane.offsite.filter((url) => new URL(url).hostname !== OFFICE_JS_TELEMETRY)).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  });
});
