import type { Confidence } from "../confidence";
import { DESIL_PRESETS, type DesilSource } from "../dtks/desil";
import type { Settings } from "../settings";

/** A validation threshold with the reason for its default, shown in the task pane's settings. */
export interface RuleParameter<T> {
  readonly value: T;
  readonly label: string;
  readonly source: string;
  readonly confidence: Confidence;
}

type ParameterKey = "usiaMinimal" | "usiaMaksimal" | "desilMaksimal" | "desilSumber" | "ambangKemiripanNama";

export const RULE_PARAMETERS: { readonly [K in ParameterKey]: RuleParameter<Settings[K]> } = {
  usiaMinimal: {
    value: 18,
    label: "Usia minimal peserta (tahun, per 1 Januari tahun anggaran)",
    source:
      "Batas usia minimal BPU tidak ditemukan dalam sumber yang dapat dibaca; 18 tahun dipakai sebagai batas aman. Tanyakan ke Kantor Cabang BPJS Ketenagakerjaan.",
    confidence: "UNCONFIRMED",
  },
  usiaMaksimal: {
    value: 65,
    label: "Usia maksimal saat didaftarkan (tahun)",
    source:
      "Permenaker 1/2016 memakai batas 56 tahun; BPJS mengusulkan 61 (2017); angka 65 sering dikutip tetapi belum terverifikasi pada Permenaker 5/2021 jo. Permenaker 1/2025. Tanyakan ke Kantor Cabang.",
    confidence: "UNCONFIRMED",
  },
  desilMaksimal: {
    value: DESIL_PRESETS[0]!.maksimal,
    label: "Desil DTSEN tertinggi yang masih sasaran",
    source: DESIL_PRESETS[0]!.source,
    confidence: DESIL_PRESETS[0]!.confidence,
  },
  desilSumber: {
    value: "nasional" satisfies DesilSource,
    label: "Peringkat desil yang dipakai (nasional, provinsi, atau kabupaten/kota)",
    source: "Program BPJS Ketenagakerjaan dan Inpres 8/2025 menyebut 40% terbawah secara nasional; desil provinsi/kabupaten hanya bila Pemda menetapkannya.",
    confidence: "SECONDARY",
  },
  ambangKemiripanNama: {
    value: 0.8,
    label: "Kemiripan nama minimal dengan DTKS (0–1)",
    source: "Ambang kerja aplikasi ini: gelar, tanda baca, huruf besar/kecil dan inisial sudah diabaikan sebelum dibandingkan.",
    confidence: "UNCONFIRMED",
  },
};

/**
 * Hard bounds outside which an age is certainly a typing mistake rather than a policy question:
 * an error, not a warning. 15 is the general minimum working age (UU 13/2003 Pasal 68-69).
 */
export const PLAUSIBLE_AGE = { min: 15, max: 100 } as const;

export function defaultSettings(tahun: number): Settings {
  return {
    tahun,
    usiaMinimal: RULE_PARAMETERS.usiaMinimal.value,
    usiaMaksimal: RULE_PARAMETERS.usiaMaksimal.value,
    desilMaksimal: RULE_PARAMETERS.desilMaksimal.value,
    desilSumber: RULE_PARAMETERS.desilSumber.value,
    ambangKemiripanNama: RULE_PARAMETERS.ambangKemiripanNama.value,
  };
}
