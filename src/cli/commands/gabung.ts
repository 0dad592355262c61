import * as fs from "node:fs";
import * as path from "node:path";
import type { DtksLoad } from "../../adapters/node/load-dtks";
import { loadRegions } from "../../adapters/node/load-wilayah";
import type { RekapVillageRow } from "../../domain/gabung/rekap-layout";
import { OUTPUT_LABELS, outputMarkerIn, readOutputMarker, type OutputKind } from "../../adapters/xlsx/write-marker";
import { budgetHeadCount, computeBudget, type BudgetOptions, type BudgetResult } from "../../domain/anggaran";
import { formatRupiah, terbilang } from "../../domain/format";
import { findCrossVillageDuplicates, identifyVillage, type VillageWorkerRef } from "../../domain/gabung";
import { parseCommandArgs } from "../args";
import { UnusableInputError } from "../cli-error";
import { yearOption } from "../common-options";
import type { Settings } from "../../domain/settings";
import { loadAndCheck, resolveSettings } from "../load-and-check";
import { readAhead } from "../read-ahead";
import { problemOf, readVillageFile, type VillageFile } from "../village-file";
import { refuseUnsafeOutput } from "../output-guard";
import { extractReport, extractToJson, formatExtractReading } from "../output/extract-report";
import { Progress } from "../output/progress";
import { formatCount, makeStyle } from "../output/style";
import type { RegionIndex } from "../../domain/wilayah/region-index";
import { budgetPeriodOptions } from "./anggaran";
import type { Command } from "./command";

const OPTIONS = {
  dtks: { type: "string", multiple: true },
  keluar: { type: "string" },
  json: { type: "boolean" },
  tahun: { type: "string" },
  mulai: { type: "string" },
  bulan: { type: "string" },
  jht: { type: "boolean" },
  "diskon-pp50": { type: "boolean" },
  target: { type: "string" },
  lembar: { type: "string" },
  timpa: { type: "boolean" },
} as const;

