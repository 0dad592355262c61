import * as path from "node:path";
import fc from "fast-check";
import { loadAndCheck } from "../../src/cli/load-and-check";
import { budgetForWorkers, type Budget, type BudgetedWorker, type BudgetResult } from "../../src/domain/anggaran";
import type { CheckResult } from "../../src/domain/check/check-workers";
import { anggaran as desaAnggaran } from "../../src/functions/formulas";
import { paneBudget, workersFromCheck } from "../../src/taskpane/anggaran/budget-from-settings";
import { rabLayout } from "../../src/domain/anggaran";
import { defaultPaneSettings, type PaneSettings } from "../../src/taskpane/session/pane-settings";
import { runCli } from "../helpers/run-cli";
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

/** What the RAB sheet's formulas add up to: each Jumlah is =D*F over the written volume and unit price, the total their SUM. */
function rabSheetTotal(budget: Budget): number {
  const sheet = rabLayout(budget, { createdOn: "01-12-2026" });
  let total = 0;
  for (let row = sheet.firstLineRow; row <= sheet.lastLineRow; row++) {
    const cells = sheet.layout.cells[row - 1]!;
    expect(cells[6]).toEqual({ formula: `=D${row}*F${row}` });
    total += Number(cells[3]) * Number(cells[5]);
  }
  return total;
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
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});
