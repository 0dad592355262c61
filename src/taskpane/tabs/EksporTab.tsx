import { Button, Caption1, Field, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Select, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { newWorkbookWhere } from "../../adapters/office/host";
import { BUILT_IN_TEMPLATES, type Submission } from "../../domain/ekspor";
import { formatAngka } from "../../domain/format";
import { addMonths, periodLabel, yearMonth } from "../../domain/iuran";
import { CheckedFrom } from "../check-first/CheckedFrom";
import { CheckFirst } from "../check-first/CheckFirst";
import { StaleSettings } from "../check-first/StaleSettings";
import { addAsSheets, openAsNewWorkbook, type ExportResult } from "../ekspor/export-submission";
import { chosenTemplate, previewSubmission } from "../ekspor/submission-preview";
import { SubmissionPreviewView } from "../ekspor/SubmissionPreviewView";
import { useConnectionStatus, useGateway } from "../gateway-context";
import { useFindingsFocus } from "../navigation";
import { OperationStatus } from "../operation/OperationStatus";
import { throwIfCancelled, useOperation } from "../operation/use-operation";
import { useSession } from "../session/session-context";
import { TabPage } from "./TabPage";

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalS },
  status: { alignSelf: "stretch" },
  // A pane is 320-350 px wide: the template list takes the width it is given, never its longest label's.
  field: { minWidth: 0 },
  control: { width: "100%", minWidth: 0 },
  select: { minWidth: 0, textOverflow: "ellipsis" },
});

/**
 * Ekspor: the BPJS submission for the last check, in the chosen template: counts first, then in one click
 * a new workbook (or, where Excel cannot open one, sheets in this workbook). NIKs are text cells throughout.
 */
export function EksporTab() {
  const styles = useStyles();
  const { settings, settingsLoaded, updateSettings, check } = useSession();
  const template = chosenTemplate(settings);

  return (
    <TabPage
      title="Ekspor berkas pendaftaran"
      description="Pilih templat, lihat berapa pekerja yang masuk dan yang tidak beserta alasannya, lalu buka berkasnya sebagai buku kerja baru. NIK ditulis sebagai teks agar digitnya tidak rusak."
    >
      <StaleSettings />
      <Field className={styles.field} label="Templat" hint={`Versi ${template.versi} · keyakinan ${template.keyakinan}`}>
        <Select className={styles.control} select={{ className: styles.select }} value={template.name} disabled={!settingsLoaded} onChange={(_, data) => updateSettings((current) => ({ ...current, templat: data.value }))}>
          {BUILT_IN_TEMPLATES.map((t) => (
            <option key={t.name} value={t.name}>
              {t.label}
            </option>
          ))}
        </Select>
      </Field>
      {template.keyakinan !== "CONFIRMED" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Susunan kolom templat ini belum dikonfirmasi BPJS Ketenagakerjaan: cocokkan dengan templat dari Kantor Cabang sebelum mengunggah.
          </MessageBarBody>
        </MessageBar>
      )}
      <Caption1 className={styles.muted}>
        Periode iuran {contributionPeriod(settings.check.tahun, settings.budget.startMonth, settings.budget.months)} ({settings.budget.months} bulan),
        program {settings.budget.withJht ? "JKK + JKM + JHT" : "JKK + JKM"}: diatur di tab Anggaran.
      </Caption1>
      {check ? <Preview /> : <CheckFirst why="Berkas pendaftaran disusun dari pekerja yang siap didaftarkan." />}
    </TabPage>
  );
}

