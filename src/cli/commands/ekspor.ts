import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { writeSubmissionCsv } from "../../adapters/xlsx/write-csv";
import { companionPath, writeCompanionXlsx, writeSubmissionXlsx } from "../../adapters/xlsx/write-submission";
import { fileSystemReason } from "../../adapters/xlsx/write-atomic";
import type { CutCell } from "../../adapters/xlsx/write-cell-text";
import {
  BUILT_IN_TEMPLATES,
  buildSubmission,
  DEFAULT_TEMPLATE_NAME,
  describeSubmission,
  describeTemplates,
  findTemplate,
  parseTemplate,
  SubmissionOptionsError,
  templateProblemMessage,
  type RejectionCode,
  type Submission,
  type SubmissionOptions,
  type SubmissionTemplate,
} from "../../domain/ekspor";
import { BUDGET_BOUNDS } from "../../domain/anggaran";
import { periodLabel } from "../../domain/iuran";
import { intOption, parseCommandArgs } from "../args";
import { UnusableInputError } from "../cli-error";
import { DESIL_OPTIONS, DESIL_OPTIONS_HELP, desilOptions, singleFile, WORKBOOK_OPTIONS, WORKBOOK_OPTIONS_HELP, yearOption } from "../common-options";
import { loadAndCheck, type LoadOptions } from "../load-and-check";
import { extractReport, extractToJson, formatExtractReading, type ExtractReport } from "../output/extract-report";
import { refuseUnsafeOutput } from "../output-guard";
import { formatCount, makeStyle, type Style } from "../output/style";
import type { Command } from "./command";

const OPTIONS = {
  ...WORKBOOK_OPTIONS,
  ...DESIL_OPTIONS,
  keluar: { type: "string" },
  templat: { type: "string" },
  mulai: { type: "string" },
  bulan: { type: "string" },
  jht: { type: "boolean" },
  timpa: { type: "boolean" },
} as const;

/** Rejected rows listed on the terminal; the rest are on the "Ditolak" sheet. */
const REJECTED_SHOWN = 20;

export const ekspor: Command = {
  name: "ekspor",
  summary: "membuat lembar pengajuan BPJS (BPU kolektif, SIPP, OpenSID) dari pekerja yang siap didaftarkan",
  help: [
    "pekerja-rentan ekspor BERKAS.xlsx --keluar HASIL.xlsx [pilihan]",
    "",
    "Memeriksa daftar pekerja, lalu menulis lembar pengajuan menurut templat: pekerja tanpa kesalahan masuk lembar",
    "pertama; baris lain masuk lembar \"Ditolak\" beserta alasannya; lembar \"Keterangan\" mencatat templat,",
    "periode, program dan cara menghitungnya. BERKAS tidak pernah diubah. Keluaran .csv bila HASIL berakhiran .csv",
    "(Ditolak dan Keterangan lalu ditulis ke HASIL-keterangan.xlsx).",
    "",
    "Pilihan:",
    "  --keluar BERKAS  berkas hasil, .xlsx atau .csv (wajib)",
    `  --templat NAMA   templat kolom (bawaan: ${DEFAULT_TEMPLATE_NAME}), atau jalur berkas templat .json dari Kantor Cabang`,
    "  --mulai B        bulan iuran pertama, 1–12, pada tahun --tahun (bawaan: 1, Januari)",
    "  --bulan N        jumlah bulan iuran, 1–60 (bawaan: 12)",
    "  --jht            ikutkan program JHT (bawaan: JKK + JKM saja)",
    "  --timpa          boleh menimpa berkas hasil yang sudah ada",
    WORKBOOK_OPTIONS_HELP,
    DESIL_OPTIONS_HELP,
    "",
    "Templat tersedia:",
    ...describeTemplates().map((line) => `  ${line}`),
    "",
    "Kode keluar: 0 ditulis tanpa baris ditolak, 1 ditulis tetapi ada baris ditolak, 2 berkas/pilihan tidak dapat dipakai.",
    "",
    "Contoh: pekerja-rentan ekspor contoh/desa-contoh.xlsx --keluar pengajuan-2026.xlsx --tahun 2026 --desa 61.04.01.2014",
  ].join("\n"),

  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, OPTIONS, "ekspor");
    const file = singleFile(positionals, "ekspor");
    const year = yearOption(values.tahun);
    // Undefined when left out: the submission schema's defaults are the budget's (BUDGET_DEFAULTS).
    const startMonth = intOption(values.mulai, "--mulai", BUDGET_BOUNDS.startMonth.min, BUDGET_BOUNDS.startMonth.max);
    const months = intOption(values.bulan, "--bulan", BUDGET_BOUNDS.months.min, BUDGET_BOUNDS.months.max);
    const out = outputPath(values.keluar);
    const csv = extname(out).toLowerCase() === ".csv";
    const template = await resolveTemplate(values.templat);
    if (csv && template.extraSheets.length > 0) {
      throw new UnusableInputError(
        `Templat ${template.name} memerlukan lembar ${template.extraSheets.map((s) => `"${s.name}"`).join(", ")}, yang tidak muat di CSV. Pakai --keluar dengan akhiran .xlsx.`,
      );
    }
    const companion = csv || template.companionSheets === "separate-workbook" ? companionPath(out) : undefined;

    // Checked before the (long) read of the list, so a mistake in the command costs nothing.
    const desil = desilOptions(values);
    const inputs = [file, ...(values.dtks ?? []), isTemplatePath(values.templat) ? values.templat : undefined].filter((p): p is string => !!p);
    for (const target of [out, companion].filter((p): p is string => !!p)) {
      await refuseUnsafeOutput(target, inputs, Boolean(values.timpa));
    }

    const { submission, extract } = await checkAndBuild(file, template, {
      load: { sheet: values.lembar, dtks: values.dtks, desa: values.desa, tahun: year, ...desil },
      period: { year, startMonth, months, withJht: Boolean(values.jht) },
    });

    const keterangan = describeSubmission(submission, { sourceFile: basename(file), generatedAt: localTimestamp(new Date()) });
    const overwrite = { overwrite: Boolean(values.timpa) };
    let cut: readonly CutCell[];
    if (csv) {
      await writeSubmissionCsv(out, submission, overwrite);
      ({ cut } = await writeCompanionXlsx(companion!, submission, keterangan, overwrite));
    } else {
      ({ cut } = await writeSubmissionXlsx(out, submission, keterangan, overwrite));
    }

    if (values.json) {
      process.stdout.write(JSON.stringify({ ...summaryJson(submission, out, companion), cutCells: cut, dtks: extractToJson(extract) }) + "\n");
    } else {
      const style = makeStyle(process.stdout);
      if (extract) process.stdout.write(formatExtractReading(extract, style) + "\n");
      process.stdout.write(formatSummary(submission, out, companion, csv, style, cut) + "\n");
    }
    return submission.rejected.length > 0 ? 1 : 0;
  },
};

