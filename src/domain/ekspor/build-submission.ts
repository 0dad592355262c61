import type { CheckedWorker, CheckResult } from "../check/check-workers";
import { formatAngka, formatRupiah } from "../format";
import { addMonths, incomeLevelOrLowest, incomeLevels, periodLabel, yearMonth, type PricedIncomeLevel, type YearMonth } from "../iuran";
import type { IdReading } from "../nik/read-id-number";
import {
  SubmissionOptionsError,
  type BuiltExtraSheet,
  type EmptiedValue,
  type RejectedRow,
  type RejectionCode,
  type RejectionReason,
  type Submission,
  submissionOptionsSchema,
  type ResolvedSubmissionOptions,
  type SubmissionOptions,
  type SubmissionValue,
} from "./submission";
import { DEFAULT_FORMATS, SOURCES, type SourceKey, type SubmissionTemplate, type TemplateColumn, type TemplateValue } from "./template-schema";
import { formatDateAs, formatMonthAs, formatPhoneAs, formatProgramAs, formatRegionAs, formatSexAs } from "./value-formats";

/** A value that is there but cannot be used: the row is rejected if the column is required, else exported without it. */
class Unusable {
  constructor(
    readonly code: RejectionCode,
    readonly message: string,
  ) {}
}

type Cell = SubmissionValue | Unusable;
type WorkerGetter = (worker: CheckedWorker) => Cell;

interface ProgramValues {
  readonly year: number;
  readonly from: YearMonth;
  readonly to: YearMonth;
  readonly months: number;
  readonly programs: readonly string[];
  readonly kodeDesa?: string;
}

/** Sources whose value is money: an unusable value rejects the row whether or not the column is required. */
const MONEY_SOURCES: ReadonlySet<SourceKey> = new Set(["penghasilan", "dasar_penghasilan"]);

/**
 * The BPJS submission: one row per eligible worker in the template's columns, and every other row on the
 * rejected list with its reasons. A worker with an error-level finding is rejected with those findings; a
 * worker the template cannot fill (a required column left empty, an income above the rates table) is
 * rejected with that reason. An income below the lowest level is reported at that level (the contribution
 * is computed on it), as the worker check's info on the row says, and a note lists those rows. No row is
 * dropped without being listed. Pure.
 * @throws SubmissionOptionsError for options out of range or an option the template requires.
 */
export function buildSubmission(result: CheckResult, template: SubmissionTemplate, input: SubmissionOptions): Submission {
  const options = parseOptions(input);
  const program = programValues(template, options);
  const notes: string[] = [];
  const raisedIncome = new Set<number>();
  const workerColumns = template.columns.map((column) => compileColumn(column, program, options, notes, raisedIncome));

  const rows: SubmissionValue[][] = [];
  const sourceRows: number[] = [];
  const rejected: RejectedRow[] = [];
  const emptied: EmptiedValue[] = [];
  const nomorUrut = template.columns.map((c) => c.source === "nomor_urut");

  for (const worker of result.workers) {
    if (!worker.eligible) {
      const reasons = worker.findings.filter((f) => f.severity === "error").map((f) => ({ code: f.code, message: f.message }));
      rejected.push(rejectedRow(worker, reasons));
      continue;
    }
    const values: SubmissionValue[] = new Array(workerColumns.length);
    let reasons: RejectionReason[] | undefined;
    let rowEmptied: EmptiedValue[] | undefined;
    for (let c = 0; c < workerColumns.length; c++) {
      const { column, get } = workerColumns[c]!;
      const value = get(worker);
      if (value instanceof Unusable) {
        if (column.wajib || MONEY_SOURCES.has(column.source)) {
          (reasons ??= []).push({ code: value.code, message: `Kolom ${column.header}: ${value.message}` });
        } else {
          (rowEmptied ??= []).push({ row: worker.row, header: column.header, code: value.code, message: value.message });
        }
        values[c] = null;
      } else if (column.wajib && !nomorUrut[c] && (value === null || value === "")) {
        (reasons ??= []).push({ code: "REQUIRED_VALUE_MISSING", message: missingMessage(column, template) });
        values[c] = null;
      } else {
        values[c] = value;
      }
    }
    if (reasons) {
      rejected.push(rejectedRow(worker, reasons));
      continue;
    }
    if (rowEmptied) emptied.push(...rowEmptied);
    for (let c = 0; c < values.length; c++) {
      if (nomorUrut[c]) values[c] = template.columns[c]!.text ? String(rows.length + 1) : rows.length + 1;
    }
    rows.push(values);
    sourceRows.push(worker.row);
  }

  // Columns the template keeps only when the village collected them (nama ibu kandung is often not).
  const kept = template.columns.map((column, c) => !column.onlyIfPresent || rows.some((r) => r[c] !== null && r[c] !== ""));
  const columns = template.columns.filter((_, c) => kept[c]);
  const finalRows = kept.every(Boolean) ? rows : withoutColumns(rows, kept);

  const raisedRows = sourceRows.filter((row) => raisedIncome.has(row));
  if (raisedRows.length > 0) notes.push(raisedIncomeNote(raisedRows, program.from));

  if (template.maxRows !== undefined && finalRows.length > template.maxRows) {
    notes.push(
      `Templat ${template.name} menerima paling banyak ${formatAngka(template.maxRows)} baris per berkas; ` +
        `berkas ini berisi ${formatAngka(finalRows.length)} baris. Bagi daftar menjadi beberapa berkas sebelum diunggah.`,
    );
  }

  return {
    template,
    sheetName: template.sheetName,
    headerRow: template.headerRow,
    titleRows: template.titleRows,
    columns,
    headers: columns.map((c) => c.header),
    rows: finalRows,
    sourceRows,
    included: finalRows.length,
    rejected,
    rejectedByCode: countCodes(rejected),
    emptied,
    extraSheets: template.extraSheets.map((sheet): BuiltExtraSheet => ({
      name: sheet.name,
      position: sheet.position,
      rows: sheet.rows.map((row) => [row.label, textOf(programValue(row, program))] as const),
    })),
    period: { from: program.from, to: program.to, months: program.months },
    program: formatProgramAs(program.programs, "JKK+JKM"),
    declaredIncome: options.declaredIncome,
    notes,
  };
}

