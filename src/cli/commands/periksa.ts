import { parseCommandArgs } from "../args";
import { DESIL_OPTIONS, DESIL_OPTIONS_HELP, desilOptions, singleFile, WORKBOOK_OPTIONS, WORKBOOK_OPTIONS_HELP, yearOption } from "../common-options";
import { loadAndCheck } from "../load-and-check";
import { checkToJson } from "../output/check-json";
import { extractReport, formatExtractReading } from "../output/extract-report";
import { formatFindings, formatSummary, formatTableReading } from "../output/format-check";
import { makeStyle } from "../output/style";
import type { Command } from "./command";

const OPTIONS = { ...WORKBOOK_OPTIONS, ...DESIL_OPTIONS } as const;

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
    "",
    "Contoh: pekerja-rentan periksa contoh/desa-contoh.xlsx --dtks contoh/dtks-contoh.xlsx --desa 61.04.01.2014",
    "        pekerja-rentan periksa daftar.xlsx --dtks keluarga_dtsen_v3_2026_61.04.csv --dtks anggota_keluarga_dtsen_v3_2026_61.04.csv",
  ].join("\n"),

  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, OPTIONS, "periksa");
    const file = singleFile(positionals, "periksa");
    const desil = desilOptions(values);
    const loaded = await loadAndCheck(file, { sheet: values.lembar, dtks: values.dtks, desa: values.desa, tahun: yearOption(values.tahun), ...desil });
    if (values.json) {
      process.stdout.write(JSON.stringify(checkToJson(loaded)) + "\n");
    } else {
      const style = makeStyle(process.stdout);
      process.stdout.write(formatTableReading(file, loaded.table, style) + "\n");
      if (loaded.dtks) process.stdout.write(formatExtractReading(extractReport(loaded.dtks), style) + "\n");
      process.stdout.write(formatFindings(loaded.result, style) + "\n");
      process.stdout.write(formatSummary(loaded.result, style, loaded.settings) + "\n");
    }
    return loaded.result.summary.errors > 0 ? 1 : 0;
  },
};