/**
 * Reads, checks and builds in a function of its own, so the worker grid and the check result (most of the
 * heap on a large list) can be collected before the file is written.
 */
async function checkAndBuild(
  file: string,
  template: SubmissionTemplate,
  options: { load: LoadOptions; period: Omit<SubmissionOptions, "kodeDesa"> },
): Promise<{ submission: Submission; extract?: ExtractReport }> {
  const loaded = await loadAndCheck(file, options.load);
  // Only the extract's description outlives this function; its index (up to a million people) does not.
  const extract = loaded.dtks && extractReport(loaded.dtks);
  try {
    const submission = buildSubmission(loaded.result, template, { ...options.period, kodeDesa: loaded.settings.kodeDesa });
    return { submission, extract };
  } catch (error) {
    if (error instanceof SubmissionOptionsError) throw new UnusableInputError(error.message);
    throw error;
  }
}

function outputPath(value: string | undefined): string {
  if (!value || value.trim() === "") {
    throw new UnusableInputError("Sebutkan berkas hasil: --keluar HASIL.xlsx (atau HASIL.csv). Lihat: pekerja-rentan ekspor --help");
  }
  const extension = extname(value).toLowerCase();
  if (extension !== ".xlsx" && extension !== ".csv") {
    throw new UnusableInputError(`Berkas hasil harus berakhiran .xlsx atau .csv, bukan "${extension || "(tanpa akhiran)"}": ${value}`);
  }
  return value;
}

function isTemplatePath(value: string | undefined): value is string {
  return value !== undefined && (/\.json$/i.test(value) || /[/\\]/.test(value));
}