/** `rows` with only the `kept` columns, each row shortened where it is: 100,000 new rows would be garbage at once. */
function withoutColumns(rows: SubmissionValue[][], kept: readonly boolean[]): SubmissionValue[][] {
  for (const row of rows) {
    let to = 0;
    for (let c = 0; c < row.length; c++) if (kept[c]) row[to++] = row[c]!;
    row.length = to;
  }
  return rows;
}

/** The options through the one schema; what it refuses is a SubmissionOptionsError naming each field. */
function parseOptions(input: SubmissionOptions): ResolvedSubmissionOptions {
  const parsed = submissionOptionsSchema.safeParse(input);
  if (!parsed.success) throw new SubmissionOptionsError(`${parsed.error.issues.map((issue) => issue.message).join("; ")}.`);
  return parsed.data;
}

function programValues(template: SubmissionTemplate, options: ResolvedSubmissionOptions): ProgramValues {
  const { year, startMonth, months, kodeDesa } = options;
  const needsRegion = template.columns.find((c) => c.source === "kode_wilayah" && c.wajib);
  if (needsRegion && kodeDesa === undefined) {
    throw new SubmissionOptionsError(
      `Templat ${template.name} mewajibkan kolom ${needsRegion.header} (kode wilayah). Sebutkan kode desa, mis. --desa 61.04.01.2014.`,
    );
  }
  const from = yearMonth(year, startMonth);
  return {
    year,
    from,
    to: addMonths(from, months - 1),
    months,
    programs: options.withJht ? ["JKK", "JKM", "JHT"] : ["JKK", "JKM"],
    kodeDesa,
  };
}

function compileColumn(
  column: TemplateColumn,
  program: ProgramValues,
  options: ResolvedSubmissionOptions,
  notes: string[],
  raisedIncome: Set<number>,
): { column: TemplateColumn; get: WorkerGetter } {
  const format = column.format ?? DEFAULT_FORMATS[column.source] ?? "";
  if (SOURCES[column.source].level === "program") {
    if (column.source === "kode_wilayah" && program.kodeDesa === undefined) {
      notes.push(`Kolom ${column.header} (kode wilayah) dibiarkan kosong karena kode desa tidak disebutkan (--desa).`);
    }
    const constant = programValue(column, program);
    const value = column.text || typeof constant !== "number" ? textOrNull(constant) : constant;
    return { column, get: () => value };
  }
  const get = workerGetter(column.source, format, program, options, raisedIncome);
  if (column.text && SOURCES[column.source].numeric) {
    return {
      column,
      get: (w) => {
        const v = get(w);
        return typeof v === "number" ? String(v) : v;
      },
    };
  }
  return { column, get };
}

