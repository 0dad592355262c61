import type { CheckedWorker, DtksSummary } from "../../domain/check/check-workers";
import { isConfirmedMatch } from "../../domain/dtks/dtks-match";
import type { Finding } from "../../domain/finding";
import { hasBrokenNik } from "../periksa/finding-groups";

/** The counts of the DTKS matching, each a filter of the workers behind it. */
export type DtksFilter = "found" | "nameMismatch" | "foundByName" | "foundByFamily" | "notFound" | "nikInvalid" | "desilAbove" | "wageEarner" | "notChecked";

/**
 * The domain's counts with the workers whose NIK is unusable (15 digits, missing, a number that lost
 * digits) taken out of "tidak ditemukan": looked up by name only, their "not found" says nothing about
 * DTKS until the NIK is fixed, so they get a count of their own.
 */
export interface PaneDtksSummary extends DtksSummary {
  readonly nikInvalid: number;
}

export function paneDtksSummary(summary: DtksSummary, workers: readonly CheckedWorker[]): PaneDtksSummary {
  const nikInvalid = workers.filter(TESTS.nikInvalid).length;
  return { ...summary, notFound: summary.notFound - nikInvalid, nikInvalid };
}

export interface DtksCountLine {
  readonly filter: DtksFilter;
  readonly label: string;
  readonly count: number;
  /** Counts the secretary must look at (a suggestion, a mismatch, a worker outside the target). */
  readonly attention: boolean;
}

/** Which workers each count holds: the same tests `summariseDtks` counts with, so a list always has its count's length. */
const TESTS: Readonly<Record<DtksFilter, (worker: CheckedWorker) => boolean>> = {
  found: (w) => isConfirmedMatch(w.dtks),
  nameMismatch: (w) => w.dtks.status === "found" && w.dtks.nameMismatch,
  foundByName: (w) => w.dtks.status === "found-by-name" || w.dtks.status === "found-by-kk",
  foundByFamily: (w) => w.dtks.status === "found-by-family",
  notFound: (w) => w.dtks.status === "not-found" && !hasBrokenNik(w),
  nikInvalid: (w) => w.dtks.status === "not-found" && hasBrokenNik(w),
  desilAbove: (w) => w.findings.some((f) => f.code === "DTKS_DESIL_ABOVE"),
  wageEarner: (w) => w.findings.some((f) => f.code === "DTKS_WAGE_EARNER"),
  notChecked: (w) => w.dtks.status === "not-checked",
};

export function workersIn(workers: readonly CheckedWorker[], filter: DtksFilter): CheckedWorker[] {
  return workers.filter(TESTS[filter]);
}

/** The findings of the matching on one worker (DTKS_* codes): what the filtered list shows under the name. */
export function dtksFindings(worker: Pick<CheckedWorker, "findings">): Finding[] {
  return worker.findings.filter((f) => f.code.startsWith("DTKS_"));
}

/** "desil 1–4", "desil 1". */
export function desilRange(maksimal: number): string {
  return maksimal === 1 ? "desil 1" : `desil 1–${maksimal}`;
}

/**
 * The lines of the counts, as the pane lists them: the five every extract gives, then those that only
 * some extracts give (by KK family, wage earners) when they have someone, and "belum dicek" likewise.
 */
export function dtksCountLines(summary: PaneDtksSummary, desilMaksimal: number): DtksCountLine[] {
  const lines: DtksCountLine[] = [
    { filter: "found", label: "Ditemukan (NIK dan nama cocok)", count: summary.found, attention: false },
    { filter: "nameMismatch", label: "Nama berbeda (NIK atas nama lain)", count: summary.nameMismatch, attention: summary.nameMismatch > 0 },
    { filter: "foundByName", label: "Cocok lewat nama/KK (NIK tidak cocok)", count: summary.foundByName, attention: summary.foundByName > 0 },
    { filter: "foundByFamily", label: "Cocok lewat KK keluarga", count: summary.foundByFamily, attention: false },
    { filter: "notFound", label: "Tidak ditemukan (non-DTKS)", count: summary.notFound, attention: false },
    { filter: "nikInvalid", label: "NIK belum benar (dicocokkan lagi setelah diperbaiki)", count: summary.nikInvalid, attention: summary.nikInvalid > 0 },
    { filter: "desilAbove", label: `Di luar sasaran ${desilRange(desilMaksimal)}`, count: summary.desilAbove, attention: summary.desilAbove > 0 },
    { filter: "wageEarner", label: "Penerima upah menurut DTSEN", count: summary.wageEarner, attention: summary.wageEarner > 0 },
    { filter: "notChecked", label: "Belum dicek (NIK dan nama kosong)", count: summary.notChecked, attention: false },
  ];
  const always = new Set<DtksFilter>(["found", "nameMismatch", "foundByName", "notFound", "desilAbove"]);
  return lines.filter((line) => always.has(line.filter) || line.count > 0 || (line.filter === "foundByFamily" && summary.extractRows === 0 && summary.extractFamilies > 0));
}

/** "Nama berbeda: 3 pekerja" as the heading of a filtered list. */
export function filterHeading(line: Pick<DtksCountLine, "label" | "count">): string {
  return `${line.label.replace(/ \(.*\)$/, "")}: ${line.count} pekerja`;
}