export const gabung: Command = {
  name: "gabung",
  summary: "merekap banyak berkas desa: pekerja per desa terhadap sasaran, NIK ganda antar desa, anggaran gabungan",
  help: [
    "pekerja-rentan gabung BERKAS.xlsx... | FOLDER [pilihan]",
    "",
    "Membaca banyak daftar desa (satu desa per berkas; nama desa dari kode/judul lembar, kolom Desa, atau nama",
    "berkas), lalu melaporkan pekerja per desa terhadap sasaran, NIK yang didaftarkan dua desa (pembayaran ganda),",
    "dan anggaran iuran gabungan. Berkas yang tidak dapat dibaca dilaporkan, yang lain tetap direkap. Setiap desa",
    "dihitung sekali: salinan berkas yang sama, atau versi lain dari desa yang sama, disebut tetapi tidak dihitung lagi.",
    "Rekap, lembar pengajuan dan daftar calon yang ditulis pekerja-rentan di folder itu dilewati.",
    "",
    "Pilihan:",
    "  --keluar REKAP.xlsx  tulis rekap ke buku kerja baru (lembar Rekap Desa, NIK Ganda Antar Desa, Keterangan)",
    "  --timpa              boleh menimpa REKAP.xlsx yang sudah ada",
    "  --tahun TTTT         tahun anggaran (bawaan: tahun berjalan)",
    "  --mulai M, --bulan N, --jht, --diskon-pp50   seperti pada perintah anggaran",
    "  --target N           sasaran pekerja per desa (bawaan 100)",
    "  --lembar NAMA        nama lembar daftar pekerja di setiap berkas",
    "  --dtks BERKAS        ekstrak DTSEN/DTKS kabupaten (.xlsx atau .csv), dibaca sekali untuk semua desa; boleh diulang:",
    "                       --dtks keluarga_dtsen_v3_2026_61.04.csv --dtks anggota_keluarga_dtsen_v3_2026_61.04.csv",
    "  --json               keluaran satu dokumen JSON",
  ].join("\n"),

  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, OPTIONS, "gabung");
    const extractFiles = values.dtks ?? [];
    const tahun = yearOption(values.tahun);
    const period = budgetPeriodOptions(values, tahun);
    const periodCheck = computeBudget({ ...period, workers: 0 });
    if (!periodCheck.ok) throw new UnusableInputError(periodCheck.problems.map((p) => p.message).join("; "));
    if (values.keluar !== undefined && !/\.xlsx$/i.test(values.keluar)) throw new UnusableInputError(`--keluar harus berakhiran .xlsx, bukan ${values.keluar}.`);

    // An extract kept in the same folder as the villages' lists is not a village; nor is one of our own
    // outputs (last run's rekap written into the folder, a submission sheet, a candidate list).
    const { files: listed, skipped } = await withoutExtracts(expandFiles(positionals), extractFiles);
    // Our outputs are told apart by their mark. Those listed before the first village file are looked into
    // here, by their mark alone, so that a folder holding nothing else is refused before anything is read;
    // the others when their bytes are read for the rekap, which then opens each file once.
    const ownOutputs: Array<{ file: string; kind: OutputKind }> = [];
    let first = 0;
    for (; first < listed.length; first++) {
      const kind = isWorkbookName(listed[first]!) ? await readOutputMarker(listed[first]!) : undefined;
      if (!kind) break;
      ownOutputs.push({ file: listed[first]!, kind });
    }
    if (first === listed.length) {
      const why = [...skipped.map((f) => `${f} (ekstrak --dtks)`), ...ownOutputs.map((o) => `${o.file} (${OUTPUT_LABELS[o.kind]})`)];
      throw new UnusableInputError(`Tidak ada berkas desa untuk direkap: ${why.join(", ")}.`);
    }
    // Before the villages are read: the rekap never replaces a village file (by path, link or letter case), and
    // its folder can be written. Only the file it would replace matters: when that is one of our outputs (last
    // run's rekap, written again with --timpa) it is no village, and only the extracts can be the same file.
    if (values.keluar) {
      const villagesToSpare = (await readOutputMarker(values.keluar)) ? [] : listed;
      await refuseUnsafeOutput(values.keluar, [...villagesToSpare, ...extractFiles], Boolean(values.timpa));
    }

    const regions = await loadRegions({ villages: true });
    const progress = new Progress();
    // Read once for every village: a kabupaten's member file can hold a million people.
    if (extractFiles.length) progress.say(`Membaca ekstrak DTKS/DTSEN ${extractFiles.join(", ")} …`);
    // Loaded only when asked for, as the rekap's writer below: most runs need neither.
    const dtks = extractFiles.length ? await (await import("../../adapters/node/load-dtks")).loadDtksExtract(extractFiles, tahun) : undefined;
    const extract = dtks && extractReport(dtks);

    const readings: Reading[] = [];
    const budget = budgetsByHeadCount(period);
    // The same settings for every village: validated once, not once per file.
    const settings = resolveSettings({ tahun }, regions);
    const byHash = new Map<string, Reading & { kind: "village" }>();
    const rest = listed.slice(first);
    let i = 0;
    for await (const { onDisk, ownOutput } of readAhead(rest, READ_AHEAD_FILES, readListedFile)) {
      progress.count("Merekap berkas", i, rest.length, "berkas");
      const file = rest[i++]!;
      if (ownOutput) ownOutputs.push({ file, kind: ownOutput });
      else readings.push(await readVillage(file, onDisk, { sheet: values.lembar, tahun, settings, budget, regions, dtks, byHash }));
    }
    progress.done();

    const repeats = [...readings.filter((r): r is Reading & { kind: "copy" } => r.kind === "copy").map((r) => r.finding), ...sameVillageTwice(readings)];
    const counted = readings.filter((r): r is Reading & { kind: "village" } => r.kind === "village" && !r.notCounted);
    const villages: RekapVillageRow[] = readings.map(rekapRow);
    const refs = counted.flatMap((r) => r.refs);
    const duplicates = findCrossVillageDuplicates(refs);
    const sameVillage = villagesInSeveralFiles(counted.map((r) => r.row));
    const usable = counted.map((r) => r.row);
    const total = usable.reduce((sum, v) => sum + v.total, 0);
    const totals = {
      villages: usable.length,
      unreadable: villages.filter((v) => v.problem !== undefined).length,
      notCounted: villages.filter((v) => v.duplicateOf !== undefined).length,
      workers: usable.reduce((sum, v) => sum + v.eligible, 0),
      reachedTarget: usable.filter((v) => v.shortfall === 0).length,
      duplicateNiks: duplicates.length,
      budget: total,
      terbilang: terbilang(total),
    };
    const errorsSeen = totals.unreadable > 0 || repeats.length > 0 || usable.some((v) => v.errors > 0);
    const notes = [
      `Rekap ${formatCount(readings.length)} berkas, tahun anggaran ${tahun}, dibuat ${new Date().toISOString().slice(0, 10)} oleh Pekerja Rentan.`,
      "Anggaran tiap desa dihitung untuk pekerja yang siap didaftarkan (baris tanpa kesalahan), JKK + JKM pada tingkat penghasilan terendah kecuali diatur lain.",
      period.pp50 ? "Diskon PP 50/2025 DITERAPKAN (berlakunya untuk APBDes belum terkonfirmasi)." : "Diskon PP 50/2025 tidak diterapkan (berlakunya untuk APBDes belum terkonfirmasi).",
      "NIK ganda antar desa: orang yang sama terdaftar di dua desa atau lebih; hanya satu desa yang boleh membayar iurannya.",
      "Setiap desa dihitung sekali: berkas yang isinya sama persis (sidik sha256), atau versi lain dari desa yang sama (kode atau nama desa sama dan sebagian besar NIK-nya sama), tidak dihitung lagi; barisnya di Rekap Desa menyebut berkas yang dihitung.",
      ...(extract
        ? [
            "Non-DTKS: pekerja yang NIK-nya tidak ada di ekstrak DTSEN yang diberikan (--dtks); warga tetap boleh didaftarkan, perlu verifikasi.",
            ...extract.description.map((line) => `Ekstrak: ${line}`),
            ...extract.notes.map((note) => `Catatan ekstrak: ${note.message}`),
          ]
        : []),
      ...repeats.map((f) => f.message),
      ...villages.filter((v) => v.problem !== undefined).map((v) => `Tidak dapat dibaca: ${v.problem}`),
      ...skipped.map((file) => `Dilewati: ${file} adalah ekstrak --dtks, bukan berkas desa.`),
      ...ownOutputs.map((o) => `Dilewati: ${o.file} adalah ${OUTPUT_LABELS[o.kind]}, bukan berkas desa.`),
      "Data pribadi: simpan dan kirim rekap ini hanya lewat saluran resmi.",
    ];
    // Written whatever happened to the files: the bad ones are listed in it.
    if (values.keluar) {
      const { writeRekapWorkbook } = await import("../../adapters/xlsx/write-rekap");
      await writeRekapWorkbook(
        values.keluar,
        {
          villages,
          duplicates: duplicates.map((d) => ({ nik: d.nik, places: d.rows.map((r) => ({ desa: r.village, file: r.file, row: r.row, nama: r.nama })) })),
          notes,
        },
        { overwrite: Boolean(values.timpa) },
      );
    }

    if (values.json) {
      process.stdout.write(
        JSON.stringify({
          villages,
          villagesInSeveralFiles: Object.fromEntries(sameVillage),
          duplicates: duplicates.map((d) => ({ nik: d.nik, findings: d.findings })),
          repeatedFiles: repeats,
          totals,
          dtks: extractToJson(extract),
          skipped,
          ownOutputs,
          output: values.keluar ?? null,
        }) + "\n",
      );
    } else {
      const style = makeStyle(process.stdout);
      const out: string[] = [style.bold(`Rekap ${formatCount(readings.length)} berkas desa — tahun anggaran ${tahun}`), ""];
      if (extract) out.push(formatExtractReading(extract, style), "");
      for (const file of skipped) out.push(style.dim(`Dilewati: ${file} adalah ekstrak --dtks, bukan berkas desa.`));
      for (const o of ownOutputs) out.push(style.dim(`Dilewati: ${o.file} adalah ${OUTPUT_LABELS[o.kind]}, bukan berkas desa.`));
      for (const v of villages) {
        if (v.problem !== undefined) {
          out.push(style.red(`  ${v.file}: tidak dapat dibaca — ${v.problem}`));
          continue;
        }
        if (v.duplicateOf !== undefined) {
          out.push(style.yellow(`  ${v.file}: tidak dihitung — ${v.note}`));
          continue;
        }
        const target = v.shortfall > 0 ? style.yellow(`kurang ${v.shortfall}`) : style.green("sasaran tercapai");
        const nonDtks = v.nonDtks === undefined ? "" : ` · ${formatCount(v.nonDtks)} non-DTKS`;
        out.push(`  ${v.desa.padEnd(26)} ${String(v.eligible).padStart(5)} siap / ${String(v.rows).padStart(5)} baris · ${v.errors} kesalahan${nonDtks} · ${target} · ${formatRupiah(v.total)}  ${style.dim(v.file)}`);
      }
      out.push("");
      for (const [desa, list] of sameVillage) {
        out.push(style.yellow(`Desa ${desa} muncul di ${list.length} berkas (${list.join(", ")}) dengan pekerja yang berbeda: keduanya dihitung. Pastikan ini bukan dua desa bernama sama yang tertukar, atau daftar satu desa yang terpecah.`));
      }
      if (sameVillage.size) out.push("");
      if (duplicates.length) {
        out.push(style.red(style.bold(`NIK didaftarkan lebih dari satu desa: ${duplicates.length}`)));
        for (const d of duplicates.slice(0, 50)) out.push(`  ${d.nik}: ${d.rows.map((r) => `${r.village} (${r.file} baris ${r.row})`).join(" dan ")}`);
        if (duplicates.length > 50) out.push(style.dim(`  … dan ${duplicates.length - 50} lagi (lihat --keluar atau --json)`));
        out.push("");
      }
      out.push(
        style.bold("Jumlah: ") +
          `${formatCount(totals.villages)} desa, ${formatCount(totals.workers)} pekerja siap didaftarkan, ${totals.reachedTarget} desa mencapai sasaran, anggaran ${formatRupiah(total)}`,
      );
      out.push(`Terbilang: ${totals.terbilang}`);
      if (totals.unreadable) out.push(style.red(`${formatCount(totals.unreadable)} berkas tidak dapat dibaca (lihat di atas); yang lain tetap direkap.`));
      if (values.keluar) out.push(`Rekap ditulis ke ${values.keluar}`);
      process.stdout.write(out.join("\n") + "\n");
    }
    if (usable.length === 0) {
      process.stderr.write(`Tidak ada berkas desa yang dapat direkap (${formatCount(totals.unreadable)} tidak dapat dibaca${values.keluar ? `; daftarnya ada di ${values.keluar}` : ""}).\n`);
      return 2;
    }
    return errorsSeen || duplicates.length > 0 ? 1 : 0;
  },
};

