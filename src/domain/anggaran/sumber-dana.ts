import type { Confidence } from "../confidence";

/**
 * Siskeudes funding-source codes (SECONDARY: Siskeudes publishes no code list; these are the codes public
 * Siskeudes-reading code groups budgets by). A Siskeudes RAB row (table Ta_RABRinci) holds one
 * `SumberDana`, so a budget split across sources becomes one row per source.
 * Printed documents use other labels (DD-APBN, BAN-PROV); the label here is only the default.
 */
export const SUMBER_DANA_KODE = ["DDS", "ADD", "PAD", "PBH", "PBP", "PBK", "SWD", "PDL"] as const;
export type SumberDanaKode = (typeof SUMBER_DANA_KODE)[number];

export interface SumberDana {
  readonly kode: SumberDanaKode;
  readonly label: string;
  readonly confidence: Confidence;
  /** Shown in the budget notes when this source is chosen; Indonesian. */
  readonly note?: string;
}

export const SUMBER_DANA: Readonly<Record<SumberDanaKode, SumberDana>> = {
  DDS: {
    kode: "DDS",
    label: "Dana Desa",
    confidence: "SECONDARY",
    note:
      "Sumber dana Dana Desa (DDS): sumber berbeda pendapat apakah Dana Desa boleh membayar iuran pekerja rentan; BPJS dan DPMD " +
      "menyebut Permendes PDT 16/2025 mengizinkannya, terutama untuk pekerja Padat Karya Tunai Desa. Pastikan ke DPMD kabupaten.",
  },
  ADD: { kode: "ADD", label: "Alokasi Dana Desa", confidence: "SECONDARY" },
  PAD: { kode: "PAD", label: "Pendapatan Asli Desa", confidence: "SECONDARY" },
  PBH: { kode: "PBH", label: "Bagi Hasil Pajak dan Retribusi Daerah", confidence: "SECONDARY" },
  PBP: {
    kode: "PBP",
    label: "Bantuan Keuangan Provinsi",
    confidence: "SECONDARY",
    note: "Sumber dana Bantuan Keuangan Provinsi (PBP): pastikan iuran jaminan ketenagakerjaan pekerja rentan termasuk menu kegiatan bantuan provinsi.",
  },
  PBK: { kode: "PBK", label: "Bantuan Keuangan Kabupaten/Kota", confidence: "SECONDARY" },
  SWD: { kode: "SWD", label: "Swadaya Masyarakat", confidence: "SECONDARY" },
  PDL: { kode: "PDL", label: "Pendapatan Lain-lain", confidence: "SECONDARY" },
};
