import { Button, Caption1, Card, Divider, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { columnLetters } from "../../adapters/office/a1";
import { groupThousands } from "../../domain/format/group-thousands";
import { DtksCounts } from "../dtks/DtksCounts";
import { importDtksFile, loadDtksFromSheet } from "../dtks/load-dtks";
import { matchWorkers, removeStatusColumn, writeStatusColumn } from "../dtks/match-workers";
import { STATUS_HEADER } from "../dtks/status-column";
import { useConnectionStatus, useGateway } from "../gateway-context";
import { OperationStatus } from "../operation/OperationStatus";
import { throwIfCancelled, useOperation, type Report } from "../operation/use-operation";
import { paneRegions } from "../periksa/pane-regions";
import type { CheckSource } from "../periksa/run-check";
import { SourcePicker } from "../periksa/SourcePicker";
import { useSession, type DtksState } from "../session/session-context";
import { TabPage } from "./TabPage";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  hidden: { display: "none" },
});

/** A sheet whose name says it holds the extract ("DTKS", "Data DTSEN 2026"). */
const DTKS_SHEET = /dtks|dtsen/i;

/** DTKS: load the village's extract (a sheet, a table, or an imported file), match the workers, write "Status DTKS". */
export function DtksTab() {
  const styles = useStyles();
  const gateway = useGateway();
  const session = useSession();
  const { check, dtks, settings, settingsLoaded } = session;
  const connection = useConnectionStatus();
  const usable = connection === "excel" || connection === "connecting";
  const operation = useOperation();
  const [source, setSource] = useState<CheckSource>(() => (dtks ? { kind: "sheet", sheet: dtks.sheet } : { kind: "active" }));
  const fileInput = useRef<HTMLInputElement>(null);

  // Suggest the sheet that is named like an extract, once, when none is loaded yet.
  useEffect(() => {
    if (dtks || !usable) return;
    let live = true;
    gateway.listSheets().then(
      (sheets) => {
        const suggested = sheets.find((sheet) => sheet.visible && DTKS_SHEET.test(sheet.name) && sheet.name !== check?.sheet);
        if (live && suggested) setSource((current) => (current.kind === "active" ? { kind: "sheet", sheet: suggested.name } : current));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
    // Only on opening the tab: a later change of the session must not move the user's choice.
  }, [gateway]);

  /** Matches the loaded extract against the worker table and stores the result for the other tabs. */
  async function match(extract: DtksState, signal: AbortSignal, report: Report, workerSheet?: string) {
    const next = await matchWorkers({ gateway, check, dtks: extract, settings: settings.check, regions: paneRegions, workerSheet, signal, report });
    throwIfCancelled(signal);
    session.setCheck(next);
    const d = next.result.summary.dtks!;
    operation.setOutcome({
      intent: "success",
      text: `${groupThousands(next.result.summary.rows)} pekerja dicocokkan: ${groupThousands(d.found + d.foundByName)} ada di DTKS, ${groupThousands(d.notFound)} tidak ditemukan.`,
    });
  }

  const loadFromSheet = () =>
    operation.run(async (signal, report) => {
      const extract = await loadDtksFromSheet(gateway, source, settings.check.tahun, report);
      throwIfCancelled(signal);
      session.setDtks(extract);
      if (source.kind === "active") setSource({ kind: "sheet", sheet: extract.sheet });
      await match(extract, signal, report);
    });

  const importFile = (file: File) =>
    operation.run(async (signal, report) => {
      // A new .csv sheet becomes the active one: remember where the workers are before importing.
      const workerSheet = check ? undefined : (await gateway.listSheets()).find((sheet) => sheet.active)?.name;
      const extract = await importDtksFile(gateway, file, settings.check.tahun, signal, report);
      // The sheet is in the workbook now; it is offered as the source even if the matching is cancelled.
      setSource({ kind: "sheet", sheet: extract.sheet });
      throwIfCancelled(signal);
      session.setDtks(extract);
      await match(extract, signal, report, workerSheet);
    });

  const rematch = () => dtks && operation.run((signal, report) => match(dtks, signal, report));

  const writeColumn = () =>
    check &&
    operation.run(async (_signal, report) => {
      const written = await writeStatusColumn(gateway, check, settings.check, report);
      session.setCheck(written.check);
      operation.setOutcome({
        intent: "success",
        text: `Kolom "${STATUS_HEADER}" ${written.replaced ? "diperbarui" : "ditambahkan"} di kolom ${columnLetters(written.column)} lembar "${check.sheet}" untuk ${groupThousands(check.result.summary.rows)} pekerja.`,
      });
    });

  const removeColumn = () =>
    check &&
    operation.run(async (_signal, report) => {
      report(`Menghapus kolom ${STATUS_HEADER}…`);
      const outcome = await removeStatusColumn(gateway, check);
      if (outcome.removed) session.setCheck(outcome.check);
      operation.setOutcome(
        outcome.column === undefined
          ? { intent: "info", text: `Tidak ada kolom "${STATUS_HEADER}" di samping tabel pekerja.` }
          : outcome.removed
            ? { intent: "success", text: `Kolom ${columnLetters(outcome.column)} ("${STATUS_HEADER}") dihapus.` }
            : { intent: "warning", text: `Kolom ${columnLetters(outcome.column)} tidak dihapus: judulnya bukan lagi "${STATUS_HEADER}", jadi mungkin sudah dipakai untuk data lain.` },
      );
    });

  const summary = check?.result.summary.dtks;
  const disabled = !usable || operation.busy || !settingsLoaded;
  return (
    <TabPage
      title="Cocokkan dengan DTKS"
      description="Muat data DTKS/DTSEN desa dari lembar di buku kerja ini atau dari berkas, lalu cocokkan setiap pekerja: ditemukan, tidak ditemukan, nama berbeda, atau desil di atas batas."
    >
      <div className={styles.section}>
        <SourcePicker label="Lembar atau tabel DTKS" source={source} onChange={setSource} disabled={operation.busy} />
        <div className={styles.actions}>
          <Button appearance="primary" disabled={disabled} onClick={() => void loadFromSheet()}>
            Muat dan cocokkan
          </Button>
          <Button disabled={disabled} onClick={() => fileInput.current?.click()}>
            Impor berkas…
          </Button>
          <input
            ref={fileInput}
            className={styles.hidden}
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-label="Berkas DTKS (.xlsx atau .csv)"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = "";
              if (file) void importFile(file);
            }}
          />
        </div>
        {dtks && <Caption1 className={styles.muted}>{`DTKS dari ${dtks.source}: ${dtks.description}.`}</Caption1>}
      </div>
      <OperationStatus progress={operation.progress} outcome={operation.outcome} onCancel={operation.cancel} />
      {check && summary && (
        <Card size="small" appearance="filled-alternative" aria-label="Hasil pencocokan">
          <Text weight="semibold">{`${groupThousands(check.result.summary.rows)} pekerja · ${groupThousands(summary.extractRows)} baris DTKS`}</Text>
          <DtksCounts summary={summary} desilMaksimal={settings.check.desilMaksimal} />
          <div className={styles.actions}>
            <Button size="small" disabled={disabled || !dtks} onClick={() => void rematch()}>
              Cocokkan ulang
            </Button>
          </div>
        </Card>
      )}
      {check && summary && (
        <div className={styles.section}>
          <Divider />
          <Subtitle2 as="h3" className={styles.heading}>
            {`Kolom "${STATUS_HEADER}"`}
          </Subtitle2>
          <Caption1 className={styles.muted}>
            {`Ditambahkan di kolom kosong pertama di kanan tabel pada lembar "${check.sheet}"; kolom yang berisi data tidak pernah ditimpa. Isinya: YA (desil …), COCOK NAMA, TIDAK DITEMUKAN, atau BELUM DICEK.`}
          </Caption1>
          <div className={styles.actions}>
            <Button disabled={disabled} onClick={() => void writeColumn()}>
              Tulis kolom Status DTKS
            </Button>
            <Button disabled={disabled} onClick={() => void removeColumn()}>
              Hapus kolom
            </Button>
          </div>
        </div>
      )}
    </TabPage>
  );
}