/** `raisedIncome` collects the rows whose income is below the lowest level and is reported at it. */
function workerGetter(source: SourceKey, format: string, program: ProgramValues, options: ResolvedSubmissionOptions, raisedIncome: Set<number>): WorkerGetter {
  switch (source) {
    case "nik":
      return (w) => idValue(w.nik, "NIK");
    case "no_kk":
      return (w) => idValue(w.kk, "No. KK");
    case "nama":
      return (w) => w.nama ?? null;
    case "nama_kapital":
      return (w) => (w.nama === undefined ? null : w.nama.toUpperCase());
    case "tempat_lahir":
      return (w) => w.tempatLahir ?? null;
    case "tanggal_lahir": {
      // One spelling per distinct day: a few thousand birthdays among 100,000 workers, and the same text
      // each time is also one shared string for the writer, looked up without reading it again.
      const spelled = new Map<number, string>();
      return (w) => {
        const d = w.birthDate;
        if (!d) return null;
        const key = d.year * 10_000 + d.month * 100 + d.day;
        let text = spelled.get(key);
        if (text === undefined) spelled.set(key, (text = formatDateAs(d, format)));
        return text;
      };
    }
    case "jenis_kelamin":
      return (w) => (w.sex ? formatSexAs(w.sex, format) : null);
    case "nama_ibu":
      return (w) => w.namaIbu ?? null;
    case "alamat":
      return (w) => w.alamat ?? null;
    case "alamat_lengkap":
      return fullAddress();
    case "rt":
      return (w) => w.rt ?? null;
    case "rw":
      return (w) => w.rw ?? null;
    case "dusun":
      return (w) => w.dusun ?? null;
    case "desa":
      return (w) => w.desa ?? null;
    case "email":
      return (w) => w.email ?? null;
    case "pekerjaan":
      return (w) => w.pekerjaan ?? null;
    case "no_hp":
      return (w) => {
        const r = w.noHp;
        if (r.status === "ok") return formatPhoneAs(r.phone, format);
        if (r.status === "invalid") return new Unusable("PHONE_INVALID", `No. HP "${r.shown}" tidak dapat dipakai: ${r.reason}.`);
        return null;
      };
    case "penghasilan":
    case "dasar_penghasilan": {
      const levelOf = pricedIncomes(program.from);
      return (w) => {
        const r = w.penghasilan;
        if (r.status === "invalid") {
          return new Unusable("INCOME_INVALID", `penghasilan "${r.shown}" bukan angka rupiah. Tulis mis. 1000000, atau kosongkan untuk memakai bawaan ${formatRupiah(options.declaredIncome)}.`);
        }
        const amount = r.status === "ok" ? r.amount : options.declaredIncome;
        const found = levelOf(amount);
        if (!found.ok) return new Unusable(found.problem.code, found.problem.message);
        if (found.note) raisedIncome.add(w.row);
        if (source === "dasar_penghasilan") return found.level.dasarPenghasilan;
        return found.note ? found.level.bandMin : amount;
      };
    }
    // Filled after the row is accepted, so the numbering has no gaps.
    case "nomor_urut":
      return () => null;
    default:
      // Programme-level sources never reach here (compileColumn handles them).
      return () => null;
  }
}

/** One lookup per distinct amount: 100,000 rows usually declare a handful of incomes. */
function pricedIncomes(month: YearMonth): (amount: number) => PricedIncomeLevel {
  const cache = new Map<number, PricedIncomeLevel>();
  return (amount) => {
    let found = cache.get(amount);
    if (!found) cache.set(amount, (found = incomeLevelOrLowest(amount, month)));
    return found;
  };
}

/** "2 baris berpenghasilan di bawah …: baris 5, 9." (at most 20 rows named). */
function raisedIncomeNote(rows: readonly number[], month: YearMonth): string {
  const amount = formatRupiah(incomeLevels(month)[0]!.bandMin);
  const shown = rows.slice(0, 20).join(", ") + (rows.length > 20 ? `, dan ${formatAngka(rows.length - 20)} baris lain` : "");
  return (
    `${formatAngka(rows.length)} baris berpenghasilan di bawah ${amount} dilaporkan pada tingkat terendah Lampiran II PP 44/2015 ` +
    `(${amount}); iurannya dihitung dari ${amount}: baris ${shown}.`
  );
}

