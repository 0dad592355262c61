import { DESIL_PRESETS, DESIL_SOURCE_LABELS, DESIL_SOURCES, type DesilSource } from "../domain/dtks/desil";
import { BUDGET_YEAR } from "../domain/budget-year";
import { RULE_PARAMETERS } from "../domain/rules/rule-parameters";
import { intOption } from "./args";
import { UnusableInputError } from "./cli-error";

/** Options every command that reads a worker workbook accepts. */
export const WORKBOOK_OPTIONS = {
  dtks: { type: "string", multiple: true },
  desa: { type: "string" },
  lembar: { type: "string" },
  tahun: { type: "string" },
  json: { type: "boolean" },
} as const;

export const WORKBOOK_OPTIONS_HELP = [
  "  --dtks BERKAS    ekstrak DTSEN/DTKS (.xlsx atau .csv); boleh diulang: --dtks keluarga.csv --dtks anggota.csv",
  "                   (berkas keluarga + anggota DTSEN, daftar desil SIKS-NG, BNBA, atau ekstrak DTKS lama)",
  "  --desa KODE      kode desa Kemendagri, mis. 61.04.01.2014 (memeriksa NIK dari luar kabupaten)",
  "  --lembar NAMA    nama lembar kerja yang berisi daftar pekerja (bawaan: dicari otomatis)",
  "  --tahun TTTT     tahun anggaran; usia dihitung per 1 Januari (bawaan: tahun berjalan)",
  "  --json           keluaran satu dokumen JSON",
].join("\n");

/** `periksa --laporan`: the printable findings report, a new workbook beside the list. */
export const REPORT_OPTIONS = {
  laporan: { type: "string" },
  timpa: { type: "boolean" },
} as const;

export const REPORT_OPTIONS_HELP = [
  "  --laporan BERKAS laporan temuan untuk dicetak (.xlsx, berkas baru): satu lembar per dusun (atau RT),",
  "                   setiap baris dengan masalahnya dan dokumen yang perlu dibawa (KTP, KK)",
  "  --timpa          boleh menimpa berkas laporan yang sudah ada (berkas masukan tidak pernah ditimpa)",
].join("\n");

/** The path of `--laporan`: an .xlsx name, or an Indonesian message (exit 2). */
export function reportPath(value: string): string {
  if (value.trim() === "") throw new UnusableInputError("Sebutkan nama berkas laporan: --laporan TEMUAN.xlsx");
  if (!/\.xlsx$/i.test(value.trim())) {
    throw new UnusableInputError(`Berkas laporan harus berakhiran .xlsx, mis. --laporan temuan.xlsx (diberikan: ${value}).`);
  }
  return value.trim();
}

/** The desil threshold and ranking (periksa, ekspor, calon). */
export const DESIL_OPTIONS = {
  "desil-maks": { type: "string" },
  "desil-sumber": { type: "string" },
} as const;

const DEFAULT_DESIL = RULE_PARAMETERS.desilMaksimal.value;
const DEFAULT_SOURCE = RULE_PARAMETERS.desilSumber.value;

export const DESIL_OPTIONS_HELP = [
  `  --desil-maks N   desil DTSEN tertinggi yang masih sasaran, 1–10 (bawaan ${DEFAULT_DESIL}). Ambang yang dipakai program:`,
  ...DESIL_PRESETS.map((p) => `                     ${p.maksimal} = ${p.purpose}${p.maksimal === DEFAULT_DESIL ? " (bawaan)" : ""}: ${p.source} [${p.confidence}]`),
  `  --desil-sumber S peringkat desil yang dipakai: ${DESIL_SOURCES.map((s) => `${s} (${DESIL_SOURCE_LABELS[s]})`).join(", ")};`,
  `                   bawaan ${DEFAULT_SOURCE}. ${RULE_PARAMETERS.desilSumber.source}`,
].join("\n");

export interface DesilChoice {
  readonly desilMaksimal?: number;
  readonly desilSumber?: DesilSource;
}

/** `--desil-maks` and `--desil-sumber`, validated with Indonesian messages (exit 2). */
export function desilOptions(values: { readonly "desil-maks"?: string; readonly "desil-sumber"?: string }): DesilChoice {
  const raw = values["desil-maks"];
  let desilMaksimal: number | undefined;
  if (raw !== undefined) {
    // Decimal digits only, as every number option (args.ts): "0x4" or "4e0" is not a desil.
    const n = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > 10) {
      const presets = DESIL_PRESETS.map((p) => `${p.maksimal} (${p.purpose})`).join(", ");
      throw new UnusableInputError(`--desil-maks harus bilangan bulat 1–10, bukan "${raw}". Ambang yang dipakai program: ${presets}.`);
    }
    desilMaksimal = n;
  }
  return { desilMaksimal, desilSumber: desilSourceOption(values["desil-sumber"]) };
}

function desilSourceOption(value: string | undefined): DesilSource | undefined {
  if (value === undefined) return undefined;
  const key = value
    .trim()
    .toLowerCase()
    .replace(/^desil[\s_-]*/, "")
    .replace(/[\s/-]+/g, "_");
  const aliases: Record<string, DesilSource> = {
    nasional: "nasional",
    nas: "nasional",
    provinsi: "provinsi",
    prov: "provinsi",
    kabupaten_kota: "kabupaten_kota",
    kabupaten: "kabupaten_kota",
    kota: "kabupaten_kota",
    kab: "kabupaten_kota",
    kab_kota: "kabupaten_kota",
  };
  const source = aliases[key];
  if (!source) {
    throw new UnusableInputError(`--desil-sumber "${value}" tidak dikenal. Pakai salah satu: ${DESIL_SOURCES.map((s) => `${s} (${DESIL_SOURCE_LABELS[s]})`).join(", ")}.`);
  }
  return source;
}

export function yearOption(value: string | undefined): number {
  return intOption(value, "--tahun", BUDGET_YEAR.min, BUDGET_YEAR.max) ?? new Date().getFullYear();
}

export function singleFile(positionals: string[], command: string): string {
  if (positionals.length === 0) throw new UnusableInputError(`Sebutkan berkas daftar pekerja (.xlsx). Contoh: pekerja-rentan ${command} contoh/desa-contoh.xlsx`);
  if (positionals.length > 1) throw new UnusableInputError(`Perintah ${command} memeriksa satu berkas; diberikan ${positionals.length}: ${positionals.join(", ")}. Untuk banyak desa pakai: pekerja-rentan gabung`);
  return positionals[0]!;
}