function Preview() {
  const styles = useStyles();
  const gateway = useGateway();
  const connection = useConnectionStatus();
  const { settings, check } = useSession();
  const { open: openFindings } = useFindingsFocus();
  const template = chosenTemplate(settings);
  const preview = useMemo(() => previewSubmission(check!.result, template, settings), [check, template, settings]);
  const operation = useOperation();
  const busy = operation.busy;
  const usable = connection === "excel" || connection === "connecting";
  // Known once office.js has answered; re-read on every render, which the connection status triggers.
  const canCreate = gateway.canCreateWorkbook();

  if (!preview.ok) {
    return (
      <>
        <CheckedFrom check={check!} />
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Berkas belum bisa disusun</MessageBarTitle>
            {preview.message}
          </MessageBarBody>
        </MessageBar>
      </>
    );
  }
  const { submission } = preview;

  const run = (kind: "workbook" | "sheets") =>
    operation.run(async (signal, report) => {
      const step = (label: string, value?: number) => {
        throwIfCancelled(signal);
        report(label, value);
      };
      const context = { source: `lembar "${check!.sheet}"`, now: new Date(), step };
      const result = kind === "workbook" ? await openAsNewWorkbook(gateway, submission, context) : await addAsSheets(gateway, submission, context);
      operation.setOutcome({ intent: "success", text: doneMessage(submission, result) });
    });

  return (
    <>
      <CheckedFrom check={check!} />
      <SubmissionPreviewView submission={submission} excludedBy={preview.excludedBy} />
      {submission.rejected.length > 0 && (
        <Link as="button" inline onClick={() => openFindings({ severity: "error" })}>
          {`Lihat ${formatAngka(submission.rejected.length)} baris yang tidak masuk di daftar temuan Periksa`}
        </Link>
      )}
      {submission.notes.map((note) => (
        <MessageBar key={note} intent="warning" layout="multiline">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      ))}
      {submission.emptied.length > 0 && (
        <Caption1 className={styles.muted}>
          {formatAngka(submission.emptied.length)} nilai tidak sah dibiarkan kosong karena kolomnya tidak wajib (daftarnya di lembar Keterangan).
        </Caption1>
      )}
      <div className={styles.actions}>
        {canCreate ? (
          <Button appearance="primary" disabled={!usable || busy || submission.included === 0} onClick={() => void run("workbook")}>
            {gateway.newWorkbookDelivery() === "download" ? "Unduh sebagai berkas .xlsx" : "Buka sebagai buku kerja baru"}
          </Button>
        ) : (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              Excel ini belum bisa membuka buku kerja baru dari add-in (perlu ExcelApi 1.8). Berkas bisa ditambahkan sebagai lembar di buku
              kerja ini, lalu dipindahkan ke buku kerja baru lewat klik kanan pada tab lembar &gt; Pindahkan atau Salin.
            </MessageBarBody>
          </MessageBar>
        )}
        <Button
          appearance={canCreate ? "secondary" : "primary"}
          disabled={!usable || busy || submission.included === 0}
          onClick={() => void run("sheets")}
        >
          Tambahkan sebagai lembar di buku kerja ini
        </Button>
        <div className={styles.status}>
          <OperationStatus progress={operation.progress} outcome={operation.outcome} onCancel={operation.cancel} />
        </div>
      </div>
    </>
  );
}

function doneMessage(submission: Submission, result: ExportResult): string {
  const rejected = submission.rejected.length;
  const parts = `${formatAngka(submission.included)} pekerja di lembar "${submission.sheetName}", ${formatAngka(rejected)} baris di lembar "Ditolak"`;
  if (result.workbooks === 0) return `Ditambahkan ke buku kerja ini: ${result.sheets.map((name) => `"${name}"`).join(", ")}. ${parts}.`;
  if (result.downloaded.length > 0) {
    const files = result.downloaded.map((name) => `"${name}"`).join(" dan ");
    const companion = result.downloaded.length === 2 ? ' Lembar "Ditolak" dan "Keterangan" ada di berkas kedua, karena templat ini membaca setiap lembar.' : "";
    return `Diunduh: ${files} (${parts}). Berkasnya ada di folder Unduhan peramban; daftar pekerja tidak diubah.${companion}`;
  }
  const companion = result.workbooks === 2 ? ' Lembar "Ditolak" dan "Keterangan" dibuka di buku kerja kedua, karena templat ini membaca setiap lembar.' : "";
  return `Buku kerja baru dibuka (${parts}).${newWorkbookWhere()} Simpan lewat File > Simpan Sebagai sebelum menutupnya.${companion}`;
}

function contributionPeriod(year: number, startMonth: number, months: number): string {
  const from = yearMonth(year, startMonth);
  return periodLabel(from, addMonths(from, months - 1));
}
