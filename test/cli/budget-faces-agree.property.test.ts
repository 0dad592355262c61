import * as path from "node:path";
import fc from "fast-check";
import { loadAndCheck } from "../../src/cli/load-and-check";
import { budgetForWorkers, rabLayout, type Budget, type BudgetedWorker, type BudgetResult } from "../../src/domain/anggaran";
import { parseRangeAddress } from "../../src/domain/cell/a1";
import type { CheckResult } from "../../src/domain/check/check-workers";
import { buildSubmission, findTemplate, submissionLayouts } from "../../src/domain/ekspor";
import { periodLabel } from "../../src/domain/iuran";
import { isLayoutFormula, type SheetLayout } from "../../src/domain/layout/sheet-layout";
import { anggaran as desaAnggaran } from "../../src/functions/formulas";
import { paneBudget, workersFromCheck } from "../../src/taskpane/anggaran/budget-from-settings";
import { defaultPaneSettings, type PaneSettings } from "../../src/taskpane/session/pane-settings";
import { runCli } from "../helpers/run-cli";
import { evaluateFormula, type CellReader, type FormulaResult } from "../support/fake-excel/formula";
import { cleanWorkers, tempDir, WORKER_HEADER, writeWorkbook } from "../helpers/xlsx";

/**
 * The centre of "one truth for every figure": every face that shows a budget (CLI anggaran, CLI gabung,
 * the pane's Anggaran tab, the RAB sheet it writes, DESA.ANGGARAN) gives the same total for the same list
 * and the same options. gabung once skipped the transport-sector split and said Rp 14.112.000 where
 * anggaran said Rp 13.784.400 for the example with --diskon-pp50.
 */

const EXAMPLE = path.resolve(__dirname, "../../contoh/desa-contoh.xlsx");
const YEARS = [2025, 2026, 2027, 2028] as const;
const OCCUPATIONS = ["Petani", "Nelayan", "Pedagang pasar", "Ojek pangkalan", "Sopir angkot", "Kurir", "Marbot", "Guru TPA", "Driver ojol", "Buruh harian"];

function ok(result: BudgetResult): Budget {
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  return result;
}

function settingsFor(year: number, budget: Partial<PaneSettings["budget"]>): PaneSettings {
  const defaults = defaultPaneSettings(year);
  return { ...defaults, budget: { ...defaults.budget, ...budget } };
}

/** A layout's cell as Excel would show it: a value, or its formula (English text) recalculated over the layout. */
function layoutCell(layout: SheetLayout, address: string): FormulaResult | undefined {
  const read: CellReader = (row, column) => {
    const cell = layout.cells[row - 1]?.[column - 1];
    if (cell === null || cell === undefined) return undefined;
    return isLayoutFormula(cell) ? evaluateFormula(cell.formula, read) : { value: cell };
  };
  const ref = parseRangeAddress(address)!;
  return read(ref.top, ref.left);
}

/** Every formula cell of a layout by address, with its text. */
function formulaCells(layout: SheetLayout): Array<{ address: string; formula: string }> {
  return layout.cells.flatMap((row, r) => row.flatMap((cell, c) => (isLayoutFormula(cell) ? [{ address: `${String.fromCharCode(65 + c)}${r + 1}`, formula: cell.formula }] : [])));
}

/**
 * What the RAB sheet's formulas evaluate to, read as Excel would: the JUMLAH cell (=SUM of the =D*F
 * rows), the monthly cash table's =SUM, and its last running total. All three must be the budget.
 */
function rabSheetTotals(budget: Budget): number[] {
  const sheet = rabLayout(budget, { createdOn: "01-12-2026" });
  const formulas = formulaCells(sheet.layout);
  for (let row = sheet.firstLineRow; row <= sheet.lastLineRow; row++) expect(formulas).toContainEqual({ address: `G${row}`, formula: `=D${row}*F${row}` });
  const sums = formulas.filter((f) => f.formula.startsWith("=SUM("));
  const running = formulas.filter((f) => /^=(G\d+\+)?F\d+$/.test(f.formula));
  const addresses = [sheet.totalCell, ...sums.map((f) => f.address).filter((a) => a !== sheet.totalCell), running[running.length - 1]!.address];
  return addresses.map((address) => {
    const result = layoutCell(sheet.layout, address)!;
    expect(result.error).toBeUndefined();
    return result.value as number;
  });
}