type BudgetPeriod = BudgetOptions;

/** One file of the run: a village read and checked, a file that could not be, or a byte-for-byte repeat. */
type Reading =
  | {
      readonly kind: "village";
      readonly file: string;
      readonly row: RekapVillageRow;
      readonly refs: readonly VillageWorkerRef[];
      readonly niks: ReadonlySet<string>;
      readonly modified: number;
      /** Set when the same village is counted from another file. */
      notCounted?: { readonly of: string; readonly note: string };
    }
  | { readonly kind: "unreadable"; readonly file: string; readonly row: RekapVillageRow }
  | { readonly kind: "copy"; readonly file: string; readonly row: RekapVillageRow; readonly finding: RepeatFinding };

/** A file not counted because it repeats another: both are named. */
interface RepeatFinding {
  readonly code: "FILE_DUPLICATE" | "VILLAGE_DUPLICATE";
  readonly files: readonly [counted: string, notCounted: string];
  readonly counted: string;
  readonly message: string;
}

/**
 * Village files read ahead of the one being checked. Each read is a few round trips to the file system's
 * threads; started one file after the other they left the CPU idle a quarter of a regency's run. A few
 * files ahead hide them, and memory still holds only a few files' bytes.
 */
const READ_AHEAD_FILES = 4;

const EMPTY_NUMBERS = { rows: 0, eligible: 0, errors: 0, warnings: 0, target: 0, shortfall: 0, total: 0 } as const;

