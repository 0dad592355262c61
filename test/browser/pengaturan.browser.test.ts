/**
 * The Pengaturan tab in headless Chromium against the simulated Excel: the village picker, a
 * validated field, storage in the workbook's settings, and the settings still there when the pane is
 * opened again on the same workbook. Screenshots go to test-artifacts/.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import type { WorkbookSeed } from "../support/fake-excel/workbook-model";
import { ARTIFACTS, describeInBrowser as describeInBrowser_, openSection, PANE, paneSession } from "./helpers/pane-harness";

const SETTINGS_KEY = "pekerjaRentan.pengaturan";
const OFFICE_JS_TELEMETRY = "telemetryservice.firstpartyapps.oaspapps.com";

const SEED: WorkbookSeed = {
  sheets: [{ name: "Data Pekerja", cells: [["NIK", "Nama", "Tgl Lahir", "L/P"]] }],
};

interface StoredSettings {
  readonly check: { readonly kodeDesa?: string; readonly usiaMinimal: number; readonly usiaMaksimal: number; readonly desilMaksimal: number; readonly desilSumber: string };
  readonly namaDesa?: string;
}

const describeInBrowser = describeInBrowser_("pengaturan.browser.test");

jest.setTimeout(120_000);

describeInBrowser("Pengaturan tab in Chromium", () => {
  const scripts: string[] = [];
  const pane = paneSession({ onLocalScript: (pathname) => scripts.push(pathname) });

  /** Opens the pane on a workbook seeded with `seed`, on the Pengaturan tab, once the settings are read. */
  async function openPengaturan(seed: WorkbookSeed): Promise<Page> {
    const page = await pane.openPane(seed);
    await openSection(page, "Pengaturan");
    await page.getByRole("combobox", { name: "Provinsi" }).and(page.locator(":enabled")).waitFor();
    return page;
  }

  async function pick(page: Page, level: string, typed: string, option: string): Promise<void> {
    const box = page.getByRole("combobox", { name: level });
    await box.click();
    await box.fill(typed);
    await page.getByRole("option", { name: new RegExp(`^${option}`) }).click();
  }

  async function storedSettings(page: Page): Promise<StoredSettings | undefined> {
    const raw = await page.evaluate(
      (key) => (window as unknown as { __fakeExcel: { workbook: { settings: Map<string, unknown> } } }).__fakeExcel.workbook.settings.get(key),
      SETTINGS_KEY,
    );
    return typeof raw === "string" ? (JSON.parse(raw) as StoredSettings) : undefined;
  }

  /** Reads until `done` holds (or 5 s pass) and returns the last reading. */
  async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    const deadline = Date.now() + 5000;
    let value = await read();
    while (!done(value) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      value = await read();
    }
    return value;
  }

  async function workbookSettings(page: Page): Promise<Record<string, unknown>> {
    return page.evaluate(() =>
      Object.fromEntries((window as unknown as { __fakeExcel: { workbook: { settings: Map<string, unknown> } } }).__fakeExcel.workbook.settings),
    );
  }

  it("picks a village and an age range, stores them in the workbook, and shows them again when the pane reopens", async () => {
    const page = await openPengaturan(SEED);
    expect(scripts.some((script) => /\/desa-/.test(script))).toBe(false);

    await pick(page, "Provinsi", "kalimantan bar", "Kalimantan Barat");
    await pick(page, "Kabupaten/kota", "ketapang", "Kabupaten Ketapang");
    await pick(page, "Kecamatan", "matan hilir u", "Matan Hilir Utara");
    await pick(page, "Desa/kelurahan", "satong", "Kuala Satong");
    // The villages came from one lazy chunk, West Kalimantan's, on the pane's own origin.
    expect(scripts.filter((script) => /\/desa-/.test(script))).toEqual([expect.stringMatching(/^\/desa-61\.[0-9a-f]{8}\.js$/)]);

    const minimum = page.getByRole("textbox", { name: "Usia minimal" });
    await minimum.fill("70");
    await expect(page.getByText("Usia minimal tidak boleh lebih dari usia maksimal (65 tahun).").waitFor()).resolves.toBeUndefined();
    await minimum.fill("20");
    await page.getByRole("textbox", { name: "Usia maksimal" }).fill("60");

    // The pane stores settings once typing pauses (400 ms).
    const stored = await eventually(() => storedSettings(page), (s) => s?.check.usiaMaksimal === 60);
    expect(stored).toMatchObject({ check: { kodeDesa: "61.04.01.2014", usiaMinimal: 20, usiaMaksimal: 60 }, namaDesa: "Kuala Satong" });
    // In Pengaturan itself: Periksa, mounted first and hidden now, names the village in its Desa · Tahun strip too.
    await expect(page.getByRole("region", { name: "Pengaturan" }).getByText("Desa Kuala Satong").waitFor()).resolves.toBeUndefined();
    await page.screenshot({ path: path.join(ARTIFACTS, "pengaturan.png"), fullPage: true, animations: "disabled" });

    // The workbook is saved with its settings and opened again: a new pane reads them back.
    const saved = await workbookSettings(page);
    await page.close();
    const reopened = await openPengaturan({ ...SEED, settings: saved });
    await expect(reopened.getByRole("region", { name: "Pengaturan" }).getByText("Desa Kuala Satong").waitFor()).resolves.toBeUndefined();
    await expect(reopened.getByText("Kec. Matan Hilir Utara, Kabupaten Ketapang, Prov. Kalimantan Barat · kode 61.04.01.2014").count()).resolves.toBe(1);
    await expect(reopened.getByRole("textbox", { name: "Usia minimal" }).inputValue()).resolves.toBe("20");
    await expect(reopened.getByRole("textbox", { name: "Usia maksimal" }).inputValue()).resolves.toBe("60");
    await expect(reopened.getByRole("combobox", { name: "Desa/kelurahan" }).inputValue()).resolves.toBe("Kuala Satong");
    // Showing the stored village needs no village list.
    expect(scripts.filter((script) => /\/desa-/.test(script))).toHaveLength(1);
    await reopened.screenshot({ path: path.join(ARTIFACTS, "pengaturan-dibuka-ulang.png"), fullPage: true, animations: "disabled" });
  });

  it("refuses an invalid code, and 'Kembalikan ke bawaan' restores the defaults but keeps the village", async () => {
    const saved = {
      check: { tahun: 2026, kodeDesa: "61.04.01.2014", usiaMinimal: 20, usiaMaksimal: 60, desilMaksimal: 3, ambangKemiripanNama: 0.9 },
      namaDesa: "Kuala Satong",
    };
    const page = await openPengaturan({ ...SEED, settings: { [SETTINGS_KEY]: JSON.stringify(saved) } });
    await expect(page.getByRole("textbox", { name: "Usia minimal" }).inputValue()).resolves.toBe("20");

    await page.getByRole("textbox", { name: "Kode kegiatan" }).fill("3.1");
    await expect(page.getByText("Kode kegiatan berbentuk bidang.subbidang.kegiatan, mis. 3.1.90.").waitFor()).resolves.toBeUndefined();

    await page.getByRole("button", { name: "Kembalikan ke bawaan" }).click();
    await page.getByRole("button", { name: "Ya, kembalikan" }).click();
    const reset = await eventually(() => storedSettings(page), (s) => s?.check.usiaMinimal === 18);
    expect(reset?.check).toMatchObject({ kodeDesa: "61.04.01.2014", usiaMinimal: 18, usiaMaksimal: 65 });
    expect(reset?.namaDesa).toBe("Kuala Satong");
    await expect(page.getByRole("textbox", { name: "Kode kegiatan" }).inputValue()).resolves.toBe("3.1.90");
    await expect(page.getByText("Kode kegiatan berbentuk bidang.subbidang.kegiatan, mis. 3.1.90.").count()).resolves.toBe(0);

    await page.getByRole("button", { name: "Tabel tarif iuran BPU" }).click();
    await expect(page.getByText("JKM: Rp 6.800 per bulan").waitFor()).resolves.toBeUndefined();
    await page.screenshot({ path: path.join(ARTIFACTS, "pengaturan-tarif.png"), fullPage: true, animations: "disabled" });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);
  });

  it("offers the desil threshold as the programmes' presets with their source, or the village's own, and the desil ranking", async () => {
    // Saved by an older pane: desil 3 (no preset) and no desil ranking at all.
    const older = { check: { tahun: 2026, kodeDesa: "61.04.01.2014", usiaMinimal: 18, usiaMaksimal: 65, desilMaksimal: 3, ambangKemiripanNama: 0.8 } };
    const page = await openPengaturan({ ...SEED, settings: { [SETTINGS_KEY]: JSON.stringify(older) } });
    await page.setViewportSize({ width: 320, height: 900 });
    const threshold = page.getByRole("combobox", { name: "Sasaran desil DTSEN" });
    await expect(threshold.textContent()).resolves.toBe("Nilai lain (diatur desa)");
    await expect(page.getByRole("combobox", { name: "Desil tertinggi yang masih sasaran" }).textContent()).resolves.toBe("Desil 1–3");
    await expect(page.getByRole("combobox", { name: "Peringkat desil yang dipakai" }).textContent()).resolves.toBe("Desil nasional");

    await threshold.click();
    await page.getByRole("option", { name: "Desil 1–4 (pekerja rentan BPJS Ketenagakerjaan, Inpres 8/2025)" }).click();
    await page.getByText(/menyasar 40% terbawah DTSEN \(desil 1–4\)/).waitFor();
    expect(await page.getByText("sumber sekunder").count()).toBeGreaterThanOrEqual(2);
    await page.getByRole("combobox", { name: "Peringkat desil yang dipakai" }).click();
    await page.getByRole("option", { name: "Desil kabupaten/kota" }).click();
    const stored = await eventually(() => storedSettings(page), (s) => s?.check.desilSumber === "kabupaten_kota");
    expect(stored?.check).toMatchObject({ desilMaksimal: 4, desilSumber: "kabupaten_kota" });
    await page.getByRole("heading", { name: "Pemeriksaan" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, "pengaturan-desil-320.png"), fullPage: true, animations: "disabled" });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await threshold.click();
    await page.getByRole("option", { name: "Nilai lain…" }).click();
    await page.getByRole("combobox", { name: "Desil tertinggi yang masih sasaran" }).click();
    await page.getByRole("option", { name: "Desil 1–6" }).click();
    const custom = await eventually(() => storedSettings(page), (s) => s?.check.desilMaksimal === 6);
    expect(custom?.check.desilMaksimal).toBe(6);
  });

  it("runs the DESA functions in the same page, with the same bundled district list as the picker", async () => {
    const page = await openPengaturan(SEED);
    const results = await page.evaluate(() => {
      const desa = (window as unknown as { __customFunctions: Record<string, (...args: unknown[]) => unknown> }).__customFunctions;
      let damaged: unknown;
      try {
        desa.NIK_JK!(6104015708800000);
      } catch (error) {
        damaged = { ...(error as object) };
      }
      return { ids: Object.keys(desa).length, wilayah: desa.NIK_WILAYAH!("6104015708800003"), premi: desa.PREMI_BPU!(null, 12, null, 46174), damaged };
    });
    expect(results.ids).toBe(14);
    expect(results.wilayah).toBe("Kec. Matan Hilir Utara, Kab. Ketapang, Prov. Kalimantan Barat");
    expect(results.premi).toBe(201_600);
    expect(results.damaged).toEqual({ code: "#VALUE!", message: expect.stringMatching(/angka/) });
  });

  it("sent no request beyond 127.0.0.1 and threw no script error", () => {
    expect(pane.offsite.filter((url) => new URL(url).hostname !== OFFICE_JS_TELEMETRY)).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  });
});
