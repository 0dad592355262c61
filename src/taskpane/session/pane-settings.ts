import { z } from "zod";
import { SUMBER_DANA_KODE } from "../../domain/anggaran";
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
  budget: z.object({
    startMonth: z.number().int().min(1).max(12),
    months: z.number().int().min(1).max(60),
    withJht: z.boolean(),
    pp50: z.boolean(),
    declaredIncome: z.number().int().min(0),
    sumberDana: z.enum(SUMBER_DANA_KODE),
    kodeKegiatan: z.string(),
    kodeRekening: z.string(),
    target: z.number().int().min(1),
  }),
  /** Export template id (see src/domain/ekspor/templat). */
  templat: z.string(),
});

export type PaneSettings = z.infer<typeof paneSettingsSchema>;

export function defaultPaneSettings(year = new Date().getFullYear()): PaneSettings {
  return {
    check: defaultSettings(year),
    budget: {
      startMonth: 1,
      months: 12,
      withJht: false,
      pp50: false,
      declaredIncome: 1_000_000,
      sumberDana: "ADD",
      kodeKegiatan: "3.1.90",
      kodeRekening: "5.2.7.90",
      target: 100,
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
