import type { Confidence } from "../confidence";
import type { YearMonth } from "./year-month";

/**
 * A row of a regulation table: what it says lives in the subtype; when it holds, where it comes from and
 * how sure we are live here. `berlaku_mulai` / `berlaku_sampai` are contribution months, both included;
 * `berlaku_sampai: null` means "until a newer rule is entered". The two names are Indonesian, as the rules
 * are shown to the village (Pengaturan tab), kept verbatim so what it reads and the code say the same.
 */
export interface DatedRule {
  /** Stable identifier, reported in `rulesApplied`; never renamed once published. */
  readonly id: string;
  readonly berlaku_mulai: YearMonth;
  readonly berlaku_sampai: YearMonth | null;
  /** Legal source and, for anything not CONFIRMED, where the figure was read. Indonesian: shown to users. */
  readonly source: string;
  readonly confidence: Confidence;
}

export function isInEffect(rule: DatedRule, month: YearMonth): boolean {
  return rule.berlaku_mulai <= month && (rule.berlaku_sampai === null || month <= rule.berlaku_sampai);
}

/** The rule in effect in `month`, if any. Tables are checked for overlaps at load, so there is at most one. */
export function ruleInEffect<T extends DatedRule>(rules: ReadonlyArray<T>, month: YearMonth): T | undefined {
  return rules.find((rule) => isInEffect(rule, month));
}

export interface PeriodOverlap {
  readonly key: string;
  readonly first: string;
  readonly second: string;
}

/**
 * Pairs of rules with the same key (e.g. the same program) whose periods share at least one month.
 * Two rates in force for the same month would make the result depend on table order: a bad edit.
 */
export function findOverlaps<T extends DatedRule>(rules: ReadonlyArray<T>, keyOf: (rule: T) => string): PeriodOverlap[] {
  const overlaps: PeriodOverlap[] = [];
  for (let i = 0; i < rules.length; i++) {
    for (let j = i + 1; j < rules.length; j++) {
      const a = rules[i];
      const b = rules[j];
      if (keyOf(a) !== keyOf(b)) continue;
      const aEndsBeforeB = a.berlaku_sampai !== null && a.berlaku_sampai < b.berlaku_mulai;
      const bEndsBeforeA = b.berlaku_sampai !== null && b.berlaku_sampai < a.berlaku_mulai;
      if (!aEndsBeforeB && !bEndsBeforeA) overlaps.push({ key: keyOf(a), first: a.id, second: b.id });
    }
  }
  return overlaps;
}
