import type { FindingCode, Severity } from "../finding";
import type { IncomeLevel } from "./income-level";

/**
 * A declared income the rates table cannot price. Shaped like a Finding without a row, so that the
 * worker-sheet check can report it on the row and the budget can show it as is. `nearestLevel` is what
 * the secretary may choose instead; the calculation never substitutes it by itself.
 */
export interface IncomeProblem {
  readonly code: Extract<FindingCode, "INCOME_INVALID" | "INCOME_OUT_OF_RANGE">;
  readonly kind: "invalid" | "below-minimum" | "above-maximum";
  readonly field: "penghasilan";
  readonly severity: Extract<Severity, "error">;
  /** Bahasa Indonesia: what is wrong and what to enter instead. */
  readonly message: string;
  readonly declaredIncome: number;
  readonly nearestLevel?: IncomeLevel;
}

/**
 * A declared income below the lowest level, priced at that level (`incomeLevelOrLowest`). Many pekerja
 * rentan earn less than Rp 1.000.000; the note says so on the row, it never stops the calculation.
 */
export interface IncomeNote {
  readonly code: Extract<FindingCode, "INCOME_OUT_OF_RANGE">;
  readonly kind: "below-minimum";
  readonly field: "penghasilan";
  readonly severity: Extract<Severity, "info">;
  /** Bahasa Indonesia: the declared income and the level the contribution is computed on. */
  readonly message: string;
  readonly declaredIncome: number;
}
