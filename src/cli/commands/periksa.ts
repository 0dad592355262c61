import { basename } from "node:path";
import { loadRegions } from "../../adapters/node/load-wilayah";
import { parseCommandArgs } from "../args";
import {
  DESIL_OPTIONS,
  DESIL_OPTIONS_HELP,
  desilOptions,
  REPORT_OPTIONS,
  REPORT_OPTIONS_HELP,
  reportPath,
  singleFile,
  WORKBOOK_OPTIONS,
  WORKBOOK_OPTIONS_HELP,
  yearOption,
} from "../common-options";
import { type LoadedCheck, loadAndCheck } from "../load-and-check";
import { refuseUnsafeOutput } from "../output-guard";
import { checkToJson } from "../output/check-json";
import { extractReport, formatExtractReading } from "../output/extract-report";
import { formatFindings, formatSummary, formatTableReading } from "../output/format-check";
import { makeStyle } from "../output/style";
import { formatAngka } from "../../domain/format";
import type { Command } from "./command";

const OPTIONS = { ...WORKBOOK_OPTIONS, ...DESIL_OPTIONS, ...REPORT_OPTIONS } as const;

export const periksa: Command = {
  name: "periksa",
  summary: "memeriksa daftar pekerja: NIK, duplikat, tanggal lahir, usia, No. HP, status DTKS/DTSEN",
  help: [
    "pekerja-rentan periksa BERKAS.xlsx [pilihan]",
    "",
    "Memeriksa setiap baris daftar pekerja tanpa mengubah berkas, lalu menampilkan temuan per baris.",
    "",
    "Pilihan:",
    WORKBOOK_OPTIONS_HELP,
    DESIL_OPTIONS_HELP,
    REPORT_OPTIONS_HELP,
    "",
    "Kode keluar: 0 tanpa kesalahan, 1 ada baris dengan kesalahan, 2 berkas/pilihan tidak dapat dipakai.",
    "",
    "Contoh: pekerja-rentan periksa contoh/desa-contoh.xlsx --dtks contoh/dtks-contoh.xlsx --desa 61.04.01.2014",
    "        pekerja-rentan periksa daftar.xlsx --desa 61.04.01.2014 --laporan temuan-2026.xlsx",
    "        pekerja-rentan periksa daftar.xlsx --dtks keluarga_dtsen_v3_2026_61.04.csv --dtks anggota_keluarga_dtsen_v3_2026_61.04.csv",
  ].join("\n"),

  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, OPTIONS, "periksa");
    const file = singleFile(positionals, "periksa");
    const desil = desilOptions(values);
    // Checked before the (long) read of the list, so a mistake in the command costs nothing.
    const report = values.laporan === undefined ? undefined : reportPath(values.laporan);
    if (report) await refuseUnsafeOutput(report, [file, ...(values.dtks ?? [])], Boolean(values.timpa));
    const loaded = await loadAndCheck(file, { sheet: values.lembar, dtks: values.dtks, desa: values.desa, tahun: yearOption(values.tahun), ...desil });
    const written = report ? await writeReport(report, loaded, Boolean(values.timpa)) : undefined;
    if (values.json) {
      process.stdout.write(JSON.stringify(written ? { ...checkToJson(loaded), laporan: written } : checkToJson(loaded)) + "\n");
    } else {
      const style = makeStyle(process.stdout);
      process.stdout.write(formatTableReading(file, loaded.table, style) + "\n");
      if (loaded.dtks) process.stdout.write(formatExtractReading(extractReport(loaded.dtks), style) + "\n");
      process.stdout.write(formatFindings(loaded.result, style) + "\n");
      process.stdout.write(formatSummary(loaded.result, style, loaded.settings) + "\n");
      if (written) process.stdout.write(describeWrittenReport(written) + "\n");
    }
    return loaded.result.summary.errors > 0 ? 1 : 0;
  },
};

interface WrittenReport {
  readonly file: string;
  /** Worker rows listed (with a kesalahan or a peringatan). */
  readonly rows: number;
  /** The sheets, summary first. */
  readonly sheets: readonly string[];
  readonly cutCells: number;
}

async function writeReport(file: string, loaded: LoadedCheck, overwrite: boolean): Promise<WrittenReport> {
  // Loaded only for --laporan: the writer and the report's sheets are no part of an ordinary check.
  const [{ buildFindingsReport }, { writeFindingsReport }] = await Promise.all([import("../../domain/report"), import("../../adapters/xlsx/write-report")]);
  const today = new Date();
  const report = buildFindingsReport(loaded.result, loaded.table, {
    tanggal: { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() },
    tahun: loaded.settings.tahun,
    desa: await villageName(loaded),
    berkas: basename(loaded.file),
  });
  const { cut } = await writeFindingsReport(file, report, { overwrite });
  return { file, rows: report.rowsListed, sheets: report.sheets.map((s) => s.name), cutCells: cut.length };
}

/** From --desa (the Kemendagri list), else the name most rows give in a Desa column. */
async function villageName(loaded: LoadedCheck): Promise<string | undefined> {
  const code = loaded.settings.kodeDesa;
  if (code) {
    const village = (await loadRegions({ villages: true })).findVillage(code);
    if (village) return village.nama;
  }
  const counts = new Map<string, number>();
  for (const w of loaded.result.workers) if (w.desa && !/^\d/.test(w.desa)) counts.set(w.desa, (counts.get(w.desa) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function describeWrittenReport(r: WrittenReport): string {
  const listed = r.sheets.slice(1);
  const lines = [
    r.rows === 0
      ? `Laporan temuan ditulis ke ${r.file}: tidak ada baris yang perlu diperbaiki.`
      : `Laporan temuan ditulis ke ${r.file}: ${formatAngka(r.rows)} baris perlu diperbaiki, di lembar ${listed.join(", ")}.`,
  ];
  if (r.cutCells > 0) lines.push(`${formatAngka(r.cutCells)} sel terlalu panjang untuk Excel dan dipotong; lihat akhir sel yang bertanda.`);
  return lines.join("\n");
}
