import type { CheckedWorker, CheckResult } from "../../domain/check/check-workers";
import { isConfirmedMatch, type DtksStatus } from "../../domain/dtks/dtks-match";

export interface Bar {
  readonly label: string;
  readonly count: number;
}

/** One chart's data: bars largest first (fixed order for categories that have one), and their total. */
export interface Breakdown {
  readonly bars: ReadonlyArray<Bar>;
  readonly total: number;
}

export interface CheckSummaryCharts {
  /** Workers counted: rows without an error-level finding, the ones that can be enrolled. */
  readonly eligible: number;
  /** Rows left out because of an error, to be fixed in Periksa. */
  readonly excluded: number;
  readonly byOccupation: Breakdown;
  readonly bySex: Breakdown;
  readonly byDusun: Breakdown;
  readonly byDtks: Breakdown;
  /** False when no DTKS extract was used: every worker is "belum dicocokkan". */
  readonly dtksChecked: boolean;
}

export const NOT_FILLED = "(tidak diisi)";

/** A category of a fixed breakdown; `always` shows it with no worker in it (the other ones only appear when used). */
interface Category<K> {
  readonly key: K;
  readonly label: string;
  readonly always?: boolean;
}

const SEX_CATEGORIES: ReadonlyArray<Category<CheckedWorker["sex"]>> = [
  { key: "L", label: "Laki-laki", always: true },
  { key: "P", label: "Perempuan", always: true },
  { key: undefined, label: "Tidak diketahui" },
];

/** A worker's DTKS standing as the chart groups it: only a NIK match under the same name is "terdaftar". */
type DtksStanding = "terdaftar" | "nama-berbeda" | "cocok-nama" | "kk-keluarga" | "tidak-ditemukan" | "belum";

function standing(status: DtksStatus): DtksStanding {
  if (isConfirmedMatch(status)) return "terdaftar";
  switch (status.status) {
    case "found":
      return "nama-berbeda";
    case "found-by-kk":
    case "found-by-name":
      return "cocok-nama";
    case "found-by-family":
      return "kk-keluarga";
    case "not-found":
      return "tidak-ditemukan";
    case "not-checked":
      return "belum";
  }
}

const DTKS_CATEGORIES: ReadonlyArray<Category<DtksStanding>> = [
  { key: "terdaftar", label: "Terdaftar di DTKS", always: true },
  { key: "nama-berbeda", label: "NIK atas nama lain (periksa)" },
  { key: "cocok-nama", label: "Cocok lewat nama/KK (periksa)" },
  { key: "kk-keluarga", label: "KK ada di DTSEN" },
  { key: "tidak-ditemukan", label: "Tidak ditemukan", always: true },
  { key: "belum", label: "Belum dicocokkan" },
];

/**
 * The Ringkasan tab's figures from a check: the workers that can be enrolled, broken down by occupation,
 * sex, dusun and DTKS standing. Free-text columns (pekerjaan, dusun) are grouped ignoring case and spacing,
 * shown as first written, and cut to the `maxBars - 1` largest plus "Lainnya (n)", n the number of other categories, so a chart stays readable in
 * a 350 px pane.
 */
export function summariseCheck(result: CheckResult, maxBars = 8): CheckSummaryCharts {
  const eligible = result.workers.filter((worker) => worker.eligible);
  const dtksChecked = result.workers.some((w) => w.dtks.status !== "not-checked");
  return {
    eligible: eligible.length,
    excluded: result.workers.length - eligible.length,
    byOccupation: freeTextBreakdown(eligible.map((w) => w.pekerjaan), maxBars),
    bySex: fixedBreakdown(eligible.map((w) => w.sex), SEX_CATEGORIES),
    byDusun: freeTextBreakdown(eligible.map((w) => dusunName(w.dusun)), maxBars),
    // Before any extract is used, "found: 0" would read as a finding; only "not matched yet" is shown.
    byDtks: fixedBreakdown(eligible.map((w) => standing(w.dtks)), dtksChecked ? DTKS_CATEGORIES : DTKS_CATEGORIES.map((c) => ({ ...c, always: false }))),
    dtksChecked,
  };
}

/** "Dusun Parit Raya" and "DUSUN parit raya" are the same dusun, shown as "Parit Raya". */
function dusunName(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const stripped = value.replace(/^dusun\s+/i, "").trim();
  return stripped === "" ? value : stripped;
}

function freeTextBreakdown(values: ReadonlyArray<string | undefined>, maxBars: number): Breakdown {
  const groups = new Map<string, { label: string; count: number }>();
  for (const value of values) {
    const label = value?.trim() ? value.trim() : NOT_FILLED;
    const key = label.toLowerCase().replace(/\s+/g, " ");
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { label, count: 1 });
  }
  const sorted = [...groups.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "id"));
  if (sorted.length <= maxBars) return { bars: sorted, total: values.length };
  const shown = sorted.slice(0, maxBars - 1);
  const rest = sorted.slice(maxBars - 1);
  return {
    bars: [...shown, { label: `Lainnya (${rest.length})`, count: rest.reduce((sum, g) => sum + g.count, 0) }],
    total: values.length,
  };
}

function fixedBreakdown<K>(values: ReadonlyArray<K>, categories: ReadonlyArray<Category<K>>): Breakdown {
  const bars = categories
    .map((category) => ({ label: category.label, count: values.filter((value) => value === category.key).length, always: category.always }))
    .filter((bar) => bar.count > 0 || bar.always)
    .map(({ label, count }) => ({ label, count }));
  return { bars, total: values.length };
}
