import { formatPersen, formatRupiah } from "../format";
import type { AppliedRule } from "./applied-rule";
import { ruleInEffect } from "./dated-rule";
import { incomeLevelOrLowest, type IncomeLevel } from "./income-level";
import type { IncomeNote, IncomeProblem } from "./income-problem";
import { IURAN_PARAMETERS } from "./iuran-parameters";
import { BPU_RATE_TABLE } from "./rate-table";
import { exactShare, type BpuProgram, type BpuRateRule, type DiscountRule, type RateTable, type Sektor } from "./rate-table-schema";
import { monthLabel, parseYearMonth, periodLabel, type YearMonth } from "./year-month";

export interface ContributionInput {
  /** Contribution month, "YYYY-MM". */
  readonly month: YearMonth;
  /** Declared monthly income in whole rupiah; mapped to its Lampiran II level. */
  readonly declaredIncome: number;
  /** Add the optional JHT (2%). Default false: the programme funds JKK + JKM. */
  readonly withJht?: boolean;
  /** Apply the PP 50/2025 discount where it is in force. Default: IURAN_PARAMETERS.pp50 (off). */
  readonly pp50?: boolean;
  /** The worker is in the transport sector, which has a longer PP 50/2025 period. Default false. */
  readonly transport?: boolean;
}

/**
 * What PP 50/2025 did to this month: "applied" (discounted), "switched-off" (a discount is in force
 * for the month but the village's switch is off) or "outside-period" (no discount in force).
 */
export type Pp50Status = "applied" | "switched-off" | "outside-period";

/** One worker's contribution for one month, in whole rupiah. */
export interface MonthlyContribution {
  readonly month: YearMonth;
  readonly level: IncomeLevel;
  readonly jkk: number;
  readonly jkm: number;
  /** 0 when JHT is not taken. */
  readonly jht: number;
  readonly total: number;
  readonly discounted: boolean;
  readonly pp50: Pp50Status;
  /** The discount in force for the month and the worker's sector, applied or not (see `pp50`). */
  readonly discountInForce: DiscountRule | null;
  readonly rulesApplied: ReadonlyArray<AppliedRule>;
  /** Present when the declared income is below the lowest level and was priced at it (an info, never a stop). */
  readonly incomeNote?: IncomeNote;
}

export type ContributionResult =
  | ({ readonly ok: true } & MonthlyContribution)
  | { readonly ok: false; readonly problem: IncomeProblem };

/** @throws RangeError (Indonesian message) for a month before the program's first rate. */
function rateFor(program: BpuProgram, month: YearMonth, table: RateTable): BpuRateRule {
  const rule = ruleInEffect(
    table.bpuRates.filter((r) => r.program === program),
    month,
  );
  if (!rule) throw new RangeError(`Tidak ada tarif iuran ${program} peserta BPU yang berlaku untuk ${monthLabel(month)}.`);
  return rule;
}

function share(amount: number, bp: number, ruleId: string): number {
  const result = exactShare(amount, bp);
  // Unreachable for a table that passed the schema, which checks every level against every rate.
  if (result === null) throw new Error(`${ruleId} menghasilkan pecahan rupiah dari ${amount}`);
  return result;
}

function applyRate(rule: BpuRateRule, level: IncomeLevel): { amount: number; applied: AppliedRule } {
  const amount = rule.kind === "flat" ? rule.amount : share(level.dasarPenghasilan, rule.rateBp, rule.id);
  const detail =
    rule.kind === "flat"
      ? `${rule.program} ${formatRupiah(amount)} per bulan`
      : `${rule.program} ${formatPersen(rule.rateBp)} × ${formatRupiah(level.dasarPenghasilan)} = ${formatRupiah(amount)}`;
  return { amount, applied: { id: rule.id, source: rule.source, confidence: rule.confidence, detail } };
}

function discountFor(sektor: Sektor, month: YearMonth, table: RateTable): DiscountRule | undefined {
  return ruleInEffect(
    table.discounts.filter((d) => d.sektor === sektor),
    month,
  );
}

/**
 * One worker's BPU contribution for one month: JKK 1% of the Lampiran II base, JKM Rp 6.800, optional
 * JHT 2%, less the PP 50/2025 discount when the switch is on and the month is in the discount period.
 * An income below the lowest level is priced at that level, with `incomeNote` saying so (many pekerja
 * rentan earn less than Rp 1.000.000); an income above the highest level or an unusable number comes
 * back as `{ ok: false, problem }`.
 * @throws RangeError (Indonesian message) for a malformed month or one before PP 44/2015 took effect.
 */
export function contributionForMonth(input: ContributionInput, table: RateTable = BPU_RATE_TABLE): ContributionResult {
  parseYearMonth(input.month); // throws the Indonesian RangeError for a malformed month
  const { month } = input;
  const found = incomeLevelOrLowest(input.declaredIncome, month, table);
  if (!found.ok) return { ok: false, problem: found.problem };
  const { level, note } = found;

  const programs: BpuProgram[] = input.withJht ? ["JKK", "JKM", "JHT"] : ["JKK", "JKM"];
  const amounts: Record<BpuProgram, number> = { JKK: 0, JKM: 0, JHT: 0 };
  const rulesApplied: AppliedRule[] = [
    {
      id: level.editionId,
      source: level.source,
      confidence: level.dasarConfidence,
      detail: `Tingkat ${level.level}: penghasilan ${formatRupiah(level.bandMin)}–${formatRupiah(level.bandMax)}, dasar ${formatRupiah(level.dasarPenghasilan)}`,
    },
  ];
  for (const program of programs) {
    const { amount, applied } = applyRate(rateFor(program, month, table), level);
    amounts[program] = amount;
    rulesApplied.push(applied);
  }

  const sektor: Sektor = input.transport ? "transportasi" : "lainnya";
  const discount = discountFor(sektor, month, table);
  const switchOn = input.pp50 ?? IURAN_PARAMETERS.pp50.value;
  const pp50: Pp50Status = !discount ? "outside-period" : switchOn ? "applied" : "switched-off";
  if (discount && switchOn) {
    const parts: string[] = [];
    for (const program of discount.programs.filter((p) => programs.includes(p))) {
      const before = amounts[program];
      amounts[program] = before - share(before, discount.discountBp, discount.id);
      parts.push(`${program} ${formatRupiah(before)} → ${formatRupiah(amounts[program])}`);
    }
    rulesApplied.push({
      id: discount.id,
      source: discount.source,
      confidence: discount.confidence,
      detail:
        `Diskon ${formatPersen(discount.discountBp)} ${discount.regulation} sektor ${sektor} ` +
        `(iuran ${periodLabel(discount.berlaku_mulai, discount.berlaku_sampai ?? month)}): ` +
        parts.join(", "),
    });
  }

  return {
    ok: true,
    month,
    level,
    jkk: amounts.JKK,
    jkm: amounts.JKM,
    jht: amounts.JHT,
    total: amounts.JKK + amounts.JKM + amounts.JHT,
    discounted: pp50 === "applied",
    pp50,
    discountInForce: discount ?? null,
    rulesApplied,
    ...(note ? { incomeNote: note } : {}),
  };
}
