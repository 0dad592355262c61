import { budgetForWorkers, budgetHeadCount, computeBudget, type BudgetHeadCount, type BudgetOptions, type BudgetResult } from "../../domain/anggaran";
import type { CheckResult } from "../../domain/check/check-workers";
import type { PaneSettings } from "../session/pane-settings";

/** Who the budget pays for, and where the count came from (shown to the secretary). */
export interface BudgetWorkers extends BudgetHeadCount {
  readonly source: "check" | "typed";
}

/** The head-count of a check, counted by the domain's budgetHeadCount (the same as the CLI's `anggaran`). */
export function workersFromCheck(result: CheckResult, pp50: boolean): BudgetWorkers {
  return { ...budgetHeadCount(result.workers, pp50), source: "check" };
}

/** The domain's budget options from the pane's settings (stored in the workbook): the same names, no copying field by field. */
export function budgetOptionsFrom(settings: PaneSettings): BudgetOptions {
  return { ...settings.budget, year: settings.check.tahun };
}

/**
 * The Anggaran tab's budget: from the last check through the domain's budgetForWorkers (the call the CLI makes),
 * or from a head-count typed while no list has been checked.
 */
export function paneBudget(settings: PaneSettings, check: CheckResult | undefined, typedWorkers: number): BudgetResult {
  const options = budgetOptionsFrom(settings);
  return check ? budgetForWorkers(check.workers, options) : computeBudget({ ...options, workers: typedWorkers });
}
