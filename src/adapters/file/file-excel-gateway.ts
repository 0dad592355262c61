import { cellAddress, columnLetters } from "../../domain/cell/a1";
import { cellText, EMPTY_CELL, isBlank, type RawCell } from "../../domain/cell/raw-cell";
import type { SheetGrid, WorkbookGrid } from "../../domain/cell/sheet-grid";
import type { CellWrite } from "../../domain/fix/fix-batch";
import type { SheetLayout } from "../../domain/layout/sheet-layout";
import type { CellValue, ExcelGateway, HighlightResult, NewWorkbook, ReadOptions, SheetInfo, TableInfo } from "../office/excel-gateway";
import { ExcelGatewayError } from "../office/gateway-error";
import type { HighlightMark } from "../office/highlight-marks";
import { HIGHLIGHT_FILLS, LEDGER_SETTING_KEY, noteText, type HighlightLedger, type LedgerSheet } from "../office/highlight-plan";
import { uniqueSheetName } from "../office/office-excel-gateway";
import { cellKey, gridOf, type MemorySheet, type WrittenCell } from "./memory-sheet";
import { earlierMarks } from "./earlier-marks";
import { fillsBeforeMarks, ledgerValue, readLedger, sheetLedger } from "./fill-ledger";
import { noteOwners } from "./notes-patch";
import { patchWorkbook, type SheetPatch } from "./patch-workbook";
import { rowsLayout } from "./new-sheet-xml";
import { readSettings } from "./settings-part";
import { packageSheets } from "./workbook-sheets";
import { XlsxPackage } from "./xlsx-package";

/** A file the user picked, or one the page hands back to the user. */
export interface WorkbookFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface FileGatewayOptions {
  /** The project's .xlsx reader (bytes to the domain's grid); `name` only names the file in messages. */
  readonly readWorkbook: (bytes: Uint8Array, name: string) => Promise<WorkbookGrid>;
  /** Hands a new workbook (the submission, a companion file) to the user, as a download. */
  readonly deliver: (file: WorkbookFile) => void;
}

/** Where the pane asked Excel to select a cell: the page shows that row instead. */
export interface CellSelection {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

const DATE_FORMAT = "dd-mm-yyyy";

/**
 * `ExcelGateway` over an .xlsx opened in the browser, held in memory. Reads come from the project's
 * reader; every change (highlights, notes, added sheets, written columns, settings) is kept aside and
 * only becomes a file when the user saves, as a patched copy of the original bytes (`saveCopy`). The
 * original bytes are never changed.
 */
export class FileExcelGateway implements ExcelGateway {
  readonly fileName: string;
  private readonly original: Uint8Array;
  private readonly options: FileGatewayOptions;
  private readonly sheets: MemorySheet[];
  private readonly settings: Map<string, unknown>;
  private settingsChanged = false;
  /** The add-in's highlight ledger as the file had it: the fills cells had before they were marked. */
  private readonly ledger: HighlightLedger;
  private active = 0;
  private changes = 0;
  private selected: CellSelection | undefined;
  private readonly listeners = new Set<() => void>();

  private constructor(file: WorkbookFile, options: FileGatewayOptions, sheets: MemorySheet[], settings: Map<string, unknown>) {
    this.fileName = file.name;
    this.original = file.bytes;
    this.options = options;
    this.sheets = sheets;
    this.settings = settings;
    this.ledger = readLedger(settings.get(LEDGER_SETTING_KEY));
    const firstVisible = sheets.findIndex((sheet) => sheet.kind !== "original" || sheet.visible);
    this.active = Math.max(0, firstVisible);
  }

  /** Reads the file; throws the reader's `WorkbookReadError` (Indonesian, says what to do) when it cannot. */
  static async open(file: WorkbookFile, options: FileGatewayOptions): Promise<FileExcelGateway> {
    const grid = await options.readWorkbook(file.bytes, file.name);
    const pkg = XlsxPackage.open(file.bytes);
    const byName = new Map(grid.sheets.map((sheet) => [sheet.name, sheet]));
    const sheets: MemorySheet[] = packageSheets(pkg).map((sheet) => ({
      kind: "original",
      name: sheet.name,
      visible: sheet.visible,
      part: sheet.part,
      grid: byName.get(sheet.name) ?? { name: sheet.name, firstRow: 1, firstColumn: 1, rows: [] },
      written: new Map(),
      marks: [],
      earlier: earlierMarks(pkg, sheet.part),
      earlierShown: true,
      notes: noteOwners(pkg, sheet.part),
    }));
    return new FileExcelGateway({ ...file, bytes: file.bytes.slice() }, options, sheets, readSettings(pkg));
  }

