import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { DtksSummary } from "../../domain/check/check-workers";
import { groupThousands } from "../../domain/format/group-thousands";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  value: { margin: 0, textAlign: "end", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, fontVariantNumeric: "tabular-nums" },
  attention: { color: tokens.colorPaletteDarkOrangeForeground1 },
  note: { color: tokens.colorNeutralForeground3 },
});

/** The matching's counts, as the CLI prints them, one line each. */
export function DtksCounts({ summary, desilMaksimal }: { readonly summary: DtksSummary; readonly desilMaksimal: number }) {
  const styles = useStyles();
  const lines: Array<{ label: string; value: number; attention?: boolean }> = [
    { label: "Ditemukan (NIK cocok)", value: summary.found },
    { label: "Cocok lewat nama + tgl lahir", value: summary.foundByName, attention: summary.foundByName > 0 },
    { label: "Tidak ditemukan (non-DTKS)", value: summary.notFound },
    { label: "Nama berbeda", value: summary.nameMismatch, attention: summary.nameMismatch > 0 },
    { label: `Desil di atas batas (${desilMaksimal})`, value: summary.desilAbove, attention: summary.desilAbove > 0 },
  ];
  if (summary.notChecked > 0) lines.push({ label: "Belum dicek (NIK dan nama kosong)", value: summary.notChecked });
  return (
    <>
      <dl className={styles.list} aria-label="Hasil pencocokan DTKS">
        {lines.map((line) => [
          <dt key={`${line.label}-t`} className={styles.term}>
            {line.label}
          </dt>,
          <dd key={`${line.label}-v`} className={mergeClasses(styles.value, line.attention && styles.attention)}>
            {groupThousands(line.value)}
          </dd>,
        ])}
      </dl>
      <Caption1 className={styles.note}>
        Yang tidak ditemukan tetap boleh didaftarkan; usulkan masuk DTSEN lewat operator SIKS-NG bila memenuhi syarat.
      </Caption1>
    </>
  );
}
