import type { CheckResult, CheckSummary } from "../../domain/check/check-workers";
import { rejectionLabel } from "../../domain/ekspor/rejection-labels";
import type { Finding, FindingCode, Severity } from "../../domain/finding";
import { GLOSSARY, SEVERITY_LABELS as GLOSSARY_SEVERITY_LABELS } from "../../domain/format/glossary";
import { groupThousands } from "../../domain/format/group-thousands";

export const SEVERITIES: ReadonlyArray<Severity> = ["error", "warning", "info"];
/** The glossary's words, so the pane names a severity as the CLI and the findings report do. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = GLOSSARY_SEVERITY_LABELS;

/** Findings that say the NIK itself is unusable: nothing else the NIK is compared with can be judged. */
const NIK_BROKEN: ReadonlySet<FindingCode> = new Set<FindingCode>(["NIK_MISSING", "NIK_FORMAT", "NIK_PRECISION_LOST", "NIK_DATE_INVALID", "NIK_SERIAL_ZERO"]);

/** True when the row's NIK is unusable: its DTKS lookup by NIK says nothing until the NIK is fixed. */
export function hasBrokenNik(worker: { readonly findings: ReadonlyArray<Pick<Finding, "code">> }): boolean {
  return worker.findings.some((f) => NIK_BROKEN.has(f.code));
}

/**
 * Findings that follow from the NIK (its date, sex and region digits, the DTKS lookup by NIK). On a row
 * whose NIK is broken they are noise ("tidak ditemukan di DTKS" for a NIK with 15 digits), so they are
 * folded under the NIK's finding instead of counted in their own groups.
 */
function followsFromNik(code: FindingCode): boolean {
  return code.startsWith("DTKS_") || code === "NIK_DOB_MISMATCH" || code === "NIK_SEX_MISMATCH" || code === "NIK_REGION_UNKNOWN" || code === "NIK_REGION_OUTSIDE" || code === "NIK_DUPLICATE";
}

/** One finding as listed: the worker's name, and what was folded under it. */
export interface ProblemItem {
  readonly finding: Finding;
  readonly name?: string;
  /** Findings of the same row that wait for this one to be fixed (see `followsFromNik`). */
  readonly folded: ReadonlyArray<Finding>;
}

/** All findings of one problem (code), top to bottom: "Tidak ditemukan di DTKS (18)". */
export interface ProblemGroup {
  readonly code: FindingCode;
  readonly title: string;
  readonly severity: Severity;
  readonly items: ReadonlyArray<ProblemItem>;
}

/** What the list is narrowed to; an absent key means "all". */
export interface FindingFilter {
  readonly severity?: Severity;
  readonly field?: Finding["field"];
  readonly code?: FindingCode;
}

export interface ProblemView {
  readonly groups: ReadonlyArray<ProblemGroup>;
  /** Every listed finding, row by row: what "Berikutnya" steps through. */
  readonly steps: ReadonlyArray<ProblemItem>;
  /** Counts before the filter, for the filter's choices (folded findings are not counted). */
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly byField: ReadonlyMap<Finding["field"], number>;
}

/**
 * The findings grouped by problem, most serious first and then the biggest groups, with the rows whose
 * NIK is broken carrying their dependent findings folded under the NIK's finding. One pass to index the
 * rows, one to group: 10,000 rows group in milliseconds.
 */
export function groupByProblem(result: Pick<CheckResult, "findings" | "workers">, filter: FindingFilter = {}): ProblemView {
  const names = new Map<number, string>();
  for (const worker of result.workers) if (worker.nama) names.set(worker.row, worker.nama);
  const brokenNikRows = new Set<number>();
  for (const f of result.findings) if (NIK_BROKEN.has(f.code)) brokenNikRows.add(f.row);

  const foldedByRow = new Map<number, Finding[]>();
  const listed: Finding[] = [];
  for (const f of result.findings) {
    if (brokenNikRows.has(f.row) && followsFromNik(f.code)) {
      const list = foldedByRow.get(f.row) ?? [];
      list.push(f);
      foldedByRow.set(f.row, list);
    } else listed.push(f);
  }

  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byField = new Map<Finding["field"], number>();
  const groups = new Map<FindingCode, { code: FindingCode; title: string; severity: Severity; items: ProblemItem[] }>();
  const steps: ProblemItem[] = [];
  const foldedGiven = new Set<number>();
  for (const f of listed) {
    bySeverity[f.severity]++;
    byField.set(f.field, (byField.get(f.field) ?? 0) + 1);
    if (filter.severity && f.severity !== filter.severity) continue;
    if (filter.field && f.field !== filter.field) continue;
    if (filter.code && f.code !== filter.code) continue;
    // The folded findings go under the row's first broken-NIK finding only.
    const fold = NIK_BROKEN.has(f.code) && !foldedGiven.has(f.row) ? (foldedByRow.get(f.row) ?? []) : [];
    if (fold.length > 0) foldedGiven.add(f.row);
    const name = names.get(f.row);
    const item: ProblemItem = name === undefined ? { finding: f, folded: fold } : { finding: f, name, folded: fold };
    let group = groups.get(f.code);
    if (!group) {
      group = { code: f.code, title: rejectionLabel(f.code), severity: f.severity, items: [] };
      groups.set(f.code, group);
    }
    group.items.push(item);
    steps.push(item);
  }
  const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const sorted = [...groups.values()].sort((a, b) => order[a.severity] - order[b.severity] || b.items.length - a.items.length || a.title.localeCompare(b.title));
  for (const group of sorted) group.items.sort((a, b) => a.finding.row - b.finding.row);
  steps.sort((a, b) => a.finding.row - b.finding.row);
  return { groups: sorted, steps, bySeverity, byField };
}

/** "Tidak ditemukan di DTKS (18)". */
export function groupTitle(group: Pick<ProblemGroup, "title" | "items">): string {
  return `${group.title} (${groupThousands(group.items.length)})`;
}

/** "120 baris · 8 kesalahan · 27 peringatan · 112 siap didaftarkan". */
export function summaryLine(summary: Pick<CheckSummary, "rows" | "errors" | "warnings" | "eligible">): string {
  return [
    `${groupThousands(summary.rows)} baris`,
    `${groupThousands(summary.errors)} ${GLOSSARY.kesalahan}`,
    `${groupThousands(summary.warnings)} ${GLOSSARY.peringatan}`,
    `${groupThousands(summary.eligible)} ${GLOSSARY.siapDidaftarkan}`,
  ].join(" · ");
}
