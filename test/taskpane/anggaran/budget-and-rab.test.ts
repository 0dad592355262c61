import path from "node:path";
import { OfficeExcelGateway, type ExcelHost } from "../../../src/adapters/office";
import { loadAndCheck } from "../../../src/cli/load-and-check";
import { computeBudget, type Budget } from "../../../src/domain/anggaran";
import { paneBudget, workersFromCheck } from "../../../src/taskpane/anggaran/budget-from-settings";
import { parseWholeNumber } from "../../../src/taskpane/anggaran/NumberField";
import { rabLayout, rabSheetName } from "../../../src/domain/anggaran";
import { defaultPaneSettings, type PaneSettings } from "../../../src/taskpane/session/pane-settings";
import { createFakeExcel } from "../../support/fake-excel/fake-excel";
import { runCli } from "../../helpers/run-cli";

const EXAMPLE = path.resolve(__dirname, "../../../contoh/desa-contoh.xlsx");

function settingsFor(change: Partial<PaneSettings["budget"]> = {}): PaneSettings {
  const defaults = defaultPaneSettings(2026);
  return { ...defaults, budget: { ...defaults.budget, ...change } };
}

function budgetOf(input: Parameters<typeof computeBudget>[0]): Budget {
  const result = computeBudget(input);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  return result;
}

/** Writes the RAB sheet into the simulated Excel, which recalculates its formulas. */
async function writeRab(budget: Budget, namaDesa?: string) {
  const fake = createFakeExcel({ sheets: [{ name: "Data" }] });
  const gateway = new OfficeExcelGateway({ excel: fake.Excel as unknown as ExcelHost, supports: fake.supports });
  const sheet = rabLayout(budget, { namaDesa, createdOn: "23-11-2026" });
  const name = await gateway.addFormulaSheet(rabSheetName(budget.year), sheet.layout);
  return { sheet, written: fake.workbook.sheetByName(name)!, fake };
}

describe("the pane's budget for a checked list", () => {
  it("gives the same total as the CLI's anggaran for the example village, with and without PP 50/2025", async () => {
    const loaded = await loadAndCheck(EXAMPLE, { tahun: 2026 });
    for (const pp50 of [false, true]) {
      const cli = await runCli("anggaran", EXAMPLE, "--tahun", "2026", "--json", ...(pp50 ? ["--diskon-pp50"] : []));
      const expected = JSON.parse(cli.stdout) as { total: number; workers: number; lines: unknown[] };
      const settings = settingsFor({ pp50 });
      const result = paneBudget(settings, loaded.result, 0);
      if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
      const pane = result;
      expect(pane.total).toBe(expected.total);
      expect(pane.workers).toBe(expected.workers);
      expect(pane.lines).toEqual(expected.lines);
    }
  });

  it("counts transport-sector workers only when PP 50/2025 prices them apart", async () => {
    const loaded = await loadAndCheck(EXAMPLE, { tahun: 2026 });
    expect(workersFromCheck(loaded.result, false)).toEqual({ workers: 112, transportWorkers: 0, source: "check" });
    expect(workersFromCheck(loaded.result, true).transportWorkers).toBeGreaterThan(0);
  });
});

describe("the RAB sheet", () => {
  it("computes each Jumlah as Volume × Harga Satuan and the total with SUM, matching the budget", async () => {
    const budget = budgetOf({ year: 2026, workers: 99, transportWorkers: 13, pp50: true });
    const { sheet, written } = await writeRab(budget, "Kuala Satong");

    expect(budget.lines.length).toBe(3);
    budget.lines.forEach((line, i) => {
      const row = sheet.firstLineRow + i;
      expect(written.peek(row, 7)!.formula).toBe(`=D${row}*F${row}`);
      expect(written.peek(row, 7)!.value).toBe(line.jumlah);
    });
    const total = written.valuesOf(sheet.totalCell)[0]![0];
    expect(written.peek(sheet.lastLineRow + 1, 7)!.formula).toBe(`=SUM(G${sheet.firstLineRow}:G${sheet.lastLineRow})`);
    expect(total).toBe(budget.total);
  });

  it("keeps the codes as text, the terbilang as a value, and the monthly cumulative ending at the total", async () => {
    const budget = budgetOf({ year: 2026, workers: 112 });
    const { sheet, written } = await writeRab(budget);
    const cells: Array<{ row: number; column: number; value: unknown; format: string; formula?: string }> = [];
    for (let row = 1; row <= 80; row++) {
      for (let column = 1; column <= 8; column++) {
        const cell = written.peek(row, column);
        if (cell && !cell.isEmpty) cells.push({ row, column, value: cell.value, format: cell.numberFormat, formula: cell.formula });
      }
    }
    const kode = written.peek(sheet.firstLineRow, 2)!;
    expect(kode.value).toBe("5.2.7.90.01");
    expect(kode.numberFormat).toBe("@");
    expect(cells.find((c) => c.value === "Dua puluh dua juta lima ratus tujuh puluh sembilan ribu dua ratus rupiah")).toBeDefined();
    // The last month's running total is the budget's total.
    const cumulative = cells.filter((c) => c.column === 7 && c.formula?.startsWith("=G"));
    expect(cumulative).toHaveLength(11);
    expect(cumulative[cumulative.length - 1]!.value).toBe(budget.total);
    // Only native functions: nothing the add-in defines (DESA.*) that a computer without it would show as #NAME?.
    expect(cells.filter((c) => c.formula).every((c) => /^=[A-Z0-9$:+*(),]+$/.test(c.formula!))).toBe(true);
    expect(cells.some((c) => typeof c.value === "string" && c.value.startsWith("#"))).toBe(false);
  });

  it("names the village when it is known, and leaves a line to fill in when it is not", async () => {
    const budget = budgetOf({ year: 2026, workers: 10 });
    const known = rabLayout(budget, { namaDesa: "Kuala Satong", createdOn: "1-1-2026" }).layout.cells.flat();
    const unknown = rabLayout(budget, { createdOn: "1-1-2026" }).layout.cells.flat();
    expect(known).toContain("Kuala Satong");
    expect(unknown.some((cell) => typeof cell === "string" && cell.includes("pilih desa di tab Pengaturan"))).toBe(true);
  });
});

describe("whole numbers typed in the pane", () => {
  it("reads dots and spaces as thousands separators and refuses anything else", () => {
    expect(parseWholeNumber("1.000.000")).toBe(1_000_000);
    expect(parseWholeNumber(" 2 500 000 ")).toBe(2_500_000);
    expect(parseWholeNumber("12")).toBe(12);
    expect(parseWholeNumber("")).toBeUndefined();
    expect(parseWholeNumber("1,5")).toBeUndefined();
    expect(parseWholeNumber("-3")).toBeUndefined();
  });
});

describe("the RAB sheet in the users' language", () => {
  it("names each source's confidence with the pane badge's words, without English levels, research notes or repository links", () => {
    for (const pp50 of [false, true]) {
      const budget = budgetOf({ year: 2026, workers: 100, transportWorkers: 10, pp50, declaredIncome: 1_500_000 });
      const text = rabLayout(budget, { createdOn: "01-12-2026" })
        .layout.cells.flat()
        .filter((cell): cell is string => typeof cell === "string")
        .join("\n");
      expect(text).toMatch(/\((terkonfirmasi|sumber sekunder|belum terkonfirmasi)\)/);
      expect(text).not.toMatch(/UNCONFIRMED|SECONDARY|CONFIRMED|\.md\b|§|github|hibahtiar/);
    }
  });
});
