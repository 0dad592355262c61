import { OfficeExcelGateway, type ExcelHost } from "../../../src/adapters/office";
import { LEDGER_SETTING_KEY } from "../../../src/adapters/office/highlight-plan";
import type { HighlightMark } from "../../../src/adapters/office/highlight-marks";
import { createFakeExcel, type CellSeed, type WorkbookSeed } from "../../support/fake-excel/fake-excel";

// Real workbooks: many merges, threaded comments, sheets too big for one request, "Hapus tanda" on
// a big sheet, and the desktop, where no 5 MB limit applies.

function setUp(seed: WorkbookSeed, platform?: string, payloadBudget?: number) {
  const fake = createFakeExcel(seed);
  const gateway = new OfficeExcelGateway({ excel: fake.Excel as unknown as ExcelHost, supports: fake.supports, platform, payloadBudget });
  return { fake, gateway, model: fake.workbook, sheet: (name: string) => fake.workbook.sheetByName(name)! };
}

const HEADER: CellSeed[] = ["No", "NIK", "Nama", "Dusun"];

function list(rows: number): CellSeed[][] {
  return [HEADER, ...Array.from({ length: rows }, (_, i): CellSeed[] => [i + 1, { v: `61040101018${String(i).padStart(5, "0")}`, f: "@" }, `Pekerja ${i}`, i % 2 ? "Krajan" : "Sukamaju"])];
}

const mark = (row: number, column: number): HighlightMark => ({ row, column, severity: "error", messages: ["NIK tidak sah"] });

describe("merged cells", () => {
  it("still reads a sheet with 600 merged areas, and every merge, in pieces", async () => {
    // A form laid out with a merged label on every other row.
    const cells = list(1200);
    const merges = Array.from({ length: 600 }, (_, i) => `C${2 * i + 2}:D${2 * i + 2}`);
    const { gateway } = setUp({ sheets: [{ name: "Data", cells, merges }] });
    const grid = await gateway.readUsedRange("Data");
    expect(grid.rows).toHaveLength(1201);
    expect(grid.merges).toHaveLength(600);
    expect(grid.merges![599]).toEqual({ top: 1200, left: 3, bottom: 1200, right: 4 });
  });

  it("reads a sheet with a few merges in the same round trip as its values", async () => {
    const { gateway, model } = setUp({ sheets: [{ name: "Data", cells: list(10), merges: ["C2:D2"] }] });
    model.resetStats();
    const grid = await gateway.readUsedRange("Data");
    expect(grid.merges).toEqual([{ top: 2, left: 3, bottom: 2, right: 4 }]);
    expect(model.syncs).toBe(1);
  });
});

describe("threaded comments", () => {
  it("fills a commented cell without a note, and the ledger records the fill", async () => {
    const { gateway, sheet, model } = setUp({ sheets: [{ name: "Data", cells: list(3), threadedComments: { B3: "Sudah dicek RT" } }] });
    await gateway.readUsedRange("Data", { prepareHighlights: true });
    const result = await gateway.writeHighlights("Data", [mark(2, 2), mark(3, 2)]);
    expect(result).toMatchObject({ marked: 2, notesSkipped: 1 });
    expect(sheet("Data").peek(3, 2)!.fill).not.toBeNull();
    expect(sheet("Data").notes.has("B3")).toBe(false);
    expect(sheet("Data").notes.has("B2")).toBe(true);
    expect(String(model.settings.get(LEDGER_SETTING_KEY))).toContain("B3");

    await gateway.clearHighlights("Data");
    expect(sheet("Data").peek(3, 2)!.fill).toBeNull();
    expect(sheet("Data").threadedComments.get("B3")).toBe("Sudah dicek RT");
  });
});

describe("requests Excel refuses for their size", () => {
  it("writes a new sheet in halves when a request is still too big", async () => {
    // The estimate allows the whole sheet at once, Excel's limit does not: the adapter halves until it fits.
    const rows = Array.from({ length: 2000 }, (_, i) => [`61040101018${String(i).padStart(5, "0")}`, "Ñama ".repeat(20)]);
    const { gateway, sheet } = setUp({ sheets: [{ name: "Data" }], payloadLimit: 200_000 }, "OfficeOnline", 10_000_000);
    const name = await gateway.addSheet("Ekspor", rows, [1]);
    expect(sheet(name).peek(2000, 1)!.value).toBe(rows[1999]![0]);
    expect(sheet(name).peek(2000, 1)!.numberFormat).toBe("@");
  });

  it("reads a sheet past the cell limit of one read in pieces, on the desktop too", async () => {
    // Excel refuses a read of more than 5 million cells on every platform; the simulator's limit is
    // lowered to 20,000 cells so the test need not build 5 million.
    const { gateway } = setUp({ platform: "PC", readCellLimit: 20_000, sheets: [{ name: "Data", cells: list(9_999) }] }, "PC");
    const grid = await gateway.readUsedRange("Data");
    expect(grid.rows).toHaveLength(10_000);
    expect(grid.rows[9_999]![2]).toEqual({ kind: "text", text: "Pekerja 9998" });
  });
});

describe("Hapus tanda on a big sheet", () => {
  it("follows the ledger: only the highlighted cells' fills are read, never every cell's", async () => {
    const { gateway, sheet, model } = setUp({ sheets: [{ name: "Data", cells: list(10_000) }] });
    await gateway.readUsedRange("Data", { prepareHighlights: true });
    const marks = Array.from({ length: 200 }, (_, i) => mark(2 + i * 50, 2));
    await gateway.writeHighlights("Data", marks);

    const reopened = new OfficeExcelGateway({ excel: excelOf(gateway), supports: (set, version) => model.supports(set, version) });
    model.resetStats();
    const result = await reopened.clearHighlights("Data");
    expect(result.cleared).toBe(200);
    expect(sheet("Data").peek(52, 2)!.fill).toBeNull();
    // 40,000 cells' fills would be well over a megabyte; 200 cells' are a few kilobytes.
    expect(model.largestResponse).toBeLessThan(200_000);
  });
});

describe("the desktop", () => {
  it("reads and highlights 10,000 rows in two round trips, having no 5 MB limit", async () => {
    const { gateway, model } = setUp({ platform: "PC", sheets: [{ name: "Data", cells: list(10_000) }] }, "PC");
    model.resetStats();
    const grid = await gateway.readUsedRange("Data", { prepareHighlights: true });
    await gateway.writeHighlights(grid.name, [mark(9, 2)]);
    expect(model.syncs).toBe(2);
  });
});

/** The simulated Excel a gateway talks to, for a second gateway on the same workbook (the pane reopened). */
function excelOf(gateway: OfficeExcelGateway): ExcelHost {
  return (gateway as unknown as { excel: ExcelHost }).excel;
}