/**
 * Reads and checks one village file. Never throws: whatever goes wrong with this file (no permission, a
 * symlink loop, a locked file, a folder named .xlsx, a damaged cell the reader trips on) is this file's
 * problem, reported in Indonesian, and the others are still consolidated.
 */
async function readVillage(
  file: string,
  onDisk: VillageFile,
  context: {
    sheet?: string;
    tahun: number;
    settings: Settings;
    budget: (workers: Parameters<typeof budgetHeadCount>[0]) => BudgetResult;
    regions: RegionIndex;
    dtks?: DtksLoad;
    byHash: Map<string, Reading & { kind: "village" }>;
  },
): Promise<Reading> {
  const base = path.basename(file);
  const unreadable = (problem: string): Reading => ({ kind: "unreadable", file, row: { desa: "?", file: base, ...EMPTY_NUMBERS, problem } });
  if (!onDisk.ok) return unreadable(onDisk.problem);
  const { hash, modified } = onDisk;
  const first = context.byHash.get(hash);
  if (first) {
    const sameName = path.resolve(first.file) === path.resolve(file) || (await sameRealPath(first.file, file));
    const message = sameName
      ? `${file} disebut dua kali (berkas yang sama): dihitung sekali.`
      : `${file} isinya sama persis dengan ${first.file} (sidik sha256 sama): dihitung sekali, dari ${first.file}. Hapus salinannya dari folder.`;
    const finding: RepeatFinding = { code: "FILE_DUPLICATE", files: [first.file, file], counted: first.file, message };
    return { kind: "copy", file, row: { desa: first.row.desa, kode: first.row.kode, file: base, ...EMPTY_NUMBERS, duplicateOf: first.row.file, note: message }, finding };
  }
  try {
    const loaded = await loadAndCheck(file, { sheet: context.sheet, tahun: context.tahun }, undefined, {
      regions: context.regions,
      dtks: context.dtks,
      settings: context.settings,
      bytes: onDisk.bytes,
    });
    const village = identifyVillage(loaded.sheet, loaded.table, base, (code) => context.regions.findVillage(code)?.nama);
    // What `anggaran` computes (`budgetForWorkers`): eligible rows, transport-sector occupations priced apart under PP 50/2025.
    const budget = context.budget(loaded.result.workers);
    if (!budget.ok) return unreadable(`${base}: ${budget.problems.map((p) => p.message).join("; ")}`);
    const refs: VillageWorkerRef[] = [];
    const niks = new Set<string>();
    // All rows with a readable NIK: a row excluded today for a typo will be paid once it is fixed.
    for (const w of loaded.result.workers) {
      if (w.nik.status !== "ok") continue;
      refs.push({ village: village.name, file: base, row: w.row, nik: w.nik.digits, nama: w.nama });
      niks.add(w.nik.digits);
    }
    const s = loaded.result.summary;
    const reading: Reading & { kind: "village" } = {
      kind: "village",
      file,
      refs,
      niks,
      modified,
      row: {
        desa: village.name,
        kode: village.code,
        file: base,
        rows: s.rows,
        eligible: s.eligible,
        errors: s.errors,
        warnings: s.warnings,
        nonDtks: s.dtks?.notFound,
        target: budget.target.goal,
        shortfall: budget.target.shortfall,
        total: budget.total,
      },
    };
    context.byHash.set(hash, reading);
    return reading;
  } catch (err) {
    return unreadable(problemOf(err, file));
  }
}

