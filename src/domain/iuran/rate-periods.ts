import type { AppliedRule } from "./applied-rule";
import { contributionForMonth, type ContributionInput, type MonthlyContribution } from "./contribution";
import type { IncomeLevel } from "./income-level";
import type { IncomeNote, IncomeProblem } from "./income-problem";
import { BPU_RATE_TABLE } from "./rate-table";
import type { DiscountRule, RateTable } from "./rate-table-schema";
import { monthRange, type YearMonth } from "./year-month";

/** A run of consecutive months in which one worker's contribution is the same, computed the same way. */
export interface RatePeriod {
  readonly from: YearMonth;
  readonly to: YearMonth;
  readonly months: number;
  readonly level: IncomeLevel;
  readonly jkk: number;
  readonly jkm: number;
  readonly jht: number;
  readonly total: number;
  readonly discounted: boolean;
  /** The discount applied in this period, if any. */
  readonly discount: DiscountRule | null;
  readonly rulesApplied: ReadonlyArray<AppliedRule>;
}

export interface RatePeriodsInput extends Omit<ContributionInput, "month"> {
  /** First contribution month, "YYYY-MM". */
  readonly from: YearMonth;
  /** Number of months, at least 1. */
  readonly months: number;
}

export type RatePeriodsResult =
  | {
      readonly ok: true;
      readonly periods: ReadonlyArray<RatePeriod>;
      readonly byMonth: ReadonlyArray<MonthlyContribution>;
      /** The declared income was below the lowest level and every month is priced at it. */
      readonly incomeNote?: IncomeNote;
    }
  | { readonly ok: false; readonly problem: IncomeProblem };

function withoutOk({ ok: _ok, ...contribution }: { ok: true } & MonthlyContribution): MonthlyContribution {
  return contribution;
}

/** Same money from the same rules: a month whose discount is merely switched off joins its neighbours. */
function sameWay(a: MonthlyContribution, b: MonthlyContribution): boolean {
  return (
    a.jkk === b.jkk &&
    a.jkm === b.jkm &&
    a.jht === b.jht &&
    a.rulesApplied.map((r) => r.id).join("|") === b.rulesApplied.map((r) => r.id).join("|")
  );
}

/**
 * The rate periods over `months` months from `from`: one period while nothing changes, a new one at each
 * change (e.g. March 2026 full, April–December 2026 at half under PP 50/2025, January 2027 full again).
 * A budget writes one RAB row per period, because a Siskeudes row has one unit price.
 * @throws RangeError (Indonesian message) for a malformed month, months < 1, or a month before PP 44/2015.
 */
export function ratePeriods(input: RatePeriodsInput, table: RateTable = BPU_RATE_TABLE): RatePeriodsResult {
  if (!Number.isInteger(input.months) || input.months < 1) {
    throw new RangeError(`Jumlah bulan harus bilangan bulat minimal 1; diterima ${input.months}.`);
  }
  const byMonth: MonthlyContribution[] = [];
  for (const month of monthRange(input.from, input.months)) {
    const result = contributionForMonth({ ...input, month }, table);
    if (!result.ok) return { ok: false, problem: result.problem };
    byMonth.push(withoutOk(result));
  }
  const periods: RatePeriod[] = [];
  let start = 0;
  for (let i = 1; i <= byMonth.length; i++) {
    if (i < byMonth.length && sameWay(byMonth[start], byMonth[i])) continue;
    const first = byMonth[start];
    periods.push({
      from: first.month,
      to: byMonth[i - 1].month,
      months: i - start,
      level: first.level,
      jkk: first.jkk,
      jkm: first.jkm,
      jht: first.jht,
      total: first.total,
      discounted: first.discounted,
      discount: first.discounted ? first.discountInForce : null,
      rulesApplied: first.rulesApplied,
    });
    start = i;
  }
  const incomeNote = byMonth[0]?.incomeNote;
  return { ok: true, periods, byMonth, ...(incomeNote ? { incomeNote } : {}) };
}
