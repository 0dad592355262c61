import type { RatePeriod, YearMonth } from "../iuran";

/** One worker's monthly contribution over part of a budget. */
export interface PeriodAmount {
  readonly from: YearMonth;
  readonly to: YearMonth;
  readonly months: number;
  readonly amount: number;
}

/** A plain number while one price holds for every month (the usual case), else one entry per rate period. */
export function perWorkerMonthly(periods: ReadonlyArray<RatePeriod>): number | PeriodAmount[] {
  if (periods.length === 1) return periods[0].total;
  return periods.map((p) => ({ from: p.from, to: p.to, months: p.months, amount: p.total }));
}