/**
 * `budgetForWorkers` with the period fixed, remembered by head-count: the budget depends on nothing else, it
 * is the bulk of a small village's time, and a regency's villages often count the same number of workers.
 */
function budgetsByHeadCount(period: BudgetPeriod): (workers: Parameters<typeof budgetHeadCount>[0]) => BudgetResult {
  const budgets = new Map<string, BudgetResult>();
  return (workers) => {
    const heads = budgetHeadCount(workers, period.pp50);
    const key = `${heads.workers}/${heads.transportWorkers}`;
    let budget = budgets.get(key);
    if (!budget) budgets.set(key, (budget = computeBudget({ ...period, ...heads })));
    return budget;
  };
}

async function sameRealPath(a: string, b: string): Promise<boolean> {
  const [ra, rb] = await Promise.all([fs.promises.realpath(a).catch(() => a), fs.promises.realpath(b).catch(() => b)]);
  return ra === rb;
}

/**
 * The same village in two files that are not byte-for-byte copies (an old version left in the folder, a
 * copy saved again): same village code, or same name without a code, and at least half of the smaller
 * file's NIKs in the other. Counted once, from the file changed last; the other's row says so. Two files
 * of the same name with different workers are both counted (two villages may share a name), with a note.
 */
function sameVillageTwice(readings: readonly Reading[]): RepeatFinding[] {
  const groups = new Map<string, Array<Reading & { kind: "village" }>>();
  for (const r of readings) {
    if (r.kind !== "village") continue;
    const key = villageKey(r.row);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const findings: RepeatFinding[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const newestFirst = [...group].sort((a, b) => b.modified - a.modified);
    const kept = new KeptVillages();
    for (const r of newestFirst) {
      const found = kept.twinOf(r);
      if (!found) {
        kept.add(r);
        continue;
      }
      const { twin, shared } = found;
      const desa = `${twin.row.desa}${twin.row.kode ? ` ${twin.row.kode}` : ""}`;
      const message = `${r.file} dan ${twin.file} berisi desa yang sama (${desa}; ${formatCount(shared)} NIK sama): dihitung sekali, dari ${twin.file} (diubah paling akhir, ${localDate(twin.modified)}). Pindahkan versi lama dari folder.`;
      r.notCounted = { of: twin.row.file, note: message };
      findings.push({ code: "VILLAGE_DUPLICATE", files: [twin.file, r.file], counted: twin.file, message });
    }
  }
  return findings;
}

/**
 * The files of one village counted so far, with an index from each NIK to the files holding it: a folder
 * can hold hundreds of files under one village code (a code left at the district's, a test set), and
 * comparing every file's NIKs with every other file's would grow with the square of their number.
 */
class KeptVillages {
  private readonly kept: Array<Reading & { kind: "village" }> = [];
  /** The file holding a NIK, or the files when several do: most NIKs are in one file, and need no list. */
  private readonly byNik = new Map<string, number | number[]>();

  add(r: Reading & { kind: "village" }): void {
    const at = this.kept.length;
    this.kept.push(r);
    for (const nik of r.niks) {
      const holders = this.byNik.get(nik);
      if (holders === undefined) this.byNik.set(nik, at);
      else if (typeof holders === "number") this.byNik.set(nik, [holders, at]);
      else holders.push(at);
    }
  }

  /**
   * The first file kept (newest first) holding at least half of the smaller list's NIKs, and how many they
   * share; two lists without NIKs count as one only under one village code.
   */
  twinOf(r: Reading & { kind: "village" }): { twin: Reading & { kind: "village" }; shared: number } | undefined {
    if (r.niks.size === 0) {
      const twin = this.kept.find((k) => k.niks.size === 0 && k.row.kode !== undefined);
      return twin && { twin, shared: 0 };
    }
    const shared = new Map<number, number>();
    for (const nik of r.niks) {
      const holders = this.byNik.get(nik);
      if (holders === undefined) continue;
      if (typeof holders === "number") shared.set(holders, (shared.get(holders) ?? 0) + 1);
      else for (const at of holders) shared.set(at, (shared.get(at) ?? 0) + 1);
    }
    let first: number | undefined;
    for (const [at, count] of shared) {
      if (count * 2 >= Math.min(r.niks.size, this.kept[at]!.niks.size) && (first === undefined || at < first)) first = at;
    }
    return first === undefined ? undefined : { twin: this.kept[first]!, shared: shared.get(first)! };
  }
}

function villageKey(row: RekapVillageRow): string {
  return row.kode ?? `nama:${row.desa.toLowerCase()}`;
}

function localDate(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function rekapRow(r: Reading): RekapVillageRow {
  if (r.kind !== "village" || !r.notCounted) return r.row;
  return { desa: r.row.desa, kode: r.row.kode, file: r.row.file, ...EMPTY_NUMBERS, duplicateOf: r.notCounted.of, note: r.notCounted.note };
}

/** Only workbooks carry our mark: a .csv is never one of our outputs. */
function isWorkbookName(file: string): boolean {
  return /\.xls[xm]$/i.test(file);
}

/** A listed file read once: its bytes for the rekap, and whether it is one of our outputs, told by its mark in those bytes. */
async function readListedFile(file: string): Promise<{ onDisk: VillageFile; ownOutput?: OutputKind }> {
  const onDisk = await readVillageFile(file);
  if (!onDisk.ok || !isWorkbookName(file)) return { onDisk };
  // A file too large for one buffer is looked into by its path, as before it is read.
  return { onDisk, ownOutput: onDisk.bytes ? outputMarkerIn(onDisk.bytes) : await readOutputMarker(file) };
}

/** The village files without those that are the extract itself (by real path, so a link counts too). */
async function withoutExtracts(files: string[], extracts: readonly string[]): Promise<{ files: string[]; skipped: string[] }> {
  if (extracts.length === 0) return { files, skipped: [] };
  const real = async (p: string) => fs.promises.realpath(p).catch(() => path.resolve(p));
  const extractPaths = new Set(await Promise.all(extracts.map(real)));
  const kept: string[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    if (extractPaths.has(await real(file))) skipped.push(file);
    else kept.push(file);
  }
  return { files: kept, skipped };
}

/** A village that appears in two files is usually an old version left in the folder. */
function villagesInSeveralFiles(villages: readonly RekapVillageRow[]): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const v of villages) {
    if (v.problem) continue;
    const key = v.kode ?? v.desa.toLowerCase();
    const files = byName.get(key);
    if (files) files.push(v.file);
    else byName.set(key, [v.file]);
  }
  const names = new Map(villages.map((v) => [v.kode ?? v.desa.toLowerCase(), v.desa]));
  return new Map([...byName].filter(([, files]) => files.length > 1).map(([key, files]) => [names.get(key)!, files]));
}

