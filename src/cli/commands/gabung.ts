import * as fs from "node:fs";
import * as path from "node:path";
import { loadDtksExtract } from "../../adapters/node/load-dtks";
import { loadRegions } from "../../adapters/node/load-wilayah";
import { writeRekapWorkbook, type RekapVillageRow } from "../../adapters/xlsx/write-rekap";
import { WorkbookReadError } from "../../adapters/xlsx/workbook-read-error";
import { computeBudget } from "../../domain/anggaran";
import { formatRupiah, terbilang } from "../../domain/format";
import { findCrossVillageDuplicates, identifyVillage, type VillageWorkerRef } from "../../domain/gabung";
import { intOption, parseCommandArgs } from "../args";
import { UnusableInputError } from "../cli-error";
import { yearOption } from "../common-options";
import { loadAndCheck } from "../load-and-check";
import { extractReport, extractToJson, formatExtractReading } from "../output/extract-report";
import { Progress } from "../output/progress";
import { formatCount, makeStyle } from "../output/style";
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
    "dan anggaran iuran gabungan. Berkas yang tidak dapat dibaca dilaporkan, yang lain tetap direkap.",
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
    // An extract kept in the same folder as the villages' lists is not a village.
    const { files, skipped } = await withoutExtracts(expandFiles(positionals), extractFiles);
    if (files.length === 0) throw new UnusableInputError(`Tidak ada berkas desa selain ekstrak --dtks (${skipped.join(", ")}).`);
    if (values.keluar) guardOutput(values.keluar, [...files, ...extractFiles], Boolean(values.timpa));
    const tahun = yearOption(values.tahun);
    const period = {
      year: tahun,
      startMonth: intOption(values.mulai, "--mulai", 1, 12),
      months: intOption(values.bulan, "--bulan", 1, 60),
      withJht: Boolean(values.jht),
      pp50: Boolean(values["diskon-pp50"]),
      target: intOption(values.target, "--target", 1, 100_000),
    };

    const regions = await loadRegions({ villages: true });
    const progress = new Progress();
    // Read once for every village: a kabupaten's member file can hold a million people.
    if (extractFiles.length) progress.say(`Membaca ekstrak DTKS/DTSEN ${extractFiles.join(", ")} …`);
    const dtks = extractFiles.length ? await loadDtksExtract(extractFiles, tahun) : undefined;
    const extract = dtks && extractReport(dtks);
    const villages: RekapVillageRow[] = [];
    const refs: VillageWorkerRef[] = [];
    let errorsSeen = false;
    for (const [i, file] of files.entries()) {
      progress.count("Merekap berkas", i, files.length);
      const base = path.basename(file);
      try {
        const loaded = await loadAndCheck(file, { sheet: values.lembar, tahun }, undefined, regions, dtks);
        const village = identifyVillage(loaded.sheet, loaded.table, base, (code) => regions.findVillage(code)?.nama);
        const eligible = loaded.result.workers.filter((w) => w.eligible);
        const budget = computeBudget({ ...period, workers: eligible.length });
        if (!budget.ok) throw new UnusableInputError(budget.problems.map((p) => p.message).join("; "));
        // All rows with a readable NIK: a row excluded today for a typo will be paid once it is fixed.
        for (const w of loaded.result.workers) if (w.nik.status === "ok") refs.push({ village: village.name, file: base, row: w.row, nik: w.nik.digits, nama: w.nama });
        const s = loaded.result.summary;
        errorsSeen ||= s.errors > 0;
        villages.push({
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
        });
      } catch (err) {
        if (!(err instanceof UnusableInputError || err instanceof WorkbookReadError)) throw err;
        errorsSeen = true;
        villages.push({ desa: "?", file: base, rows: 0, eligible: 0, errors: 0, warnings: 0, target: 0, shortfall: 0, total: 0, problem: err.message });
      }
    }
    progress.done();

    const duplicates = findCrossVillageDuplicates(refs);
    const sameVillage = villagesInSeveralFiles(villages);
    const usable = villages.filter((v) => !v.problem);
    if (usable.length === 0) throw new UnusableInputError(`Tidak ada berkas yang dapat direkap. ${villages.map((v) => v.problem).join(" ")}`);
    const total = usable.reduce((sum, v) => sum + v.total, 0);
    const totals = {
      villages: usable.length,
      unreadable: villages.length - usable.length,
      workers: usable.reduce((sum, v) => sum + v.eligible, 0),
      reachedTarget: usable.filter((v) => v.shortfall === 0).length,
      duplicateNiks: duplicates.length,
      budget: total,
      terbilang: terbilang(total),
    };
    const notes = [
      `Rekap ${formatCount(files.length)} berkas, tahun anggaran ${tahun}, dibuat ${new Date().toISOString().slice(0, 10)} oleh Pekerja Rentan.`,
      "Anggaran tiap desa dihitung untuk pekerja yang siap didaftarkan (baris tanpa galat), JKK + JKM pada tingkat penghasilan terendah kecuali diatur lain.",
      period.pp50 ? "Diskon PP 50/2025 DITERAPKAN (berlakunya untuk APBDes belum terkonfirmasi)." : "Diskon PP 50/2025 tidak diterapkan (berlakunya untuk APBDes belum terkonfirmasi).",
      "NIK ganda antar desa: orang yang sama terdaftar di dua desa atau lebih; hanya satu desa yang boleh membayar iurannya.",
      ...(extract
        ? [
            "Non-DTKS: pekerja yang NIK-nya tidak ada di ekstrak DTSEN yang diberikan (--dtks); warga tetap boleh didaftarkan, perlu verifikasi.",
            ...extract.description.map((line) => `Ekstrak: ${line}`),
            ...extract.notes.map((note) => `Catatan ekstrak: ${note.message}`),
          ]
        : []),
      ...skipped.map((file) => `Dilewati: ${file} adalah ekstrak --dtks, bukan berkas desa.`),
      "Data pribadi: simpan dan kirim rekap ini hanya lewat saluran resmi.",
    ];
    if (values.keluar) {
      await writeRekapWorkbook(values.keluar, {
        villages,
        duplicates: duplicates.map((d) => ({ nik: d.nik, places: d.rows.map((r) => ({ desa: r.village, file: r.file, row: r.row, nama: r.nama })) })),
        notes,
      });
    }

    if (values.json) {
      process.stdout.write(
        JSON.stringify({
          villages,
          villagesInSeveralFiles: Object.fromEntries(sameVillage),
          duplicates: duplicates.map((d) => ({ nik: d.nik, findings: d.findings })),
          totals,
          dtks: extractToJson(extract),
          skipped,
          output: values.keluar ?? null,
        }) + "\n",
      );
    } else {
      const style = makeStyle(process.stdout);
      const out: string[] = [style.bold(`Rekap ${formatCount(files.length)} berkas desa — tahun anggaran ${tahun}`), ""];
      if (extract) out.push(formatExtractReading(extract, style), "");
      for (const file of skipped) out.push(style.dim(`Dilewati: ${file} adalah ekstrak --dtks, bukan berkas desa.`));
      for (const v of villages) {
        if (v.problem) {
          out.push(style.red(`  ${v.file}: tidak dapat dibaca — ${v.problem}`));
          continue;
        }
        const target = v.shortfall > 0 ? style.yellow(`kurang ${v.shortfall}`) : style.green("sasaran tercapai");
        const nonDtks = v.nonDtks === undefined ? "" : ` · ${formatCount(v.nonDtks)} non-DTKS`;
        out.push(`  ${v.desa.padEnd(26)} ${String(v.eligible).padStart(5)} siap / ${String(v.rows).padStart(5)} baris · ${v.errors} galat${nonDtks} · ${target} · ${formatRupiah(v.total)}  ${style.dim(v.file)}`);
      }
      out.push("");
      for (const [desa, list] of sameVillage) {
        out.push(style.yellow(`Desa ${desa} muncul di ${list.length} berkas (${list.join(", ")}): pastikan bukan berkas ganda atau versi lama.`));
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
      if (values.keluar) out.push(`Rekap ditulis ke ${values.keluar}`);
      process.stdout.write(out.join("\n") + "\n");
    }
    return errorsSeen || duplicates.length > 0 ? 1 : 0;
  },
};

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
    byName.set(key, [...(byName.get(key) ?? []), v.file]);
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
      const inside = fs
        .readdirSync(p)
        .filter((f) => /\.(xlsx|xlsm|csv)$/i.test(f) && !f.startsWith("~$"))
        .sort((a, b) => a.localeCompare(b, "id", { numeric: true }))
        .map((f) => path.join(p, f));
      if (inside.length === 0) throw new UnusableInputError(`Folder ${p} tidak berisi berkas .xlsx atau .csv.`);
      files.push(...inside);
    } else {
      files.push(p);
    }
  }
  return files;
}

function guardOutput(out: string, inputs: string[], overwrite: boolean): void {
  const resolved = path.resolve(out);
  if (inputs.some((f) => path.resolve(f) === resolved)) throw new UnusableInputError(`--keluar ${out} adalah salah satu berkas masukan; berkas desa tidak pernah ditimpa. Pilih nama lain.`);
  if (!/\.xlsx$/i.test(out)) throw new UnusableInputError(`--keluar harus berakhiran .xlsx, bukan ${out}.`);
  if (fs.existsSync(out) && !overwrite) throw new UnusableInputError(`${out} sudah ada. Pakai --timpa untuk menimpanya, atau pilih nama lain.`);
}
