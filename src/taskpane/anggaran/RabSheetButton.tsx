import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Budget } from "../../domain/anggaran";
import { useConnectionStatus, useGateway } from "../gateway-context";
import { OperationStatus } from "../operation/OperationStatus";
import { useOperation } from "../operation/use-operation";
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

  const create = () =>
    operation.run(async (_signal, report) => {
      report("Menulis lembar RAB…");
      const sheet = rabLayout(budget, { namaDesa: settings.namaDesa, createdOn: today() });
      const name = await gateway.addFormulaSheet(rabSheetName(budget.year), sheet.layout);
      operation.setOutcome({
        intent: "success",
        text:
          `Lembar "${name}" dibuat. Jumlah di sel ${sheet.totalCell} memakai rumus =SUM, tiap baris Jumlah = Volume × Harga Satuan: ` +
          "bila volume diubah, totalnya ikut berubah, juga di komputer tanpa add-in ini.",
      });
    });

  return (
    <div className={styles.box}>
      <Button appearance="primary" disabled={!usable || operation.busy || budget.lines.length === 0} onClick={() => void create()}>
        Buat lembar RAB
      </Button>
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
