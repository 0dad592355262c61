import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { formatAngka } from "../../domain/format";
import type { CheckState } from "../session/session-context";

const useStyles = makeStyles({
  line: { color: tokens.colorNeutralForeground3 },
});

/** Which check the tab's figures come from: `Lembar "X", diperiksa pukul 10.42: 112 siap didaftarkan, 8 baris dengan kesalahan.` */
export function CheckedFrom({ check }: { readonly check: CheckState }) {
  const styles = useStyles();
  const { summary } = check.result;
  const time = `${String(check.checkedAt.getHours()).padStart(2, "0")}.${String(check.checkedAt.getMinutes()).padStart(2, "0")}`;
  return (
    <Caption1 className={styles.line}>
      Dari lembar "{check.sheet}", diperiksa pukul {time}: {formatAngka(summary.eligible)} siap didaftarkan
      {summary.excluded > 0 ? `, ${formatAngka(summary.excluded)} baris dengan kesalahan` : ""}. Bila daftar berubah, periksa ulang di tab Periksa.
    </Caption1>
  );
}