/** Files as given; a folder stands for the .xlsx files in it (the way kabupaten staff collect them). */
function expandFiles(positionals: string[]): string[] {
  if (positionals.length === 0) throw new UnusableInputError("Sebutkan berkas-berkas desa atau foldernya. Contoh: pekerja-rentan gabung data-desa/");
  const files: string[] = [];
  for (const p of positionals) {
    if (fs.existsSync(p) && fs.statSync(p).isDirectory()) {
      const inside = sortedAsPeopleRead(
        fs
          .readdirSync(p)
          // Excel's lock files (~$desa.xlsx) and macOS's shadow files on flash disks (._desa.xlsx) are not villages.
          .filter((f) => /\.(xlsx|xlsm|csv)$/i.test(f) && !f.startsWith("~$") && !f.startsWith("._")),
      ).map((f) => path.join(p, f));
      if (inside.length === 0) throw new UnusableInputError(`Folder ${p} tidak berisi berkas .xlsx atau .csv.`);
      files.push(...inside);
    } else {
      files.push(p);
    }
  }
  return files;
}

/**
 * Names as a person sorts them ("desa-2" before "desa-10"), as `localeCompare(b, "id", { numeric: true })` does,
 * with one collator for the folder. A folder of one file needs none: setting it up loads ICU's collation data (15 ms).
 */
function sortedAsPeopleRead(names: string[]): string[] {
  return names.length < 2 ? names : names.sort(new Intl.Collator("id", { numeric: true }).compare);
}
