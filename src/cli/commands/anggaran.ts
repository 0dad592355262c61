import { BUDGET_BOUNDS, BUDGET_DEFAULTS, budgetForWorkers, coverage, SUMBER_DANA_KODE, type Budget, type SumberDanaKode } from "../../domain/anggaran";
import { formatRupiah, terbilang } from "../../domain/format";
import { monthLabel } from "../../domain/iuran";
import { intOption, parseCommandArgs } from "../args";
import { UnusableInputError } from "../cli-error";
import { singleFile, WORKBOOK_OPTIONS, WORKBOOK_OPTIONS_HELP, yearOption } from "../common-options";
import { loadAndCheck, type LoadedCheck } from "../load-and-check";
import { extractReport, extractToJson, formatExtractReading } from "../output/extract-report";
import { formatCount, makeStyle } from "../output/style";
import type { Command } from "./command";

const OPTIONS = {
  ...WORKBOOK_OPTIONS,
  mulai: { type: "string" },
  bulan: { type: "string" },
  jht: { type: "boolean" },
  sumber: { type: "string" },
  "diskon-pp50": { type: "boolean" },
  penghasilan: { type: "string" },
  kegiatan: { type: "string" },
  rekening: { type: "string" },
  target: { type: "string" },
  dana: { type: "string" },
} as const;

export const anggaran: Command = {
  name: "anggaran",
  summary: "menghitung anggaran iuran JKK + JKM untuk APBDes (baris RAB Siskeudes, terbilang, kebutuhan kas per bulan)",
  help: [
    "pekerja-rentan anggaran BERKAS.xlsx --tahun TTTT [pilihan]",
    "",
    "Menghitung iuran pekerja yang siap didaftarkan (baris tanpa kesalahan) untuk RAB APBDes, bulan demi bulan",
    "mengikuti tabel tarif (PP 44/2015 Lampiran II; PP 50/2025 bila diaktifkan).",
    "",
    "Pilihan:",
    `  --mulai M          bulan iuran pertama, 1–12 (bawaan ${BUDGET_DEFAULTS.startMonth} = Januari)`,
    `  --bulan N          jumlah bulan iuran (bawaan ${BUDGET_DEFAULTS.months}; boleh melewati akhir tahun)`,
    "  --jht              tambahkan JHT 2% (opsional bagi BPU)",
    "  --penghasilan RP   penghasilan dilaporkan per pekerja (bawaan 1000000, tingkat terendah)",
    `  --sumber KODE      sumber dana Siskeudes: ${SUMBER_DANA_KODE.join(", ")} (bawaan ADD)`,
    "  --diskon-pp50      terapkan diskon 50% PP 50/2025 (BELUM TERKONFIRMASI untuk APBDes; bawaan tidak)",
    "  --kegiatan KODE    kode kegiatan APBDes kabupaten Anda (bawaan usulan 3.1.90)",
    "  --rekening KODE    kode rekening/objek belanja (bawaan usulan 5.2.7.90)",
    "  --target N         sasaran jumlah pekerja (bawaan 100)",
    "  --dana RP          juga hitung: berapa pekerja yang tertanggung oleh dana sebesar ini (angka saja; titik ribuan boleh: 10.000.000)",
    WORKBOOK_OPTIONS_HELP,
    "",
    "Contoh: pekerja-rentan anggaran contoh/desa-contoh.xlsx --tahun 2026",
  ].join("\n"),

  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, OPTIONS, "anggaran");
    const file = singleFile(positionals, "anggaran");
    const tahun = yearOption(values.tahun);
    const sumber = sumberOption(values.sumber);
    // Every option is checked before the (long) read of the list.
    const period = budgetPeriodOptions(values, tahun);
    const dana = intOption(values.dana, "--dana", BUDGET_BOUNDS.amount.min, BUDGET_BOUNDS.amount.max, { thousands: true });
    const loaded = await loadAndCheck(file, { sheet: values.lembar, dtks: values.dtks, desa: values.desa, tahun });

    const budget = budgetForWorkers(loaded.result.workers, {
      ...period,
      sumberDana: sumber,
      kodeKegiatan: values.kegiatan,
      kodeRekening: values.rekening,
    });
    if (!budget.ok) throw new UnusableInputError(budget.problems.map((p) => p.message).join("; "));

    const { target: _target, ...coveragePeriod } = period;
    const cover = dana === undefined ? undefined : coverage({ ...coveragePeriod, amount: dana });
    if (cover && !cover.ok) throw new UnusableInputError(cover.problems.map((p) => p.message).join("; "));

    const excludedByCode = excludedCounts(loaded);
    if (values.json) {
      process.stdout.write(
        JSON.stringify({
          file,
          workers: budget.workers,
          excluded: loaded.result.summary.excluded,
          excludedByCode,
          months: budget.months,
          from: budget.from,
          to: budget.to,
          perWorkerMonthly: budget.perWorkerMonthly,
          total: budget.total,
          terbilang: budget.terbilang,
          lines: budget.lines,
          monthlyCashNeed: budget.monthlyCashNeed,
          target: budget.target,
          pp50: budget.pp50,
          notes: budget.notes,
          danaDesa: budget.danaDesa ?? null,
          rulesApplied: budget.rulesApplied,
          coverage: cover && cover.ok ? cover : undefined,
          dtks: extractToJson(loaded.dtks && extractReport(loaded.dtks)),
        }) + "\n",
      );
    } else {
      if (loaded.dtks) process.stdout.write(formatExtractReading(extractReport(loaded.dtks), makeStyle(process.stdout)) + "\n");
      process.stdout.write(formatBudget(file, loaded, budget, excludedByCode) + "\n");
      if (cover && cover.ok) {
        process.stdout.write(
          `\nDana ${formatRupiah(cover.amount)} cukup untuk ${formatCount(cover.workers)} pekerja selama ${cover.months} bulan ` +
            `(${formatRupiah(cover.costPerWorker)} per pekerja; terpakai ${formatRupiah(cover.used)}, sisa ${formatRupiah(cover.remainder)}).\n`,
        );
      }
    }
    return loaded.result.summary.errors > 0 ? 1 : 0;
  },
};

