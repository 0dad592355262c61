export type { YearMonth } from "./year-month";
export { NAMA_BULAN, parseYearMonth, yearMonth, addMonths, monthsInclusive, monthRange, monthLabel, periodLabel } from "./year-month";
export type { DatedRule, PeriodOverlap } from "./dated-rule";
export { isInEffect, ruleInEffect, findOverlaps } from "./dated-rule";
export type { AppliedRule } from "./applied-rule";
export type {
  BpuProgram,
  Sektor,
  IncomeLevelRow,
  IncomeEdition,
  BpuRateRule,
  DiscountRule,
  RateTable,
  RateTableInput,
} from "./rate-table-schema";
export { BPU_PROGRAMS, SEKTOR, rateTableSchema, parseRateTable } from "./rate-table-schema";
export { BPU_RATE_TABLE } from "./rate-table";
export { IURAN_PARAMETERS } from "./iuran-parameters";
export type { IncomeNote, IncomeProblem } from "./income-problem";
export type { IncomeLevel, IncomeLevelResult, PricedIncomeLevel } from "./income-level";
export { incomeLevelFor, incomeLevelOrLowest, incomeLevels, incomeToPrice } from "./income-level";
export type { ContributionInput, ContributionResult, MonthlyContribution, Pp50Status } from "./contribution";
export { contributionForMonth } from "./contribution";
export type { RatePeriod, RatePeriodsInput, RatePeriodsResult } from "./rate-periods";
export { ratePeriods } from "./rate-periods";
