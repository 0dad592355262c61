import { z } from "zod";
import { BPU_RATE_TABLE, addMonths, yearMonth, type RateTable, type YearMonth } from "../iuran";
import { periodShape, toProblems, type BudgetProblem } from "./budget-input";
import { perWorkerMonthly, type PeriodAmount } from "./period-amount";
import { costPerWorker, priceSektors } from "./sektor-pricing";

export interface CoverageInput {
  /** Money available, whole rupiah. */
  readonly amount: number;
  readonly year: number;
  /** 1–12, default 1. */
  readonly startMonth?: number;
  /** Default 12; may run into the next year. */
  readonly months?: number;
  readonly withJht?: boolean;
  /** Default Rp 1.000.000. */
  readonly declaredIncome?: number;
  /** Default false (see IURAN_PARAMETERS.pp50). */
  readonly pp50?: boolean;
  /** Price the workers as transport sector (longer PP 50/2025 period). Default false. */
  readonly transport?: boolean;
}

export interface Coverage {
  readonly amount: number;
  readonly from: YearMonth;
  readonly to: YearMonth;
  readonly months: number;
  /** One worker for all the months. */
  readonly costPerWorker: number;
  /** Whole workers the amount pays for, for every month. */
  readonly workers: number;
  readonly used: number;
  readonly remainder: number;
  readonly perWorkerMonthly: number | ReadonlyArray<PeriodAmount>;
}

export type CoverageResult = ({ readonly ok: true } & Coverage) | { readonly ok: false; readonly problems: ReadonlyArray<BudgetProblem> };

const coverageInputSchema = z.object({
  ...periodShape,
  amount: z
    .number({ error: "Jumlah dana harus berupa angka" })
    .int("Jumlah dana harus bilangan bulat rupiah")
    .min(0, "Jumlah dana tidak boleh negatif")
    .max(Number.MAX_SAFE_INTEGER, "Jumlah dana terlalu besar"),
  transport: z.boolean({ error: "Pilihan sektor transportasi harus ya/tidak" }).default(false),
});

/**
 * How many whole workers an amount covers for every one of N months, and what is left over:
 * the question a village asks when the ADD ceiling is known before the head-count.
 */
export function coverage(input: CoverageInput, table: RateTable = BPU_RATE_TABLE): CoverageResult {
  const parsed = coverageInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: toProblems(parsed.error) };
  const args = parsed.data;
  const from = yearMonth(args.year, args.startMonth);
  const priced = priceSektors({ from, months: args.months, declaredIncome: args.declaredIncome, withJht: args.withJht, pp50: args.pp50 }, table);
  if (!priced.ok) return { ok: false, problems: priced.problems };
  const sektor = args.transport ? "transportasi" : "lainnya";
  const cost = costPerWorker(priced.rates, sektor);
  const workers = Math.floor(args.amount / cost);
  const used = workers * cost;
  return {
    ok: true,
    amount: args.amount,
    from,
    to: addMonths(from, args.months - 1),
    months: args.months,
    costPerWorker: cost,
    workers,
    used,
    remainder: args.amount - used,
    perWorkerMonthly: perWorkerMonthly(priced.rates[sektor].periods),
  };
}
