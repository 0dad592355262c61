import { Button, Caption1, Card, makeStyles, MessageBar, MessageBarBody, Switch, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { HighlightResult } from "../../adapters/office";
import type { FieldName } from "../../domain/fields";
import type { Finding } from "../../domain/finding";
import { groupThousands } from "../../domain/format/group-thousands";
import { errorMessage } from "../error-message";
import { useConnectionStatus, useGateway } from "../gateway-context";
import { OperationStatus } from "../operation/OperationStatus";
import { useOperation } from "../operation/use-operation";
import { findHeader, overridesBetween, withOverride } from "../periksa/column-mapping";
import { summaryLine } from "../periksa/finding-groups";
import { FindingsList } from "../periksa/FindingsList";
import { MappingEditor } from "../periksa/MappingEditor";
import { paneRegions } from "../periksa/pane-regions";
import { runCheck, type CheckSource, type SheetOverrides } from "../periksa/run-check";
import { SourcePicker } from "../periksa/SourcePicker";
import { useSession, type CheckState } from "../session/session-context";
import { TabPage } from "./TabPage";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  summary: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

function highlightText(result: HighlightResult): string {
  const parts = [`${groupThousands(result.marked)} sel ditandai`];
  if (!result.notes) parts.push("tanpa catatan (versi Excel ini belum mendukung catatan)");
  else if (result.notesSkipped > 0) parts.push(`${groupThousands(result.notesSkipped)} sel sudah punya catatan Anda, jadi tidak diberi catatan`);
  return parts.join("; ");
}

function time(date: Date): string {
  return `${String(date.getHours()).padStart(2, "0")}.${String(date.getMinutes()).padStart(2, "0")}`;
}

/** Periksa: find the worker table, check it with the engine, list what is wrong, mark it in the sheet. */
export function PeriksaTab() {
  const styles = useStyles();
  const gateway = useGateway();
  const session = useSession();
  const { check, dtks, settings, settingsLoaded } = session;
  // While office.js is still starting the buttons stay usable: a call waits for the connection.
  const connection = useConnectionStatus();
  const usable = connection === "excel" || connection === "connecting";
  const operation = useOperation();
  const [source, setSource] = useState<CheckSource>(() => (check ? { kind: "sheet", sheet: check.sheet } : { kind: "active" }));
  const [highlight, setHighlight] = useState(true);
  const [marked, setMarked] = useState<string>();

  // How the last check was mapped, against what the header names alone give: the corrections.
  const header = useMemo(() => (check ? findHeader(check.grid) : undefined), [check?.grid]);
  const corrections: SheetOverrides | undefined =
    check && header?.ok
      ? { sheet: check.sheet, headerRow: check.table.headerRow, overrides: overridesBetween(header.found.automatic, check.table.mapping) }
      : undefined;
  const sameSource = check !== undefined && source.kind !== "active" && source.sheet === check.sheet;

  async function checkAndStore(options: { source: CheckSource; overrides?: SheetOverrides; grid?: CheckState["grid"] }) {
    setMarked(undefined);
    const outcome = await operation.run((signal, report) =>
      runCheck({ gateway, settings: settings.check, dtks: dtks?.index, regions: paneRegions, highlight, signal, report, ...options }),
    );
    if (!outcome) return;
    session.setCheck(outcome.state);
    if (options.source.kind !== "table") setSource({ kind: "sheet", sheet: outcome.state.sheet });
    setMarked(outcome.highlights ? highlightText(outcome.highlights) : undefined);
  }

  const runFromSheet = () => checkAndStore({ source, overrides: sameSource ? corrections : undefined });

  const remap = (field: FieldName, column: number | null) => {
    if (!check || !corrections) return;
    void checkAndStore({
      source: { kind: "sheet", sheet: check.sheet },
      grid: check.grid,
      overrides: { ...corrections, overrides: withOverride(corrections.overrides, field, column) },
    });
  };

  const clearMarks = () =>
    operation.run(async (_signal, report) => {
      report("Menghapus tanda…");
      const result = await gateway.clearHighlights(check?.sheet);
      setMarked(undefined);
      operation.setOutcome({
        intent: "success",
        text: result.cleared === 0 ? "Tidak ada tanda dari Pekerja Rentan di lembar ini." : `${groupThousands(result.cleared)} tanda dihapus; warna sel dikembalikan seperti semula.`,
      });
    });

  const select = (finding: Finding, column: number) => {
    if (!check) return;
    gateway.selectCell(check.sheet, finding.row, column).catch((error: unknown) => operation.setOutcome({ intent: "error", text: errorMessage(error) }));
  };

  const disabled = !usable || operation.busy || !settingsLoaded;
  return (
    <TabPage
      title="Periksa daftar pekerja"
      description="Menemukan tabel pekerja, mencocokkan kolomnya, lalu memeriksa NIK, No. KK, tanggal lahir, jenis kelamin, nomor HP, dan penghasilan. Klik temuan untuk menuju selnya."
    >
      {session.settingsNotice && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{session.settingsNotice}</MessageBarBody>
        </MessageBar>
      )}
      <SourcePicker label="Tabel yang diperiksa" source={source} onChange={setSource} disabled={operation.busy} />
      <Switch
        checked={highlight}
        onChange={(_, data) => setHighlight(data.checked)}
        label="Tandai sel bermasalah (warna dan catatan)"
        disabled={operation.busy}
      />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={disabled} onClick={() => void runFromSheet()}>
          {sameSource ? "Periksa ulang" : "Periksa"}
        </Button>
        <Button disabled={!usable || operation.busy} onClick={() => void clearMarks()}>
          Hapus tanda
        </Button>
      </div>
      <OperationStatus progress={operation.progress} outcome={operation.outcome} onCancel={operation.cancel} />
      {check && (
        <Card size="small" appearance="filled-alternative" aria-label="Hasil pemeriksaan">
          <div className={styles.summary}>
            <Text weight="semibold">{summaryLine(check.result.summary)}</Text>
            <Caption1 className={styles.muted}>
              {`Lembar "${check.sheet}"${check.table.tableName ? `, tabel ${check.table.tableName}` : ""}, judul di baris ${check.table.headerRow} · diperiksa ${time(check.checkedAt)}${dtks ? " · dengan DTKS" : ""}`}
            </Caption1>
            {marked && <Caption1 className={styles.muted}>{marked}</Caption1>}
          </div>
        </Card>
      )}
      {check && header?.ok && (
        <MappingEditor
          mapping={check.table.mapping}
          automatic={header.found.automatic}
          headerCells={header.found.headerCells}
          headerRow={check.table.headerRow}
          disabled={disabled}
          onChange={remap}
        />
      )}
      {check && <FindingsList result={check.result} mapping={check.table.mapping} onSelect={select} />}
    </TabPage>
  );
}