/** The RAB sheet's one figure, when all its formulas agree (else the list, so the test shows the disagreement). */
function rabSheetTotal(budget: Budget): number | number[] {
  const totals = rabSheetTotals(budget);
  return new Set(totals).size === 1 ? totals[0]! : totals;
}

interface Options {
  readonly year: number;
  readonly startMonth: number;
  readonly months: number;
  readonly withJht: boolean;
  readonly pp50: boolean;
}

/** The in-memory faces for one list: domain, pane, RAB sheet, DESA.ANGGARAN. */
function inMemoryTotals(workers: ReadonlyArray<BudgetedWorker>, o: Options) {
  const domain = ok(budgetForWorkers(workers, o));
  const check = { workers } as unknown as CheckResult;
  const pane = ok(paneBudget(settingsFor(o.year, { startMonth: o.startMonth, months: o.months, withJht: o.withJht, pp50: o.pp50 }), check, 0));
  const counts = workersFromCheck(check, o.pp50);
  const formula = desaAnggaran(counts.workers, o.months, o.startMonth, o.year, o.withJht, o.pp50, counts.transportWorkers);
  return { domain, pane, rab: rabSheetTotal(pane), formula };
}

/**
 * The submission sheets for the same list and period, laid out as every writer writes them: one row per
 * worker the budget pays for, each with the budget's period, and a Keterangan naming the same months as
 * the RAB sheet's "Periode iuran".
 */
function submissionFacts(result: CheckResult, o: Options) {
  const submission = buildSubmission(result, findTemplate("bpu-kolektif")!, { year: o.year, startMonth: o.startMonth, months: o.months, withJht: o.withJht });
  const sheets = submissionLayouts(submission, [["Periode iuran", `${periodLabel(submission.period.from, submission.period.to)} (${submission.period.months} bulan)`]]);
  const main = sheets.find((sheet) => sheet.role === "main")!.layout;
  const header = main.cells[(main.frozenRows ?? 1) - 1]!;
  const periodColumn = header.indexOf("Periode Iuran");
  const rows = main.cells.slice(main.frozenRows ?? 1);
  return {
    workers: rows.length,
    periods: [...new Set(rows.map((row) => row[periodColumn]))],
    keterangan: sheets.find((sheet) => sheet.role === "keterangan")!.layout.cells.find((row) => row[0] === "Periode iuran")?.[1],
  };
}

function budgetFacts(budget: Budget) {
  const rab = rabLayout(budget, { createdOn: "01-12-2026" }).layout.cells.find((row) => row[1] === "Periode iuran")?.[2];
  return { workers: budget.workers, periods: budget.workers > 0 ? [`${budget.from} s.d. ${budget.to}`] : [], keterangan: rab };
}

const optionsArb = fc.record({
  year: fc.constantFrom(...YEARS),
  startMonth: fc.integer({ min: 1, max: 12 }),
  months: fc.integer({ min: 1, max: 24 }),
  withJht: fc.boolean(),
  pp50: fc.boolean(),
});

const workerArb = fc.record({ eligible: fc.boolean(), pekerjaan: fc.option(fc.constantFrom(...OCCUPATIONS), { nil: undefined }) });

