import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Budget } from "../../domain/anggaran";
import { useConnectionStatus, useGateway } from "../gateway-context";
import { OperationStatus } from "../operation/OperationStatus";
import { useOperation, type Report } from "../operation/use-operation";
import { useSession } from "../session/session-context";
import { rabLayout, rabSheetName } from "../../domain/anggaran";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
  status: { alignSelf: "stretch" },
});

/** "Buat lembar RAB": a new sheet in the RAB shape, with native formulas, next to the village's own sheets. */
export function RabSheetButton({ budget }: { readonly budget: Budget }) {
  const styles = useStyles();
  const gateway = useGateway();
  const connection = useConnectionStatus();
  const { settings } = useSession();
  const operation = useOperation();
  const usable = connection === "excel" || connection === "connecting";
  // The year's RAB sheet already in the workbook: a second click asks first instead of making "… (2)" unseen.
  const [existing, setExisting] = useState<string | undefined>();
  const wanted = rabSheetName(budget.year);

  const start = () =>
    operation.run(async (_signal, report) => {
      report("Memeriksa lembar yang ada…");
      const sheets = await gateway.listSheets();
      if (sheets.some((sheet) => sheet.name.toLowerCase() === wanted.toLowerCase())) {
        setExisting(wanted);
        return;
      }
      await write(report);
    });

  const confirm = () => {
    setExisting(undefined);
    return operation.run(async (_signal, report) => write(report));
  };

  const write = async (report: Report) => {
    report("Menulis lembar RAB…");
    const sheet = rabLayout(budget, { namaDesa: settings.namaDesa, createdOn: today() });
    const name = await gateway.addFormulaSheet(wanted, sheet.layout);
    operation.setOutcome({
      intent: "success",
      text:
        `Lembar "${name}" dibuat. Jumlah di sel ${sheet.totalCell} memakai rumus =SUM, tiap baris Jumlah = Volume × Harga Satuan: ` +
        "bila volume diubah, totalnya ikut berubah, juga di komputer tanpa add-in ini.",
    });
  };

  return (
    <div className={styles.box}>
      <Button appearance="primary" disabled={!usable || operation.busy || budget.lines.length === 0 || existing !== undefined} onClick={() => void start()}>
        Buat lembar RAB
      </Button>
      {existing !== undefined && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{`Lembar "${existing}" sudah ada di buku kerja ini. Buat lembar RAB kedua di sampingnya? Lembar yang lama tidak diubah.`}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void confirm()}>Buat lembar kedua</Button>
            <Button appearance="transparent" onClick={() => setExisting(undefined)}>
              Batal
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div className={styles.status}>
        <OperationStatus progress={operation.progress} outcome={operation.outcome} onCancel={operation.cancel} />
      </div>
    </div>
  );
}

function today(): string {
  const now = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(now.getDate())}-${p(now.getMonth() + 1)}-${now.getFullYear()}`;
}