/** A built-in name, or a JSON file (a branch office's layout) checked against the template schema. */
async function resolveTemplate(value: string | undefined): Promise<SubmissionTemplate> {
  if (value === undefined) return findTemplate(DEFAULT_TEMPLATE_NAME)!;
  if (!isTemplatePath(value)) {
    const found = findTemplate(value);
    if (found) return found;
    throw new UnusableInputError(
      `Templat "${value}" tidak dikenal. Templat yang tersedia: ${BUILT_IN_TEMPLATES.map((t) => t.name).join(", ")}; atau jalur berkas templat .json dari Kantor Cabang, mis. --templat templat-kc-sambas.json. Lihat: pekerja-rentan ekspor --help`,
    );
  }
  let text: string;
  try {
    text = await readFile(value, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UnusableInputError(`Berkas templat tidak ditemukan: ${value}`);
    if (code === "EISDIR") throw new UnusableInputError(`${value} adalah folder, bukan berkas templat .json.`);
    const reason = code && fileSystemReason(code);
    if (reason) throw new UnusableInputError(`Berkas templat ${value} tidak dapat dibaca: ${reason} (${code}).`);
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new UnusableInputError(`Berkas templat ${value} bukan JSON yang sah (${(error as Error).message}). Periksa koma dan tanda kutip.`);
  }
  const parsed = parseTemplate(json);
  if (!parsed.ok) throw new UnusableInputError(templateProblemMessage(value, parsed.problems));
  return parsed.template;
}

function localTimestamp(date: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(date.getDate())}-${p(date.getMonth() + 1)}-${date.getFullYear()} ${p(date.getHours())}:${p(date.getMinutes())}`;
}

function codeCounts(submission: Submission): string {
  return (Object.entries(submission.rejectedByCode) as [RejectionCode, number][])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code, n]) => `${code} ${formatCount(n)}`)
    .join(", ");
}

function formatSummary(submission: Submission, out: string, companion: string | undefined, csv: boolean, style: Style, cut: readonly CutCell[]): string {
  const t = submission.template;
  const { from, to, months } = submission.period;
  const lines: string[] = [];
  lines.push(`Templat: ${t.name} — ${t.label}, versi ${t.versi} (${t.keyakinan})`);
  if (t.keyakinan !== "CONFIRMED") lines.push(style.yellow("  Susunan kolom belum dikonfirmasi BPJS: cocokkan dengan templat dari Kantor Cabang sebelum mengunggah."));
  lines.push(`Periode iuran: ${periodLabel(from, to)} (${months} bulan), program ${submission.program}`);
  lines.push(style.green(`Diekspor: ${formatCount(submission.included)} pekerja → ${out}`) + (csv ? "" : ` (lembar "${submission.sheetName}")`));
  const rejectedWhere = `lembar "Ditolak" di ${companion ?? out}`;
  if (submission.rejected.length === 0) {
    lines.push("Ditolak: 0 baris.");
  } else {
    lines.push(style.red(`Ditolak: ${formatCount(submission.rejected.length)} baris (${rejectedWhere})`) + ` — ${codeCounts(submission)}`);
    for (const r of submission.rejected.slice(0, REJECTED_SHOWN)) {
      lines.push(`  baris ${r.row}${r.nama ? ` ${r.nama}` : ""}${r.nikShown ? ` (NIK ${r.nikShown})` : ""}: ${[...new Set(r.reasons.map((x) => x.code))].join(", ")}`);
    }
    if (submission.rejected.length > REJECTED_SHOWN) lines.push(style.dim(`  … dan ${formatCount(submission.rejected.length - REJECTED_SHOWN)} baris lain, lihat ${rejectedWhere}.`));
  }
  if (submission.emptied.length) {
    lines.push(style.yellow(`Dikosongkan: ${formatCount(submission.emptied.length)} nilai tidak sah di kolom yang tidak wajib (daftar di lembar "Keterangan").`));
  }
  for (const note of submission.notes) lines.push(style.yellow(`Perhatian: ${note}`));
  if (cut.length) {
    const where = cut.slice(0, 3).map((c) => `lembar ${c.sheet} baris ${c.row} kolom ${c.column}`).join("; ");
    lines.push(style.yellow(`Perhatian: ${formatCount(cut.length)} sel lebih panjang dari batas Excel 32.767 karakter dipotong (${where}${cut.length > 3 ? "; …" : ""}); daftarnya di lembar "Keterangan".`));
  }
  if (companion) lines.push(`Keterangan dan daftar ditolak: ${companion}`);
  if (csv) lines.push(style.dim("Jangan buka lalu simpan ulang CSV ini di Excel: NIK 16 digit akan dibulatkan. Untuk melihat data, pakai keluaran .xlsx."));
  lines.push(style.dim("Data pribadi: simpan dan kirim hanya lewat saluran resmi."));
  return lines.join("\n");
}

function summaryJson(submission: Submission, out: string, companion: string | undefined) {
  return {
    output: out,
    companion: companion ?? null,
    template: { name: submission.template.name, versi: submission.template.versi, keyakinan: submission.template.keyakinan },
    period: submission.period,
    program: submission.program,
    included: submission.included,
    rejected: submission.rejected.length,
    rejectedByCode: submission.rejectedByCode,
    rejectedRows: submission.rejected,
    emptied: submission.emptied.length,
    notes: submission.notes,
  };
}
