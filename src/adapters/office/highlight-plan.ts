import { cellAddress, parseRangeAddress, rangeAddress } from "./a1";
import type { HighlightMark, MarkSeverity } from "./highlight-marks";

/**
 * How the add-in knows which highlights are its own, so "Hapus tanda" removes exactly those:
 *
 * - Fill colours that no Excel palette, built-in cell style or table style uses (close to, but not,
 *   the "Bad"/"Neutral" styles' #FFC7CE/#FFEB9C): a cell painted exactly this colour is ours, even
 *   after rows were inserted or deleted above it and our address list went stale.
 * - Notes whose text starts with NOTE_MARKER. A note without it is the user's and is never touched.
 * - A ledger in the workbook's add-in settings (travels with the file): for every cell we painted,
 *   the fill it had before, restored when the highlight goes. A cell the user recoloured since is
 *   left as the user made it.
 *
 * Office.js reports "no fill" as white, so a cell that had an explicit white fill gets no fill back
 * (the only visible difference is the grid lines). Theme colours come back as their RGB value.
 */
export const HIGHLIGHT_FILLS: Readonly<Record<MarkSeverity, string>> = { error: "#FCC5CB", warning: "#FDE9A9" };
export const NOTE_MARKER = "[Pekerja Rentan]";
export const LEDGER_SETTING_KEY = "PekerjaRentan.tanda";
const MAX_NOTE_LENGTH = 2000;

export function isOurFill(color: string | null | undefined): boolean {
  if (!color) return false;
  const upper = color.toUpperCase();
  return upper === HIGHLIGHT_FILLS.error || upper === HIGHLIGHT_FILLS.warning;
}

export function isOurNote(content: unknown): boolean {
  return typeof content === "string" && content.startsWith(NOTE_MARKER);
}

export function noteText(messages: ReadonlyArray<string>): string {
  const text = `${NOTE_MARKER}\n${messages.map((message) => `• ${message}`).join("\n")}`;
  return text.length > MAX_NOTE_LENGTH ? `${text.slice(0, MAX_NOTE_LENGTH - 1)}…` : text;
}

/** A fill as the ledger keeps it: upper-case "#RRGGBB", or null for no fill (Office.js says white). */
export function normaliseFill(color: string | null | undefined): string | null {
  if (!color) return null;
  const upper = color.toUpperCase();
  return upper === "#FFFFFF" ? null : upper;
}

// ---------------------------------------------------------------------------------------------
// Ledger

/** Per worksheet (keyed by the worksheet's id, which survives renames): address -> previous fill. */
export interface HighlightLedger {
  readonly sheets: ReadonlyMap<string, LedgerSheet>;
}

export interface LedgerSheet {
  /** The name when last written, for people reading the setting; the id is what counts. */
  readonly name: string;
  readonly cells: ReadonlyMap<string, string | null>;
}

export const EMPTY_LEDGER: HighlightLedger = { sheets: new Map() };

interface StoredLedger {
  v: 1;
  sheets: Record<string, { name: string; cells: Record<string, string | null> }>;
}

/** Reads the setting back; anything unreadable (a newer format, a damaged value) counts as empty. */
export function parseLedger(value: unknown): HighlightLedger {
  let stored: unknown = value;
  if (typeof value === "string") {
    try {
      stored = JSON.parse(value);
    } catch {
      return EMPTY_LEDGER;
    }
  }
  if (!stored || typeof stored !== "object" || (stored as StoredLedger).v !== 1) return EMPTY_LEDGER;
  const sheets = new Map<string, LedgerSheet>();
  for (const [id, sheet] of Object.entries((stored as StoredLedger).sheets ?? {})) {
    if (!sheet || typeof sheet !== "object" || typeof sheet.cells !== "object") continue;
    const cells = new Map<string, string | null>();
    for (const [address, fill] of Object.entries(sheet.cells)) {
      if (parseRangeAddress(address)) cells.set(address, typeof fill === "string" ? fill : null);
    }
    if (cells.size > 0) sheets.set(id, { name: String(sheet.name ?? ""), cells });
  }
  return { sheets };
}

export function serialiseLedger(ledger: HighlightLedger): string {
  const stored: StoredLedger = { v: 1, sheets: {} };
  for (const [id, sheet] of ledger.sheets) {
    if (sheet.cells.size === 0) continue;
    stored.sheets[id] = { name: sheet.name, cells: Object.fromEntries(sheet.cells) };
  }
  return JSON.stringify(stored);
}

