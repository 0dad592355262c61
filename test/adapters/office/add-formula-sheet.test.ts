import { OfficeExcelGateway, type ExcelHost, type SheetLayout } from "../../../src/adapters/office";
import { createFakeExcel, type WorkbookSeed } from "../../support/fake-excel/fake-excel";

// `addFormulaSheet` against the simulated Excel, which recalculates the formulas it is given.

function setUp(seed: WorkbookSeed, payloadBudget?: number) {
  const fake = createFakeExcel(seed);
  const gateway = new OfficeExcelGateway({ excel: fake.Excel as unknown as ExcelHost, supports: fake.supports, payloadBudget });
  return { gateway, model: fake.workbook, sheet: (name: string) => fake.workbook.sheetByName(name)! };
}

const LAYOUT: SheetLayout = {
  cells: [
    ["RAB", null, null, null],
    ["Kode", "Volume", "Harga", "Jumlah"],
    ["5.2.7.90.01", 1200, 16800, { formula: "=B3*C3" }],
    ["5.2.7.90.02", 600, 8400, { formula: "=B4*C4" }],
    ["=bukan rumus", null, "JUMLAH", { formula: "=SUM(D3:D4)" }],
  ],
  numberFormats: [[], [], [null, "#,##0", "#,##0", "#,##0"], [null, "#,##0", "#,##0", "#,##0"], [null, null, null, "#,##0"]],
  columnWidths: [14, 10],
  styles: [
    { range: "A2:D2", bold: true, fill: "#DDEBF7" },
    { range: "A5:D5", bold: true, wrap: true },
  ],
};

describe("adding a sheet with formulas", () => {
  it("writes values and formulas in one batch after reading the names, and Excel computes them", async () => {
    const { gateway, model, sheet } = setUp({ sheets: [{ name: "Data" }, { name: "RAB 2026" }] });

    const name = await gateway.addFormulaSheet("RAB 2026", LAYOUT);

    expect(name).toBe("RAB 2026 (2)");
    expect(model.syncs).toBe(2);
    expect(model.activeSheet.name).toBe("RAB 2026 (2)");
    const rab = sheet(name);
    expect(rab.peek(3, 4)!.formula).toBe("=B3*C3");
    expect(rab.peek(5, 4)!.formula).toBe("=SUM(D3:D4)");
    expect(rab.valuesOf("D3:D5")).toEqual([[20_160_000], [5_040_000], [25_200_000]]);
    expect(rab.peek(5, 4)!.text).toBe("25,200,000");
  });

  it("writes text as text: a code never becomes a number or a date, a leading = never a formula", async () => {
    const { gateway, sheet } = setUp({ sheets: [] });
    const rab = sheet(await gateway.addFormulaSheet("RAB", LAYOUT));

    expect(rab.peek(3, 1)!.numberFormat).toBe("@");
    expect(rab.peek(3, 1)!.value).toBe("5.2.7.90.01");
    expect(rab.peek(5, 1)!.formula).toBeUndefined();
    expect(rab.peek(5, 1)!.value).toBe("=bukan rumus");
    // Numbers and formulas keep the format asked for, or General.
    expect(rab.peek(3, 2)!.numberFormat).toBe("#,##0");
    expect(rab.peek(5, 4)!.numberFormat).toBe("#,##0");
  });

  it("sets column widths in points and the styles asked for", async () => {
    const { gateway, sheet } = setUp({ sheets: [] });
    const rab = sheet(await gateway.addFormulaSheet("RAB", LAYOUT));

    expect(rab.columnWidths.get(1)).toBeCloseTo((14 * 7 + 5) * 0.75);
    expect(rab.columnWidths.get(2)).toBeCloseTo((10 * 7 + 5) * 0.75);
    expect(rab.peek(2, 3)!.bold).toBe(true);
    expect(rab.peek(2, 3)!.fill).toBe("#DDEBF7");
    expect(rab.peek(5, 4)!.wrap).toBe(true);
    expect(rab.peek(3, 4)!.bold).toBe(false);
  });

  it("splits only a layout bigger than one request's limit", async () => {
    const big: SheetLayout = {
      cells: Array.from({ length: 400 }, (_, i) => [`Baris ${i + 1}`, i + 1, { formula: `=B${i + 1}*2` }]),
    };
    const { gateway, model, sheet } = setUp({ sheets: [] }, 20_000);

    const name = await gateway.addFormulaSheet("Besar", big);

    expect(model.syncs).toBeGreaterThan(2);
    expect(model.largestRequest).toBeLessThan(40_000);
    expect(sheet(name).valuesOf("C400:C400")).toEqual([[800]]);
  });
});
