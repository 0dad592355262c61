import { Button, Caption1, Link, makeStyles, mergeClasses, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { columnOfFinding } from "../../adapters/office";
import { cellAddress } from "../../adapters/office/a1";
import type { CheckedWorker } from "../../domain/check/check-workers";
import type { DesilSource } from "../../domain/dtks/desil";
import { dtksStatusText } from "../../domain/dtks/status-text";
import type { ColumnMapping } from "../../domain/table/worker-table";
import type { FindingCode } from "../../domain/finding";
import { PagedList } from "../components/PagedList";
import { useFindingsFocus } from "../navigation";
import { dtksFindings } from "./dtks-filters";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  head: { display: "flex", alignItems: "baseline", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  worker: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  rowTitle: { display: "flex", columnGap: tokens.spacingHorizontalXS, alignItems: "baseline", minWidth: 0 },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  status: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  message: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorder2}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground2Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  cell: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The workers behind one count of the matching: row, name, what the Status DTKS column says, and the
 * matching's messages. A click on a message selects the worker's cell in Excel.
 */
export function DtksWorkerList({
  heading,
  workers,
  mapping,
  settings,
  onSelect,
  onClose,
  findingCode,
}: {
  readonly heading: string;
  /** The finding behind this count: a link opens Periksa's findings on it, grouped and filterable. */
  readonly findingCode?: FindingCode;
  readonly workers: readonly CheckedWorker[];
  readonly mapping: ColumnMapping;
  readonly settings: { readonly desilMaksimal: number; readonly desilSumber: DesilSource };
  readonly onSelect: (row: number, column: number) => void;
  readonly onClose: () => void;
}) {
  const styles = useStyles();
  const { open: openFindings } = useFindingsFocus();
  const nikColumn = mapping.nik?.column ?? mapping.nama?.column;

  return (
    <section className={styles.section} aria-label="Pekerja menurut hasil DTKS">
      <div className={styles.head}>
        <Subtitle2 as="h3" className={styles.heading}>
          {heading}
        </Subtitle2>
        <Button size="small" appearance="subtle" onClick={onClose}>
          Tutup
        </Button>
      </div>
      {findingCode && (
        <Link as="button" inline onClick={() => openFindings({ code: findingCode })}>
          Lihat di daftar temuan Periksa
        </Link>
      )}
      <PagedList
        items={workers}
        keyOf={(worker) => worker.row}
        label={heading}
        render={(worker) => {
          const findings = dtksFindings(worker);
          return (
            <div className={styles.worker}>
              <div className={styles.rowTitle}>
                <Text size={200} weight="semibold">{`Baris ${worker.row}`}</Text>
                {worker.nama && (
                  <Text size={200} className={mergeClasses(styles.name, styles.muted)} title={worker.nama}>
                    {`· ${worker.nama}`}
                  </Text>
                )}
              </div>
              <Caption1 className={styles.status}>{dtksStatusText(worker, settings)}</Caption1>
              {findings.length === 0 && nikColumn !== undefined && (
                <button type="button" className={mergeClasses(styles.message, styles.info)} onClick={() => onSelect(worker.row, nikColumn)}>
                  <span className={styles.cell}>{cellAddress(worker.row, nikColumn)}</span>
                  <span>NIK dan nama sama dengan DTKS.</span>
                </button>
              )}
              {findings.map((finding, i) => {
                const column = columnOfFinding(finding, mapping);
                return (
                  <button
                    key={`${finding.code}-${i}`}
                    type="button"
                    className={mergeClasses(styles.message, finding.severity === "info" && styles.info)}
                    disabled={column === undefined}
                    title={column === undefined ? undefined : `Pilih sel ${cellAddress(worker.row, column)}`}
                    onClick={() => column !== undefined && onSelect(worker.row, column)}
                  >
                    <span className={styles.cell}>{column === undefined ? "" : cellAddress(worker.row, column)}</span>
                    <span>{finding.message}</span>
                  </button>
                );
              })}
            </div>
          );
        }}
      />
    </section>
  );
}
