import type { CheckedWorker } from "../check/check-workers";

/** One printed sheet's share of the list: a dusun, an RT, or the whole list. */
export interface ReportGroup {
  /** "Dusun Sukamaju", "RW 002 RT 001", "Semua baris", "Tanpa dusun". */
  readonly label: string;
  readonly workers: readonly CheckedWorker[];
}

/**
 * The list cut the way it is handed out: by dusun when the table has a dusun column, else by RT (with its
 * RW) when it has an RT column, else one group. Rows without a dusun (or RT) are a group of their own, last.
 * Spellings that differ only in case or spacing ("Sukamaju", "SUKAMAJU ") are one dusun, labelled as first written.
 */
export function reportGroups(workers: readonly CheckedWorker[], columns: { readonly dusun: boolean; readonly rt: boolean }): ReportGroup[] {
  if (!columns.dusun && !columns.rt) return [{ label: "Semua baris", workers }];
  const groups = new Map<string, { label: string; workers: CheckedWorker[] }>();
  const missing: CheckedWorker[] = [];
  for (const w of workers) {
    const named = columns.dusun ? dusunLabel(w.dusun) : rtLabel(w.rt, w.rw);
    if (named === undefined) {
      missing.push(w);
      continue;
    }
    const key = named.toLowerCase();
    const group = groups.get(key);
    if (group) group.workers.push(w);
    else groups.set(key, { label: named, workers: [w] });
  }
  const sorted = [...groups.values()].sort((a, b) => a.label.localeCompare(b.label, "id", { numeric: true, sensitivity: "base" }));
  if (missing.length > 0) sorted.push({ label: columns.dusun ? "Tanpa dusun" : "Tanpa RT", workers: missing });
  return sorted;
}

function dusunLabel(dusun: string | undefined): string | undefined {
  const name = dusun?.replace(/\s+/g, " ").trim();
  if (!name) return undefined;
  // "Sukamaju" and "Dusun Sukamaju" are the same dusun; the label always says "Dusun".
  return /^(dusun|dukuh|banjar|lingkungan|jorong|kampung)\b/i.test(name) ? name : `Dusun ${name}`;
}

function rtLabel(rt: string | undefined, rw: string | undefined): string | undefined {
  const r = number3(rt);
  if (r === undefined) return undefined;
  const w = number3(rw);
  return w === undefined ? `RT ${r}` : `RW ${w} RT ${r}`;
}

/** "1", "01", "RT 1" -> "001", as RT/RW numbers are written on forms; other text is kept as typed. */
function number3(value: string | undefined): string | undefined {
  const t = value?.replace(/^(rt|rw)\.?\s*/i, "").trim();
  if (!t) return undefined;
  return /^\d{1,3}$/.test(t) ? t.padStart(3, "0") : t;
}

/**
 * Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ], not starting or ending
 * with an apostrophe, unique ignoring case, and never "History" (Excel keeps it for itself).
 */
export function sheetNames(labels: readonly string[], reserved: readonly string[] = []): string[] {
  const used = new Set(reserved.map((r) => r.toLowerCase()));
  return labels.map((label) => {
    const base = label.replace(/[:\\/?*[\]]/g, " ").replace(/\s+/g, " ").replace(/^'+|'+$/g, "").trim().slice(0, 31) || "Lembar";
    let name = base.toLowerCase() === "history" ? `${base} 1` : base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = base.slice(0, 31 - suffix.length) + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}
