import type { CheckedWorker } from "../check/check-workers";
import { groupThousands } from "../format/group-thousands";
import { nikBirthDate, parseNikDigits } from "../nik/nik-parts";
import type { Settings } from "../settings";
import { ageOn, type CalendarDate } from "../values/calendar-date";
import { desilOf, type PersonDesil } from "./desil";
import type { DtksIndex } from "./dtks-index";
import type { DtksRecord } from "./dtks-record";
import { WAGE_EARNER_STATUSES } from "./work-status";

/** One resident of the extract proposed for the worker list. */
export interface Candidate {
  readonly record: DtksRecord;
  readonly desil?: PersonDesil;
  readonly birthDate: CalendarDate;
  readonly age: number;
}

/** Why residents of the extract were not proposed, counted. */
export interface CandidateExclusions {
  otherVillage: number;
  /** The extract gives villages, but not this person's (e.g. a member whose No. KK is not in the family file). */
  villageUnknown: number;
  onList: number;
  withoutNik: number;
  duplicateNik: number;
  ageUnknown: number;
  ageOutOfRange: number;
  desilAbove: number;
  desilUnknown: number;
  wageEarner: number;
  notWorking: number;
}

export type CandidateResult =
  | {
      readonly ok: true;
      /** Sorted by desil (poorest first; unknown last), then age (youngest first), then name. */
      readonly candidates: readonly Candidate[];
      /** How many more eligible workers the list needs to reach the target. */
      readonly needed: number;
      readonly target: number;
      readonly enrolled: number;
      /** How the village's residents were told apart: by the extract's village code, or all rows were taken. */
      readonly village: { readonly by: "kode" | "semua"; readonly code?: string };
      readonly excluded: Readonly<CandidateExclusions>;
      /** True when the extract has no desil column: candidates are not filtered by desil. */
      readonly withoutDesil: boolean;
    }
  /** The extract holds several villages and no village code was given. */
  | { readonly ok: false; readonly villages: ReadonlyArray<{ readonly code: string; readonly count: number }> };

export interface CandidateOptions {
  readonly settings: Settings;
  /** The checked worker list, when there is one: its people are not proposed again. */
  readonly workers?: readonly CheckedWorker[];
  readonly target: number;
}

/** "6104012014" from "61.04.01.2014" or "6104012014". */
function villageDigits(code: string): string {
  return code.replace(/\D/g, "");
}

/**
 * Residents of the extract who could join the village's BPU list: of working age under the age
 * settings, within the desil threshold, not employees by DTSEN's account, not shown as not working,
 * and not already on the worker list (by NIK, or as the person a damaged NIK was matched to).
 */
