import type { RuleParameter } from "../rules/rule-parameters";

/**
 * Defaults for the contribution calculation that a village may change, each with the reason for its value.
 * Shown in the task pane's settings next to the validation thresholds of rules/rule-parameters.ts.
 */
export const IURAN_PARAMETERS: {
  readonly pp50: RuleParameter<boolean>;
  readonly declaredIncome: RuleParameter<number>;
} = {
  pp50: {
    value: false,
    label: "Terapkan diskon 50% iuran JKK dan JKM (PP 50/2025) pada iuran yang dibayar dari APBDes",
    source:
      "PP 50/2025 mengecualikan peserta BPU yang iurannya dibayar melalui APBN atau APBD; APBDes tidak disebut dalam sumber " +
      "mana pun yang terbaca (BPJS memakai kode wadah terpisah: SD untuk APBDes, SA untuk APBD). Bawaan: tidak diterapkan, " +
      "sehingga anggaran tidak kurang bila diskon ternyata tidak berlaku. Tanyakan ke Kantor Cabang BPJS Ketenagakerjaan.",
    confidence: "UNCONFIRMED",
  },
  declaredIncome: {
    value: 1_000_000,
    label: "Penghasilan dilaporkan per pekerja (Rp per bulan)",
    source:
      "Tingkat terendah Lampiran II PP 44/2015, yang lazim untuk pekerja rentan desa: iuran Rp 16.800 = JKK Rp 10.000 + JKM Rp 6.800.",
    confidence: "CONFIRMED",
  },
};