function idValue(reading: IdReading, label: string): Cell {
  switch (reading.status) {
    case "ok":
      return reading.digits;
    case "missing":
      return null;
    case "precision-lost":
      return new Unusable(label === "NIK" ? "NIK_PRECISION_LOST" : "KK_PRECISION_LOST", `${label} "${reading.shown}" rusak karena tersimpan sebagai angka di Excel; ketik ulang sebagai teks.`);
    case "format":
      return new Unusable(label === "NIK" ? "NIK_FORMAT" : "KK_FORMAT", `${label} "${reading.shown}" bukan 16 digit angka.`);
    case "cell-error":
      return new Unusable("CELL_ERROR", `sel ${label} berisi kesalahan rumus ${reading.code}.`);
  }
}

const RT_RW_WRITTEN = /\bR[TW]\b/i;

/**
 * "Jl. Mawar No. 3, RT 001/RW 002, Dusun Krajan, Sukamaju": the parts the village keeps in separate columns,
 * once each. Built by concatenation, with the lower case of the few distinct dusun and desa names
 * remembered: this runs once per exported worker.
 */
function fullAddress(): WorkerGetter {
  const lowered = new Map<string, string>();
  const lower = (text: string) => {
    let found = lowered.get(text);
    if (found === undefined) lowered.set(text, (found = text.toLowerCase()));
    return found;
  };
  return (w) => {
    const base = w.alamat ?? "";
    let address = base;
    if ((w.rt || w.rw) && !RT_RW_WRITTEN.test(base)) {
      const rtRw = w.rt ? (w.rw ? `RT ${w.rt}/RW ${w.rw}` : `RT ${w.rt}`) : `RW ${w.rw}`;
      address = address ? address + ", " + rtRw : rtRw;
    }
    const baseLower = w.dusun || w.desa ? base.toLowerCase() : "";
    if (w.dusun && !baseLower.includes(lower(w.dusun))) address = address ? address + ", " + w.dusun : w.dusun;
    if (w.desa && !baseLower.includes(lower(w.desa))) address = address ? address + ", " + w.desa : w.desa;
    return address || null;
  };
}

/** The value of a programme-level source: the same for every row. */
function programValue(value: TemplateValue, program: ProgramValues): SubmissionValue {
  const format = value.format ?? DEFAULT_FORMATS[value.source] ?? "";
  switch (value.source) {
    case "program":
      return formatProgramAs(program.programs, format);
    case "periode_mulai":
      return formatMonthAs(program.from, format, false);
    case "periode_selesai":
      return formatMonthAs(program.to, format, true);
    case "periode":
      return `${formatMonthAs(program.from, format, false)} s.d. ${formatMonthAs(program.to, format, true)}`;
    case "jumlah_bulan":
      return program.months;
    case "kode_wilayah":
      return program.kodeDesa === undefined ? null : formatRegionAs(program.kodeDesa, format);
    case "konstanta":
      return (value.constant ?? "")
        .replaceAll("{tahun}", String(program.year))
        .replaceAll("{program}", formatProgramAs(program.programs, "JKK+JKM"))
        .replaceAll("{periode}", periodLabel(program.from, program.to));
    default:
      return null;
  }
}

function textOf(value: SubmissionValue): string {
  return value === null ? "" : String(value);
}

function textOrNull(value: SubmissionValue): string | null {
  return value === null || value === "" ? null : String(value);
}

function missingMessage(column: TemplateColumn, template: SubmissionTemplate): string {
  return `Kolom wajib ${column.header} (templat ${template.name}) kosong: isi ${SOURCES[column.source].label} pada daftar pekerja.`;
}

function rejectedRow(worker: CheckedWorker, reasons: RejectionReason[]): RejectedRow {
  return { row: worker.row, nama: worker.nama ?? "", nikShown: nikShown(worker.nik), reasons };
}

function nikShown(reading: IdReading): string {
  switch (reading.status) {
    case "ok":
      return reading.digits;
    case "missing":
      return "";
    case "cell-error":
      return reading.code;
    default:
      return reading.shown;
  }
}

function countCodes(rejected: readonly RejectedRow[]): Partial<Record<RejectionCode, number>> {
  const counts: Partial<Record<RejectionCode, number>> = {};
  for (const row of rejected) {
    for (const code of new Set(row.reasons.map((r) => r.code))) counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
}
