import {
  Badge,
  Body1,
  Body1Strong,
  Caption1,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { ANGGARAN_PARAMETERS, SUMBER_DANA, type SumberDanaKode } from "../../domain/anggaran";
import { CONFIDENCE_LABELS, type Confidence } from "../../domain/confidence";
import { formatPersen, formatRupiah } from "../../domain/format";
import { BPU_RATE_TABLE, IURAN_PARAMETERS, monthLabel, type YearMonth } from "../../domain/iuran";
import { RULE_PARAMETERS, type RuleParameter } from "../../domain/rules/rule-parameters";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: "none" },
  // Sources hold long URLs: they wrap anywhere rather than widen the pane.
  item: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: "anywhere" },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  source: { color: tokens.colorNeutralForeground3 },
  table: { tableLayout: "auto", width: "100%" },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  // The header cell lays its label out with flex: justify it to line up with the amounts below.
  numberHeader: { textAlign: "right", "& > *": { justifyContent: "flex-end" } },
});

const CONFIDENCE: Record<Confidence, { readonly label: string; readonly color: "success" | "informative" | "warning" }> = {
  CONFIRMED: { label: CONFIDENCE_LABELS.CONFIRMED, color: "success" },
  SECONDARY: { label: CONFIDENCE_LABELS.SECONDARY, color: "informative" },
  UNCONFIRMED: { label: CONFIDENCE_LABELS.UNCONFIRMED, color: "warning" },
};

export function ConfidenceBadge({ confidence }: { readonly confidence: Confidence }) {
  const { label, color } = CONFIDENCE[confidence];
  return (
    <Badge appearance="tint" color={color} size="small" shape="rounded">
      {label}
    </Badge>
  );
}

/** "Juli 2015 – sekarang", "Januari 2026 – Maret 2027". */
function effective(from: YearMonth | string, to: YearMonth | string | null): string {
  return `${monthLabel(from as YearMonth)} – ${to === null ? "sekarang" : monthLabel(to as YearMonth)}`;
}

/** The BPU rates, the PP 50/2025 discounts and the income levels, each with its source and confidence. */
export function RatesView() {
  const styles = useStyles();
  const edition = BPU_RATE_TABLE.incomeEditions[BPU_RATE_TABLE.incomeEditions.length - 1]!;
  return (
    <ul className={styles.list} aria-label="Tarif iuran BPU">
      {BPU_RATE_TABLE.bpuRates.map((rule) => (
        <li key={rule.id} className={styles.item}>
          <div className={styles.head}>
            <Body1Strong>
              {rule.program}: {rule.kind === "flat" ? `${formatRupiah(rule.amount)} per bulan` : `${formatPersen(rule.rateBp)} dari dasar penghasilan`}
            </Body1Strong>
            <ConfidenceBadge confidence={rule.confidence} />
          </div>
          <Caption1>Berlaku {effective(rule.berlaku_mulai, rule.berlaku_sampai)}</Caption1>
          <Caption1 className={styles.source}>{rule.source}</Caption1>
        </li>
      ))}
      {BPU_RATE_TABLE.discounts.map((discount) => (
        <li key={discount.id} className={styles.item}>
          <div className={styles.head}>
            <Body1Strong>
              {discount.regulation}: potongan {formatPersen(discount.discountBp)} {discount.programs.join(" dan ")}, sektor {discount.sektor}
            </Body1Strong>
            <ConfidenceBadge confidence={discount.confidence} />
          </div>
          <Caption1>Berlaku {effective(discount.berlaku_mulai, discount.berlaku_sampai)}</Caption1>
          <Caption1 className={styles.source}>{discount.source}</Caption1>
        </li>
      ))}
      <li className={styles.item}>
        <div className={styles.head}>
          <Body1Strong>Tingkat penghasilan (dasar iuran)</Body1Strong>
          <ConfidenceBadge confidence={edition.confidence} />
        </div>
        <Caption1>Berlaku {effective(edition.berlaku_mulai, edition.berlaku_sampai)}</Caption1>
        <Caption1 className={styles.source}>{edition.source}</Caption1>
        <Table size="extra-small" className={styles.table} aria-label="Tingkat penghasilan peserta BPU">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Tingkat</TableHeaderCell>
              <TableHeaderCell className={styles.numberHeader}>Penghasilan mulai</TableHeaderCell>
              <TableHeaderCell className={styles.numberHeader}>Dasar iuran</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {edition.levels.map((level) => (
              <TableRow key={level.level}>
                <TableCell>{level.level}</TableCell>
                <TableCell className={styles.number}>{formatRupiah(level.bandMin)}</TableCell>
                <TableCell className={styles.number}>{formatRupiah(level.dasarPenghasilan)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </li>
    </ul>
  );
}

type Shown = string | number | boolean;

function shownValue(value: Shown, key: string): string {
  if (typeof value === "boolean") return value ? "ya" : "tidak";
  if (key === "ambangKemiripanNama" && typeof value === "number") return `${Math.round(value * 100)}%`;
  if (key === "declaredIncome" && typeof value === "number") return formatRupiah(value);
  if (key === "sumberDana") return `${value} (${SUMBER_DANA[value as SumberDanaKode]?.label ?? value})`;
  return String(value);
}

/** Every default a village may change, with why it is what it is. */
export function ParametersView() {
  const styles = useStyles();
  const groups: ReadonlyArray<readonly [string, Readonly<Record<string, RuleParameter<Shown>>>]> = [
    ["Pemeriksaan", RULE_PARAMETERS],
    ["Iuran", IURAN_PARAMETERS],
    ["Anggaran", ANGGARAN_PARAMETERS],
  ];
  return (
    <ul className={styles.list} aria-label="Dasar nilai bawaan">
      {groups.flatMap(([group, parameters]) =>
        Object.entries(parameters).map(([key, parameter]) => (
          <li key={`${group}.${key}`} className={styles.item}>
            <div className={styles.head}>
              <Body1Strong>{parameter.label}</Body1Strong>
              <ConfidenceBadge confidence={parameter.confidence} />
            </div>
            <Body1>Bawaan: {shownValue(parameter.value, key)}</Body1>
            <Caption1 className={styles.source}>{parameter.source}</Caption1>
          </li>
        )),
      )}
    </ul>
  );
}
