import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { groupThousands } from "../../domain/format/group-thousands";
import { dtksCountLines, type DtksFilter, type PaneDtksSummary } from "./dtks-filters";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  line: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    alignItems: "baseline",
    width: "100%",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    ":disabled": { cursor: "default", backgroundColor: "transparent", color: tokens.colorNeutralForeground3 },
  },
  selected: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorNeutralForeground1, ":hover": { backgroundColor: tokens.colorBrandBackground2Hover } },
  term: { overflowWrap: "anywhere", textDecorationLine: "underline", textDecorationStyle: "dotted", textUnderlineOffset: "3px" },
  plain: { textDecorationLine: "none" },
  value: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums", textAlign: "end" },
  attention: { color: tokens.colorPaletteDarkOrangeForeground1 },
  note: { color: tokens.colorNeutralForeground3 },
});

/**
 * The matching's counts, one line each; a line is a button that lists its workers below (pressed
 * again, the list closes). A zero count has nothing to list.
 */
export function DtksCounts({
  summary,
  desilMaksimal,
  selected,
  onSelect,
}: {
  readonly summary: PaneDtksSummary;
  readonly desilMaksimal: number;
  readonly selected?: DtksFilter;
  readonly onSelect: (filter: DtksFilter | undefined) => void;
}) {
  const styles = useStyles();
  const lines = dtksCountLines(summary, desilMaksimal);
  return (
    <>
      <ul className={styles.list} aria-label="Hasil pencocokan DTKS">
        {lines.map((line) => (
          <li key={line.filter}>
            <button
              type="button"
              className={mergeClasses(styles.line, selected === line.filter && styles.selected)}
              aria-pressed={selected === line.filter}
              disabled={line.count === 0}
              title={line.count === 0 ? undefined : `Tampilkan ${groupThousands(line.count)} pekerja ini`}
              data-count={line.count}
              onClick={() => onSelect(selected === line.filter ? undefined : line.filter)}
            >
              <span className={mergeClasses(styles.term, line.count === 0 && styles.plain)}>{line.label}</span>
              <span className={mergeClasses(styles.value, line.attention && styles.attention)}>{groupThousands(line.count)}</span>
            </button>
          </li>
        ))}
      </ul>
      <Caption1 className={styles.note}>
        Klik sebuah angka untuk melihat pekerjanya. Yang tidak ditemukan tetap boleh didaftarkan; usulkan masuk DTSEN lewat operator SIKS-NG bila memenuhi syarat.
      </Caption1>
    </>
  );
}
