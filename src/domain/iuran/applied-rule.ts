import type { Confidence } from "../confidence";

/**
 * A rule that produced part of a result, so that every figure can be traced to its regulation and
 * its confidence ("results say which way they were computed"). `detail` is Indonesian and shows the
 * arithmetic, e.g. "JKK 1% × Rp 1.000.000 = Rp 10.000".
 */
export interface AppliedRule {
  readonly id: string;
  readonly source: string;
  readonly confidence: Confidence;
  readonly detail: string;
}
