import { z } from "zod";
import { findOverlaps, type DatedRule } from "./dated-rule";

/**
 * The shape and the invariants of the BPU rates table (rate-table.ts). The table is parsed with this schema
 * when its module loads, so a bad edit (an overlap, a band out of order, a rate that would produce a
 * fraction of a rupiah) fails every test that touches contributions instead of producing a wrong budget.
 */

export const BPU_PROGRAMS = ["JKK", "JKM", "JHT"] as const;
export type BpuProgram = (typeof BPU_PROGRAMS)[number];

/** PP 50/2025 treats transport-sector BPU (ojol, sopir, kurir) differently from all other BPU. */
export const SEKTOR = ["transportasi", "lainnya"] as const;
export type Sektor = (typeof SEKTOR)[number];

const confidenceSchema = z.enum(["CONFIRMED", "SECONDARY", "UNCONFIRMED"]);
export const yearMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Bulan harus berbentuk TTTT-BB, mis. 2026-04");
const rupiahSchema = z.number().int("Rupiah harus bilangan bulat").nonnegative();
/** Percentages as basis points (1% = 100) so that every computation stays in integers. */
const basisPointsSchema = z.number().int("Persen ditulis dalam basis poin bulat (1% = 100)").min(1).max(10_000);

export const datedRuleShape = {
  id: z.string().regex(/^[A-Z0-9_]+$/, "id ditulis HURUF_BESAR_DAN_GARIS_BAWAH"),
  berlaku_mulai: yearMonthSchema,
  berlaku_sampai: yearMonthSchema.nullable(),
  source: z.string().min(10, "Sumber hukum wajib diisi"),
  confidence: confidenceSchema,
};

const incomeLevelSchema = z.object({
  /** 1-based level number as in Lampiran II. */
  level: z.number().int().min(1),
  /** Lowest declared income in the band (inclusive); the band ends where the next level starts. */
  bandMin: rupiahSchema,
  /** The nominal income the percentages are applied to ("dasar penghasilan"). */
  dasarPenghasilan: rupiahSchema.positive(),
  bandConfidence: confidenceSchema,
  dasarConfidence: confidenceSchema,
});

const incomeEditionSchema = z.object({
  ...datedRuleShape,
  /** Highest declared income the table accepts; above it the caller must decide (never a silent clamp). */
  ceiling: rupiahSchema,
  ceilingConfidence: confidenceSchema,
  levels: z.array(incomeLevelSchema).min(1),
});

const bpuRateSchema = z.discriminatedUnion("kind", [
  z.object({ ...datedRuleShape, program: z.enum(BPU_PROGRAMS), kind: z.literal("percent"), rateBp: basisPointsSchema }),
  z.object({ ...datedRuleShape, program: z.enum(BPU_PROGRAMS), kind: z.literal("flat"), amount: rupiahSchema.positive() }),
]);

const discountSchema = z.object({
  ...datedRuleShape,
  /** Short name of the regulation, used in RAB uraian and notes: "PP 50/2025". */
  regulation: z.string().min(1),
  sektor: z.enum(SEKTOR),
  programs: z.array(z.enum(BPU_PROGRAMS)).min(1),
  /** Share of the normal contribution that is waived: 5000 = 50%. */
  discountBp: basisPointsSchema,
});

export type IncomeLevelRow = z.infer<typeof incomeLevelSchema>;
export type IncomeEdition = z.infer<typeof incomeEditionSchema>;
export type BpuRateRule = z.infer<typeof bpuRateSchema>;
export type DiscountRule = z.infer<typeof discountSchema>;

/** Integer-exact share of an amount in basis points; null when the result would have a fraction of a rupiah. */
export function exactShare(amount: number, bp: number): number | null {
  const product = amount * bp;
  return product % 10_000 === 0 ? product / 10_000 : null;
}

type Issue = { message: string; path: (string | number)[] };

function checkPeriods(rules: ReadonlyArray<DatedRule>, path: string): Issue[] {
  return rules.flatMap((rule, i) =>
    rule.berlaku_sampai !== null && rule.berlaku_sampai < rule.berlaku_mulai
      ? [{ message: `${rule.id}: berlaku_sampai ${rule.berlaku_sampai} sebelum berlaku_mulai ${rule.berlaku_mulai}`, path: [path, i, "berlaku_sampai"] }]
      : [],
  );
}

function checkOverlaps<T extends DatedRule>(rules: ReadonlyArray<T>, keyOf: (rule: T) => string, path: string): Issue[] {
  return findOverlaps(rules, keyOf).map((o) => ({
    message: `Periode berlaku tumpang tindih untuk ${o.key}: ${o.first} dan ${o.second}`,
    path: [path],
  }));
}

