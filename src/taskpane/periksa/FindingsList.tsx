import { Button, Caption1, makeStyles, mergeClasses, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { columnOfFinding } from "../../adapters/office";
import { cellAddress } from "../../adapters/office/a1";
import type { CheckResult } from "../../domain/check/check-workers";
import { FIELD_LABELS } from "../../domain/fields";
import type { Finding, Severity } from "../../domain/finding";
import { groupThousands } from "../../domain/format/group-thousands";
import type { ColumnMapping } from "../../domain/table/worker-table";
import { groupFindings, SEVERITIES, SEVERITY_LABELS, type RowGroup } from "./finding-groups";

/** Rows shown at once: a 10,000-row list stays as quick as a short one. */
export const ROWS_PER_PAGE = 20;

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  rowTitle: { display: "flex", columnGap: tokens.spacingHorizontalXS, alignItems: "baseline", minWidth: 0 },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  finding: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderLeft: `${tokens.strokeWidthThick} solid`,
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
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  cell: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  pager: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  tabs: { flexWrap: "wrap" },
});

/**
 * The findings, by severity (a tab each, with its count) and by row (with the worker's name), a page
 * of rows at a time. A click on a finding selects its cell in Excel.
 */
export function FindingsList({
  result,
  mapping,
  onSelect,
}: {
  readonly result: CheckResult;
  readonly mapping: ColumnMapping;
  readonly onSelect: (finding: Finding, column: number) => void;
}) {
  const styles = useStyles();
  const grouped = useMemo(() => groupFindings(result), [result]);
  const [severity, setSeverity] = useState<Severity>(() => firstWithFindings(grouped.counts));
  const [page, setPage] = useState(0);

  // A new check starts again at the first page of its most serious findings.
  useEffect(() => {
    setSeverity(firstWithFindings(grouped.counts));
    setPage(0);
  }, [grouped]);

  const rows = grouped.rows[severity];
  const pages = Math.max(1, Math.ceil(rows.length / ROWS_PER_PAGE));
  const shown = rows.slice(page * ROWS_PER_PAGE, (page + 1) * ROWS_PER_PAGE);

  return (
    <section aria-label="Temuan" className={styles.group}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={severity}
        onTabSelect={(_, data) => {
          setSeverity(data.value as Severity);
          setPage(0);
        }}
        aria-label="Tingkat temuan"
      >
        {SEVERITIES.map((s) => (
          <Tab key={s} value={s}>{`${SEVERITY_LABELS[s]} (${groupThousands(grouped.counts[s])})`}</Tab>
        ))}
      </TabList>
      {rows.length === 0 ? (
        <Caption1 className={styles.muted}>{`Tidak ada ${SEVERITY_LABELS[severity].toLowerCase()}.`}</Caption1>
      ) : (
        <ul className={styles.list}>
          {shown.map((group) => (
            <RowFindings key={group.row} group={group} mapping={mapping} onSelect={onSelect} />
          ))}
        </ul>
      )}
      {pages > 1 && (
        <div className={styles.pager}>
          <Button size="small" disabled={page === 0} onClick={() => setPage(page - 1)}>
            Sebelumnya
          </Button>
          <Caption1 className={styles.muted}>
            {`Baris ${groupThousands(page * ROWS_PER_PAGE + 1)}–${groupThousands(page * ROWS_PER_PAGE + shown.length)} dari ${groupThousands(rows.length)}`}
          </Caption1>
          <Button size="small" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
            Berikutnya
          </Button>
        </div>
      )}
    </section>
  );
}

function RowFindings({ group, mapping, onSelect }: { readonly group: RowGroup; readonly mapping: ColumnMapping; readonly onSelect: (finding: Finding, column: number) => void }) {
  const styles = useStyles();
  return (
    <li className={styles.group}>
      <div className={styles.rowTitle}>
        <Text size={200} weight="semibold">
          {group.row === 0 ? "Seluruh tabel" : `Baris ${group.row}`}
        </Text>
        {group.name && (
          <Text size={200} className={mergeClasses(styles.name, styles.muted)} title={group.name}>
            {`· ${group.name}`}
          </Text>
        )}
      </div>
      {group.findings.map((finding, i) => {
        const column = columnOfFinding(finding, mapping);
        const where = finding.row > 0 && column !== undefined ? cellAddress(finding.row, column) : undefined;
        const field = finding.field === "baris" ? "Baris" : FIELD_LABELS[finding.field];
        return (
          <button
            key={`${finding.code}-${i}`}
            type="button"
            className={mergeClasses(styles.finding, styles[finding.severity])}
            title={where ? `Pilih sel ${where}` : undefined}
            disabled={!where}
            onClick={() => where && column !== undefined && onSelect(finding, column)}
          >
            <span className={styles.cell}>{where ?? field}</span>
            <span>{finding.message}</span>
          </button>
        );
      })}
    </li>
  );
}

function firstWithFindings(counts: Readonly<Record<Severity, number>>): Severity {
  return SEVERITIES.find((s) => counts[s] > 0) ?? "error";
}
