import { parseCommandArgs } from "../args";
import { singleFile, WORKBOOK_OPTIONS, WORKBOOK_OPTIONS_HELP, yearOption } from "../common-options";
import { loadAndCheck } from "../load-and-check";
import { checkToJson } from "../output/check-json";
import { formatFindings, formatSummary, formatTableReading } from "../output/format-check";
import { makeStyle } from "../output/style";
import type { Command } from "./command";

export const periksa: Command = {
  name: "periksa",
  summary: "memeriksa daftar pekerja: NIK, duplikat, tanggal lahir, usia, No. HP, status DTKS",
  help: [
    "pekerja-rentan periksa BERKAS.xlsx [pilihan]",
    "",
    "Memeriksa setiap baris daftar pekerja tanpa mengubah berkas, lalu menampilkan temuan per baris.",
    "",
    "Pilihan:",
    WORKBOOK_OPTIONS_HELP,
    "",
    "Contoh: pekerja-rentan periksa contoh/desa-contoh.xlsx --dtks contoh/dtks-contoh.xlsx --desa 61.04.01.2014",
  ].join("\n"),

  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, WORKBOOK_OPTIONS, "periksa");
    const file = singleFile(positionals, "periksa");
    const loaded = await loadAndCheck(file, { sheet: values.lembar, dtks: values.dtks, desa: values.desa, tahun: yearOption(values.tahun) });
    if (values.json) {
      process.stdout.write(JSON.stringify(checkToJson(loaded)) + "\n");
    } else {
      const style = makeStyle(process.stdout);
      process.stdout.write(formatTableReading(file, loaded.table, style) + "\n");
      if (loaded.dtks) process.stdout.write(`Ekstrak DTKS: ${loaded.dtks.description}\n`);
      process.stdout.write(formatFindings(loaded.result, style) + "\n");
      process.stdout.write(formatSummary(loaded.result, style) + "\n");
    }
    return loaded.result.summary.errors > 0 ? 1 : 0;
  },
};