  // -------------------------------------------------------------------------------------------
  // What the page around the pane needs

  /** True while there are changes not yet saved to a copy. */
  get unsaved(): boolean {
    return this.changes > 0;
  }

  get selection(): CellSelection | undefined {
    return this.selected;
  }

  /** Called after every change and every selection. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** "Daftar Pekerja.xlsx" -> "Daftar Pekerja (diperiksa).xlsx"; a copy opened again keeps one suffix. */
  copyName(): string {
    const base = this.fileName.replace(/\.(xlsx|xlsm)$/i, "").replace(/ \(diperiksa\)$/, "");
    const extension = /\.xlsm$/i.test(this.fileName) ? ".xlsm" : ".xlsx";
    return `${base} (diperiksa)${extension}`;
  }

  /** The copy to save: the original's bytes patched with every change made here. */
  buildCopy(): WorkbookFile {
    const sheets: SheetPatch[] = [];
    const ledgerSheets = new Map<string, LedgerSheet>();
    let pkg: XlsxPackage | undefined;
    for (const sheet of this.sheets) {
      if (sheet.kind !== "original") continue;
      const recorded = sheetLedger(this.ledger, sheet.name);
      // An earlier mark taken away gets back the fill the ledger recorded for it, else no fill.
      const unmark = sheet.earlierShown ? [] : sheet.earlier.map((cell) => ({ ...cell, restore: recorded.cells.get(cellAddress(cell.row, cell.column)) ?? null }));
      if (!sheet.earlierShown) {
        // This sheet's marks were replaced: the ledger records, for the new marks only, their fill before any mark.
        pkg ??= XlsxPackage.open(this.original);
        ledgerSheets.set(recorded.key, { name: sheet.name, cells: fillsBeforeMarks(pkg, sheet.part, sheet.marks, recorded.cells) });
      }
      if (sheet.marks.length === 0 && sheet.written.size === 0 && unmark.length === 0) continue;
      sheets.push({
        part: sheet.part,
        unmark,
        fills: sheet.marks.map((mark) => ({ row: mark.row, column: mark.column, color: HIGHLIGHT_FILLS[mark.severity] })),
        notes: sheet.marks.map((mark) => ({ row: mark.row, column: mark.column, text: noteText(mark.messages) })),
        values: [...sheet.written.values()].map(({ row, column, cell, asText }) => patchValueOf(cell, asText, row, column)),
      });
    }
    const addedSheets = this.sheets.flatMap((sheet) => (sheet.kind === "added" ? [{ name: sheet.name, layout: sheet.layout }] : []));
    const settings = new Map(this.settings);
    if (ledgerSheets.size > 0) {
      const ledger = ledgerValue(this.ledger, ledgerSheets);
      if (ledger === undefined) settings.delete(LEDGER_SETTING_KEY);
      else settings.set(LEDGER_SETTING_KEY, ledger);
    }
    const { bytes } = patchWorkbook(this.original, {
      sheets,
      addedSheets,
      ...(this.settingsChanged || ledgerSheets.size > 0 ? { settings } : {}),
    });
    return { name: this.copyName(), bytes };
  }

  /** After the copy was saved: nothing is unsaved any more (the changes stay, for a later save). */
  markSaved(): void {
    this.changes = 0;
    this.notify();
  }

  /** The original bytes, as opened (never changed; kept for tests and for "open again"). */
  originalBytes(): Uint8Array {
    return this.original.slice();
  }

  // -------------------------------------------------------------------------------------------
  // ExcelGateway

  async listSheets(): Promise<SheetInfo[]> {
    return this.sheets.map((sheet, i) => ({ name: sheet.name, visible: sheet.kind !== "original" || sheet.visible, active: i === this.active }));
  }

  async listTables(): Promise<TableInfo[]> {
    return this.sheets.flatMap((sheet) => (sheet.kind === "original" ? (sheet.grid.tables ?? []).map((table) => ({ ...table, sheet: sheet.name })) : []));
  }

  async readUsedRange(sheet?: string, _options?: ReadOptions): Promise<SheetGrid> {
    return gridOf(this.sheet(sheet));
  }

  async writeHighlights(sheet: string, marks: ReadonlyArray<HighlightMark>): Promise<HighlightResult> {
    const target = this.originalSheet(sheet, "menandai sel");
    const unique = new Map<string, HighlightMark>();
    for (const mark of marks) if (!unique.has(cellAddress(mark.row, mark.column))) unique.set(cellAddress(mark.row, mark.column), mark);
    const before = new Set([...target.marks, ...(target.earlierShown ? target.earlier : [])].map((mark) => cellAddress(mark.row, mark.column)));
    target.marks = [...unique.values()];
    target.earlierShown = false;
    const cleared = [...before].filter((address) => !unique.has(address)).length;
    const notesSkipped = [...unique.keys()].filter((address) => target.notes.get(address) === "foreign").length;
    this.changed();
    return { marked: unique.size, cleared, notesSkipped, notes: true };
  }