/**
 * The budget period from the options `anggaran` and `gabung` share (--tahun --mulai --bulan --jht
 * --penghasilan --diskon-pp50 --target), in the domain's names and bounds. An option left out stays
 * undefined, so the domain's default (BUDGET_DEFAULTS) applies.
 */
export function budgetPeriodOptions(
  values: { mulai?: string; bulan?: string; jht?: boolean; penghasilan?: string; "diskon-pp50"?: boolean; target?: string },
  year: number,
) {
  const b = BUDGET_BOUNDS;
  return {
    year,
    startMonth: intOption(values.mulai, "--mulai", b.startMonth.min, b.startMonth.max),
    months: intOption(values.bulan, "--bulan", b.months.min, b.months.max),
    withJht: Boolean(values.jht),
    declaredIncome: intOption(values.penghasilan, "--penghasilan", b.declaredIncome.min, b.declaredIncome.max, { thousands: true }),
    pp50: Boolean(values["diskon-pp50"]),
    target: intOption(values.target, "--target", b.target.min, b.target.max),
  };
}

function sumberOption(value: string | undefined): SumberDanaKode | undefined {
  if (value === undefined) return undefined;
  const upper = value.toUpperCase();
  if (!(SUMBER_DANA_KODE as readonly string[]).includes(upper)) {
    throw new UnusableInputError(`Sumber dana "${value}" tidak dikenal. Pakai salah satu kode Siskeudes: ${SUMBER_DANA_KODE.join(", ")}.`);
  }
  return upper as SumberDanaKode;
}

/** Why workers were left out of the budget: error-level codes and how many rows each excluded. */
function excludedCounts(loaded: LoadedCheck): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const w of loaded.result.workers) {
    if (w.eligible) continue;
    for (const code of new Set(w.findings.filter((f) => f.severity === "error").map((f) => f.code))) counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
}

function formatBudget(file: string, loaded: LoadedCheck, budget: Budget, excluded: Record<string, number>): string {
  const style = makeStyle(process.stdout);
  const lines: string[] = [];
  lines.push(style.bold(`Anggaran iuran BPJS Ketenagakerjaan (BPU) — ${file}`));
  lines.push(`Periode: ${monthLabel(budget.from)} s.d. ${monthLabel(budget.to)} (${budget.months} bulan) · ${formatCount(budget.workers)} pekerja siap didaftarkan`);
  const excludedText = Object.entries(excluded).map(([code, n]) => `${code} ${n}`).join(", ");
  if (loaded.result.summary.excluded > 0) {
    lines.push(style.yellow(`${formatCount(loaded.result.summary.excluded)} baris tidak dianggarkan karena masih ada kesalahan (${excludedText}). Jalankan "periksa" untuk rinciannya.`));
  }
  lines.push("");
  lines.push(style.bold("Rincian RAB"));
  for (const l of budget.lines) {
    lines.push(`  ${l.kode}  ${l.uraian}`);
    lines.push(`      ${formatCount(l.volume)} ${l.satuan} × ${formatRupiah(l.hargaSatuan)} = ${style.bold(formatRupiah(l.jumlah))}   sumber dana ${l.sumberDana}, kegiatan ${l.kodeKegiatan}`);
  }
  lines.push("");
  lines.push(style.bold(`Jumlah: ${formatRupiah(budget.total)}`));
  lines.push(`Terbilang: ${capitalise(terbilang(budget.total))}`);
  lines.push("");
  lines.push(style.bold("Kebutuhan kas per bulan"));
  for (const m of budget.monthlyCashNeed) lines.push(`  ${monthLabel(m.month).padEnd(16)} ${formatRupiah(m.amount).padStart(16)}   kumulatif ${formatRupiah(m.cumulative)}`);
  lines.push("");
  const t = budget.target;
  lines.push(
    t.shortfall > 0
      ? style.yellow(`Sasaran ${t.goal} pekerja: baru ${t.reached}, kurang ${t.shortfall}.`)
      : style.green(`Sasaran ${t.goal} pekerja tercapai (${t.reached}).`),
  );
  if (budget.notes.length) {
    lines.push("");
    lines.push(style.bold("Catatan"));
    for (const n of budget.notes) lines.push(`  • ${n}`);
  }
  return lines.join("\n");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
