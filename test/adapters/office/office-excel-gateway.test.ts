import { HIGHLIGHT_FILLS, NOTE_MARKER, OfficeExcelGateway, type ExcelHost, type HighlightMark } from "../../../src/adapters/office";
import { LEDGER_SETTING_KEY } from "../../../src/adapters/office/highlight-plan";
import { createFakeExcel, type CellSeed, type WorkbookSeed } from "../../support/fake-excel/fake-excel";

// Behaviour of the Office.js adapter against the simulated Excel (test/support/fake-excel), which
// enforces load-before-read, queue order, null objects and the 5 MB payload limit.

function setUp(seed: WorkbookSeed, options: { payloadBudget?: number } = {}) {
  const fake = createFakeExcel(seed);
  const gateway = new OfficeExcelGateway({
    excel: fake.Excel as unknown as ExcelHost,
    supports: fake.supports,
    payloadBudget: options.payloadBudget,
  });
  return { fake, gateway, model: fake.workbook, sheet: (name: string) => fake.workbook.sheetByName(name)! };
}

const HEADER: CellSeed[] = ["NIK", "Nama", "Tanggal Lahir", "Aktif"];

function workers(count: number): CellSeed[][] {
  return Array.from({ length: count }, (_, i) => [
    { v: `32010101019000${String(i % 100).padStart(2, "0")}`, f: "@" },
    `Pekerja ${i + 1}`,
    { v: 32874 + i, f: "dd/mm/yyyy" },
    i % 2 === 0,
  ]);
}

const mark = (row: number, column: number, severity: HighlightMark["severity"], message: string): HighlightMark => ({
  row,
  column,
  severity,
  messages: [message],
});

describe("reading the used range", () => {
  it("reads values, formats, display text and value types in one sync", async () => {
    const { gateway, model } = setUp({
      sheets: [
        {
          name: "Data",
          at: "B2",
          cells: [
            HEADER,
            [3204110101900001, "Siti", { v: 29221, f: "dd/mm/yyyy" }, true],
            [{ v: "3204110101900002", f: "@" }, { e: "#N/A" }, "#N/A", false],
            [{ v: 204110101900003, f: "0000000000000000" }, "  ", null, null],
          ],
        },
      ],
    });

    const grid = await gateway.readUsedRange("Data");

    expect(model.syncs).toBe(1);
    expect(grid).toMatchObject({ name: "Data", firstRow: 2, firstColumn: 2 });
    const [, siti, errorRow, padded] = grid.rows;
    // A NIK typed as a number: the rules see both the damaged value and what Excel shows.
    expect(siti![0]).toEqual({ kind: "number", value: 3204110101900001, numberFormat: "General", display: "3.20411E+15" });
    expect(siti![2]).toEqual({ kind: "date", year: 1980, month: 1, day: 1 });
    expect(siti![3]).toEqual({ kind: "boolean", value: true });
    expect(errorRow![0]).toEqual({ kind: "text", text: "3204110101900002" });
    // Only valueTypes tells a formula error from someone who typed "#N/A".
    expect(errorRow![1]).toEqual({ kind: "error", code: "#N/A" });
    expect(errorRow![2]).toEqual({ kind: "text", text: "#N/A" });
    expect(padded![0]).toMatchObject({ kind: "number", display: "0204110101900003" });
    expect(padded![2]).toEqual({ kind: "empty" });
  });

  it("reads the active sheet when none is named, and an empty sheet as no rows", async () => {
    const { gateway } = setUp({ sheets: [{ name: "Kosong" }, { name: "Data", cells: [HEADER] }], active: "Kosong" });
    expect(await gateway.readUsedRange()).toMatchObject({ name: "Kosong", rows: [] });
  });

  it("reports hidden columns and merged cells from the same round trip", async () => {
    const { gateway, model } = setUp({
      sheets: [{ name: "Data", cells: [["Daftar Pekerja", null, null], HEADER, ...workers(2)], hiddenColumns: [3], merges: ["A1:C1"] }],
    });
    const grid = await gateway.readUsedRange("Data");
    expect(model.syncs).toBe(1);
    expect(grid.hiddenColumns).toEqual([3]);
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
  });

  it("names a missing sheet in Indonesian", async () => {
    const { gateway } = setUp({ sheets: [{ name: "Data" }] });
    await expect(gateway.readUsedRange("Pekerja")).rejects.toMatchObject({
      code: "SHEET_NOT_FOUND",
      message: expect.stringContaining('Lembar "Pekerja" tidak ditemukan'),
    });
  });

  it("reads a sheet over Excel on the web's 5 MB limit in row chunks", async () => {
    const { gateway, model } = setUp(
      { sheets: [{ name: "Data", cells: [HEADER, ...workers(400)] }], payloadLimit: 60_000 },
      { payloadBudget: 40_000 },
    );
    const grid = await gateway.readUsedRange("Data", { prepareHighlights: true });
    expect(grid.rows).toHaveLength(401);
    expect(grid.rows[400]![1]).toEqual({ kind: "text", text: "Pekerja 400" });
    // One refused attempt, then the size, then chunks that each fit.
    expect(model.refusedResponses).toBe(1);
    expect(model.largestResponse).toBeLessThanOrEqual(60_000);
    expect(model.syncs).toBeGreaterThan(3);
  });
});

