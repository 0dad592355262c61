import type { Settings } from "../../domain/settings";

/** Names of the settings a check depends on, as Pengaturan labels them. */
const LABELS: Readonly<Record<keyof Settings, string>> = {
  tahun: "tahun anggaran",
  kodeDesa: "desa",
  usiaMinimal: "usia minimal",
  usiaMaksimal: "usia maksimal",
  desilMaksimal: "batas desil",
  desilSumber: "sumber desil",
  ambangKemiripanNama: "kemiripan nama",
};

/**
 * Which settings differ between the last check and now ("tahun anggaran", "desa"): non-empty means the
 * findings, budget and export were computed with settings the secretary has since changed.
 */
export function changedSettings(used: Settings | undefined, now: Settings): string[] {
  if (!used) return [];
  return (Object.keys(LABELS) as Array<keyof Settings>).filter((key) => used[key] !== now[key]).map((key) => LABELS[key]);
}

/** "Pengaturan berubah sejak pemeriksaan terakhir (tahun anggaran, desa)…", or undefined when up to date. */
export function stalenessMessage(used: Settings | undefined, now: Settings): string | undefined {
  const changed = changedSettings(used, now);
  if (changed.length === 0) return undefined;
  return `Pengaturan berubah sejak pemeriksaan terakhir (${changed.join(", ")}): temuan, anggaran, dan ekspor masih memakai pengaturan lama. Klik "Periksa ulang" di tab Periksa.`;
}
