import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { useConnectionStatus, useGateway } from "../gateway-context";
import { OperationStatus } from "../operation/OperationStatus";
import { useOperation } from "../operation/use-operation";
import { runCheck } from "../periksa/run-check";
import { useSession } from "../session/session-context";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
  status: { alignSelf: "stretch" },
});

interface CheckFirstProps {
  /** What this tab shows once a list has been checked, e.g. "Anggaran dihitung dari pekerja yang siap didaftarkan." */
  readonly why: string;
  /** Without the title, for a tab that still works without a check (Anggaran). */
  readonly compact?: boolean;
}

/**
 * The empty state of a tab that works on the last check: says to run Periksa first, and offers to check
 * the active sheet from here (the same check as the Periksa tab, without marking cells), so the
 * secretary does not have to leave the tab.
 */
export function CheckFirst({ why, compact }: CheckFirstProps) {
  const styles = useStyles();
  const gateway = useGateway();
  const connection = useConnectionStatus();
  const { settings, settingsLoaded, dtks, setCheck } = useSession();
  const operation = useOperation();
  const usable = (connection === "excel" || connection === "connecting") && settingsLoaded;

  async function run() {
    const outcome = await operation.run((signal, report) =>
      runCheck({ gateway, source: { kind: "active" }, settings: settings.check, dtks: dtks?.index, highlight: false, signal, report }),
    );
    if (outcome) setCheck(outcome.state);
  }

  return (
    <div className={styles.box}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          {!compact && <MessageBarTitle>Periksa daftar pekerja dulu</MessageBarTitle>}
          {why} Jalankan pemeriksaan di tab Periksa, atau periksa lembar yang sedang aktif dari sini.
        </MessageBarBody>
      </MessageBar>
      <Button appearance={compact ? "secondary" : "primary"} disabled={!usable || operation.busy} onClick={() => void run()}>
        Periksa lembar aktif
      </Button>
      <div className={styles.status}>
        <OperationStatus progress={operation.progress} outcome={operation.outcome} onCancel={operation.cancel} />
      </div>
    </div>
  );
}
