import { Body1, Caption1, Field, Link, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { formatAngka } from "../../domain/format";
import { CheckedFrom } from "../check-first/CheckedFrom";
import { useFindingsFocus } from "../navigation";
import { useSession } from "../session/session-context";
import { BarChart, percent } from "./BarChart";
import { summariseCheck } from "./summarise-check";

const useStyles = makeStyles({
  charts: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Ringkasan, folded into Periksa under the result of the check: progress toward the target and charts of who is ready. */
export function Summary() {
  const styles = useStyles();
  const { check, settings } = useSession();
  const { open: openFindings } = useFindingsFocus();
  const summary = useMemo(() => summariseCheck(check!.result), [check]);
  const goal = settings.budget.target;
  const reached = summary.eligible;

  return (
    <>
      <CheckedFrom check={check!} />
      <Field
        label={`Menuju sasaran ${formatAngka(goal)} pekerja`}
        validationMessage={
          reached >= goal
            ? `Sasaran tercapai: ${formatAngka(reached)} pekerja siap didaftarkan (${percent(reached, goal)}).`
            : `${formatAngka(reached)} dari ${formatAngka(goal)} pekerja (${percent(reached, goal)}); kurang ${formatAngka(goal - reached)} orang.`
        }
        validationState={reached >= goal ? "success" : "none"}
      >
        <ProgressBar value={Math.min(1, reached / goal)} max={1} thickness="large" color={reached >= goal ? "success" : "brand"} aria-label="Kemajuan menuju sasaran" />
      </Field>
      {summary.excluded > 0 && (
        <Caption1 className={styles.muted}>
          <Link as="button" inline onClick={() => openFindings({ severity: "error" })}>
            {`${formatAngka(summary.excluded)} baris masih berkesalahan`}
          </Link>{" "}
          dan belum dihitung; perbaiki agar ikut terhitung.
        </Caption1>
      )}
      <Body1 className={styles.muted}>Grafik di bawah menghitung {formatAngka(reached)} pekerja yang siap didaftarkan.</Body1>
      <div className={styles.charts}>
        <BarChart title="Menurut pekerjaan" breakdown={summary.byOccupation} />
        <BarChart title="Menurut jenis kelamin" breakdown={summary.bySex} />
        <BarChart title="Menurut dusun" breakdown={summary.byDusun} />
        <BarChart title="Menurut status DTKS" breakdown={summary.byDtks} />
        {!summary.dtksChecked && (
          <Caption1 className={styles.muted}>Belum dicocokkan dengan DTKS: buka tab DTKS untuk memeriksa siapa yang terdaftar.</Caption1>
        )}
      </div>
    </>
  );
}
