import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { buildFindingsReport } from "../../domain/report";
import { groupThousands } from "../../domain/format/group-thousands";
import { bytesToBase64 } from "../ekspor/submission-workbook";
import { useGateway } from "../gateway-context";
import { OperationStatus } from "../operation/OperationStatus";
import { throwIfCancelled, useOperation } from "../operation/use-operation";
import { useSession, type CheckState } from "../session/session-context";
import { findingsReportBytes } from "./findings-report-workbook";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
  status: { alignSelf: "stretch" },
});

/**
 * "Buat laporan temuan": the check's problems laid out for the dusun heads (one sheet per dusun or RT,
 * what to bring), opened as a new workbook to print; where Excel cannot open one (before ExcelApi 1.8),
 * added as new sheets. Never written into the worker list itself.
 */
export function FindingsReportButton({ check }: { readonly check: CheckState }) {
  const styles = useStyles();
  const gateway = useGateway();
  const { settings } = useSession();
  const operation = useOperation();

  const make = () =>
    operation.run(async (signal, report) => {
      report("Menyusun laporan temuan…", 0.2);
      const today = new Date();
      const built = buildFindingsReport(check.result, check.table, {
        tanggal: { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() },
        tahun: settings.check.tahun,
        ...(settings.namaDesa ? { desa: settings.namaDesa } : {}),
      });
      throwIfCancelled(signal);
      const listed = `${groupThousands(built.rowsListed)} baris bermasalah`;
      if (gateway.canCreateWorkbook()) {
        report("Membuat buku kerja laporan…", 0.6);
        const made = await gateway.createWorkbook(bytesToBase64(await findingsReportBytes(built)));
        const where = made.kind === "downloaded" ? `diunduh sebagai "${made.fileName}" ke folder Unduhan peramban (${listed}). Buka berkas itu untuk mencetak` : `dibuka sebagai buku kerja baru (${listed}). Simpan dan cetak dari sana`;
        operation.setOutcome({ intent: "success", text: `Laporan temuan ${where}; daftar pekerja tidak diubah.` });
      } else {
        const names: string[] = [];
        for (const sheet of built.sheets) {
          throwIfCancelled(signal);
          names.push(await gateway.addFormulaSheet(`Laporan ${sheet.name}`, sheet.layout));
        }
        operation.setOutcome({ intent: "success", text: `Excel ini tidak bisa membuka buku kerja baru, jadi laporan ditambahkan sebagai lembar ${names.map((n) => `"${n}"`).join(", ")} (${listed}).` });
      }
    });

  return (
    <div className={styles.box}>
      <Button disabled={operation.busy} onClick={() => void make()}>
        Buat laporan temuan
      </Button>
      <div className={styles.status}>
        <OperationStatus progress={operation.progress} outcome={operation.outcome} onCancel={operation.cancel} />
      </div>
    </div>
  );
}