describe("a check: read, then highlight", () => {
  it("costs two syncs whatever the number of rows", async () => {
    const { gateway, model } = setUp({ sheets: [{ name: "Data", cells: [HEADER, ...workers(3000)] }] });
    const grid = await gateway.readUsedRange("Data", { prepareHighlights: true });
    const marks = grid.rows.slice(1).flatMap((_, i) => (i % 3 === 0 ? [mark(i + 2, 1, "error", "NIK ganda")] : []));
    const result = await gateway.writeHighlights("Data", marks);

    expect(model.syncs).toBe(2);
    expect(result).toEqual({ marked: 1000, cleared: 0, notesSkipped: 0, notes: true });
  });

  it("fills flagged cells and adds a note with every message, keeping the user's fill to restore", async () => {
    const { gateway, sheet } = setUp({
      sheets: [{ name: "Data", cells: [HEADER, [{ v: "3201", fill: "#FFFF00" }, "Budi", null, true], ["3201010101900002", "", null, true]] }],
    });
    await gateway.readUsedRange("Data", { prepareHighlights: true });
    await gateway.writeHighlights("Data", [
      { row: 2, column: 1, severity: "error", messages: ["NIK harus 16 digit", "NIK ganda"] },
      mark(3, 2, "warning", "Nama kosong"),
    ]);

    const data = sheet("Data");
    expect(data.peek(2, 1)!.fill).toBe(HIGHLIGHT_FILLS.error);
    expect(data.peek(3, 2)!.fill).toBe(HIGHLIGHT_FILLS.warning);
    expect(data.notes.get("A2")).toBe(`${NOTE_MARKER}\n• NIK harus 16 digit\n• NIK ganda`);
    expect(data.notes.get("B3")).toBe(`${NOTE_MARKER}\n• Nama kosong`);

    await gateway.clearHighlights("Data");
    expect(data.peek(2, 1)!.fill).toBe("#FFFF00");
    expect(data.peek(3, 2)!.fill).toBeNull();
    expect(data.notes.size).toBe(0);
  });

  it("re-check after a fix removes only the fixed cell's highlight", async () => {
    const { gateway, model, sheet } = setUp({ sheets: [{ name: "Data", cells: [HEADER, ...workers(5)] }] });
    await gateway.readUsedRange("Data", { prepareHighlights: true });
    await gateway.writeHighlights("Data", [mark(2, 1, "error", "a"), mark(3, 1, "error", "b"), mark(4, 2, "warning", "c")]);

    model.resetStats();
    await gateway.readUsedRange("Data", { prepareHighlights: true });
    const result = await gateway.writeHighlights("Data", [mark(2, 1, "error", "a"), mark(4, 2, "error", "c diperbaiki")]);

    expect(model.syncs).toBe(2);
    expect(result).toMatchObject({ marked: 2, cleared: 1 });
    const data = sheet("Data");
    expect(data.peek(3, 1)!.fill).toBeNull();
    expect(data.notes.has("A3")).toBe(false);
    expect(data.peek(4, 2)!.fill).toBe(HIGHLIGHT_FILLS.error);
    expect(data.notes.get("B4")).toBe(`${NOTE_MARKER}\n• c diperbaiki`);
  });

  it("never overwrites a note the user wrote, and leaves their other notes alone", async () => {
    const { gateway, model, sheet } = setUp({
      sheets: [{ name: "Data", cells: [HEADER, ...workers(3)], notes: { A2: "Sudah dicek Pak Kades", D4: "catatan" } }],
    });
    await gateway.readUsedRange("Data", { prepareHighlights: true });
    const result = await gateway.writeHighlights("Data", [mark(2, 1, "error", "NIK ganda"), mark(3, 1, "error", "NIK ganda")]);

    // The user's notes cost one more round trip, to see which cells hold them.
    expect(model.syncs).toBe(3);
    expect(result).toMatchObject({ marked: 2, notesSkipped: 1 });
    const data = sheet("Data");
    expect(data.notes.get("A2")).toBe("Sudah dicek Pak Kades");
    expect(data.notes.get("A3")).toContain(NOTE_MARKER);

    await gateway.clearHighlights("Data");
    expect(Object.fromEntries(data.notes)).toEqual({ A2: "Sudah dicek Pak Kades", D4: "catatan" });
    expect(data.peek(2, 1)!.fill).toBeNull();
  });

  it("leaves a cell the user recoloured after it was highlighted", async () => {
    const { gateway, sheet } = setUp({ sheets: [{ name: "Data", cells: [HEADER, ...workers(2)] }] });
    await gateway.readUsedRange("Data", { prepareHighlights: true });
    await gateway.writeHighlights("Data", [mark(2, 1, "error", "a"), mark(3, 1, "error", "b")]);
    sheet("Data").cell(2, 1).fill = "#00B050";

    const result = await gateway.clearHighlights("Data");
    expect(result.cleared).toBe(1);
    expect(sheet("Data").peek(2, 1)!.fill).toBe("#00B050");
    expect(sheet("Data").peek(3, 1)!.fill).toBeNull();
  });

  it("recognises its highlights after rows moved them, by their colour and note marker", async () => {
    // As after the user deleted a row above: the cell is ours, but not where the ledger says.
    const { gateway, sheet, model } = setUp({
      sheets: [{ name: "Data", cells: [HEADER, [{ v: "1", fill: HIGHLIGHT_FILLS.error }]], notes: { A2: `${NOTE_MARKER}\n• lama` } }],
    });
    await gateway.clearHighlights("Data");
    expect(sheet("Data").peek(2, 1)!.fill).toBeNull();
    expect(sheet("Data").notes.size).toBe(0);
    expect(model.settings.has(LEDGER_SETTING_KEY)).toBe(false);
  });

  it("keeps the ledger in the workbook, so highlights can be removed after reopening", async () => {
    const first = setUp({ sheets: [{ name: "Data", cells: [HEADER, [{ v: "1", fill: "#FFFF00" }]] }] });
    await first.gateway.readUsedRange("Data", { prepareHighlights: true });
    await first.gateway.writeHighlights("Data", [mark(2, 1, "error", "a")]);
    const stored = first.model.settings.get(LEDGER_SETTING_KEY);
    expect(typeof stored).toBe("string");

    // A fresh gateway (the pane reopened) finds the fill to restore in the workbook's settings.
    const reopened = new OfficeExcelGateway({ excel: first.fake.Excel as unknown as ExcelHost, supports: first.fake.supports });
    first.model.resetStats();
    await reopened.clearHighlights("Data");
    // Driven by the ledger: its facts, the fills of the ledger's cells, the write; never every cell's fill.
    expect(first.model.syncs).toBe(3);
    expect(first.sheet("Data").peek(2, 1)!.fill).toBe("#FFFF00");
  });

  it("fills without notes where Excel has no notes API", async () => {
    const { gateway, sheet } = setUp({ sheets: [{ name: "Data", cells: [HEADER, ...workers(1)] }], excelApi: "1.17" });
    await gateway.readUsedRange("Data", { prepareHighlights: true });
    const result = await gateway.writeHighlights("Data", [mark(2, 1, "error", "a")]);
    expect(result.notes).toBe(false);
    expect(sheet("Data").peek(2, 1)!.fill).toBe(HIGHLIGHT_FILLS.error);
    expect(sheet("Data").notes.size).toBe(0);
  });

  it("probes fills per cell where Excel cannot report them in bulk (before ExcelApi 1.9)", async () => {
    const { gateway, sheet } = setUp({ sheets: [{ name: "Data", cells: [HEADER, [{ v: "1", fill: "#FFFF00" }]] }], excelApi: "1.8" });
    await gateway.readUsedRange("Data", { prepareHighlights: true });
    await gateway.writeHighlights("Data", [mark(2, 1, "error", "a")]);
    await gateway.clearHighlights("Data");
    expect(sheet("Data").peek(2, 1)!.fill).toBe("#FFFF00");
  });
});

