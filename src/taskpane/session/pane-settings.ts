import { z } from "zod";
import { BUDGET_BOUNDS, BUDGET_DEFAULTS, SUMBER_DANA_KODE } from "../../domain/anggaran";
import { defaultSettings } from "../../domain/rules/rule-parameters";
import { settingsSchema } from "../../domain/settings";

/** The key under which the village's settings live in the workbook (they travel with the file). */
export const SETTINGS_KEY = "pekerjaRentan.pengaturan";

/**
 * Everything the secretary sets in the pane: the checks' settings (domain `Settings`), the budget's
 * inputs, and the export template. Stored as one JSON value in the workbook's settings.
 */
export const paneSettingsSchema = z.object({
  check: settingsSchema,
  /** Village name for titles, from the region picker. */
  namaDesa: z.string().optional(),
  /**
   * The budget options in the domain's names and bounds (BUDGET_BOUNDS). The codes are stored as typed:
   * the domain's schema checks them and the Anggaran tab shows its message beside the field.
   */
  budget: z.object({
    startMonth: z.number().int().min(BUDGET_BOUNDS.startMonth.min).max(BUDGET_BOUNDS.startMonth.max),
    months: z.number().int().min(BUDGET_BOUNDS.months.min).max(BUDGET_BOUNDS.months.max),
    withJht: z.boolean(),
    pp50: z.boolean(),
    declaredIncome: z.number().int().min(BUDGET_BOUNDS.declaredIncome.min).max(BUDGET_BOUNDS.declaredIncome.max),
    sumberDana: z.enum(SUMBER_DANA_KODE),
    kodeKegiatan: z.string(),
    kodeRekening: z.string(),
    target: z.number().int().min(BUDGET_BOUNDS.target.min).max(BUDGET_BOUNDS.target.max),
  }),
  /** Export template id (see src/domain/ekspor/templat). */
  templat: z.string(),
});

export type PaneSettings = z.infer<typeof paneSettingsSchema>;

export function defaultPaneSettings(year = new Date().getFullYear()): PaneSettings {
  return {
    check: defaultSettings(year),
    budget: {
      startMonth: BUDGET_DEFAULTS.startMonth,
      months: BUDGET_DEFAULTS.months,
      withJht: BUDGET_DEFAULTS.withJht,
      pp50: BUDGET_DEFAULTS.pp50,
      declaredIncome: BUDGET_DEFAULTS.declaredIncome,
      sumberDana: BUDGET_DEFAULTS.sumberDana,
      kodeKegiatan: BUDGET_DEFAULTS.kodeKegiatan,
      kodeRekening: BUDGET_DEFAULTS.kodeRekening,
      target: BUDGET_DEFAULTS.target,
    },
    templat: "bpu-kolektif",
  };
}

/**
 * Settings read from a workbook: what parses is kept, a damaged or older value falls back to the
 * defaults field by field, and the caller is told so it can say it in Indonesian.
 */
export function readPaneSettings(stored: unknown): { settings: PaneSettings; repaired: boolean } {
  const defaults = defaultPaneSettings();
  if (stored === undefined || stored === null) return { settings: defaults, repaired: false };
  const value = typeof stored === "string" ? safeJson(stored) : stored;
  const merged = mergeDeep(defaults, value);
  const parsed = paneSettingsSchema.safeParse(merged);
  return parsed.success ? { settings: parsed.data, repaired: false } : { settings: defaults, repaired: true };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function mergeDeep<T>(base: T, patch: unknown): T {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch)) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) {
    const b = out[k];
    out[k] = typeof b === "object" && b !== null && !Array.isArray(b) ? mergeDeep(b, v) : v;
  }
  return out as T;
}
