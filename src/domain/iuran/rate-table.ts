import type { Confidence } from "../confidence";
import { parseRateTable, type IncomeLevelRow, type RateTable, type RateTableInput } from "./rate-table-schema";

/**
 * The BPU contribution rules as data: PP 44/2015 with its Lampiran II income levels, as amended by
 * PP 82/2019 and PP 49/2023 (JKK, JKM), PP 46/2015 jo. PP 60/2015 (JHT) and PP 50/2025 (the 2026 discount);
 * every row names its own source and confidence.
 * To change a rate, end the old row (`berlaku_sampai`) and add a new one; never edit a past figure, or
 * old budgets stop reproducing. Parsed at module load: see rate-table-schema.ts for what is checked.
 */

/** PP 44/2015 took effect on 1 July 2015, when BPJS Ketenagakerjaan began running JKK and JKM. */
const SINCE_PP44 = "2015-07";

const LAMPIRAN_II_SOURCE =
  "PP 44/2015 Lampiran II (tabel penghasilan peserta BPU), masih dirujuk PP 50/2025. Tingkat dan dasar penghasilan " +
  "dari salinan sekunder (simulator JagaPekerja, github.com/hibahtiar/jaga-pekerja, simulasi-bpu.html); belum dicocokkan " +
  "dengan PDF resmi https://peraturan.bpk.go.id/Download/28929/PP%20Nomor%2044%20Tahun%202015%20-%20Lampiran%202.pdf";

/**
 * [level, lowest income of the band, nominal base]. Bases step by Rp 200.000 to 2,6 jt, by Rp 500.000 from
 * 2,95 jt to 7,95 jt, then by Rp 1.000.000 to 20,7 jt; both known anchors (level 1 → JKK Rp 10.000,
 * top JKK Rp 207.000) match. A band runs to one rupiah below the next level's lowest income: the source
 * ends bands at "…099.000", leaving gaps such as 1.099.500 that belong to no band, so only the lower
 * edges are taken from it.
 */
const LEVELS: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1_000_000, 1_000_000],
  [2, 1_100_000, 1_200_000],
  [3, 1_300_000, 1_400_000],
  [4, 1_500_000, 1_600_000],
  [5, 1_700_000, 1_800_000],
  [6, 1_900_000, 2_000_000],
  [7, 2_100_000, 2_200_000],
  [8, 2_300_000, 2_400_000],
  [9, 2_500_000, 2_600_000],
  [10, 2_700_000, 2_950_000],
  [11, 3_200_000, 3_450_000],
  [12, 3_700_000, 3_950_000],
  [13, 4_200_000, 4_450_000],
  [14, 4_700_000, 4_950_000],
  [15, 5_200_000, 5_450_000],
  [16, 5_700_000, 5_950_000],
  [17, 6_200_000, 6_450_000],
  [18, 6_700_000, 6_950_000],
  [19, 7_200_000, 7_450_000],
  [20, 7_700_000, 7_950_000],
  [21, 8_200_000, 8_700_000],
  [22, 9_200_000, 9_700_000],
  [23, 10_200_000, 10_700_000],
  [24, 11_200_000, 11_700_000],
  [25, 12_200_000, 12_700_000],
  [26, 13_200_000, 13_700_000],
  [27, 14_200_000, 14_700_000],
  [28, 15_200_000, 15_700_000],
  [29, 16_200_000, 16_700_000],
  [30, 17_200_000, 17_700_000],
  [31, 18_200_000, 18_700_000],
  [32, 19_200_000, 19_700_000],
  [33, 20_200_000, 20_700_000],
];

function levelRow([level, bandMin, dasarPenghasilan]: readonly [number, number, number]): IncomeLevelRow {
  // Level 1 (Rp 1.000.000 → Rp 16.800 with JKM) is confirmed by several sources; the other bases only by one.
  const dasarConfidence: Confidence = level === 1 ? "CONFIRMED" : "SECONDARY";
  return { level, bandMin, dasarPenghasilan, bandConfidence: "UNCONFIRMED", dasarConfidence };
}

const RAW: RateTableInput = {
  incomeEditions: [
    {
      id: "PP44_2015_LAMPIRAN_II",
      berlaku_mulai: SINCE_PP44,
      berlaku_sampai: null,
      source: LAMPIRAN_II_SOURCE,
      confidence: "SECONDARY",
      // The top level is Rp 20.700.000 (highest JKK Rp 207.000, SECONDARY). Whether Lampiran II accepts a
      // higher declared income at that level is not known, so a higher income is reported, not clamped.
      ceiling: 20_700_000,
      ceilingConfidence: "UNCONFIRMED",
      levels: LEVELS.map(levelRow),
    },
  ],
  bpuRates: [
    {
      id: "BPU_JKK_1_PERSEN",
      program: "JKK",
      kind: "percent",
      rateBp: 100,
      berlaku_mulai: SINCE_PP44,
      berlaku_sampai: null,
      source: "PP 44/2015 jo. PP 82/2019 jo. PP 49/2023: iuran JKK peserta BPU 1% dari nilai nominal penghasilan Lampiran II",
      confidence: "CONFIRMED",
    },
    {
      id: "BPU_JKM_6800",
      program: "JKM",
      kind: "flat",
      amount: 6_800,
      berlaku_mulai: SINCE_PP44,
      berlaku_sampai: null,
      source: "PP 44/2015 jo. PP 82/2019: iuran JKM peserta BPU Rp 6.800 per bulan",
      confidence: "CONFIRMED",
    },
    {
      id: "BPU_JHT_2_PERSEN",
      program: "JHT",
      kind: "percent",
      rateBp: 200,
      berlaku_mulai: SINCE_PP44,
      berlaku_sampai: null,
      source: "PP 46/2015 jo. PP 60/2015: iuran JHT peserta BPU 2% dari penghasilan yang dilaporkan (pilihan)",
      confidence: "CONFIRMED",
    },
  ],
  discounts: [
    {
      id: "PP50_2025_TRANSPORTASI",
      regulation: "PP 50/2025",
      sektor: "transportasi",
      programs: ["JKK", "JKM"],
      discountBp: 5_000,
      berlaku_mulai: "2026-01",
      berlaku_sampai: "2027-03",
      source:
        "PP 50/2025 Pasal 4 ayat (1): penyesuaian 50% iuran JKK dan JKM peserta BPU sektor transportasi (pengemudi daring dan " +
        "non-daring, kurir), iuran Januari 2026–Maret 2027; dikutip CNBC Indonesia 4 Feb 2026, babeindonesia, satusuarabangsa. " +
        "Peserta yang iurannya dibayar APBN/APBD dikecualikan.",
      confidence: "CONFIRMED",
    },
    {
      id: "PP50_2025_LAINNYA",
      regulation: "PP 50/2025",
      sektor: "lainnya",
      programs: ["JKK", "JKM"],
      discountBp: 5_000,
      berlaku_mulai: "2026-04",
      berlaku_sampai: "2026-12",
      source:
        "PP 50/2025 Pasal 4 ayat (1): penyesuaian 50% iuran JKK dan JKM peserta BPU selain sektor transportasi, iuran " +
        "April–Desember 2026; dikutip CNBC Indonesia 4 Feb 2026, babeindonesia, satusuarabangsa. Peserta yang iurannya " +
        "dibayar APBN/APBD dikecualikan.",
      confidence: "CONFIRMED",
    },
  ],
};

export const BPU_RATE_TABLE: RateTable = parseRateTable(RAW);
