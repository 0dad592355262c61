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
  "  --desa KODE      kode desa Kemendagri, mis. 61.04.01.2014 (memeriksa NIK dari luar kabupaten)",
  "  --lembar NAMA    nama lembar kerja yang berisi daftar pekerja (bawaan: dicari otomatis)",
  "  --tahun TTTT     tahun anggaran; usia dihitung per 1 Januari (bawaan: tahun berjalan)",
  "  --json           keluaran satu dokumen JSON",
].join("\n");

export function yearOption(value: string | undefined): number {
  return intOption(value, "--tahun", 2015, 2100) ?? new Date().getFullYear();
}

export function singleFile(positionals: string[], command: string): string {
  if (positionals.length === 0) throw new UnusableInputError(`Sebutkan berkas daftar pekerja (.xlsx). Contoh: pekerja-rentan ${command} contoh/desa-contoh.xlsx`);
  if (positionals.length > 1) throw new UnusableInputError(`Perintah ${command} memeriksa satu berkas; diberikan ${positionals.length}: ${positionals.join(", ")}. Untuk banyak desa pakai: pekerja-rentan gabung`);
  return positionals[0]!;
}
