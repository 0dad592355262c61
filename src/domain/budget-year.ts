/**
 * The budget years every face accepts (Tahun Anggaran). The lower edge is the first year BPJS
 * Ketenagakerjaan ran JKK and JKM under PP 44/2015 (July 2015); the upper edge only catches typing slips.
 * One constant, so the CLI's --tahun, the pane's fields, the DESA.* formulas and the settings agree.
 */
export const BUDGET_YEAR = { min: 2015, max: 2100 } as const;

/** "Tahun anggaran harus 2015–2100", with the bounds above. */
export const BUDGET_YEAR_RANGE_TEXT = `${BUDGET_YEAR.min}–${BUDGET_YEAR.max}`;

export function isBudgetYear(year: number): boolean {
  return Number.isInteger(year) && year >= BUDGET_YEAR.min && year <= BUDGET_YEAR.max;
}
