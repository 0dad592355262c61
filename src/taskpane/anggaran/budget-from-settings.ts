import { isTransportOccupation, type BudgetInput } from "../../domain/anggaran";
import type { CheckResult } from "../../domain/check/check-workers";
import type { PaneSettings } from "../session/pane-settings";

/** Who the budget pays for, and where the count came from (shown to the secretary). */
export interface BudgetWorkers {
  readonly workers: number;
  /** Counted only with the PP 50/2025 switch on, where the transport sector is priced apart. */
  readonly transportWorkers: number;
  readonly source: "check" | "typed";
}

/**
 * The workers of a check as the CLI's `anggaran` counts them: rows without an error-level finding, and
 * among them the transport-sector occupations when PP 50/2025 is applied. The same file then gives the
 * same total in the pane and on the command line.
 */
export function workersFromCheck(result: CheckResult, pp50: boolean): BudgetWorkers {
  const eligible = result.workers.filter((worker) => worker.eligible);
  return {
    workers: eligible.length,
    transportWorkers: pp50 ? eligible.filter((worker) => isTransportOccupation(worker.pekerjaan)).length : 0,
    source: "check",
  };
}

/** The domain's budget input from the pane's settings (stored in the workbook) and the workers. */
export function budgetInputFrom(settings: PaneSettings, workers: BudgetWorkers): BudgetInput {
  const { budget } = settings;
  return {
    year: settings.check.tahun,
    workers: workers.workers,
    transportWorkers: workers.transportWorkers,
    startMonth: budget.startMonth,
    months: budget.months,
    withJht: budget.withJht,
    declaredIncome: budget.declaredIncome,
    pp50: budget.pp50,
    sumberDana: budget.sumberDana,
    kodeKegiatan: budget.kodeKegiatan,
    kodeRekening: budget.kodeRekening,
    target: budget.target,
  };
}