export function withLedgerSheet(ledger: HighlightLedger, sheetId: string, sheet: LedgerSheet): HighlightLedger {
  const sheets = new Map(ledger.sheets);
  if (sheet.cells.size === 0) sheets.delete(sheetId);
  else sheets.set(sheetId, sheet);
  return { sheets };
}

// ---------------------------------------------------------------------------------------------
// Plan

/** What is known about one sheet before writing. */
export interface SheetHighlightState {
  readonly previous: ReadonlyMap<string, string | null>;
  /** Current fill of a cell; undefined when not read. */
  fillAt(address: string): string | null | undefined;
  /** Cells currently painted in our colours, when the whole used range was read (finds moved highlights). */
  readonly paintedCells: Iterable<string>;
  /** "foreign" when the cell holds a note that is not ours; "free" when it holds none or ours. */
  noteAt(address: string): "free" | "foreign";
  /** False on hosts without the notes API (ExcelApi 1.18): fills only. */
  readonly notes: boolean;
}

export interface FillOp {
  /** A1 address of a run of cells in one column. */
  readonly address: string;
  /** The colour to paint, or null to remove the fill. */
  readonly color: string | null;
}

export interface HighlightPlan {
  readonly fills: ReadonlyArray<FillOp>;
  /** Notes to delete where present (ours, or a cell about to get a fresh one). */
  readonly deleteNotes: ReadonlyArray<string>;
  readonly addNotes: ReadonlyArray<{ readonly address: string; readonly text: string }>;
  /** The sheet's ledger after the write. */
  readonly ledger: ReadonlyMap<string, string | null>;
  readonly marked: number;
  readonly cleared: number;
  /** Marked cells whose note was left alone because the user had written one there. */
  readonly notesSkipped: number;
}

/**
 * Turns "these cells should be marked" plus what the sheet holds now into the writes to queue.
 * `marks` empty means: remove every highlight of ours from the sheet ("Hapus tanda").
 */
export function planHighlights(marks: ReadonlyArray<HighlightMark>, state: SheetHighlightState): HighlightPlan {
  const ledger = new Map<string, string | null>();
  const paint: Array<{ row: number; column: number; color: string | null }> = [];
  const deleteNotes: string[] = [];
  const addNotes: Array<{ address: string; text: string }> = [];
  let notesSkipped = 0;

  const markedAddresses = new Set<string>();
  for (const mark of marks) {
    const address = cellAddress(mark.row, mark.column);
    if (markedAddresses.has(address)) continue;
    markedAddresses.add(address);
    const current = state.fillAt(address);
    // A cell already in our colour but missing from the ledger was ours before rows moved: its
    // original fill is lost, and "no fill" is the best guess.
    const before = state.previous.has(address) ? state.previous.get(address)! : isOurFill(current) ? null : normaliseFill(current);
    ledger.set(address, before);
    paint.push({ row: mark.row, column: mark.column, color: HIGHLIGHT_FILLS[mark.severity] });
    if (!state.notes) continue;
    if (state.noteAt(address) === "foreign") {
      notesSkipped++;
    } else {
      deleteNotes.push(address);
      addNotes.push({ address, text: noteText(mark.messages) });
    }
  }

  let cleared = 0;
  const formerlyOurs = new Set<string>([...state.previous.keys(), ...state.paintedCells]);
  for (const address of formerlyOurs) {
    if (markedAddresses.has(address)) continue;
    const cell = parseRangeAddress(address);
    if (!cell) continue;
    const current = state.fillAt(address);
    // Recoloured by the user since we painted it, or not read (outside the used range after rows
    // were deleted, so the address now names another cell): left as it is.
    if (isOurFill(current)) {
      paint.push({ row: cell.top, column: cell.left, color: state.previous.get(address) ?? null });
      cleared++;
    }
    if (state.notes && state.noteAt(address) === "free") deleteNotes.push(address);
  }

  return {
    fills: columnRuns(paint),
    deleteNotes,
    addNotes,
    ledger,
    marked: markedAddresses.size,
    cleared,
    notesSkipped,
  };
}

/** Consecutive cells of one column that get the same colour become one range: far fewer operations. */
function columnRuns(cells: ReadonlyArray<{ row: number; column: number; color: string | null }>): FillOp[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: FillOp[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const cell = sorted[i];
    if (cell && cell.column === previous.column && cell.row === previous.row + 1 && cell.color === previous.color) continue;
    const first = sorted[start]!;
    runs.push({ address: rangeAddress(first.row, first.column, previous.row, previous.column), color: first.color });
    start = i;
  }
  return runs;
}
