import { terbilang } from "../format";
import { BPU_RATE_TABLE, yearMonth, addMonths, type AppliedRule, type IncomeLevel, type RateTable, type Sektor, type YearMonth } from "../iuran";
import { budgetInputSchema, toProblems, type BudgetInput, type BudgetProblem, type ResolvedBudgetInput } from "./budget-input";
import { budgetNotes } from "./budget-notes";
import { danaDesaNote, danaDesaRulesFor, type DanaDesaRules } from "./dana-desa-rules";
import { buildRabLines, type Cohort, type RabLine } from "./rab-line";
import { perWorkerMonthly, type PeriodAmount } from "./period-amount";
import { costPerWorker, priceSektors, type SektorRates } from "./sektor-pricing";

/**
 * What the village must have in the kas desa for each month's BPJS bill: BPU contributions are billed
 * monthly and due by the 15th of the contribution month itself (BPJS Ketenagakerjaan, iuran BPU).
 */
export interface MonthlyNeed {
  readonly month: YearMonth;
  readonly workers: number;
  readonly amount: number;
  readonly cumulative: number;
}

export interface TargetProgress {
  readonly goal: number;
  readonly reached: number;
  readonly shortfall: number;
}

/** How PP 50/2025 entered the figures: which months were discounted, and which would have been. */
export interface Pp50Summary {
  readonly switchedOn: boolean;
  readonly discountedMonths: ReadonlyArray<YearMonth>;
  readonly switchedOffMonths: ReadonlyArray<YearMonth>;
}

export interface Budget {
  readonly year: number;
  readonly from: YearMonth;
  readonly to: YearMonth;
  readonly workers: number;
  readonly transportWorkers: number;
  readonly months: number;
  readonly level: IncomeLevel;
  /** A number when one price holds for all the months, else one entry per rate period. */
  readonly perWorkerMonthly: number | ReadonlyArray<PeriodAmount>;
  /** The same for a transport-sector worker; present only when the budget has some. */
  readonly perWorkerMonthlyTransport?: number | ReadonlyArray<PeriodAmount>;
  readonly total: number;
  /** The total in words: "dua puluh juta seratus enam puluh ribu rupiah". */
  readonly terbilang: string;
  readonly lines: ReadonlyArray<RabLine>;
  readonly monthlyCashNeed: ReadonlyArray<MonthlyNeed>;
  readonly target: TargetProgress;
  readonly pp50: Pp50Summary;
  readonly rulesApplied: ReadonlyArray<AppliedRule>;
  /** What Dana Desa may pay for in the budget year (Permendes), when a rules row covers it. */
  readonly danaDesa?: DanaDesaRules;
  /** Indonesian sentences: how it was computed and what is UNCONFIRMED. */
  readonly notes: ReadonlyArray<string>;
  /** The input with every default filled in, so the task pane can show what was assumed. */
  readonly assumptions: ResolvedBudgetInput;
}

export type BudgetResult = ({ readonly ok: true } & Budget) | { readonly ok: false; readonly problems: ReadonlyArray<BudgetProblem> };

function cohortsOf(input: ResolvedBudgetInput): Cohort[] {
  const shares =
    typeof input.sumberDana === "string"
      ? [{ kode: input.sumberDana, workers: input.workers, transportWorkers: input.transportWorkers ?? 0 }]
      : input.sumberDana;
  return shares.flatMap((s) => [
    { sumberDana: s.kode, sektor: "lainnya" as const, workers: s.workers - s.transportWorkers },
    { sumberDana: s.kode, sektor: "transportasi" as const, workers: s.transportWorkers },
  ]);
}

function workersBySektor(cohorts: ReadonlyArray<Cohort>): Record<Sektor, number> {
  const result: Record<Sektor, number> = { lainnya: 0, transportasi: 0 };
  for (const c of cohorts) result[c.sektor] += c.workers;
  return result;
}

function totalOf(rates: SektorRates, bySektor: Record<Sektor, number>): number {
  return bySektor.lainnya * costPerWorker(rates, "lainnya") + bySektor.transportasi * costPerWorker(rates, "transportasi");
}

/** Sectors whose figures the budget reports: the ones with workers, or the general one for an empty budget. */
function sektorsInUse(bySektor: Record<Sektor, number>): Sektor[] {
  const used = (["lainnya", "transportasi"] as const).filter((s) => bySektor[s] > 0);
  return used.length > 0 ? used : ["lainnya"];
}

/** Rate periods to describe in the notes: one group, or two when the sectors pay differently. */
function pricingGroups(rates: SektorRates, used: ReadonlyArray<Sektor>) {
  const prices = (s: Sektor) => rates[s].periods.map((p) => `${p.from}/${p.to}/${p.total}`).join();
  if (used.length === 2 && prices("lainnya") !== prices("transportasi")) {
    return [
      { who: "selain sektor transportasi", periods: rates.lainnya.periods },
      { who: "sektor transportasi", periods: rates.transportasi.periods },
    ];
  }
  return [{ who: used.length === 1 && used[0] === "transportasi" ? "sektor transportasi" : null, periods: rates[used[0]].periods }];
}

