import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { SheetGrid } from "../../domain/cell/sheet-grid";
import type { CheckResult } from "../../domain/check/check-workers";
import type { DtksExtract } from "../../domain/dtks/dtks-extract";
import type { DtksIndex } from "../../domain/dtks/dtks-index";
import type { Settings } from "../../domain/settings";
import type { WorkerTable } from "../../domain/table/worker-table";
import type { PartOverrides, ReadPart } from "../dtks/extract-reading";
import { useGateway } from "../gateway-context";
import { defaultPaneSettings, readPaneSettings, SETTINGS_KEY, type PaneSettings } from "./pane-settings";

/** The last check the secretary ran: what was read, how it was mapped, and what the engine found. */
export interface CheckState {
  readonly sheet: string;
  readonly grid: SheetGrid;
  readonly table: WorkerTable;
  readonly result: CheckResult;
  readonly checkedAt: Date;
  /** The settings the engine ran with: when the secretary changes them, results say they are out of date. */
  readonly settingsUsed?: Settings;
}

/** Where a part of the extract came from, so it can be read again with a corrected mapping. */
export type PartOrigin =
  /** A CSV file read in memory: read again from the file, never from a sheet. */
  | { readonly kind: "csv"; readonly file: Blob }
  /** A sheet of this workbook, or of an .xlsx copied in to be read: its grid as read. */
  | { readonly kind: "grid"; readonly grid: SheetGrid };

/** One file (or sheet) of the extract in use, with the corrections made to its mapping. */
export interface LoadedPart {
  readonly read: ReadPart;
  readonly origin: PartOrigin;
  readonly overrides?: PartOverrides;
}

/** The DTKS/DTSEN extract in use: where it came from, its parts joined, and its index. */
export interface DtksState {
  /** "lembar \"DTKS\"" or the imported files' names, shown to the user. */
  readonly source: string;
  readonly parts: readonly LoadedPart[];
  readonly extract: DtksExtract;
  readonly index: DtksIndex;
  /**
   * Sheets of this workbook that hold the extract: the sheet it was read from, or the copies the pane
   * made because the secretary asked for them. Empty when the extract was read in memory only.
   */
  readonly sheets: readonly string[];
  /** True when `sheets` were copied in by the pane. */
  readonly copied: boolean;
}

export interface SessionValue {
  readonly settings: PaneSettings;
  /** False until the workbook's stored settings have been read (the defaults are shown meanwhile). */
  readonly settingsLoaded: boolean;
  /** Set when the stored settings could not be read and defaults are used: say so to the user. */
  readonly settingsNotice?: string;
  /** Changes settings and stores them in the workbook. */
  updateSettings(change: (current: PaneSettings) => PaneSettings): void;
  readonly check?: CheckState;
  setCheck(state: CheckState | undefined): void;
  readonly dtks?: DtksState;
  setDtks(state: DtksState | undefined): void;
}

const SessionContext = createContext<SessionValue | undefined>(undefined);

/**
 * What the tabs share: the village's settings (read from and saved to the workbook), the last check
 * and the DTKS extract in use, so Anggaran, Ekspor and Ringkasan work on what Periksa found.
 */
export function SessionProvider({ children, saveDelayMs = 400 }: { readonly children: ReactNode; readonly saveDelayMs?: number }) {
  const gateway = useGateway();
  const [settings, setSettings] = useState<PaneSettings>(() => defaultPaneSettings());
  const [settingsLoaded, setLoaded] = useState(false);
  const [settingsNotice, setNotice] = useState<string>();
  const [check, setCheck] = useState<CheckState>();
  const [dtks, setDtks] = useState<DtksState>();
  const saveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    let live = true;
    gateway.readSetting(SETTINGS_KEY).then(
      (stored) => {
        if (!live) return;
        const read = readPaneSettings(stored);
        setSettings(read.settings);
        if (read.repaired) setNotice("Pengaturan yang tersimpan di buku kerja ini tidak dapat dibaca; nilai bawaan dipakai. Periksa tab Pengaturan.");
        setLoaded(true);
      },
      () => live && setLoaded(true),
    );
    return () => {
      live = false;
    };
  }, [gateway]);

  const updateSettings = useCallback(
    (change: (current: PaneSettings) => PaneSettings) => {
      setSettings((current) => {
        const next = change(current);
        const save = () => {
          gateway.writeSetting(SETTINGS_KEY, JSON.stringify(next)).catch(() => setNotice("Pengaturan belum tersimpan di buku kerja. Coba ubah lagi, atau simpan buku kerja lalu buka ulang panel."));
        };
        // Typing in a field changes settings on every key: in Excel each save is a round trip, so store
        // once the typing pauses. Where saving only touches memory (the browser page), store at once, so
        // a copy downloaded right after a change carries it.
        clearTimeout(saveTimer.current);
        if (saveDelayMs <= 0) save();
        else saveTimer.current = setTimeout(save, saveDelayMs);
        return next;
      });
    },
    [gateway, saveDelayMs],
  );

  const value = useMemo<SessionValue>(
    () => ({ settings, settingsLoaded, settingsNotice, updateSettings, check, setCheck, dtks, setDtks }),
    [settings, settingsLoaded, settingsNotice, updateSettings, check, dtks],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("SessionProvider tidak ditemukan di atas komponen ini.");
  return value;
}