  async clearHighlights(sheet?: string): Promise<HighlightResult> {
    const name = sheet ?? this.sheets[this.active]?.name ?? "";
    return this.writeHighlights(name, []);
  }

  /** Excel would select the cell; here the page shows the row with its cells (see `selection`). */
  async selectCell(sheet: string, row: number, column: number): Promise<void> {
    this.active = this.indexOf(sheet);
    this.selected = { sheet: this.sheets[this.active]!.name, row, column };
    this.notify();
  }

  async addSheet(name: string, rows: ReadonlyArray<ReadonlyArray<CellValue>>, textColumns: ReadonlyArray<number>): Promise<string> {
    return this.addFormulaSheet(name, rowsLayout(rows, textColumns));
  }

  async addFormulaSheet(name: string, layout: SheetLayout): Promise<string> {
    const sheetName = uniqueSheetName(name, this.sheets.map((sheet) => sheet.name));
    this.sheets.push({ kind: "added", name: sheetName, layout });
    this.active = this.sheets.length - 1;
    this.changed();
    return sheetName;
  }

  /** Always: a new workbook becomes a file for the user to save, as Excel's "new workbook" would. */
  canCreateWorkbook(): boolean {
    return true;
  }

  newWorkbookDelivery(): "download" {
    return "download";
  }

  async createWorkbook(base64Xlsx: string): Promise<NewWorkbook> {
    const bytes = base64ToBytes(base64Xlsx);
    const fileName = newWorkbookName(bytes, this.fileName);
    this.options.deliver({ name: fileName, bytes });
    return { kind: "downloaded", fileName };
  }

  async readSetting(key: string): Promise<unknown> {
    return this.settings.get(key);
  }

  async writeSetting(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.settings.delete(key);
    // Stored as JSON, as Office stores a setting: what comes back is what JSON keeps.
    else this.settings.set(key, JSON.parse(JSON.stringify(value)) as unknown);
    this.settingsChanged = true;
    this.changed();
  }

  async importSheetsFromBase64(base64Xlsx: string, sheetNamePrefix?: string): Promise<string[]> {
    const grid = await this.options.readWorkbook(base64ToBytes(base64Xlsx), "berkas ekstrak");
    const names: string[] = [];
    for (const sheet of grid.sheets) {
      const name = uniqueSheetName(`${sheetNamePrefix ?? ""}${sheet.name}`, this.sheets.map((s) => s.name));
      this.sheets.push({ kind: "imported", name, grid: sheet });
      names.push(name);
    }
    return names;
  }

  /** Sheets added or copied in this session; the file's own sheets are never deleted from the copy. */
  async deleteSheets(names: ReadonlyArray<string>): Promise<string[]> {
    const wanted = new Set(names.map((name) => name.toLowerCase()));
    const deleted: string[] = [];
    for (let i = this.sheets.length - 1; i >= 0; i--) {
      const sheet = this.sheets[i]!;
      if (sheet.kind === "original" || !wanted.has(sheet.name.toLowerCase())) continue;
      deleted.unshift(sheet.name);
      this.sheets.splice(i, 1);
      if (this.active >= i) this.active = Math.max(0, this.active - 1);
    }
    if (deleted.length > 0) this.changed();
    return deleted;
  }

  async writeColumn(
    sheet: string,
    column: number,
    startRow: number,
    values: ReadonlyArray<CellValue>,
    options: { readonly replaceHeader?: string } = {},
  ): Promise<void> {
    if (values.length === 0) return;
    const target = this.originalSheet(sheet, "menulis kolom");
    const probe = probeColumn(gridOf(target), column, startRow);
    if (probe.bottom !== undefined) {
      if (options.replaceHeader === undefined || !sameHeader(probe.header, options.replaceHeader)) {
        throw new ExcelGatewayError(
          "NOT_EMPTY",
          `Kolom ${columnLetters(column)} di lembar "${sheet}" sudah berisi data, jadi tidak ditimpa. Periksa lagi agar kolom kosong berikutnya dipakai.`,
        );
      }
      for (let row = startRow; row <= probe.bottom; row++) this.write(target, row, column, { cell: EMPTY_CELL, asText: false });
    }
    values.forEach((value, i) => this.write(target, startRow + i, column, { cell: rawCellOf(value), asText: false }));
    this.changed();
  }

