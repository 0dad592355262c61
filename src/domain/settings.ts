import { z } from "zod";
import { BUDGET_YEAR } from "./budget-year";
import { DESIL_SOURCES } from "./dtks/desil";

/**
 * What a village can set. Every default that rests on an UNCONFIRMED fact names its source in
 * `rules/rule-parameters.ts`; this schema only says what shape the settings have, so that settings
 * stored in a workbook or passed on the command line are checked before use.
 */
export const settingsSchema = z.object({
  /** Budget year: ages are computed on its 1 January. */
  tahun: z.number().int().min(BUDGET_YEAR.min).max(BUDGET_YEAR.max),
  /** Kemendagri village code, e.g. "61.11.01.2001"; enables NIK_REGION_OUTSIDE. */
  kodeDesa: z
    .string()
    .regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, "Kode desa harus berbentuk 00.00.00.0000, mis. 61.11.01.2001")
    .optional(),
  usiaMinimal: z.number().int().min(0).max(120),
  usiaMaksimal: z.number().int().min(0).max(120),
  /** Highest DTSEN desil still counted as the programme's target (desil 1 = poorest). */
  desilMaksimal: z.number().int().min(1).max(10),
  /** Which DTSEN ranking the threshold is applied to (national, provincial or regency desil). */
  desilSumber: z.enum(DESIL_SOURCES),
  /** 0..1: below this similarity the DTKS name is reported as different. */
  ambangKemiripanNama: z.number().min(0).max(1),
});

export type Settings = z.infer<typeof settingsSchema>;
