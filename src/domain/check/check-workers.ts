import { DtksIndex } from "../dtks/dtks-index";
import { type DtksStatus, isConfirmedMatch, matchDtks } from "../dtks/dtks-match";
import type { FieldName } from "../fields";
import { compareFindings, type Finding, type FindingCode, type Severity } from "../finding";
import { nikBirthDate } from "../nik/nik-parts";
import { ROW_RULES } from "../rules/row-rules";
import type { Settings } from "../settings";
import type { WorkerTable } from "../table/worker-table";
import type { CalendarDate } from "../values/calendar-date";
import { duplicateFindings } from "./duplicate-niks";
import { type ParsedRow, parseRow, type ResultSlots } from "./parsed-row";
import { RepeatedNikTable } from "./repeated-niks";
import { type DistrictInfo, NO_FINDINGS, type RegionLookup, type RuleContext } from "./rule-context";

/** A parsed row while the check fills in its results. */
type WorkerUnderCheck = ParsedRow & ResultSlots;

/** Without an extract every row has this status: one shared, unchangeable answer instead of one per row. */
const NOT_CHECKED: DtksStatus = Object.freeze({ status: "not-checked" });

export interface CheckOptions {
  readonly settings: Settings;
  readonly regions?: RegionLookup;
  readonly dtks?: DtksIndex;
  /** Called every few thousand rows so faces can show progress and yield to the UI. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A worker row after the check: its readings, what is wrong with it, and its DTKS standing. */
export interface CheckedWorker extends ParsedRow {
  readonly findings: readonly Finding[];
  readonly eligible: boolean;
  /** From the tanggal_lahir column, or else from the NIK. */
  readonly birthDate?: CalendarDate;
  /** From the jenis_kelamin column, or else from the NIK. */
  readonly sex?: "L" | "P";
  readonly dtks: DtksStatus;
}

export interface DtksSummary {
  /** People (person rows) in the extract. */
  readonly extractRows: number;
  /** Families of a family file. */
  readonly extractFamilies: number;
  /** NIK in the extract under the same name: the only matches counted as "terdaftar". */
  readonly found: number;
  /** Suggestions: by No. KK + name, or by name + birth date (the NIK is not the extract's). */
  readonly foundByName: number;
  /** Family file only: the worker's No. KK is a DTSEN family. */
  readonly foundByFamily: number;
  readonly notFound: number;
  /** NIK in the extract under another person's name (not counted in `found`). */
  readonly nameMismatch: number;
  readonly desilAbove: number;
  readonly wageEarner: number;
  readonly notChecked: number;
}

export interface CheckSummary {
  readonly rows: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Rows without an error-level finding: the workers that can be enrolled and budgeted. */
  readonly eligible: number;
  readonly excluded: number;
  readonly byCode: Readonly<Partial<Record<FindingCode, number>>>;
  readonly dtks?: DtksSummary;
}

export interface CheckResult {
  readonly workers: readonly CheckedWorker[];
  /** All findings, by row then severity. */
  readonly findings: readonly Finding[];
  readonly summary: CheckSummary;
}

/**
 * The whole check of one worker table: per-row rules, then what needs several rows (duplicates),
 * then DTKS. Pure: the same table and options always give the same result.
 */
export function checkWorkers(table: WorkerTable, options: CheckOptions): CheckResult {
  const { settings } = options;
  const referenceDate = { year: settings.tahun, month: 1, day: 1 };
  const context: RuleContext = {
    settings,
    referenceDate,
    regions: options.regions && rememberedLookups(options.regions),
    villageRegency: settings.kodeDesa?.replace(/\./g, "").slice(0, 4),
    hasColumn: (field: FieldName) => table.mapping[field] !== undefined,
  };

  const total = table.rows.length;
  const workers: WorkerUnderCheck[] = new Array(total);
  // Each row's findings when it has any, in row order: the result's list is gathered from here, and a
  // row is completed while the check holds it, so nothing visits all 100,000 rows a second time.
  const perRow: Array<Finding[] | undefined> = new Array(total);
  const niks = new RepeatedNikTable(total);
  let excluded = 0;
  for (let i = 0; i < total; i++) {
    const row = parseRow(table.rows[i]!, settings.tahun);
    const found = rowFindings(row, context);
    if (found !== undefined && found.length > 1) found.sort(compareFindings);
    perRow[i] = found;
    // The parsed row is ours, so it is completed in place, in the slots it was made with: copying
    // 100,000 rows of twenty fields each was the engine's largest cost. A row without findings (nearly
    // every row) shares one frozen empty list, and `add` gives it a list of its own.
    row.findings = found ?? NO_FINDINGS;
    row.eligible = found === undefined || !hasError(found);
    row.birthDate =
      row.tanggalLahir.status === "ok" ? row.tanggalLahir.date : row.nikParts ? nikBirthDate(row.nikParts, referenceDate) : undefined;
    row.sex = row.jenisKelamin.status === "ok" ? row.jenisKelamin.sex : row.nikParts?.sex;
    row.dtks = NOT_CHECKED;
    if (!row.eligible) excluded++;
    if (row.nik.status === "ok") niks.add(i, row.nik.digits);
    workers[i] = row;
    if (options.onProgress && i % 5000 === 4999) options.onProgress(i + 1, total);
  }

  // What needs several rows, then the extract: added to the rows they concern, in that order. Sorting a
  // row's list again after each addition gives the order one stable sort of the whole list gives.
  const add = (index: number, added: readonly Finding[]) => {
    const worker = workers[index]!;
    let list = perRow[index];
    if (list === undefined) worker.findings = perRow[index] = list = [];
    for (let k = 0; k < added.length; k++) list.push(added[k]!);
    if (list.length > 1) list.sort(compareFindings);
    if (worker.eligible && hasError(added)) {
      worker.eligible = false;
      excluded++;
    }
  };
  for (const [index, f] of duplicateFindings(workers, niks.repeated())) add(index, [f]);
  if (options.dtks) {
    for (let i = 0; i < total; i++) {
      const worker = workers[i]!;
      const match = matchDtks(worker, options.dtks, context);
      worker.dtks = match.status;
      if (match.findings.length) add(i, match.findings);
    }
  }
  options.onProgress?.(total, total);

  const findings: Finding[] = [];
  for (let i = 0; i < total; i++) {
    const own = perRow[i];
    if (own !== undefined) for (let k = 0; k < own.length; k++) findings.push(own[k]!);
  }
  // Every slot is filled now.
  const checked = workers as CheckedWorker[];
  return { workers: checked, findings, summary: summarise(checked, findings, excluded, options.dtks) };
}

/** Every row rule's findings, in rule order; undefined when no rule has anything to say. */
function rowFindings(row: ParsedRow, context: RuleContext): Finding[] | undefined {
  let found: Finding[] | undefined;
  for (let r = 0; r < ROW_RULES.length; r++) {
    const f = ROW_RULES[r]!(row, context);
    if (f.length === 0) continue;
    found ??= [];
    for (let k = 0; k < f.length; k++) found.push(f[k]!);
  }
  return found;
}

/**
 * The region list answers the same few kecamatan for a whole village: each code is looked up once
 * per check (a lookup strips dots and rebuilds the code, and ran for every row).
 */
function rememberedLookups(regions: RegionLookup): RegionLookup {
  const districts = new Map<string, DistrictInfo | undefined>();
  const regencies = new Map<string, object | undefined>();
  const regencyOf = regions.regencyOf?.bind(regions);
  // The code asked last, and its answer: rows of one kecamatan share one code string, so this is one comparison.
  let lastCode: string | undefined;
  let lastDistrict: DistrictInfo | undefined;
  return {
    lookupDistrict(code) {
      if (code === lastCode) return lastDistrict;
      if (districts.has(code)) lastDistrict = districts.get(code);
      else {
        lastDistrict = regions.lookupDistrict(code);
        districts.set(code, lastDistrict);
      }
      lastCode = code;
      return lastDistrict;
    },
    regencyOf: regencyOf && ((code) => {
      if (regencies.has(code)) return regencies.get(code);
      const found = regencyOf(code);
      regencies.set(code, found);
      return found;
    }),
  };
}

function hasError(findings: readonly Finding[]): boolean {
  for (const f of findings) if (f.severity === "error") return true;
  return false;
}

function summarise(workers: readonly CheckedWorker[], findings: readonly Finding[], excluded: number, dtks: DtksIndex | undefined): CheckSummary {
  const count: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byCode: Partial<Record<FindingCode, number>> = {};
  for (const f of findings) {
    count[f.severity]++;
    byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  }
  return {
    rows: workers.length,
    errors: count.error,
    warnings: count.warning,
    infos: count.info,
    eligible: workers.length - excluded,
    excluded,
    byCode,
    dtks: dtks ? summariseDtks(workers, dtks) : undefined,
  };
}

function summariseDtks(workers: readonly CheckedWorker[], dtks: DtksIndex): DtksSummary {
  let found = 0, foundByName = 0, foundByFamily = 0, notFound = 0, notChecked = 0, nameMismatch = 0, desilAbove = 0, wageEarner = 0;
  for (const w of workers) {
    const status = w.dtks.status;
    if (isConfirmedMatch(w.dtks)) found++;
    else if (status === "found") nameMismatch++;
    else if (status === "found-by-name" || status === "found-by-kk") foundByName++;
    else if (status === "found-by-family") foundByFamily++;
    else if (status === "not-found") notFound++;
    else notChecked++;
    if (w.findings.some((f) => f.code === "DTKS_DESIL_ABOVE")) desilAbove++;
    if (w.findings.some((f) => f.code === "DTKS_WAGE_EARNER")) wageEarner++;
  }
  return { extractRows: dtks.size, extractFamilies: dtks.familyCount, found, foundByName, foundByFamily, notFound, nameMismatch, desilAbove, wageEarner, notChecked };
}
