import { z } from "zod";
import { findOverlaps, ruleInEffect } from "./dated-rule";
import { datedRuleShape } from "./rate-table-schema";
import type { YearMonth } from "./year-month";

/**
 * Penerima Upah (wage-earner) rates, for reference only (domain-bpjs.md §4): kepala desa and perangkat
 * desa are usually PU and are budgeted under kegiatan 1.1.03, not on the pekerja-rentan sheet, but the
 * task pane explains the difference. Percentages in basis points (1% = 100).
 */

const PU_SOURCE_RATES =
  "PP 44/2015 Lampiran I jo. PP 82/2019 (JKK, JKM); PP 46/2015 (JHT); PP 45/2015 (JP); dikutip Tribun Makassar 8 Sep 2020, " +
  "fame.grid.id, dan artikel BPJS Ketenagakerjaan 18913";

const riskClassSchema = z.object({
  ...datedRuleShape,
  kelompok: z.number().int().min(1).max(5),
  label: z.string().min(1),
  employerBp: z.number().int().positive(),
});

const splitRateSchema = z.object({
  ...datedRuleShape,
  program: z.enum(["JKM", "JHT", "JP"]),
  employerBp: z.number().int().nonnegative(),
  workerBp: z.number().int().nonnegative(),
});

const wageCeilingSchema = z.object({ ...datedRuleShape, ceiling: z.number().int().positive() });

const puTableSchema = z
  .object({
    jkkRiskClasses: z.array(riskClassSchema).length(5),
    rates: z.array(splitRateSchema),
    jpWageCeilings: z.array(wageCeilingSchema).min(1),
  })
  .superRefine((t, ctx) => {
    const overlaps = [
      ...findOverlaps(t.jkkRiskClasses, (r) => `kelompok ${r.kelompok}`),
      ...findOverlaps(t.rates, (r) => r.program),
      ...findOverlaps(t.jpWageCeilings, () => "plafon JP"),
    ];
    for (const o of overlaps) {
      ctx.addIssue({ code: "custom", message: `Periode berlaku tumpang tindih untuk ${o.key}: ${o.first} dan ${o.second}` });
    }
  });

export type PuReferenceRates = z.output<typeof puTableSchema>;

const SINCE_2015 = "2015-07";

/** JP ceilings change every March (PP 45/2015 Pasal 29), so each row ends the February after it starts. */
export const PU_REFERENCE_RATES: PuReferenceRates = puTableSchema.parse({
  jkkRiskClasses: [
    [1, "Tingkat risiko sangat rendah", 24],
    [2, "Tingkat risiko rendah", 54],
    [3, "Tingkat risiko sedang", 89],
    [4, "Tingkat risiko tinggi", 127],
    [5, "Tingkat risiko sangat tinggi", 174],
  ].map(([kelompok, label, employerBp]) => ({
    id: `PU_JKK_KELOMPOK_${kelompok}`,
    kelompok,
    label,
    employerBp,
    berlaku_mulai: SINCE_2015,
    berlaku_sampai: null,
    source: PU_SOURCE_RATES,
    confidence: "CONFIRMED",
  })),
  rates: [
    { id: "PU_JKM", program: "JKM", employerBp: 30, workerBp: 0 },
    { id: "PU_JHT", program: "JHT", employerBp: 370, workerBp: 200 },
    { id: "PU_JP", program: "JP", employerBp: 200, workerBp: 100 },
  ].map((r) => ({ ...r, berlaku_mulai: SINCE_2015, berlaku_sampai: null, source: PU_SOURCE_RATES, confidence: "CONFIRMED" })),
  jpWageCeilings: [
    {
      id: "JP_PLAFON_2023",
      ceiling: 9_559_600,
      berlaku_mulai: "2023-03",
      berlaku_sampai: "2024-02",
      source: "PP 45/2015 Pasal 29; suaraindonesia.co.id (advertorial BPJS)",
      confidence: "CONFIRMED",
    },
    {
      id: "JP_PLAFON_2024",
      ceiling: 10_042_300,
      berlaku_mulai: "2024-03",
      berlaku_sampai: "2025-02",
      source: "PP 45/2015 Pasal 29 (pertumbuhan PDB 2023 5,05%); suaraindonesia.co.id; tanjungpinang.pikiran-rakyat.com",
      confidence: "CONFIRMED",
    },
    {
      id: "JP_PLAFON_2025",
      ceiling: 10_547_400,
      berlaku_mulai: "2025-03",
      berlaku_sampai: "2026-02",
      source: "PP 45/2015 Pasal 29; beberapa kode penggajian publik (satu berita menulis Rp 10.547.000); 10.042.300 × 1,0503 ≈ 10.547.427",
      confidence: "SECONDARY",
    },
    {
      id: "JP_PLAFON_2026",
      ceiling: 11_086_300,
      berlaku_mulai: "2026-03",
      berlaku_sampai: "2027-02",
      source: "Satu kode pajak/penggajian publik mengutip Surat BPJS TK B/1226/022026; belum diverifikasi dengan pengumuman BPJS",
      confidence: "SECONDARY",
    },
  ],
});

/** The JP wage ceiling for a month, or undefined when no ceiling is recorded (before March 2023, or a year not yet announced). */
export function jpWageCeiling(month: YearMonth): PuReferenceRates["jpWageCeilings"][number] | undefined {
  return ruleInEffect(PU_REFERENCE_RATES.jpWageCeilings, month);
}