export function proposeCandidates(index: DtksIndex, options: CandidateOptions): CandidateResult {
  const { settings } = options;
  const on: CalendarDate = { year: settings.tahun, month: 1, day: 1 };
  // The family's domicile first: a member file's own code columns are the KTP address, which may be elsewhere.
  const codeOf = (r: DtksRecord) => r.family?.kodeDesa ?? r.kodeDesa;

  let wanted = settings.kodeDesa ? villageDigits(settings.kodeDesa) : undefined;
  const villages = new Map<string, number>();
  for (const record of index.persons) {
    const code = codeOf(record);
    if (code) villages.set(code, (villages.get(code) ?? 0) + 1);
  }
  if (!wanted && villages.size > 1) {
    return { ok: false, villages: [...villages].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count) };
  }
  if (!wanted && villages.size === 1) wanted = [...villages.keys()][0];
  const filterByVillage = wanted !== undefined && villages.size > 0;

  const listed = new Set<string>();
  const matched = new Set<DtksRecord>();
  let enrolled = 0;
  for (const worker of options.workers ?? []) {
    if (worker.eligible) enrolled++;
    if (worker.nik.status === "ok") listed.add(worker.nik.digits);
    const status = worker.dtks;
    if (status.status === "found" || status.status === "found-by-kk" || status.status === "found-by-name") matched.add(status.record);
  }

  const excluded: CandidateExclusions = {
    otherVillage: 0, villageUnknown: 0, onList: 0, withoutNik: 0, duplicateNik: 0, ageUnknown: 0, ageOutOfRange: 0, desilAbove: 0, desilUnknown: 0, wageEarner: 0, notWorking: 0,
  };
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const record of index.persons) {
    if (filterByVillage) {
      const code = codeOf(record);
      if (code !== wanted) {
        if (code === undefined) excluded.villageUnknown++;
        else excluded.otherVillage++;
        continue;
      }
    }
    if (!record.nik) {
      excluded.withoutNik++; // BPJS registers by NIK: a row without a usable one cannot be proposed
      continue;
    }
    if (listed.has(record.nik) || matched.has(record)) {
      excluded.onList++;
      continue;
    }
    if (seen.has(record.nik)) {
      excluded.duplicateNik++;
      continue;
    }
    seen.add(record.nik);
    const birthDate = record.tanggalLahir ?? birthFromNik(record.nik, on);
    if (!birthDate) {
      excluded.ageUnknown++;
      continue;
    }
    const age = ageOn(birthDate, on);
    if (age < settings.usiaMinimal || age > settings.usiaMaksimal) {
      excluded.ageOutOfRange++;
      continue;
    }
    const desil = desilOf(record, settings.desilSumber);
    if (index.hasDesil && !desil) {
      excluded.desilUnknown++;
      continue;
    }
    if (desil && desil.value > settings.desilMaksimal) {
      excluded.desilAbove++;
      continue;
    }
    if (record.pekerjaanUtama && WAGE_EARNER_STATUSES.has(record.pekerjaanUtama)) {
      excluded.wageEarner++;
      continue;
    }
    if (record.bekerja === false) {
      excluded.notWorking++;
      continue;
    }
    candidates.push({ record, desil, birthDate, age });
  }
  candidates.sort(
    (a, b) =>
      (a.desil?.value ?? 11) - (b.desil?.value ?? 11) || a.age - b.age || (a.record.nama ?? "").localeCompare(b.record.nama ?? "", "id") || a.record.row - b.record.row,
  );
  return {
    ok: true,
    candidates,
    needed: Math.max(0, options.target - enrolled),
    target: options.target,
    enrolled,
    village: filterByVillage ? { by: "kode", code: wanted } : { by: "semua" },
    excluded,
    withoutDesil: !index.hasDesil,
  };
}

function birthFromNik(nik: string, on: CalendarDate): CalendarDate | undefined {
  const parsed = parseNikDigits(nik);
  return parsed.ok ? nikBirthDate(parsed.parts, on) : undefined;
}

const EXCLUSION_LABELS: Readonly<Record<keyof CandidateExclusions, string>> = {
  otherVillage: "warga desa lain",
  villageUnknown: "desanya tidak diketahui",
  onList: "sudah ada di daftar pekerja",
  withoutNik: "tanpa NIK 16 digit",
  duplicateNik: "NIK tercantum dua kali",
  ageUnknown: "tanggal lahir tidak diketahui",
  ageOutOfRange: "di luar batas usia",
  desilAbove: "desil di atas batas",
  desilUnknown: "desil tidak diketahui",
  wageEarner: "penerima upah menurut DTSEN",
  notWorking: "tidak bekerja menurut DTSEN",
};

/** "tidak diusulkan: 120 di luar batas usia, 30 desil di atas batas, …" (only the non-zero counts). */
export function describeExclusions(excluded: Readonly<CandidateExclusions>): string {
  const parts = (Object.keys(EXCLUSION_LABELS) as Array<keyof CandidateExclusions>)
    .filter((key) => excluded[key] > 0)
    .map((key) => `${groupThousands(excluded[key])} ${EXCLUSION_LABELS[key]}`);
  return parts.length ? `Tidak diusulkan: ${parts.join(", ")}.` : "";
}