  async clearColumn(sheet: string, column: number, startRow: number, header: string): Promise<boolean> {
    const target = this.originalSheet(sheet, "menghapus kolom");
    const probe = probeColumn(gridOf(target), column, startRow);
    if (probe.bottom === undefined || !sameHeader(probe.header, header)) return false;
    for (let row = startRow; row <= probe.bottom; row++) this.write(target, row, column, { cell: EMPTY_CELL, asText: false });
    this.changed();
    return true;
  }

  async writeCells(sheet: string, writes: ReadonlyArray<CellWrite>): Promise<void> {
    if (writes.length === 0) return;
    const target = this.originalSheet(sheet, "memperbaiki sel");
    for (const write of writes) this.write(target, write.sheetRow, write.column, { cell: write.value, asText: write.asText });
    this.changed();
  }

  // -------------------------------------------------------------------------------------------

  private write(sheet: Extract<MemorySheet, { kind: "original" }>, row: number, column: number, written: WrittenCell): void {
    sheet.written.set(cellKey(row, column), { ...written, row, column });
  }

  private indexOf(name: string | undefined): number {
    if (name === undefined) return this.active;
    const lower = name.toLowerCase();
    const index = this.sheets.findIndex((sheet) => sheet.name.toLowerCase() === lower);
    if (index < 0) {
      throw new ExcelGatewayError("SHEET_NOT_FOUND", `Lembar "${name}" tidak ditemukan. Mungkin namanya sudah diganti atau lembarnya dihapus; pilih lembar lagi.`);
    }
    return index;
  }

  private sheet(name: string | undefined): MemorySheet {
    return this.sheets[this.indexOf(name)]!;
  }

  /** Highlights and written columns go on the file's own sheets only (the copy patches those parts). */
  private originalSheet(name: string, action: string): Extract<MemorySheet, { kind: "original" }> {
    const sheet = this.sheet(name);
    if (sheet.kind !== "original") {
      throw new ExcelGatewayError("UNSUPPORTED", `Lembar "${sheet.name}" dibuat di halaman ini, jadi tidak bisa dipakai untuk ${action}. Pilih lembar dari berkas Anda.`);
    }
    return sheet;
  }

  private changed(): void {
    this.changes++;
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

function probeColumn(grid: SheetGrid, column: number, startRow: number): { header: RawCell | undefined; bottom: number | undefined } {
  let bottom: number | undefined;
  const j = column - grid.firstColumn;
  grid.rows.forEach((row, i) => {
    if (!isBlank(row[j])) bottom = grid.firstRow + i;
  });
  return { header: grid.rows[startRow - grid.firstRow]?.[j], bottom };
}

function sameHeader(cell: RawCell | undefined, header: string): boolean {
  return cell?.kind === "text" && cell.text.trim().toLowerCase() === header.trim().toLowerCase();
}

function rawCellOf(value: CellValue): RawCell {
  if (value === null || value === "") return EMPTY_CELL;
  if (typeof value === "string") return { kind: "text", text: value };
  if (typeof value === "number") return { kind: "number", value };
  return { kind: "boolean", value };
}

/** A written cell as the patcher takes it: a date becomes Excel's serial under a date format. */
function patchValueOf(cell: RawCell, asText: boolean, row: number, column: number): NonNullable<SheetPatch["values"]>[number] {
  const at = { row, column };
  switch (cell.kind) {
    case "empty":
      return { ...at, value: null };
    case "text":
      return { ...at, value: cell.text, ...(asText ? { numberFormat: "@" } : {}) };
    case "number":
      return { ...at, value: cell.value, ...(cell.numberFormat && cell.numberFormat !== "General" ? { numberFormat: cell.numberFormat } : {}) };
    case "boolean":
      return { ...at, value: cell.value };
    case "date":
      return { ...at, value: Date.UTC(cell.year, cell.month - 1, cell.day) / 86_400_000 + 25_569, numberFormat: DATE_FORMAT };
    case "error":
      return { ...at, value: cellText(cell) ?? cell.code };
  }
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A new workbook is named after its first sheet ("Pendaftaran BPU.xlsx"), or after the open file. */
function newWorkbookName(bytes: Uint8Array, openFile: string): string {
  let first: string | undefined;
  try {
    const pkg = XlsxPackage.open(bytes);
    first = packageSheets(pkg)[0]?.name;
  } catch {
    first = undefined;
  }
  const base = (first ?? `${openFile.replace(/\.(xlsx|xlsm)$/i, "")} - berkas baru`).replace(/[\\/:*?"<>|]/g, " ").trim();
  return `${base}.xlsx`;
}
