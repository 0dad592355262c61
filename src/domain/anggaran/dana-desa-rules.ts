import type { Confidence } from "../confidence";

/**
 * What Dana Desa may pay for in a budget year, as data: the rules a village must respect when the iuran is
 * paid from DDS. To add a year, add a row; a year without its own Permendes copies the last one and says so.
 */
export interface DanaDesaRules {
  readonly tahun: number;
  /** The regulation that sets the year's priorities and prohibitions. */
  readonly regulation: string;
  /** BPJS contributions Dana Desa may not pay. */
  readonly mayNotPay: string;
  /** Whether Dana Desa may pay the pekerja rentan's contributions, and how sure that is. */
  readonly pekerjaRentan: string;
  /** Set when the year has no regulation of its own yet and the rules are carried over. */
  readonly provisional?: string;
  /** Where the rule comes from (kept in the data; official sheets show the regulation only). */
  readonly source: string;
  readonly confidence: Confidence;
}

const RULES_2026: DanaDesaRules = {
  tahun: 2026,
  regulation: "Permendes PDT 16/2025",
  mayNotPay: "iuran BPJS Kesehatan dan BPJS Ketenagakerjaan kepala desa, perangkat desa dan anggota BPD",
  pekerjaRentan:
    "iuran pekerja rentan tidak termasuk yang dilarang, dan BPJS Ketenagakerjaan serta DPMD membacanya sebagai boleh, terutama untuk pekerja PKTD",
  source:
    "Permendes PDT 16/2025 (29 Des 2025), daftar 8 larangan penggunaan Dana Desa TA 2026 sebagaimana dimuat situs desa (cibodas-kutawaringin.desa.id, 6 Jan 2026; nttkreatif.com); BPJS Ketenagakerjaan Tanah Laut dalam FGD Kab. Banjar (13 Feb 2026). Bunyi pasal yang membolehkan belum terbaca.",
  confidence: "SECONDARY",
};

export const DANA_DESA_RULES: ReadonlyArray<DanaDesaRules> = [
  RULES_2026,
  {
    ...RULES_2026,
    tahun: 2027,
    provisional: "belum ada Permendes 2027; aturan TA 2026 dipakai sampai diganti",
    source: `${RULES_2026.source} Untuk TA 2027 belum ada Permendes tentang prioritas Dana Desa; aturan 2026 dipakai sampai diganti.`,
    confidence: "UNCONFIRMED",
  },
];

/** The rules for a budget year: its own row, or none before 2026 (no rules table is kept for earlier years). */
export function danaDesaRulesFor(tahun: number): DanaDesaRules | undefined {
  const own = DANA_DESA_RULES.find((r) => r.tahun === tahun);
  if (own) return own;
  const last = DANA_DESA_RULES[DANA_DESA_RULES.length - 1]!;
  if (tahun > last.tahun) return { ...RULES_2026, tahun, provisional: `belum ada Permendes ${tahun}; aturan TA 2026 dipakai sampai diganti`, confidence: "UNCONFIRMED" };
  return undefined;
}

/** The sentence shown with the budget (CLI notes, the pane's Anggaran tab, the RAB sheet's Catatan). */
export function danaDesaNote(rules: DanaDesaRules): string {
  const basis = rules.provisional ? `${rules.regulation} (${rules.provisional})` : rules.regulation;
  return `Dana Desa TA ${rules.tahun} menurut ${basis}: Dana Desa tidak boleh membayar ${rules.mayNotPay}; ${rules.pekerjaRentan}.`;
}