describe("writing a new sheet", () => {
  it("text-formats NIK columns before writing, so 16 digits survive", async () => {
    const { gateway, model, sheet } = setUp({ sheets: [{ name: "Ekspor" }] });
    const rows = [
      ["NIK", "Nama", "Iuran"],
      ["9401010101900001", "Yohana", 16800],
      ["3201010101900002", "Budi", 16800],
    ];
    const name = await gateway.addSheet("Ekspor", rows, [1]);

    expect(name).toBe("Ekspor (2)");
    expect(model.syncs).toBe(2);
    const written = sheet("Ekspor (2)");
    expect(written.valuesOf("A1:C3")).toEqual(rows);
    expect(written.peek(2, 1)!.numberFormat).toBe("@");
    expect(model.activeSheet.name).toBe("Ekspor (2)");
  });

  it("shows what happens without the text format: Excel keeps 15 digits", async () => {
    const { gateway, sheet } = setUp({ sheets: [] });
    await gateway.addSheet("Tanpa format", [["3201010101900002"]], []);
    expect(sheet("Tanpa format").peek(1, 1)!.value).toBe(3201010101900000);
  });
});

describe("other calls", () => {
  it("lists sheets and tables", async () => {
    const { gateway, model } = setUp({
      sheets: [
        { name: "Data", cells: [HEADER, ...workers(3)], tables: [{ name: "TabelPekerja", range: "A1:D4" }] },
        { name: "Rahasia", visibility: "Hidden" },
      ],
    });
    expect(await gateway.listSheets()).toEqual([
      { name: "Data", visible: true, active: true },
      { name: "Rahasia", visible: false, active: false },
    ]);
    expect(await gateway.listTables()).toEqual([
      { name: "TabelPekerja", sheet: "Data", headerRow: 1, firstColumn: 1, lastColumn: 4, lastRow: 4 },
    ]);
    expect(model.syncs).toBe(3);
  });

  it("selects a finding's cell", async () => {
    const { gateway, model } = setUp({ sheets: [{ name: "Lain" }, { name: "Data" }] });
    await gateway.selectCell("Data", 7, 3);
    expect(model.selection).toEqual({ sheet: "Data", address: "C7" });
    expect(model.activeSheet.name).toBe("Data");
  });

  it("opens a new workbook only where Excel can", async () => {
    const modern = setUp({ sheets: [] });
    expect(modern.gateway.canCreateWorkbook()).toBe(true);
    await expect(modern.gateway.createWorkbook("UEsDBA==")).resolves.toEqual({ kind: "opened" });
    expect(modern.gateway.newWorkbookDelivery()).toBe("window");
    expect(modern.model.createdWorkbooks).toEqual(["UEsDBA=="]);

    const old = setUp({ sheets: [], excelApi: "1.7" });
    expect(old.gateway.canCreateWorkbook()).toBe(false);
    await expect(old.gateway.createWorkbook("UEsDBA==")).rejects.toMatchObject({ code: "UNSUPPORTED" });
  });
});
