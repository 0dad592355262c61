import { BPU_RATE_TABLE, type RateTable } from "../iuran";
import { computeBudget, type BudgetResult } from "./budget";
import type { BudgetOptions } from "./budget-input";
import { isTransportOccupation } from "./transport-occupation";

/** What the budget needs to know of a checked row. */
export interface BudgetedWorker {
  /** No error-level finding: the row can be registered, so it is paid for. */
  readonly eligible: boolean;
  readonly pekerjaan?: string;
}

/** Who the budget pays for. */
export interface BudgetHeadCount {
  readonly workers: number;
  /** Counted only with the PP 50/2025 switch on, where the transport sector is priced apart. */
  readonly transportWorkers: number;
}

/**
 * The head-count of a checked list: rows without an error-level finding, and among them the transport-sector
 * occupations when PP 50/2025 is applied (their discount runs January 2026–March 2027, the others' April–December 2026).
 */
export function budgetHeadCount(workers: ReadonlyArray<BudgetedWorker>, pp50: boolean | undefined): BudgetHeadCount {
  const eligible = workers.filter((worker) => worker.eligible);
  return {
    workers: eligible.length,
    transportWorkers: pp50 ? eligible.filter((worker) => isTransportOccupation(worker.pekerjaan)).length : 0,
  };
}

/**
 * The budget of a checked list: the one function every face calls (CLI `anggaran` and `gabung`, the pane's
 * Anggaran tab and its RAB sheet), so the same list and the same options give the same lines and total everywhere.
 */
export function budgetForWorkers(workers: ReadonlyArray<BudgetedWorker>, options: BudgetOptions, table: RateTable = BPU_RATE_TABLE): BudgetResult {
  return computeBudget({ ...options, ...budgetHeadCount(workers, options.pp50) }, table);
}
