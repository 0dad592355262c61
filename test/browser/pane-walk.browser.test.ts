/**
 * The pane walked as a village secretary walks it, at 320 px, on the simulated workbook: the worker
 * table on another sheet than the active one, a mapping slip, findings by problem, the automatic fixes
 * and their undo, the Desa · Tahun strip and the stale-settings banner, Office's dark theme, the
 * keyboard path to the first finding, and an axe-core scan. Screenshots go to test-artifacts/.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import type { WorkbookSeed } from "../support/fake-excel/workbook-model";
import { animationsDone, ARTIFACTS, describeInBrowser as describeInBrowser_, openDisclosure, openSection, openTab, paneSession, whenIdle } from "./helpers/pane-harness";

const NARROW = { width: 320, height: 760 };
const OFFICE_JS_TELEMETRY = "telemetryservice.firstpartyapps.oaspapps.com";

/** Excel's serial number of a calendar date (1900 system). */
function serial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}
const date = (year: number, month: number, day: number) => ({ v: serial(year, month, day), f: "dd/mm/yyyy" });

/**
 * A village file as they come: an instructions sheet in front (and active), the list on "Data" in an
 * Excel table under a "TAHUN 2027" title, with the slips importers fix in bulk: a NIK typed with
 * spaces, a phone number that lost its 0, "Laki-laki" among L/P, a name with doubled spaces, a
 * missing NIK.
 */
const SEED: WorkbookSeed = {
  active: "Petunjuk",
  sheets: [
    { name: "Petunjuk", cells: [["Petunjuk pengisian"], ["Isi daftar pekerja di lembar Data, satu baris satu orang."]] },
    {
      name: "Data",
      cells: [
        ["DAFTAR PEKERJA RENTAN DESA SUNGAI PUTRI TAHUN 2027"],
        [],
        ["NIK", "Nama", "Tgl Lahir", "L/P", "No HP", "Dusun"],
        [{ v: "6104 0111 0294 0101", f: "@" }, "Sahril", date(1994, 2, 11), "L", { v: "081234567890", f: "@" }, "Krajan"],
        [{ v: "6104011203850002", f: "@" }, "Budi Santoso", date(1985, 3, 12), "L", { v: 81234567891, f: "0" }, "Krajan"],
        [{ v: "6104015504900003", f: "@" }, "Siti  Aminah", date(1990, 4, 15), "P", { v: "081234567892", f: "@" }, "Sukamaju"],
        [{ v: "6104012005800004", f: "@" }, "Joko", date(1980, 5, 20), "Laki-laki", { v: "081234567893", f: "@" }, "Sukamaju"],
        [{ v: "", f: "@" }, "Wati", date(1992, 1, 1), "P", { v: "081234567894", f: "@" }, "Krajan"],
        [{ v: "6104010106750005", f: "@" }, "Rudi", date(1975, 6, 1), "L", { v: "081234567895", f: "@" }, "Krajan"],
      ],
      tables: [{ name: "TabelPekerja", range: "A3:F9" }],
    },
  ],
};

type CellDump = { value: unknown; format: string };
type FakeWindow = {
  __fakeExcel: { workbook: { sheetByName(name: string): { peek(row: number, column: number): { value: unknown; numberFormat: string } | undefined } | undefined } };
};

const describeInBrowser = describeInBrowser_("pane-walk.browser.test");

jest.setTimeout(180_000);

