import type { CellFix, FixCode } from "./cell-fix";

/** What each kind of fix does, in the words of the preview's group headings ("Pemisah NIK dihapus (12)"). */
export const FIX_LABELS: Readonly<Record<FixCode, string>> = {
  NIK_SEPARATORS: "Spasi/titik di NIK dihapus, disimpan sebagai teks",
  KK_SEPARATORS: "Spasi/titik di No. KK dihapus, disimpan sebagai teks",
  PHONE_LEADING_ZERO: "Angka 0 di depan No. HP dikembalikan",
  PHONE_CONVENTION: "Awalan No. HP diseragamkan",
  SEX_CONVENTION: "Penulisan jenis kelamin diseragamkan",
  DATE_CONVENTION: "Penulisan tanggal lahir diseragamkan",
  NAME_SPACES: "Spasi berlebih di nama dihapus",
};

/** The preview's groups: each kind of fix with its label and how many cells it changes, in FIX_LABELS order. */
export function groupFixes(fixes: readonly CellFix[]): Array<{ readonly code: FixCode; readonly label: string; readonly fixes: readonly CellFix[] }> {
  return (Object.keys(FIX_LABELS) as FixCode[])
    .map((code) => ({ code, label: FIX_LABELS[code], fixes: fixes.filter((f) => f.code === code) }))
    .filter((g) => g.fixes.length > 0);
}
