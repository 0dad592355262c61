import { Body1, Caption1, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { Submission } from "../../domain/ekspor";
import { formatAngka } from "../../domain/format";
import type { ExclusionCount } from "./submission-preview";

const useStyles = makeStyles({
  counts: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalM },
  count: {
    display: "flex",
    flexDirection: "column",
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  included: { backgroundColor: tokens.colorPaletteGreenBackground1 },
  excluded: { backgroundColor: tokens.colorPaletteRedBackground1 },
  heading: { margin: 0 },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  reason: { display: "flex", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  code: { color: tokens.colorNeutralForeground3 },
  details: { "& summary": { cursor: "pointer", fontWeight: tokens.fontWeightSemibold } },
  rows: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** Rejected rows listed in the pane; the rest are on the "Ditolak" sheet. */
const ROWS_SHOWN = 20;

/** How many workers go into the file and how many do not, and why. */
export function SubmissionPreviewView({ submission, excludedBy }: { readonly submission: Submission; readonly excludedBy: ReadonlyArray<ExclusionCount> }) {
  const styles = useStyles();
  const rejected = submission.rejected;

  return (
    <>
      <div className={styles.counts} role="group" aria-label="Pratinjau berkas">
        <div className={`${styles.count} ${styles.included}`}>
          <Text size={600} weight="semibold" data-testid="ekspor-masuk">
            {formatAngka(submission.included)}
          </Text>
          <Caption1>masuk berkas (lembar {submission.sheetName})</Caption1>
        </div>
        <div className={`${styles.count} ${rejected.length > 0 ? styles.excluded : ""}`}>
          <Text size={600} weight="semibold" data-testid="ekspor-ditolak">
            {formatAngka(rejected.length)}
          </Text>
          <Caption1>tidak masuk (lembar Ditolak)</Caption1>
        </div>
      </div>

      {excludedBy.length > 0 && (
        <section aria-label="Alasan tidak masuk">
          <Subtitle2 as="h3" className={styles.heading}>
            Alasan tidak masuk
          </Subtitle2>
          <ul className={styles.list}>
            {excludedBy.map((reason) => (
              <li key={reason.code} className={styles.reason}>
                <Body1>
                  {reason.label}
                </Body1>
                <Body1>{formatAngka(reason.count)}</Body1>
              </li>
            ))}
          </ul>
          <Caption1 className={styles.code}>Satu baris bisa punya lebih dari satu alasan.</Caption1>
        </section>
      )}

      {rejected.length > 0 && (
        <details className={styles.details}>
          <summary>Baris yang tidak masuk</summary>
          <ul className={styles.rows}>
            {rejected.slice(0, ROWS_SHOWN).map((row) => (
              <li key={row.row}>
                <Caption1>
                  Baris {row.row}
                  {row.nama ? ` · ${row.nama}` : ""}: {row.reasons.map((reason) => reason.message).join(" ")}
                </Caption1>
              </li>
            ))}
          </ul>
          {rejected.length > ROWS_SHOWN && <Caption1>… dan {formatAngka(rejected.length - ROWS_SHOWN)} baris lain di lembar Ditolak.</Caption1>}
        </details>
      )}
    </>
  );
}