/**
 * The APBDes budget for village-paid BPU contributions: RAB rows in the Siskeudes shape (one per rate period
 * and funding source), the monthly cash need, progress toward the 100-worker target and notes on what is
 * UNCONFIRMED. All money is whole rupiah. An input it cannot use comes back as `{ ok: false, problems }`
 * with Indonesian messages; a declared income above Lampiran II's highest level is such a problem, never
 * clamped. One below the lowest level is priced at that level, as BPJS Ketenagakerjaan prices every BPU
 * worker there, and a note says so.
 */
export function computeBudget(input: BudgetInput, table: RateTable = BPU_RATE_TABLE): BudgetResult {
  const parsed = budgetInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: toProblems(parsed.error) };
  const args = parsed.data;
  const from = yearMonth(args.year, args.startMonth);
  const to = addMonths(from, args.months - 1);
  const pricingArgs = { from, months: args.months, declaredIncome: args.declaredIncome, withJht: args.withJht };
  const priced = priceSektors({ ...pricingArgs, pp50: args.pp50 }, table);
  if (!priced.ok) return { ok: false, problems: priced.problems };
  const { rates } = priced;

  const cohorts = cohortsOf(args);
  const bySektor = workersBySektor(cohorts);
  const used = sektorsInUse(bySektor);
  const lines = buildRabLines(cohorts, {
    rates,
    withJht: args.withJht,
    kodeKegiatan: args.kodeKegiatan,
    kodeRekening: args.kodeRekening,
    satuan: args.satuan,
    calendarYear: args.startMonth === 1 && args.months === 12,
  });
  const total = lines.reduce((sum, line) => sum + line.jumlah, 0);

  let cumulative = 0;
  const monthlyCashNeed = rates.lainnya.byMonth.map((general, i) => {
    const amount = bySektor.lainnya * general.total + bySektor.transportasi * rates.transportasi.byMonth[i].total;
    cumulative += amount;
    return { month: general.month, workers: args.workers, amount, cumulative };
  });
  // Rows and months are two sums of the same products; a difference would be a bug in the row merging.
  if (cumulative !== total) throw new Error(`Jumlah baris RAB (${total}) berbeda dari kebutuhan bulanan (${cumulative})`);

  const monthsWhere = (status: "applied" | "switched-off") =>
    rates.lainnya.byMonth.map((m) => m.month).filter((_, i) => used.some((s) => rates[s].byMonth[i].pp50 === status));
  const discountedMonths = monthsWhere("applied");
  const switchedOffMonths = monthsWhere("switched-off");
  const needsOtherChoice = args.pp50 ? discountedMonths.length > 0 : switchedOffMonths.length > 0;
  const other = needsOtherChoice ? priceSektors({ ...pricingArgs, pp50: !args.pp50 }, table) : null;

  const shortfall = Math.max(0, args.target - args.workers);
  const rulesApplied = new Map<string, AppliedRule>();
  for (const s of used) for (const p of rates[s].periods) for (const r of p.rulesApplied) rulesApplied.set(`${r.id}|${r.detail}`, r);
  const level = rates.lainnya.periods[0].level;

  const notes = budgetNotes({
    year: args.year,
    from,
    to,
    months: args.months,
    workers: args.workers,
    transportWorkers: bySektor.transportasi,
    declaredIncome: args.declaredIncome,
    level,
    ...(rates.lainnya.incomeNote ? { incomeNote: rates.lainnya.incomeNote.message } : {}),
    withJht: args.withJht,
    pp50: args.pp50,
    pricing: pricingGroups(rates, used),
    pp50Months: used.map((s) => ({
      who: used.length > 1 ? (s === "transportasi" ? "sektor transportasi" : "selain sektor transportasi") : null,
      discounted: rates[s].byMonth.filter((m) => m.pp50 === "applied").map((m) => m.month),
      switchedOff: rates[s].byMonth.filter((m) => m.pp50 === "switched-off").map((m) => m.month),
    })),
    otherChoiceTotal: other?.ok ? totalOf(other.rates, bySektor) : null,
    sumberDana: [...new Set(cohorts.map((c) => c.sumberDana))],
    kodeKegiatan: args.kodeKegiatan,
    kodeRekening: args.kodeRekening,
    goal: args.target,
    shortfall,
    shortfallCost: shortfall * costPerWorker(rates, "lainnya"),
  });

  const danaDesa = danaDesaRulesFor(args.year);
  if (danaDesa) notes.push(danaDesaNote(danaDesa));

  return {
    ok: true,
    ...(danaDesa ? { danaDesa } : {}),
    year: args.year,
    from,
    to,
    workers: args.workers,
    transportWorkers: bySektor.transportasi,
    months: args.months,
    level,
    perWorkerMonthly: perWorkerMonthly(rates.lainnya.periods),
    ...(bySektor.transportasi > 0 ? { perWorkerMonthlyTransport: perWorkerMonthly(rates.transportasi.periods) } : {}),
    total,
    terbilang: terbilang(total),
    lines,
    monthlyCashNeed,
    target: { goal: args.target, reached: args.workers, shortfall },
    pp50: { switchedOn: args.pp50, discountedMonths, switchedOffMonths },
    rulesApplied: [...rulesApplied.values()],
    notes,
    assumptions: { ...args, transportWorkers: bySektor.transportasi },
  };
}
