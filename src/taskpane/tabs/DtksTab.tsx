import {
  Button,
  Caption1,
  Card,
  Checkbox,
  Divider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { columnLetters } from "../../adapters/office/a1";
import { describeDesilThreshold } from "../../domain/dtks/desil";
import type { DtksField } from "../../domain/dtks/dtks-record";
import { groupThousands } from "../../domain/format/group-thousands";
import { candidateOutcomeText, writeCandidateSheet } from "../dtks/candidates-sheet";
import { DtksCounts } from "../dtks/DtksCounts";
import { dtksCountLines, filterHeading, paneDtksSummary, workersIn, type DtksFilter } from "../dtks/dtks-filters";
import type { FindingCode } from "../../domain/finding";
import { DtksWorkerList } from "../dtks/DtksWorkerList";
import { ExtractDetails } from "../dtks/ExtractDetails";
import { suggestedExtractSheet } from "../dtks/extract-sheet";
import type { WorkerTableShape } from "../dtks/extract-reading";
import { deleteExtractSheets, fileList, importDtksFiles, loadDtksFromSheet, remapPart, type ExtractSheetSource } from "../dtks/load-dtks";
import { matchWorkers, readWorkerTable, removeStatusColumn, workerShape, writeStatusColumn, type WorkerList } from "../dtks/match-workers";
import { STATUS_HEADER } from "../dtks/status-column";
import { errorMessage } from "../error-message";
import { useConnectionStatus, useGateway } from "../gateway-context";
import { useOpenTab } from "../navigation";
import { OperationStatus } from "../operation/OperationStatus";
import { throwIfCancelled, useOperation, type Report } from "../operation/use-operation";
import { paneRegions } from "../periksa/pane-regions";
import type { CheckSource } from "../periksa/run-check";
import { SourcePicker } from "../periksa/SourcePicker";
import { useSession, type DtksState } from "../session/session-context";
import { TabPage } from "./TabPage";

/** The finding each count of the matching stands for, where one does: its link opens Periksa's findings on it. */
const FINDING_OF_FILTER: Readonly<Partial<Record<DtksFilter, FindingCode>>> = {
  notFound: "DTKS_NOT_FOUND",
  nameMismatch: "DTKS_NAME_MISMATCH",
  foundByName: "DTKS_MATCHED_BY_NAME",
  foundByFamily: "DTKS_MATCHED_BY_FAMILY",
  desilAbove: "DTKS_DESIL_ABOVE",
  wageEarner: "DTKS_WAGE_EARNER",
};

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  hidden: { display: "none" },
  // The checkbox's box has its own padding: line it up with the buttons' left edge.
  checkbox: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  card: { minWidth: 0 },
});

/**
 * DTKS: load the village's extract (a sheet of this workbook, or files read in memory), match the
 * workers, list who is behind each count, propose candidates, write "Status DTKS".
 */