function checkEdition(edition: IncomeEdition, index: number): Issue[] {
  const issues: Issue[] = [];
  const at = (i: number, field: string) => ["incomeEditions", index, "levels", i, field];
  edition.levels.forEach((row, i) => {
    if (row.level !== i + 1) issues.push({ message: `${edition.id}: tingkat ke-${i + 1} bernomor ${row.level}`, path: at(i, "level") });
    const next = edition.levels[i + 1];
    const bandMax = next ? next.bandMin - 1 : edition.ceiling;
    if (row.bandMin > bandMax) issues.push({ message: `${edition.id} tingkat ${row.level}: batas bawah tidak naik`, path: at(i, "bandMin") });
    // The nominal base lies inside its own band (true of every row of Lampiran II as known).
    if (row.dasarPenghasilan < row.bandMin || row.dasarPenghasilan > bandMax) {
      issues.push({ message: `${edition.id} tingkat ${row.level}: dasar penghasilan di luar rentangnya`, path: at(i, "dasarPenghasilan") });
    }
  });
  return issues;
}

/** Every rate and discount must give whole rupiah for every level: BPJS bills have no fractions. */
function checkIntegerResults(table: { incomeEditions: IncomeEdition[]; bpuRates: BpuRateRule[]; discounts: DiscountRule[] }): Issue[] {
  const issues: Issue[] = [];
  const bases = table.incomeEditions.flatMap((e) => e.levels.map((l) => l.dasarPenghasilan));
  const amountsByProgram = new Map<string, number[]>();
  for (const rule of table.bpuRates) {
    const amounts = rule.kind === "flat" ? [rule.amount] : bases.map((base) => exactShare(base, rule.rateBp));
    if (amounts.some((a) => a === null)) {
      issues.push({ message: `${rule.id}: tarif menghasilkan pecahan rupiah pada salah satu tingkat penghasilan`, path: ["bpuRates"] });
    }
    const known = amountsByProgram.get(rule.program) ?? [];
    amountsByProgram.set(rule.program, known.concat(amounts.filter((a): a is number => a !== null)));
  }
  for (const discount of table.discounts) {
    for (const program of discount.programs) {
      if ((amountsByProgram.get(program) ?? []).some((a) => exactShare(a, discount.discountBp) === null)) {
        issues.push({ message: `${discount.id}: potongan menghasilkan pecahan rupiah untuk ${program}`, path: ["discounts"] });
      }
    }
  }
  return issues;
}

export const rateTableSchema = z
  .object({
    incomeEditions: z.array(incomeEditionSchema).min(1),
    bpuRates: z.array(bpuRateSchema).min(1),
    discounts: z.array(discountSchema),
  })
  .superRefine((table, ctx) => {
    const all: DatedRule[] = [...table.incomeEditions, ...table.bpuRates, ...table.discounts];
    const seen = new Set<string>();
    const issues: Issue[] = [
      ...checkPeriods(table.incomeEditions, "incomeEditions"),
      ...checkPeriods(table.bpuRates, "bpuRates"),
      ...checkPeriods(table.discounts, "discounts"),
      ...checkOverlaps(table.incomeEditions, () => "Lampiran II", "incomeEditions"),
      ...checkOverlaps(table.bpuRates, (r) => r.program, "bpuRates"),
      ...checkOverlaps(table.discounts, (r) => `sektor ${r.sektor}`, "discounts"),
      ...table.incomeEditions.flatMap(checkEdition),
      ...checkIntegerResults(table),
    ];
    for (const rule of all) {
      if (seen.has(rule.id)) issues.push({ message: `id ganda: ${rule.id}`, path: [] });
      seen.add(rule.id);
    }
    for (const program of ["JKK", "JKM", "JHT"] as const) {
      if (!table.bpuRates.some((r) => r.program === program)) issues.push({ message: `Tidak ada tarif ${program}`, path: ["bpuRates"] });
    }
    for (const issue of issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
  });

export type RateTableInput = z.input<typeof rateTableSchema>;
export type RateTable = z.output<typeof rateTableSchema>;

/**
 * Parses a rates table and throws with every broken invariant listed. Used at module load for the
 * built-in table, and by tests to show that a bad edit is caught.
 */
export function parseRateTable(input: unknown): RateTable {
  const result = rateTableSchema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `- ${i.path.join(".") || "(tabel)"}: ${i.message}`);
    throw new Error(`Tabel tarif iuran BPU tidak sah:\n${lines.join("\n")}`);
  }
  return result.data;
}
