import { Button, Caption1, Card, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Switch, Text, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { HighlightResult } from "../../adapters/office";
import type { Finding } from "../../domain/finding";
import { groupThousands } from "../../domain/format/group-thousands";
import type { ColumnMapping } from "../../domain/table/worker-table";
import { StaleSettings } from "../check-first/StaleSettings";
import { Disclosure } from "../components/Disclosure";
import { errorMessage } from "../error-message";
import { useConnectionStatus, useGateway } from "../gateway-context";
import { useFindingsFocus } from "../navigation";
import { OperationStatus } from "../operation/OperationStatus";
import { useOperation } from "../operation/use-operation";
import { findHeader, overridesBetween } from "../periksa/column-mapping";
import { summaryLine } from "../periksa/finding-groups";
import { FindingsList } from "../periksa/FindingsList";
import { FindingsReportButton } from "../periksa/FindingsReportButton";
import { FixPanel } from "../periksa/FixPanel";
import { MappingEditor } from "../periksa/MappingEditor";
import { paneRegions } from "../periksa/pane-regions";
import { PlaceStrip } from "../periksa/PlaceStrip";
import { runCheck, type CheckSource, type SheetOverrides } from "../periksa/run-check";
import { SourcePicker } from "../periksa/SourcePicker";
import { checkElsewhereLabel, TableElsewhereError, type TableElsewhere } from "../periksa/table-elsewhere";
import { yearFromTitle } from "../periksa/title-year";
import { Summary } from "../ringkasan/Summary";
import { useSession, type CheckState } from "../session/session-context";
import { TabPage } from "./TabPage";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  summary: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
  result: { ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  // Read by screen readers, not shown: the summary of a finished check is announced there.
  liveRegion: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
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

/** Periksa: find the worker table, check it with the engine, list what is wrong by problem, fix what is safe, mark it in the sheet. */
export function PeriksaTab() {
  const styles = useStyles();
  const gateway = useGateway();
  const session = useSession();
  const { check, dtks, settings, settingsLoaded } = session;
  const { focus } = useFindingsFocus();
  // While office.js is still starting the buttons stay usable: a call waits for the connection.
  const connection = useConnectionStatus();
  const usable = connection === "excel" || connection === "connecting";
  const operation = useOperation();
  const [source, setSource] = useState<CheckSource>(() => (check ? { kind: "sheet", sheet: check.sheet } : { kind: "active" }));
  const [highlight, setHighlight] = useState(true);
  const [marked, setMarked] = useState<string>();
  const [marksOutdated, setMarksOutdated] = useState(false);
  const [elsewhere, setElsewhere] = useState<{ active: string; found: TableElsewhere }>();
  const [announcement, setAnnouncement] = useState("");
  const resultRef = useRef<HTMLDivElement>(null);
  const [focusResult, setFocusResult] = useState(0);

  // How the last check was mapped, against what the header names alone give: the corrections.
  const grid = check?.grid;
  const header = useMemo(() => (grid ? findHeader(grid) : undefined), [grid]);
  const corrections: SheetOverrides | undefined =
    check && header?.ok
      ? { sheet: check.sheet, headerRow: check.table.headerRow, overrides: overridesBetween(header.found.automatic, check.table.mapping) }
      : undefined;
  const sameSource = check !== undefined && source.kind !== "active" && source.sheet === check.sheet;
  const titleYear = check ? yearFromTitle(check.grid, check.table.headerRow) : undefined;

  // The page stays mounted, so a check made elsewhere (the DTKS tab's matching) arrives after its first
  // render: "Lembar aktif" then becomes that sheet, as on a fresh visit, and the button says "Periksa ulang".
  const checkedSheet = check?.sheet;
  useEffect(() => {
    if (checkedSheet !== undefined) setSource((current) => (current.kind === "active" ? { kind: "sheet", sheet: checkedSheet } : current));
  }, [checkedSheet]);

  // The result takes the keyboard focus once it is on screen, so Tab goes on to its findings.
  useEffect(() => {
    if (focusResult > 0) resultRef.current?.focus();
  }, [focusResult]);

  async function checkAndStore(options: { source: CheckSource; overrides?: SheetOverrides; grid?: CheckState["grid"]; paint?: boolean }) {
    const paint = options.paint ?? highlight;
    setElsewhere(undefined);
    const outcome = await operation.run(async (signal, report) => {
      try {
        return await runCheck({ gateway, settings: settings.check, dtks: dtks?.index, regions: paneRegions, highlight: paint, signal, report, ...options });
      } catch (error) {
        if (!(error instanceof TableElsewhereError)) throw error;
        setElsewhere({ active: error.activeSheet, found: error.elsewhere });
        return undefined;
      }
    });
    if (!outcome) return;
    session.setCheck(outcome.state);
    if (options.source.kind !== "table") setSource({ kind: "sheet", sheet: outcome.state.sheet });
    if (paint) {
      setMarked(outcome.highlights ? highlightText(outcome.highlights) : undefined);
      setMarksOutdated(false);
    } else if (options.grid) setMarksOutdated(true);
    setAnnouncement(`Pemeriksaan selesai. ${summaryLine(outcome.state.result.summary)}.`);
    setFocusResult((n) => n + 1);
  }

  const runFromSheet = () => checkAndStore({ source, overrides: sameSource ? corrections : undefined });

  // A remap re-lists the findings from the rows already read; the sheet is repainted only on "Periksa ulang".
  const remap = (mapping: ColumnMapping) => {
    if (!check || !header?.ok) return;
    void checkAndStore({
      source: { kind: "sheet", sheet: check.sheet },
      grid: check.grid,
      paint: false,
      overrides: { sheet: check.sheet, headerRow: check.table.headerRow, overrides: overridesBetween(header.found.automatic, mapping) },
    });
  };

  const checkElsewhere = (found: TableElsewhere) => {
    const next: CheckSource = found.table ? { kind: "table", sheet: found.sheet, table: found.table } : { kind: "sheet", sheet: found.sheet };
    setSource(next);
    void checkAndStore({ source: next });
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
      <PlaceStrip titleYear={titleYear} />
      {session.settingsNotice && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{session.settingsNotice}</MessageBarBody>
        </MessageBar>
      )}
      <StaleSettings />
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
      {elsewhere && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>{`Lembar aktif "${elsewhere.active}" tidak berisi tabel pekerja, tetapi lembar "${elsewhere.found.sheet}" berisi${elsewhere.found.rows === 0 ? " tabel kosong (hanya baris judul)" : ` ${groupThousands(elsewhere.found.rows)} baris pekerja`}.`}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" disabled={disabled} onClick={() => checkElsewhere(elsewhere.found)}>
              {checkElsewhereLabel(elsewhere.found)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div className={styles.liveRegion} role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {check && (
        <Card size="small" appearance="filled-alternative" aria-label="Hasil pemeriksaan" tabIndex={-1} ref={resultRef} className={styles.result}>
          <div className={styles.summary}>
            <Text weight="semibold">{summaryLine(check.result.summary)}</Text>
            <Caption1 className={styles.muted}>
              {`Lembar "${check.sheet}"${check.table.tableName ? `, tabel ${check.table.tableName}` : ""}, judul di baris ${check.table.headerRow} · diperiksa ${time(check.checkedAt)}${dtks ? " · dengan DTKS" : ""}`}
            </Caption1>
            {marked && !marksOutdated && <Caption1 className={styles.muted}>{marked}</Caption1>}
            {marksOutdated && <Caption1>Pemetaan diubah: daftar temuan sudah diperbarui, tanda di lembar belum. Klik "Periksa ulang" untuk memperbaruinya.</Caption1>}
          </div>
        </Card>
      )}
      {check && <FindingsList result={check.result} mapping={check.table.mapping} onSelect={select} focus={focus} />}
      {check && (
        <FixPanel
          check={check}
          referenceYear={settings.check.tahun}
          onWritten={() => checkAndStore({ source: { kind: "sheet", sheet: check.sheet }, overrides: corrections })}
        />
      )}
      {check && <FindingsReportButton check={check} />}
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
      {check && (
        <Disclosure title="Ringkasan: menuju sasaran dan grafik">
          <Summary />
        </Disclosure>
      )}
    </TabPage>
  );
}
