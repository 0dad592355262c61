import ExcelJS from "exceljs";
import { FileExcelGateway, type WorkbookFile } from "../../../src/adapters/file/file-excel-gateway";
import { patchWorkbook } from "../../../src/adapters/file/patch-workbook";
import { LEDGER_SETTING_KEY } from "../../../src/adapters/office/highlight-plan";
import { readXlsxGrid } from "../../../src/adapters/xlsx/reader/read-xlsx-grid";
import { readPaneSettings, SETTINGS_KEY, defaultPaneSettings } from "../../../src/taskpane/session/pane-settings";

async function villageFile(): Promise<WorkbookFile> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Data Pekerja");
  sheet.addRow(["NIK", "Nama", "Pekerjaan"]);
  sheet.addRow(["6104011203850001", "Siti Aminah", "Petani"]);
  sheet.addRow(["610401120385000", "Budi Santoso", "Nelayan"]);
  sheet.getColumn(1).numFmt = "@";
  sheet.getCell("B3").note = "Pindah ke dusun II";
  return { name: "Daftar Pekerja.xlsx", bytes: new Uint8Array(await book.xlsx.writeBuffer()) };
}

function open(file: WorkbookFile, delivered: WorkbookFile[] = []): Promise<FileExcelGateway> {
  // The reader as the page uses it: its browser entry, on bytes.
  return FileExcelGateway.open(file, { readWorkbook: async (bytes, name) => readXlsxGrid(bytes, name), deliver: (f) => delivered.push(f) });
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

describe("the pane's workbook, opened from a file in the browser", () => {
  it("reads the list with NIKs as text, as the add-in would", async () => {
    const gateway = await open(await villageFile());
    expect(await gateway.listSheets()).toEqual([{ name: "Data Pekerja", visible: true, active: true }]);
    const grid = await gateway.readUsedRange();
    expect(grid.rows[1]![0]).toEqual({ kind: "text", text: "6104011203850001" });
  });

  it("saving makes '<nama> (diperiksa).xlsx' with the highlights and notes, and the original bytes stay as they were", async () => {
    const file = await villageFile();
    const pristine = file.bytes.slice();
    const gateway = await open(file);
    const result = await gateway.writeHighlights("Data Pekerja", [
      { row: 3, column: 1, severity: "error", messages: ["NIK harus 16 angka."] },
      { row: 3, column: 2, severity: "warning", messages: ["Nama mirip baris lain."] },
    ]);
    expect(result).toEqual({ marked: 2, cleared: 0, notesSkipped: 1, notes: true });
    expect(gateway.unsaved).toBe(true);
    const copy = gateway.buildCopy();
    expect(copy.name).toBe("Daftar Pekerja (diperiksa).xlsx");
    const sheet = (await load(copy.bytes)).getWorksheet("Data Pekerja")!;
    expect((sheet.getCell("A3").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFCC5CB");
    expect(JSON.stringify(sheet.getCell("A3").note)).toContain("NIK harus 16 angka.");
    // The user's own note on B3 is kept, ours is not written over it.
    expect(JSON.stringify(sheet.getCell("B3").note)).toContain("Pindah ke dusun II");
    expect(sheet.getCell("A3").value).toBe("610401120385000");
    expect(Buffer.from(file.bytes).equals(Buffer.from(pristine))).toBe(true);
    expect(Buffer.from(gateway.originalBytes()).equals(Buffer.from(pristine))).toBe(true);
    gateway.markSaved();
    expect(gateway.unsaved).toBe(false);
  });

  it("'Hapus tanda' leaves a copy without our marks", async () => {
    const gateway = await open(await villageFile());
    await gateway.writeHighlights("Data Pekerja", [{ row: 2, column: 1, severity: "error", messages: ["x"] }]);
    expect((await gateway.clearHighlights("Data Pekerja")).cleared).toBe(1);
    const sheet = (await load(gateway.buildCopy().bytes)).getWorksheet("Data Pekerja")!;
    expect((sheet.getCell("A2").fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
  });

  it("settings written in the browser are in the copy, and read back when the copy is opened again", async () => {
    const gateway = await open(await villageFile());
    expect(await gateway.readSetting("PekerjaRentan.pengaturan")).toBeUndefined();
    await gateway.writeSetting("PekerjaRentan.pengaturan", { desa: "6104012011" });
    const again = await open(gateway.buildCopy());
    expect(await again.readSetting("PekerjaRentan.pengaturan")).toEqual({ desa: "6104012011" });
  });

  it("the village and year chosen on the page are there when the saved copy is opened again", async () => {
    const gateway = await open(await villageFile());
    expect(readPaneSettings(await gateway.readSetting(SETTINGS_KEY)).settings.namaDesa).toBeUndefined();
    const chosen = defaultPaneSettings(2027);
    // As the pane stores them (session-context.tsx): one JSON text under SETTINGS_KEY.
    await gateway.writeSetting(SETTINGS_KEY, JSON.stringify({ ...chosen, namaDesa: "Sungai Ambawang", check: { ...chosen.check, kodeDesa: "61.04.01.2014" } }));
    const again = await open(gateway.buildCopy());
    const read = readPaneSettings(await again.readSetting(SETTINGS_KEY));
    expect(read.repaired).toBe(false);
    expect([read.settings.namaDesa, read.settings.check.kodeDesa, read.settings.check.tahun]).toEqual(["Sungai Ambawang", "61.04.01.2014", 2027]);
  });

  it("settings the add-in stored under its AppSource id are read and updated in place, not duplicated", async () => {
    const file = await villageFile();
    const seeded = patchWorkbook(file.bytes, { settings: new Map([[SETTINGS_KEY, JSON.stringify({ namaDesa: "Rasau Jaya" })]]) }).bytes;
    // What Excel writes for an add-in installed from the store: the reference names the store's asset id.
    const { XlsxPackage } = await import("../../../src/adapters/file/xlsx-package");
    const pkg = XlsxPackage.open(seeded);
    const part = pkg.paths().find((p) => /webextension\d+\.xml$/.test(p))!;
    pkg.setText(part, pkg.text(part)!.replace(/<we:reference [^>]*\/>/, '<we:reference id="wa200009999" version="1.0.0.0" store="en-US" storeType="OMEX"/>'));
    const gateway = await open({ name: file.name, bytes: pkg.toBytes() });
    expect(readPaneSettings(await gateway.readSetting(SETTINGS_KEY)).settings.namaDesa).toBe("Rasau Jaya");
    await gateway.writeSetting(SETTINGS_KEY, JSON.stringify({ namaDesa: "Sungai Ambawang" }));
    const copy = XlsxPackage.open(gateway.buildCopy().bytes);
    expect(copy.paths().filter((p) => /webextension\d+\.xml$/.test(p))).toEqual([part]);
    expect(readPaneSettings(await (await open({ name: "x.xlsx", bytes: copy.toBytes() })).readSetting(SETTINGS_KEY)).settings.namaDesa).toBe("Sungai Ambawang");
  });

  it("a RAB sheet added by the pane is in the copy; an imported DTKS extract deleted after reading is not", async () => {
    const gateway = await open(await villageFile());
    const rab = await gateway.addFormulaSheet("RAB 2026", { cells: [["Uraian", "Jumlah"], ["Iuran JKK+JKM", { formula: "=2*16800" }]] });
    const extract = new ExcelJS.Workbook();
    extract.addWorksheet("DTKS").addRow(["NIK", "Desil"]);
    const imported = await gateway.importSheetsFromBase64(Buffer.from(await extract.xlsx.writeBuffer()).toString("base64"), "_DTKS ");
    expect(imported).toEqual(["_DTKS DTKS"]);
    expect((await gateway.readUsedRange("_DTKS DTKS")).rows[0]![1]).toEqual({ kind: "text", text: "Desil" });
    expect(await gateway.deleteSheets(imported)).toEqual(imported);
    const book = await load(gateway.buildCopy().bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Data Pekerja", rab]);
    expect((book.getWorksheet(rab)!.getCell("B2").value as ExcelJS.CellFormulaValue).formula).toBe("2*16800");
  });

  it("a column in use is never written over; the add-in's own column is replaced", async () => {
    const gateway = await open(await villageFile());
    await expect(gateway.writeColumn("Data Pekerja", 3, 1, ["Kecocokan DTKS"])).rejects.toMatchObject({ code: "NOT_EMPTY" });
    await gateway.writeColumn("Data Pekerja", 4, 1, ["Kecocokan DTKS", "cocok", "tidak ada"]);
    await gateway.writeColumn("Data Pekerja", 4, 1, ["Kecocokan DTKS", "cocok"], { replaceHeader: "kecocokan dtks" });
    const grid = await gateway.readUsedRange("Data Pekerja");
    expect(grid.rows[1]![3]).toEqual({ kind: "text", text: "cocok" });
    expect(grid.rows[2]![3]).toEqual({ kind: "empty" });
    const sheet = (await load(gateway.buildCopy().bytes)).getWorksheet("Data Pekerja")!;
    expect(sheet.getCell("D2").value).toBe("cocok");
    expect(sheet.getCell("D3").value).toBeNull();
  });

  it("a fix written as text keeps its 16 digits in the copy", async () => {
    const gateway = await open(await villageFile());
    await gateway.writeCells("Data Pekerja", [{ sheetRow: 3, column: 1, value: { kind: "text", text: "6104011203850002" }, asText: true }]);
    const sheet = (await load(gateway.buildCopy().bytes)).getWorksheet("Data Pekerja")!;
    expect(sheet.getCell("A3").value).toBe("6104011203850002");
    expect(sheet.getCell("A3").numFmt).toBe("@");
  });

  it("a new workbook (the submission) is handed over as a file named after its sheet", async () => {
    const delivered: WorkbookFile[] = [];
    const gateway = await open(await villageFile(), delivered);
    const submission = new ExcelJS.Workbook();
    submission.addWorksheet("Pendaftaran BPU").addRow(["NIK"]);
    const made = await gateway.createWorkbook(Buffer.from(await submission.xlsx.writeBuffer()).toString("base64"));
    expect(delivered.map((f) => f.name)).toEqual(["Pendaftaran BPU.xlsx"]);
    // The pane says "diunduh" and names the file, instead of pointing to a window that never opens.
    expect(gateway.newWorkbookDelivery()).toBe("download");
    expect(made).toEqual({ kind: "downloaded", fileName: "Pendaftaran BPU.xlsx" });
  });

  it("selecting a cell shows where: the page gets the sheet, row and column", async () => {
    const gateway = await open(await villageFile());
    let calls = 0;
    gateway.subscribe(() => calls++);
    await gateway.selectCell("Data Pekerja", 3, 1);
    expect(gateway.selection).toEqual({ sheet: "Data Pekerja", row: 3, column: 1 });
    expect(calls).toBe(1);
  });

  it("a file that is not an .xlsx is refused with the reader's message", async () => {
    await expect(open({ name: "daftar.xlsx", bytes: new TextEncoder().encode("NIK;Nama\n") })).rejects.toThrow(/xlsx/i);
  });
});

describe("a '(diperiksa)' copy opened again", () => {
  it("a new check replaces the earlier marks and notes; the user's note stays", async () => {
    const first = await open(await villageFile());
    await first.writeHighlights("Data Pekerja", [
      { row: 2, column: 1, severity: "error", messages: ["Tanda lama A2."] },
      { row: 3, column: 1, severity: "error", messages: ["NIK harus 16 angka."] },
    ]);
    const copy = first.buildCopy();
    const again = await open(copy);
    const result = await again.writeHighlights("Data Pekerja", [{ row: 3, column: 1, severity: "warning", messages: ["Periksa NIK."] }]);
    expect(result.cleared).toBe(1);
    expect(again.copyName()).toBe("Daftar Pekerja (diperiksa).xlsx");
    const sheet = (await load(again.buildCopy().bytes)).getWorksheet("Data Pekerja")!;
    expect((sheet.getCell("A2").fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
    expect(sheet.getCell("A2").note).toBeUndefined();
    expect((sheet.getCell("A3").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFDE9A9");
    expect(JSON.stringify(sheet.getCell("A3").note)).toContain("Periksa NIK.");
    expect(JSON.stringify(sheet.getCell("A3").note)).not.toContain("NIK harus 16 angka.");
    expect(JSON.stringify(sheet.getCell("B3").note)).toContain("Pindah ke dusun II");
  });

  it("'Hapus tanda' on it removes every earlier mark", async () => {
    const first = await open(await villageFile());
    await first.writeHighlights("Data Pekerja", [{ row: 2, column: 1, severity: "error", messages: ["x"] }]);
    const again = await open(first.buildCopy());
    expect((await again.clearHighlights("Data Pekerja")).cleared).toBe(1);
    const sheet = (await load(again.buildCopy().bytes)).getWorksheet("Data Pekerja")!;
    expect((sheet.getCell("A2").fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
    expect(sheet.getCell("A2").note).toBeUndefined();
  });

  it("taking an earlier mark away gives the cell back the fill the add-in's ledger recorded for it", async () => {
    // A copy checked in Excel: A2 was yellow before the add-in painted it; the ledger (keyed by Office's worksheet id) says so.
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Data Pekerja");
    sheet.addRow(["NIK", "Nama"]);
    sheet.addRow(["610401120385000", "Budi Santoso"]);
    sheet.getCell("A2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFCC5CB" } };
    sheet.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFDE9A9" } };
    const ledger = JSON.stringify({ v: 1, sheets: { "{00000000-0001-0000-0000-000000000000}": { name: "Data Pekerja", cells: { A2: "#FFFF00", B2: null } } } });
    const bytes = patchWorkbook(new Uint8Array(await book.xlsx.writeBuffer()), { settings: new Map([[LEDGER_SETTING_KEY, ledger]]) }).bytes;
    const gateway = await open({ name: "Daftar Pekerja (diperiksa).xlsx", bytes });
    expect((await gateway.clearHighlights("Data Pekerja")).cleared).toBe(2);
    const copy = gateway.buildCopy();
    const after = (await load(copy.bytes)).getWorksheet("Data Pekerja")!;
    expect((after.getCell("A2").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFFF00");
    expect((after.getCell("B2").fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
    // Nothing of ours is left on the sheet, so the ledger has nothing left to record.
    expect(await (await open(copy)).readSetting(LEDGER_SETTING_KEY)).toBeUndefined();
  });

  it("a copy saved by the page records the fills it covered, so removing its marks later restores them", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Data Pekerja");
    sheet.addRow(["NIK", "Nama"]);
    sheet.addRow(["610401120385000", "Budi Santoso"]);
    sheet.getCell("A2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF92D050" } };
    const first = await open({ name: "Daftar Pekerja.xlsx", bytes: new Uint8Array(await book.xlsx.writeBuffer()) });
    await first.writeHighlights("Data Pekerja", [
      { row: 2, column: 1, severity: "error", messages: ["NIK harus 16 angka."] },
      { row: 2, column: 2, severity: "warning", messages: ["Nama mirip baris lain."] },
    ]);
    const checked = first.buildCopy();
    const marked = (await load(checked.bytes)).getWorksheet("Data Pekerja")!;
    expect((marked.getCell("A2").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFCC5CB");

    const second = await open(checked);
    await second.clearHighlights("Data Pekerja");
    const cleaned = (await load(second.buildCopy().bytes)).getWorksheet("Data Pekerja")!;
    expect((cleaned.getCell("A2").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FF92D050");
    expect((cleaned.getCell("B2").fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
  });
});
