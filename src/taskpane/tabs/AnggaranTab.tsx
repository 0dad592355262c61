import { Body1, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { BUDGET_BOUNDS } from "../../domain/anggaran";
import { formatAngka } from "../../domain/format";
import { BudgetForm } from "../anggaran/BudgetForm";
import { paneBudget, workersFromCheck, type BudgetWorkers } from "../anggaran/budget-from-settings";
import { BudgetSummary } from "../anggaran/BudgetSummary";
import { NumberField } from "../anggaran/NumberField";
import { RabSheetButton } from "../anggaran/RabSheetButton";
import { CheckedFrom } from "../check-first/CheckedFrom";
import { CheckFirst } from "../check-first/CheckFirst";
import { StaleSettings } from "../check-first/StaleSettings";
import { useSession } from "../session/session-context";
import { TabPage } from "./TabPage";

const useStyles = makeStyles({
  workers: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * Anggaran: the APBDes budget for the workers of the last check (or a number typed while no list has
 * been checked), live as the inputs change, computed by the same domain call as the CLI's `anggaran`.
 */
export function AnggaranTab() {
  const styles = useStyles();
  const { settings, check } = useSession();
  const [typedWorkers, setTypedWorkers] = useState<number>();
  const pp50 = settings.budget.pp50;

  const workers: BudgetWorkers = useMemo(
    () => (check ? workersFromCheck(check.result, pp50) : { workers: typedWorkers ?? settings.budget.target, transportWorkers: 0, source: "typed" }),
    [check, pp50, typedWorkers, settings.budget.target],
  );
  const result = useMemo(() => paneBudget(settings, check?.result, workers.workers), [settings, check, workers.workers]);
  const problems = result.ok ? [] : result.problems;

  return (
    <TabPage
      title="Anggaran iuran"
      description="Iuran JKK dan JKM untuk APBDes, bulan demi bulan menurut tarif yang berlaku. Totalnya langsung berubah mengikuti isian."
    >
      <StaleSettings />
      <div className={styles.workers}>
        {check ? (
          <>
            <Body1>
              Dianggarkan: <strong>{formatAngka(workers.workers)} pekerja</strong> siap didaftarkan (baris tanpa kesalahan)
              {pp50 && workers.transportWorkers > 0 ? `, ${formatAngka(workers.transportWorkers)} di antaranya sektor transportasi` : ""}.
            </Body1>
            <CheckedFrom check={check} />
          </>
        ) : (
          <>
            <NumberField
              label="Jumlah pekerja (diisi manual)"
              hint="Belum ada daftar yang diperiksa, jadi jumlah pekerja diisi sendiri. Setelah pemeriksaan, jumlahnya diambil dari pekerja yang siap didaftarkan."
              value={workers.workers}
              min={BUDGET_BOUNDS.workers.min}
              max={BUDGET_BOUNDS.workers.max}
              problem={problems.find((p) => p.field === "workers")?.message}
              onChange={setTypedWorkers}
            />
            <CheckFirst compact why="Anggaran dihitung dari pekerja yang siap didaftarkan." />
          </>
        )}
      </div>

      <BudgetForm problems={problems} />

      {result.ok ? (
        <>
          {/* The button sits by the total, not under the month-by-month table 2,000 px further down. */}
          <RabSheetButton budget={result} />
          <BudgetSummary budget={result} />
          <Caption1 className={styles.muted}>
            Lembar RAB memakai rumus Excel biasa (Jumlah = Volume × Harga Satuan, total =SUM), jadi tetap bisa dibuka dan dihitung ulang di
            komputer tanpa add-in ini.
          </Caption1>
        </>
      ) : (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Anggaran belum bisa dihitung</MessageBarTitle>
            {problems.map((p) => p.message).join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
    </TabPage>
  );
}