export function DtksTab() {
  const styles = useStyles();
  const gateway = useGateway();
  const session = useSession();
  const openTab = useOpenTab();
  const { check, dtks, settings, settingsLoaded } = session;
  const connection = useConnectionStatus();
  const usable = connection === "excel" || connection === "connecting";
  const operation = useOperation();
  const [source, setSource] = useState<ExtractSheetSource | undefined>(() =>
    dtks && !dtks.copied && dtks.sheets[0] ? { kind: "sheet", sheet: dtks.sheets[0] } : undefined,
  );
  // undefined until the sheets are listed; null: none is named like an extract.
  const [suggestion, setSuggestion] = useState<string | null>();
  const [sheetsChanged, setSheetsChanged] = useState(0);
  const [copy, setCopy] = useState(false);
  const [filter, setFilter] = useState<DtksFilter>();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [villagesNotice, setVillagesNotice] = useState(false);
  // Where the last operation's progress and outcome show: next to the button that started it.
  const [place, setPlace] = useState<"ekstrak" | "calon" | "kolom">("ekstrak");
  const fileInput = useRef<HTMLInputElement>(null);

  // Offer the sheet named like an extract, when there is one; otherwise importing is the way in.
  useEffect(() => {
    if (!usable) return;
    let live = true;
    gateway.listSheets().then(
      (sheets) => {
        if (!live) return;
        const suggested = suggestedExtractSheet(sheets, check?.sheet);
        setSuggestion(suggested ?? null);
        if (suggested) setSource((current) => current ?? { kind: "sheet", sheet: suggested });
      },
      () => live && setSuggestion(null),
    );
    return () => {
      live = false;
    };
    // On opening the tab and after the pane added or removed sheets: a later check must not move the user's choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [gateway, sheetsChanged]);

  // The page stays mounted: once a check shows the chosen sheet is the worker list itself, that choice can
  // only be refused, so it is dropped (the picker marks the sheet "(daftar pekerja)" if picked again).
  const checkedSheet = check?.sheet;
  useEffect(() => {
    if (checkedSheet !== undefined) setSource((current) => (current?.kind === "sheet" && current.sheet === checkedSheet ? undefined : current));
  }, [checkedSheet]);

  /** The worker list to match against, and its shape for refusing an extract that is the list itself. */
  async function workerList(report: Report): Promise<{ workers?: WorkerList; shape?: WorkerTableShape; problem?: string }> {
    if (check) return { workers: check, shape: workerShape(check) };
    report("Mencari daftar pekerja di lembar aktif…", 0.05);
    const read = await readWorkerTable(gateway);
    if (!read.ok) return { problem: `Lembar aktif "${read.sheet}": ${read.message}` };
    return { workers: read.workers, shape: workerShape(read.workers, true) };
  }

  /** Matches the loaded extract against the worker table and stores the result for the other tabs. */
  async function match(extract: DtksState, workers: WorkerList | undefined, signal: AbortSignal, report: Report, after = "", problem?: string) {
    if (!workers) {
      operation.setOutcome({
        intent: "warning",
        text: `Ekstrak dimuat, tetapi belum dicocokkan: ${problem ?? "daftar pekerja tidak ditemukan."} Buka lembar daftar pekerja (atau jalankan Periksa), lalu klik "Cocokkan". ${after}`.trim(),
      });
      return;
    }
    const next = await matchWorkers({ gateway, check: workers, dtks: extract, settings: settings.check, regions: paneRegions, signal, report });
    throwIfCancelled(signal);
    session.setCheck(next);
    const d = paneDtksSummary(next.result.summary.dtks!, next.result.workers);
    const attention = [
      d.nameMismatch ? `${groupThousands(d.nameMismatch)} nama berbeda` : "",
      d.foundByName ? `${groupThousands(d.foundByName)} cocok lewat nama/KK` : "",
      d.foundByFamily ? `${groupThousands(d.foundByFamily)} cocok lewat KK keluarga` : "",
    ].filter(Boolean);
    operation.setOutcome({
      intent: "success",
      text:
        `${groupThousands(next.result.summary.rows)} pekerja dicocokkan: ${groupThousands(d.found)} ditemukan, ${groupThousands(d.notFound)} tidak ditemukan` +
        `${attention.length ? `, ${attention.join(", ")} (perlu diperiksa)` : ""}. ${after}`.trim(),
    });
  }

  const run = (where: typeof place, work: Parameters<typeof operation.run>[0]) => {
    setPlace(where);
    return operation.run(work);
  };

  const loadFromSheet = () =>
    source &&
    run("ekstrak", async (signal, report) => {
      const found = await workerList(report);
      throwIfCancelled(signal);
      const extract = await loadDtksFromSheet(gateway, source, settings.check.tahun, found.shape, report);
      throwIfCancelled(signal);
      session.setDtks(extract);
      setFilter(undefined);
      await match(extract, found.workers, signal, report, "", found.problem);
    });

  const importFiles = (files: File[]) =>
    run("ekstrak", async (signal, report) => {
      const found = await workerList(report);
      throwIfCancelled(signal);
      const extract = await importDtksFiles(gateway, files, settings.check.tahun, { copy, worker: found.shape }, signal, report);
      if (extract.sheets.length) setSheetsChanged((n) => n + 1);
      throwIfCancelled(signal);
      session.setDtks(extract);
      setFilter(undefined);
      // Without a copy, .csv and .xlsx alike are read in the pane's memory (load-dtks.ts): the workbook is not touched.
      const where = extract.copied
        ? `Ekstrak disalin ke lembar ${fileList(extract.sheets.map((s) => `"${s}"`))}: data kesejahteraan warga lain kini tersimpan di buku kerja ini; hapus dengan "Hapus lembar ekstrak" sebelum berkas dibagikan.`
        : "Ekstrak dibaca di panel ini saja: tidak ada lembar yang ditambahkan ke buku kerja.";
      await match(extract, found.workers, signal, report, where, found.problem);
    });

  const rematch = () =>
    dtks &&
    run("ekstrak", async (signal, report) => {
      const found = await workerList(report);
      await match(dtks, found.workers, signal, report, "", found.problem);
    });

  const remap = (part: number, field: DtksField, column: number | null) =>
    dtks &&
    run("ekstrak", async (signal, report) => {
      report(`Membaca ulang ${dtks.parts[part]?.read.part.name ?? "berkas"} dengan pemetaan baru…`, 0.3);
      const next = await remapPart(dtks, part, field, column, settings.check.tahun, signal);
      session.setDtks(next);
      setFilter(undefined);
      const found = await workerList(report);
      await match(next, found.workers, signal, report, "", found.problem);
    });

  const deleteSheets = () =>
    dtks &&
    run("ekstrak", async (_signal, report) => {
      setConfirmDelete(false);
      report("Menghapus lembar ekstrak…", 0.5);
      const { state, deleted } = await deleteExtractSheets(gateway, dtks);
      session.setDtks(state);
      setSheetsChanged((n) => n + 1);
      if (source && deleted.some((name) => name.toLowerCase() === source.sheet.toLowerCase())) setSource(undefined);
      operation.setOutcome({
        intent: "success",
        text: deleted.length
          ? `Lembar ${fileList(deleted.map((s) => `"${s}"`))} dihapus dari buku kerja. Ekstrak tetap dipakai di panel ini sampai panel ditutup.`
          : "Lembar ekstrak sudah tidak ada di buku kerja.",
      });
    });

  const findCandidates = () =>
    dtks &&
    run("calon", async (_signal, report) => {
      report("Mencari calon peserta di ekstrak…", 0.3);
      const outcome = await writeCandidateSheet(gateway, dtks.index, { settings: settings.check, workers: check?.result.workers, target: settings.budget.target });
      setVillagesNotice(outcome.kind === "villages");
      operation.setOutcome(candidateOutcomeText(outcome, check !== undefined));
    });

  const writeColumn = () =>
    check &&
    run("kolom", async (_signal, report) => {
      const written = await writeStatusColumn(gateway, check, settings.check, report);
      session.setCheck(written.check);
      operation.setOutcome({
        intent: "success",
        text: `Kolom "${STATUS_HEADER}" ${written.replaced ? "diperbarui" : "ditambahkan"} di kolom ${columnLetters(written.column)} lembar "${check.sheet}" untuk ${groupThousands(check.result.summary.rows)} pekerja.`,
      });
    });

  const removeColumn = () =>
    check &&
    run("kolom", async (_signal, report) => {
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

  const selectCell = (row: number, column: number) => {
    if (!check) return;
    gateway.selectCell(check.sheet, row, column).catch((error: unknown) => operation.setOutcome({ intent: "error", text: errorMessage(error) }));
  };

  const domainSummary = dtks ? check?.result.summary.dtks : undefined;
  const summary = useMemo(() => (check && domainSummary ? paneDtksSummary(domainSummary, check.result.workers) : undefined), [check, domainSummary]);
  const filtered = useMemo(() => (check && filter ? workersIn(check.result.workers, filter) : []), [check, filter]);
  const filterLine = summary && filter ? dtksCountLines(summary, settings.check.desilMaksimal).find((line) => line.filter === filter) : undefined;
  const disabled = !usable || operation.busy || !settingsLoaded;
  // The order of the two ways in follows what the workbook holds; the primary button, what is chosen.
  const hasExtractSheet = typeof suggestion === "string";
  const status = (where: typeof place) =>
    place === where && <OperationStatus progress={operation.progress} outcome={operation.outcome} onCancel={operation.cancel} />;

  const importBlock = (
    <div className={styles.section} key="impor">
      <div className={styles.actions}>
        <Button appearance={source ? "secondary" : "primary"} disabled={disabled} onClick={() => fileInput.current?.click()}>
          Impor berkas…
        </Button>
      </div>
      <Checkbox
        className={styles.checkbox}
        checked={copy}
        onChange={(_, data) => setCopy(data.checked === true)}
        disabled={operation.busy}
        label="Salin ekstrak ke buku kerja ini"
      />
      <Caption1 className={styles.muted}>
        Tanpa centang, berkas hanya dibaca di panel ini: isinya data kesejahteraan warga lain, jadi tidak ikut tersimpan bersama daftar pekerja.
      </Caption1>
      <input
        ref={fileInput}
        className={styles.hidden}
        type="file"
        multiple
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="Berkas ekstrak DTSEN/DTKS (.csv atau .xlsx)"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = "";
          if (files.length) void importFiles(files);
        }}
      />
    </div>
  );

  const sheetBlock = (
    <div className={styles.section} key="lembar">
      <SourcePicker
        label={hasExtractSheet ? "Lembar ekstrak DTKS/DTSEN" : "Atau dari lembar di buku kerja ini"}
        source={source as CheckSource | undefined}
        onChange={(picked) => picked.kind !== "active" && setSource(picked)}
        disabled={operation.busy}
        allowActive={false}
        placeholder="Pilih lembar ekstrak"
        noteFor={(sheet) => (sheet.name === check?.sheet ? "(daftar pekerja)" : undefined)}
      />
      <div className={styles.actions}>
        <Button appearance={source ? "primary" : "secondary"} disabled={disabled || !source} onClick={() => void loadFromSheet()}>
          Muat dan cocokkan
        </Button>
      </div>
    </div>
  );

  return (
    <TabPage
      title="Cocokkan dengan DTKS"
      description="Cocokkan setiap pekerja dengan ekstrak DTSEN/DTKS desa: ditemukan, tidak ditemukan, nama berbeda, desil di luar sasaran, atau penerima upah."
    >
      {suggestion === null && !dtks && (
        <Caption1>
          Buku kerja ini tidak berisi lembar ekstrak. Impor berkas dari operator SIKS-NG atau Dinas Sosial: berkas keluarga dan anggota DTSEN (.csv, pilih
          keduanya sekaligus), daftar desil SIKS-NG (.xlsx), atau daftar BNBA.
        </Caption1>
      )}
      {hasExtractSheet ? [sheetBlock, importBlock] : [importBlock, sheetBlock]}
      {status("ekstrak")}

      {dtks && (
        <Card size="small" appearance="filled-alternative" className={styles.card} aria-label="Ekstrak yang dipakai">
          <ExtractDetails dtks={dtks} disabled={disabled} onRemap={(part, field, column) => void remap(part, field, column)} />
          <div className={styles.actions}>
            <Button size="small" disabled={disabled} onClick={() => void rematch()}>
              {summary ? "Cocokkan ulang" : "Cocokkan"}
            </Button>
            {dtks.sheets.length > 0 && !confirmDelete && (
              <Button size="small" disabled={disabled} onClick={() => setConfirmDelete(true)}>
                Hapus lembar ekstrak
              </Button>
            )}
          </div>
          {confirmDelete && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {`Hapus lembar ${fileList(dtks.sheets.map((s) => `"${s}"`))} dari buku kerja ini? Penghapusan lembar tidak dapat dibatalkan dengan Ctrl+Z. Ekstrak tetap dipakai di panel sampai panel ditutup.`}
              </MessageBarBody>
              <MessageBarActions>
                <Button size="small" appearance="primary" onClick={() => void deleteSheets()}>
                  Ya, hapus
                </Button>
                <Button size="small" onClick={() => setConfirmDelete(false)}>
                  Batal
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
        </Card>
      )}

      {check && summary && (
        <Card size="small" appearance="filled-alternative" className={styles.card} aria-label="Hasil pencocokan">
          <Text weight="semibold">
            {`${groupThousands(check.result.summary.rows)} pekerja · ${summary.extractRows > 0 ? `${groupThousands(summary.extractRows)} orang` : `${groupThousands(summary.extractFamilies)} keluarga`} di ekstrak`}
          </Text>
          <DtksCounts summary={summary} desilMaksimal={settings.check.desilMaksimal} selected={filter} onSelect={setFilter} />
        </Card>
      )}
      {check && summary && filterLine && (
        <DtksWorkerList
          heading={filterHeading(filterLine)}
          workers={filtered}
          mapping={check.table.mapping}
          settings={settings.check}
          onSelect={selectCell}
          onClose={() => setFilter(undefined)}
          findingCode={FINDING_OF_FILTER[filterLine.filter]}
        />
      )}

      {dtks && (
        <div className={styles.section}>
          <Divider />
          <Subtitle2 as="h3" className={styles.heading}>
            Calon peserta dari ekstrak
          </Subtitle2>
          <Caption1 className={styles.muted}>
            {`Warga di ekstrak yang belum ada di daftar: usia ${settings.check.usiaMinimal}–${settings.check.usiaMaksimal} tahun, ${describeDesilThreshold(settings.check.desilMaksimal)}, bukan penerima upah menurut DTSEN. Ditulis ke lembar baru, NIK dan No. KK sebagai teks; sasaran ${groupThousands(settings.budget.target)} pekerja.`}
          </Caption1>
          <div className={styles.actions}>
            <Button disabled={disabled} onClick={() => void findCandidates()}>
              Cari calon peserta
            </Button>
            {villagesNotice && place === "calon" && !operation.busy && (
              <Button onClick={() => openTab("pengaturan")}>Buka Pengaturan</Button>
            )}
          </div>
          {status("calon")}
        </div>
      )}

      {check && summary && (
        <div className={styles.section}>
          <Divider />
          <Subtitle2 as="h3" className={styles.heading}>
            {`Kolom "${STATUS_HEADER}"`}
          </Subtitle2>
          <Caption1 className={styles.muted}>
            {`Ditambahkan di kolom kosong pertama di kanan tabel pada lembar "${check.sheet}"; kolom yang berisi data tidak pernah ditimpa. Isinya: YA (NIK dan nama sama), PERIKSA (NIK atas nama lain), COCOK NAMA, KK DI DTSEN, TIDAK DITEMUKAN, atau BELUM DICEK, dengan desilnya.`}
          </Caption1>
          <div className={styles.actions}>
            <Button disabled={disabled} onClick={() => void writeColumn()}>
              Tulis kolom Status DTKS
            </Button>
            <Button disabled={disabled} onClick={() => void removeColumn()}>
              Hapus kolom
            </Button>
          </div>
          {status("kolom")}
        </div>
      )}
    </TabPage>
  );
}
