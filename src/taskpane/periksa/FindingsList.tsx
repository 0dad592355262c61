import { Button, Caption1, Dropdown, Field, makeStyles, mergeClasses, Option, Text, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { columnOfFinding } from "../../adapters/office";
import { cellAddress } from "../../adapters/office/a1";
import type { CheckResult } from "../../domain/check/check-workers";
import { rejectionLabel } from "../../domain/ekspor/rejection-labels";
import { FIELD_LABELS } from "../../domain/fields";
import type { Finding, Severity } from "../../domain/finding";
import { groupThousands } from "../../domain/format/group-thousands";
import type { ColumnMapping } from "../../domain/table/worker-table";
import { Disclosure } from "../components/Disclosure";
import { PagedList } from "../components/PagedList";
import { groupByProblem, groupTitle, SEVERITIES, SEVERITY_LABELS, type FindingFilter, type ProblemGroup, type ProblemItem } from "./finding-groups";

export { ROWS_PER_PAGE } from "../components/PagedList";

const ALL = "semua";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  filters: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS },
  dropdown: { minWidth: 0, width: "100%" },
  stepper: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  finding: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid transparent`,
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
    // High contrast: the severity's colour is gone, the group's word ("Kesalahan: …") still says it.
    "@media (forced-colors: active)": { borderTopColor: "CanvasText", borderRightColor: "CanvasText", borderBottomColor: "CanvasText", borderLeftColor: "CanvasText" },
  },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  cell: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  who: { display: "block", fontWeight: tokens.fontWeightSemibold, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  folded: { display: "block", color: tokens.colorNeutralForeground3, marginTop: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

function keyOfItem(item: ProblemItem): string {
  return `${item.finding.row}-${item.finding.code}-${item.finding.field}`;
}

/**
 * The findings by problem: a group per finding code with its count ("Tidak ditemukan di DTKS (18)"),
 * opened to list its rows, narrowed by severity and column, with "Berikutnya"/"Sebelumnya" stepping
 * through the cells in Excel. `focus` opens the list on one problem (a count on another tab links here).
 */
export function FindingsList({
  result,
  mapping,
  onSelect,
  focus,
}: {
  readonly result: CheckResult;
  readonly mapping: ColumnMapping;
  readonly onSelect: (finding: Finding, column: number) => void;
  readonly focus?: FindingFilter;
}) {
  const styles = useStyles();
  const [filter, setFilter] = useState<FindingFilter>(focus ?? {});
  const view = useMemo(() => groupByProblem(result, filter), [result, filter]);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(view.groups[0] ? [view.groups[0].code] : []));
  const [step, setStep] = useState(-1);

  useEffect(() => setFilter(focus ?? {}), [focus]);
  // A new check or filter starts again at the top, with its biggest problem open.
  useEffect(() => {
    setStep(-1);
    setOpen(new Set(view.groups[0] ? [view.groups[0].code] : []));
  }, [view]);

  const current = step >= 0 ? view.steps[step] : undefined;
  const goTo = (index: number) => {
    const item = view.steps[index];
    if (!item) return;
    setStep(index);
    setOpen((was) => new Set([...was, item.finding.code]));
    const column = columnOfFinding(item.finding, mapping);
    if (item.finding.row > 0 && column !== undefined) onSelect(item.finding, column);
  };

  const fields = [...view.byField.entries()].sort((a, b) => b[1] - a[1]);
  const total = SEVERITIES.reduce((sum, s) => sum + view.bySeverity[s], 0);
  const fieldLabel = (field: Finding["field"]) => (field === "baris" ? "Seluruh baris" : FIELD_LABELS[field]);

  return (
    <section aria-label="Temuan" className={styles.section}>
      <div className={styles.filters}>
        <Field label="Tingkat" size="small">
          <Dropdown
            size="small"
            className={styles.dropdown}
            aria-label="Saring menurut tingkat"
            value={filter.severity ? SEVERITY_LABELS[filter.severity] : "Semua"}
            selectedOptions={[filter.severity ?? ALL]}
            onOptionSelect={(_, data) => setFilter({ ...filter, severity: data.optionValue === ALL ? undefined : (data.optionValue as Severity) })}
          >
            <Option value={ALL} text="Semua">{`Semua (${groupThousands(total)})`}</Option>
            {SEVERITIES.map((s) => (
              <Option key={s} value={s} text={SEVERITY_LABELS[s]}>{`${SEVERITY_LABELS[s]} (${groupThousands(view.bySeverity[s])})`}</Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Kolom" size="small">
          <Dropdown
            size="small"
            className={styles.dropdown}
            aria-label="Saring menurut kolom"
            value={filter.field ? fieldLabel(filter.field) : "Semua"}
            selectedOptions={[filter.field ?? ALL]}
            onOptionSelect={(_, data) => setFilter({ ...filter, field: data.optionValue === ALL ? undefined : (data.optionValue as Finding["field"]) })}
          >
            <Option value={ALL} text="Semua">{`Semua (${groupThousands(total)})`}</Option>
            {fields.map(([field, count]) => (
              <Option key={field} value={field} text={fieldLabel(field)}>{`${fieldLabel(field)} (${groupThousands(count)})`}</Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      {filter.code && (
        <div className={styles.stepper}>
          <Caption1>{`Hanya: ${rejectionLabel(filter.code)}`}</Caption1>
          <Button size="small" appearance="subtle" onClick={() => setFilter({ ...filter, code: undefined })}>
            Tampilkan semua masalah
          </Button>
        </div>
      )}
      {view.steps.length === 0 ? (
        <Caption1 className={styles.muted}>{total === 0 ? "Tidak ada temuan: semua baris siap didaftarkan." : "Tidak ada temuan dengan saringan ini."}</Caption1>
      ) : (
        <div className={styles.stepper} role="group" aria-label="Telusuri sel bermasalah">
          <Button size="small" disabled={step <= 0} onClick={() => goTo(step - 1)}>
            Sebelumnya
          </Button>
          <Caption1 aria-live="polite">
            {current ? `Temuan ${groupThousands(step + 1)} dari ${groupThousands(view.steps.length)}` : `${groupThousands(view.steps.length)} temuan`}
          </Caption1>
          <Button size="small" disabled={step >= view.steps.length - 1} onClick={() => goTo(step + 1)}>
            Berikutnya
          </Button>
        </div>
      )}
      {view.groups.map((group) => (
        <Disclosure
          key={group.code}
          title={`${SEVERITY_LABELS[group.severity]}: ${groupTitle(group)}`}
          open={open.has(group.code)}
          onToggle={(isOpen) =>
            setOpen((was) => {
              const next = new Set(was);
              if (isOpen) next.add(group.code);
              else next.delete(group.code);
              return next;
            })
          }
        >
          <GroupItems group={group} mapping={mapping} current={current} onPick={(item) => goTo(view.steps.indexOf(item))} />
        </Disclosure>
      ))}
    </section>
  );
}

function GroupItems({
  group,
  mapping,
  current,
  onPick,
}: {
  readonly group: ProblemGroup;
  readonly mapping: ColumnMapping;
  readonly current?: ProblemItem;
  readonly onPick: (item: ProblemItem) => void;
}) {
  const styles = useStyles();
  const currentIndex = current ? group.items.indexOf(current) : -1;
  return (
    <PagedList
      items={group.items}
      keyOf={keyOfItem}
      label={group.title}
      showIndex={currentIndex}
      render={(item) => {
        const { finding } = item;
        const column = columnOfFinding(finding, mapping);
        const where = finding.row > 0 && column !== undefined ? cellAddress(finding.row, column) : undefined;
        const field = finding.field === "baris" ? "Baris" : FIELD_LABELS[finding.field];
        return (
          <button
            type="button"
            className={mergeClasses(styles.finding, styles[finding.severity], item === current && styles.current)}
            aria-current={item === current ? "true" : undefined}
            title={where ? `Pilih sel ${where}` : undefined}
            disabled={!where}
            onClick={() => where && onPick(item)}
          >
            <span className={styles.cell}>{where ?? field}</span>
            <span>
              <Text size={200} className={styles.who}>
                {finding.row === 0 ? "Seluruh tabel" : `Baris ${finding.row}${item.name ? ` · ${item.name}` : ""}`}
              </Text>
              {finding.message}
              {item.folded.length > 0 && (
                <span className={styles.folded}>{`Diperiksa lagi setelah NIK benar: ${[...new Set(item.folded.map((f) => rejectionLabel(f.code)))].join(", ")}.`}</span>
              )}
            </span>
          </button>
        );
      }}
    />
  );
}