describeInBrowser("the pane walked at 320 px", () => {
  const pane = paneSession();

  async function openPane(seed: WorkbookSeed = SEED): Promise<Page> {
    const page = await pane.openPane(seed);
    await page.setViewportSize(NARROW);
    return page;
  }

  async function screenshot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: path.join(ARTIFACTS, `pane-walk-${name}.png`), fullPage: true, animations: "disabled" });
  }

  async function press(page: Page, name: string | RegExp): Promise<void> {
    const button = page.getByRole("button", typeof name === "string" ? { name, exact: true } : { name });
    await button.first().waitFor();
    await page.waitForFunction((el) => !(el as HTMLButtonElement).disabled, await button.first().elementHandle());
    await button.first().click();
  }

  /** The check of the table on "Data", reached from the instructions sheet through the offer. */
  async function checkData(page: Page): Promise<void> {
    await press(page, "Periksa");
    await press(page, 'Periksa tabel TabelPekerja di lembar "Data"');
    await page.getByLabel("Hasil pemeriksaan").waitFor();
    await whenIdle(page);
  }

  function cells(page: Page, sheet: string, addresses: ReadonlyArray<[number, number]>): Promise<CellDump[]> {
    return page.evaluate(
      ({ sheet, addresses }) => {
        const found = (window as unknown as FakeWindow).__fakeExcel.workbook.sheetByName(sheet)!;
        return addresses.map(([row, column]) => {
          const cell = found.peek(row, column);
          return { value: cell?.value ?? "", format: cell?.numberFormat ?? "General" };
        });
      },
      { sheet, addresses },
    );
  }

  const resultText = (page: Page) => page.getByLabel("Hasil pemeriksaan").innerText();

  it("four tabs and ⚙ on one row at 320 px, nothing wider than the pane, a screenshot of each part", async () => {
    const page = await openPane();
    const tabs = page.getByRole("tab");
    expect(await tabs.allInnerTexts()).toEqual(["Periksa", "DTKS", "Anggaran", "Ekspor"]);
    const tops = await tabs.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    const gear = await page.getByRole("button", { name: "Pengaturan", exact: true }).boundingBox();
    expect(new Set(tops).size).toBe(1);
    expect(Math.abs(Math.round(gear!.y) - tops[0]!)).toBeLessThan(12);
    expect(await page.getByRole("link", { name: "Bantuan" }).getAttribute("href")).toBe("bantuan.html");

    await checkData(page);
    for (const label of ["Periksa", "DTKS", "Anggaran", "Ekspor", "Pengaturan", "Ringkasan"]) {
      await openSection(page, label);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW.width);
      await screenshot(page, label.toLowerCase());
    }
  });

  it('finds the table on "Data" when the active sheet is the instructions, and says so', async () => {
    const page = await openPane();
    await press(page, "Periksa");
    const offer = page.getByRole("button", { name: 'Periksa tabel TabelPekerja di lembar "Data"' });
    await offer.waitFor();
    await expect(page.getByText(/Lembar aktif "Petunjuk" tidak berisi tabel pekerja, tetapi lembar "Data" berisi 6 baris pekerja/).isVisible()).resolves.toBe(true);
    await screenshot(page, "tabel-di-lembar-lain");
    await offer.click();
    await page.getByLabel("Hasil pemeriksaan").waitFor();
    expect(await resultText(page)).toMatch(/^6 baris · /);
    expect(await resultText(page)).toMatch(/Lembar "Data", tabel TabelPekerja, judul di baris 3/);
  });

  it("a table with only its header says it is empty", async () => {
    const page = await openPane({ sheets: [{ name: "Data", cells: [["NIK", "Nama", "Tgl Lahir", "L/P"]] }] });
    await press(page, "Periksa");
    await page.getByText(/Tabel pekerja di lembar "Data" kosong: hanya ada baris judul/).waitFor();
  });

  it("findings are grouped by problem with counts, filtered by severity and column, and stepped through cell by cell", async () => {
    const page = await openPane();
    await checkData(page);
    // The groups' headers (the filters' dropdowns also have aria-expanded).
    const headers = page.locator('section[aria-label="Temuan"] button.fui-AccordionHeader__button');
    const titles = await headers.allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    // Each title ends in its count, and kesalahan come first.
    for (const title of titles) expect(title).toMatch(/^(Kesalahan|Peringatan|Catatan): .+ \(\d+\)$/);
    expect(titles.findIndex((t) => t.startsWith("Kesalahan"))).toBe(0);
    expect(titles).toContainEqual(expect.stringMatching(/^Kesalahan: NIK kosong \(1\)$/));

    // The severity filter keeps only its groups; the count it names is the count listed.
    await page.getByRole("combobox", { name: "Saring menurut tingkat" }).click();
    const option = page.getByRole("option", { name: /^Kesalahan \(\d+\)$/ });
    const errors = Number(/\((\d+)\)/.exec(await option.innerText())![1]);
    await option.click();
    const filtered = await headers.allInnerTexts();
    expect(filtered.every((t) => t.startsWith("Kesalahan"))).toBe(true);
    expect(filtered.reduce((sum, t) => sum + Number(/\((\d+)\)$/.exec(t)![1]), 0)).toBe(errors);
    await page.getByText(`${errors} temuan`, { exact: true }).waitFor();

    // Back to all, then only the No. HP column.
    await page.getByRole("combobox", { name: "Saring menurut tingkat" }).click();
    await page.getByRole("option", { name: /^Semua/ }).click();
    await page.getByRole("combobox", { name: "Saring menurut kolom" }).click();
    await page.getByRole("option", { name: /^No\. HP \(\d+\)$/ }).click();
    expect(await headers.allInnerTexts()).toEqual(["Peringatan: Nomor HP tidak valid (1)"]);
    await screenshot(page, "temuan-disaring");

    // "Berikutnya" selects the finding's cell in Excel.
    await press(page, "Berikutnya");
    await page.getByText("Temuan 1 dari 1").waitFor();
    await page.waitForFunction(() => (window as unknown as { __fakeExcel: { workbook: { selection?: { address: string } } } }).__fakeExcel.workbook.selection?.address === "E5");
  });

  it("giving the NIK column to Nama asks first, swaps both, re-lists without repainting, and Kembalikan otomatis restores it", async () => {
    const page = await openPane();
    await checkData(page);
    const before = await resultText(page);
    await openDisclosure(page, /^Pemetaan kolom/);
    await expect(page.getByRole("combobox", { name: "Kolom untuk NIK (wajib)" }).isVisible()).resolves.toBe(true);
    await page.getByRole("combobox", { name: "Kolom untuk Nama (wajib)" }).click();
    await page.getByRole("option", { name: "A · NIK" }).click();
    await page.getByText(/Kolom A sudah dipakai untuk NIK\. Tukar/).waitFor();
    await screenshot(page, "pemetaan-tukar");
    await press(page, "Tukar");
    await page.getByText(/Pemetaan diubah: daftar temuan sudah diperbarui, tanda di lembar belum/).waitFor();
    await expect(page.getByRole("combobox", { name: "Kolom untuk NIK (wajib)" }).innerText()).resolves.toContain("B · Nama");
    await expect(page.getByRole("combobox", { name: "Kolom untuk Nama (wajib)" }).innerText()).resolves.toContain("A · NIK");
    expect(await resultText(page)).not.toEqual(before);

    await press(page, "Kembalikan otomatis");
    await page.waitForFunction(() => document.querySelector('[aria-label="Kolom untuk NIK (wajib)"]')?.textContent?.includes("A · NIK"));
    expect((await resultText(page)).split("\n")[0]).toEqual(before.split("\n")[0]);
  });

  it("Perbaiki otomatis previews every change, writes them, and Batalkan perbaikan puts back exactly the old values", async () => {
    const page = await openPane();
    await checkData(page);
    const touched: Array<[number, number]> = [
      [4, 1],
      [5, 5],
      [6, 2],
      [7, 4],
    ];
    const before = await cells(page, "Data", touched);

    await press(page, /^Perbaiki otomatis \(\d+ sel\)$/);
    // The message bar is named by its title ("N sel akan diubah"); the list inside it by what it holds.
    const preview = page.getByRole("list", { name: "Sel yang akan diubah" });
    await preview.waitFor();
    const lines = await preview.innerText();
    expect(lines).toContain("A4 · NIK: 6104 0111 0294 0101 → 6104011102940101");
    expect(lines).toMatch(/E5 · No\. HP: 81234567891 → 081234567891/);
    expect(lines).toMatch(/D7 · Jenis Kelamin: Laki-laki → L/);
    expect(lines).toMatch(/B6 · Nama: Siti {2}Aminah → Siti Aminah/);
    await screenshot(page, "perbaikan-pratinjau");

    await press(page, /^Terapkan \d+ perbaikan$/);
    await page.getByText(/sel diperbaiki\. "Batalkan perbaikan" mengembalikan nilai lamanya/).waitFor();
    const fixed = await cells(page, "Data", touched);
    expect(fixed[0]).toEqual({ value: "6104011102940101", format: "@" });
    expect(fixed[1]).toEqual({ value: "081234567891", format: "@" });
    expect(fixed[2]!.value).toBe("Siti Aminah");
    expect(fixed[3]!.value).toBe("L");
    // The re-check after the write: the NIK with spaces is no longer a finding.
    await page.getByLabel("Hasil pemeriksaan").getByText(/diperiksa/).waitFor();

    await press(page, /^Batalkan perbaikan \(\d+ sel\)$/);
    await page.getByText(/Perbaikan dibatalkan: \d+ sel kembali seperti semula/).waitFor();
    const undone = await cells(page, "Data", touched);
    expect(undone.map((c) => c.value)).toEqual(before.map((c) => c.value));
    // The number keeps its own number format, the NIK stays text.
    expect(undone[0]!.format).toBe("@");
    expect(undone[1]!.format).toBe(before[1]!.format);
  });

  it("Buat laporan temuan opens a new workbook, one sheet per dusun, NIK as text, printable; the worker list is not touched", async () => {
    const page = await openPane();
    await checkData(page);
    const before = await cells(page, "Data", [[4, 1], [5, 5]]);
    await press(page, "Buat laporan temuan");
    await page.getByText(/Laporan temuan dibuka sebagai buku kerja baru \(\d+ baris bermasalah\)/).waitFor();
    const created = await page.evaluate(() => (window as unknown as { __fakeExcel: { workbook: { createdWorkbooks: string[] } } }).__fakeExcel.workbook.createdWorkbooks);
    expect(created).toHaveLength(1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(created[0]!, "base64") as unknown as ArrayBuffer);
    const names = book.worksheets.map((sheet) => sheet.name);
    expect(names[0]).toBe("Ringkasan");
    // Only Krajan's rows have something to fix (Budi's lost 0, Wati's missing NIK).
    expect(names).toEqual(["Ringkasan", "Dusun Krajan"]);
    const krajan = book.getWorksheet("Dusun Krajan")!;
    expect(krajan.pageSetup.orientation).toBe("landscape");
    expect(krajan.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    const texts: string[] = [];
    krajan.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? ""))));
    // Wati has no NIK. Sahril's NIK typed with spaces reads as a valid NIK (only Perbaiki otomatis tidies
    // it), so his row has nothing to fix and is not listed.
    expect(texts.some((t) => t.includes("Wati"))).toBe(true);
    expect(texts.some((t) => t.includes("Sahril"))).toBe(false);
    // Budi's NIK, 16 digits, is a text cell: a number would lose its last digit in Excel.
    let nikCell: ExcelJS.Cell | undefined;
    krajan.eachRow((row) => row.eachCell((cell) => (cell.value === "6104011203850002" ? (nikCell = cell) : undefined)));
    expect(nikCell?.type).toBe(ExcelJS.ValueType.String);
    expect(nikCell?.numFmt).toBe("@");
    expect(await cells(page, "Data", [[4, 1], [5, 5]])).toEqual(before);
  });

  it("shows Pilih desa and the title's year, and a banner once the settings differ from the last check's", async () => {
    const page = await openPane();
    await page.getByRole("group", { name: "Desa dan tahun anggaran" }).getByText(/Desa belum dipilih · Tahun \d{4}/).waitFor();
    await expect(page.getByRole("button", { name: "Pilih desa" }).isVisible()).resolves.toBe(true);
    await checkData(page);
    await press(page, "Pakai tahun 2027");
    await page.getByText("Desa belum dipilih · Tahun 2027").waitFor();
    await page.getByText(/Pengaturan berubah sejak pemeriksaan terakhir \(tahun anggaran\)/).first().waitFor();
    await openTab(page, "Anggaran");
    await expect(page.getByRole("tabpanel").getByText("Hasil belum diperbarui").isVisible()).resolves.toBe(true);
    await screenshot(page, "hasil-belum-diperbarui");
    await openTab(page, "Periksa");
    await press(page, "Periksa ulang");
    await page.waitForFunction(() => !document.body.innerText.includes("Hasil belum diperbarui"));
  });

  it("follows Office's dark theme", async () => {
    const page = await openPane();
    const background = () => page.evaluate(() => getComputedStyle(document.querySelector("header")!.parentElement!).backgroundColor);
    const light = await background();
    await page.evaluate(() => {
      const office = (window as unknown as { Office: { context: Record<string, unknown> } }).Office;
      office.context.officeTheme = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" };
      window.dispatchEvent(new Event("focus"));
    });
    await page.waitForFunction((was) => getComputedStyle(document.querySelector("header")!.parentElement!).backgroundColor !== was, light);
    const [r, g, b] = (await background()).match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(3 * 80);
    await checkData(page);
    await screenshot(page, "gelap");
  });

  it("from the keyboard: Periksa, the result takes the focus and is announced, and Tab reaches the first finding", async () => {
    const page = await openPane();
    await page.getByRole("button", { name: "Periksa", exact: true }).focus();
    await page.keyboard.press("Enter");
    const offer = page.getByRole("button", { name: 'Periksa tabel TabelPekerja di lembar "Data"' });
    await offer.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "Hasil pemeriksaan");
    await expect(page.locator('[role="status"][aria-live="polite"]').filter({ hasText: /^Pemeriksaan selesai\. 6 baris · / }).count()).resolves.toBe(1);
    let presses = 0;
    while (presses < 12 && !(await page.evaluate(() => document.activeElement?.getAttribute("title")?.startsWith("Pilih sel") ?? false))) {
      await page.keyboard.press("Tab");
      presses++;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute("title"))).toMatch(/^Pilih sel [A-Z]+\d+$/);
    expect(presses).toBeLessThanOrEqual(8);
  });

  it("has no serious or critical axe-core violation on Periksa with its findings, nor on Pengaturan", async () => {
    const page = await openPane();
    await checkData(page);
    await openDisclosure(page, /^Pemetaan kolom/);
    const scan = async () => {
      await animationsDone(page);
      await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
      return page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document | object, options: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
        // Tabster's focus sentinels (Fluent's own <i data-tabster-dummy>) are aria-hidden and focusable by design.
        const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
        return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
    };
    expect(await scan()).toEqual([]);
    await openSection(page, "Pengaturan");
    expect(await scan()).toEqual([]);
  });

  it("sent no request beyond 127.0.0.1 and threw no script error", () => {
    expect(pane.offsite.filter((url) => new URL(url).hostname !== OFFICE_JS_TELEMETRY)).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  });
});
