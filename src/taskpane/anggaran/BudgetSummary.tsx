import { Body1, Body1Strong, Caption1, Field, makeStyles, ProgressBar, Subtitle2, Title2, tokens } from "@fluentui/react-components";
import type { Budget } from "../../domain/anggaran";
import { formatAngka, formatRupiah } from "../../domain/format";
import { monthLabel, periodLabel } from "../../domain/iuran";

const useStyles = makeStyles({
  total: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
  },
  terbilang: { fontStyle: "italic", color: tokens.colorNeutralForeground2 },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  lines: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  line: { display: "flex", flexDirection: "column", paddingLeft: tokens.spacingHorizontalS, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}` },
  muted: { color: tokens.colorNeutralForeground3 },
  details: { "& summary": { cursor: "pointer", fontWeight: tokens.fontWeightSemibold } },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
    "& th": { textAlign: "left", fontWeight: tokens.fontWeightSemibold },
    "& td:not(:first-child), & th:not(:first-child)": { textAlign: "right" },
  },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** The budget's figures as they change with the inputs: total, words, RAB rows, cash per month, target, notes. */
export function BudgetSummary({ budget }: { readonly budget: Budget }) {
  const styles = useStyles();
  const { goal, reached, shortfall } = budget.target;

  return (
    <>
      <div className={styles.total} role="status" aria-live="polite" aria-label="Total anggaran">
        <Caption1>
          Total iuran {periodLabel(budget.from, budget.to)} ({budget.months} bulan), {formatAngka(budget.workers)} pekerja
        </Caption1>
        <Title2 as="p" className={styles.heading} data-testid="anggaran-total">
          {formatRupiah(budget.total)}
        </Title2>
        <Body1 className={styles.terbilang}>{capitalise(budget.terbilang)}</Body1>
      </div>

      <section className={styles.section} aria-label="Iuran per pekerja per bulan">
        <Subtitle2 as="h3" className={styles.heading}>
          Iuran per pekerja per bulan
        </Subtitle2>
        <PerWorker amounts={budget.perWorkerMonthly} />
        {budget.perWorkerMonthlyTransport !== undefined && (
          <>
            <Caption1 className={styles.muted}>Sektor transportasi:</Caption1>
            <PerWorker amounts={budget.perWorkerMonthlyTransport} />
          </>
        )}
      </section>

      <section className={styles.section} aria-label="Rincian RAB">
        <Subtitle2 as="h3" className={styles.heading}>
          Rincian RAB
        </Subtitle2>
        {budget.lines.length === 0 ? (
          <Body1 className={styles.muted}>Belum ada pekerja yang dianggarkan.</Body1>
        ) : (
          <ul className={styles.lines}>
            {budget.lines.map((line) => (
              <li key={line.kode} className={styles.line}>
                <Caption1 className={styles.muted}>
                  {line.kode} · sumber dana {line.sumberDana} · kegiatan {line.kodeKegiatan}
                </Caption1>
                <Body1>{line.uraian}</Body1>
                <Body1Strong>
                  {formatAngka(line.volume)} {line.satuan} × {formatRupiah(line.hargaSatuan)} = {formatRupiah(line.jumlah)}
                </Body1Strong>
              </li>
            ))}
          </ul>
        )}
      </section>

      <Field
        label={`Sasaran ${formatAngka(goal)} pekerja`}
        validationMessage={shortfall > 0 ? `Baru ${formatAngka(reached)}; kurang ${formatAngka(shortfall)} orang.` : `Tercapai: ${formatAngka(reached)} pekerja.`}
        validationState={shortfall > 0 ? "warning" : "success"}
      >
        <ProgressBar value={Math.min(1, reached / goal)} thickness="large" color={shortfall > 0 ? "brand" : "success"} />
      </Field>

      <details className={styles.details}>
        <summary>Kebutuhan kas per bulan</summary>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Bulan</th>
              <th scope="col">Kebutuhan</th>
              <th scope="col">Kumulatif</th>
            </tr>
          </thead>
          <tbody>
            {budget.monthlyCashNeed.map((month) => (
              <tr key={month.month}>
                <td>{monthLabel(month.month)}</td>
                <td>{formatRupiah(month.amount)}</td>
                <td>{formatRupiah(month.cumulative)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>

      {budget.notes.length > 0 && (
        <section className={styles.section} aria-label="Catatan anggaran">
          <Subtitle2 as="h3" className={styles.heading}>
            Catatan
          </Subtitle2>
          <ul className={styles.notes}>
            {budget.notes.map((note) => (
              <li key={note}>
                <Caption1>{note}</Caption1>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function PerWorker({ amounts }: { readonly amounts: Budget["perWorkerMonthly"] }) {
  if (typeof amounts === "number") return <Body1>{formatRupiah(amounts)} per bulan</Body1>;
  return (
    <ul style={{ margin: 0, paddingLeft: tokens.spacingHorizontalL }}>
      {amounts.map((period) => (
        <li key={period.from}>
          <Body1>
            {periodLabel(period.from, period.to)}: {formatRupiah(period.amount)} ({period.months} bulan)
          </Body1>
        </li>
      ))}
    </ul>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