describe("every face gives the same budget", () => {
  it("for the example village, 2025–2028, with PP 50/2025 on and off", async () => {
    const loaded = await loadAndCheck(EXAMPLE, { tahun: 2026 });
    for (const year of YEARS) {
      for (const pp50 of [false, true]) {
        const switches = pp50 ? ["--diskon-pp50"] : [];
        const cli = JSON.parse((await runCli("anggaran", EXAMPLE, "--tahun", String(year), "--json", ...switches)).stdout) as { total: number; lines: unknown[] };
        const gabung = JSON.parse((await runCli("gabung", EXAMPLE, "--tahun", String(year), "--json", ...switches)).stdout) as { totals: { budget: number } };
        // Ages are counted on 1 January of the budget year, so the list is checked for that year as the CLI does.
        const checked = year === 2026 ? loaded : await loadAndCheck(EXAMPLE, { tahun: year });
        const faces = inMemoryTotals(checked.result.workers, { year, startMonth: 1, months: 12, withJht: false, pp50 });
        expect({ year, pp50, gabung: gabung.totals.budget, pane: faces.pane.total, rab: faces.rab, formula: faces.formula, domain: faces.domain.total }).toEqual({
          year,
          pp50,
          gabung: cli.total,
          pane: cli.total,
          rab: cli.total,
          formula: cli.total,
          domain: cli.total,
        });
        expect(faces.pane.lines).toEqual(cli.lines);
        expect(submissionFacts(checked.result, { year, startMonth: 1, months: 12, withJht: false, pp50 })).toEqual(budgetFacts(faces.domain));
      }
    }
  });

  it("gives Rp 13.784.400 for the example in 2026 with PP 50/2025 in anggaran and in gabung", async () => {
    const cli = JSON.parse((await runCli("anggaran", EXAMPLE, "--tahun", "2026", "--diskon-pp50", "--json")).stdout) as { total: number };
    const gabung = JSON.parse((await runCli("gabung", EXAMPLE, "--tahun", "2026", "--diskon-pp50", "--json")).stdout) as { totals: { budget: number } };
    expect(cli.total).toBe(13_784_400);
    expect(gabung.totals.budget).toBe(13_784_400);
  });

  it("for random checked lists and periods (domain, pane, RAB sheet, DESA.ANGGARAN)", () => {
    fc.assert(
      fc.property(fc.array(workerArb, { maxLength: 150 }), optionsArb, (workers, o) => {
        const { domain, pane, rab, formula } = inMemoryTotals(workers, o);
        expect(pane.lines).toEqual(domain.lines);
        expect(rab).toBe(domain.total);
        expect(formula).toBe(domain.total);
        expect(domain.lines.reduce((sum, l) => sum + l.jumlah, 0)).toBe(domain.total);
      }),
      { numRuns: 300 },
    );
  });

  it("for random workbooks read by the CLI's anggaran and gabung", async () => {
    const dir = tempDir();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ pekerjaan: fc.constantFrom(...OCCUPATIONS), broken: fc.boolean() }), { minLength: 1, maxLength: 40 }),
        fc.constantFrom(...YEARS),
        fc.boolean(),
        async (rows, year, pp50) => {
          const file = path.join(dir, `desa-${n++}.xlsx`);
          const body = cleanWorkers(rows.length).map((cells, i) => {
            const copy = [...cells];
            copy[5] = rows[i]!.pekerjaan;
            // A NIK with a letter in it is an error: the row is left out of every face's budget alike.
            if (rows[i]!.broken) copy[1] = `${String(copy[1]).slice(0, 15)}X`;
            return copy;
          });
          await writeWorkbook(file, [WORKER_HEADER, ...body], "Data", [2]);
          const switches = pp50 ? ["--diskon-pp50"] : [];
          const cli = JSON.parse((await runCli("anggaran", file, "--tahun", String(year), "--json", ...switches)).stdout) as { total: number };
          const gabung = JSON.parse((await runCli("gabung", file, "--tahun", String(year), "--json", ...switches)).stdout) as { totals: { budget: number } };
          const loaded = await loadAndCheck(file, { tahun: year });
          const faces = inMemoryTotals(loaded.result.workers, { year, startMonth: 1, months: 12, withJht: false, pp50 });
          expect([gabung.totals.budget, faces.pane.total, faces.rab, faces.formula]).toEqual([cli.total, cli.total, cli.total, cli.total]);
          expect(submissionFacts(loaded.result, { year, startMonth: 1, months: 12, withJht: false, pp50 })).toEqual(budgetFacts(faces.domain));
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});
