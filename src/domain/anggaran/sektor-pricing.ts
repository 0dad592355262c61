import { BPU_RATE_TABLE, ratePeriods, SEKTOR, type RatePeriodsResult, type RateTable, type Sektor, type YearMonth } from "../iuran";
import type { BudgetProblem } from "./budget-input";

export type SektorRates = Readonly<Record<Sektor, Extract<RatePeriodsResult, { ok: true }>>>;

export interface PricingArgs {
  readonly from: YearMonth;
  readonly months: number;
  readonly declaredIncome: number;
  readonly withJht: boolean;
  readonly pp50: boolean;
}

/**
 * One worker's rate periods over the budget months for each PP 50/2025 sector. Both are always priced
 * (it is cheap) so that a budget can mix sectors and a note can show the price of the other choice.
 * An income above Lampiran II's highest level or a month before PP 44/2015 becomes a problem on the input field.
 */
export function priceSektors(args: PricingArgs, table: RateTable = BPU_RATE_TABLE): { ok: true; rates: SektorRates } | { ok: false; problems: BudgetProblem[] } {
  const rates: Partial<Record<Sektor, Extract<RatePeriodsResult, { ok: true }>>> = {};
  for (const sektor of SEKTOR) {
    let result: RatePeriodsResult;
    try {
      result = ratePeriods({ ...args, transport: sektor === "transportasi" }, table);
    } catch (error) {
      // A RangeError here means no rate is in force for a budget month: the year is out of the table's reach.
      if (error instanceof RangeError) return { ok: false, problems: [{ field: "year", message: error.message }] };
      throw error;
    }
    if (!result.ok) return { ok: false, problems: [{ field: "declaredIncome", message: result.problem.message }] };
    rates[sektor] = result;
  }
  return { ok: true, rates: rates as SektorRates };
}

/** One worker's cost over all the months, for a sector. */
export function costPerWorker(rates: SektorRates, sektor: Sektor): number {
  return rates[sektor].byMonth.reduce((sum, m) => sum + m.total, 0);
}
