import type { CellWrite } from "../../domain/fix/fix-batch";
import type { GridTable, SheetGrid } from "../../domain/cell/sheet-grid";
import type { HighlightMark } from "./highlight-marks";
import type { SheetLayout } from "../../domain/layout/sheet-layout";

export interface SheetInfo {
  readonly name: string;
  readonly visible: boolean;
  readonly active: boolean;
}

export interface TableInfo extends GridTable {
  readonly sheet: string;
}

export interface ReadOptions {
  /**
   * Also read, in the same round trip, what `writeHighlights` needs (each cell's fill, the sheet's
   * notes, the highlight ledger), so a check costs one read and one write. Periksa sets it.
   */
  readonly prepareHighlights?: boolean;
}

export interface HighlightResult {
  /** Cells now highlighted by the add-in. */
  readonly marked: number;
  /** Earlier highlights removed (their previous fill restored). */
  readonly cleared: number;
  /** Marked cells left without our note because the user had already written a note there. */
  readonly notesSkipped: number;
  /** False where Excel has no notes API (before ExcelApi 1.18): the cells are filled, without notes. */
  readonly notes: boolean;
}

export type CellValue = string | number | boolean | null;

/** Where a new workbook went: opened by Excel for the user to save, or handed to the browser as a download. */
export type NewWorkbook = { readonly kind: "opened" } | { readonly kind: "downloaded"; readonly fileName: string };

// The sheet description is domain data (every face renders the same layout); re-exported here so the
// Office adapter's callers keep their imports.
export type { LayoutCell, LayoutStyle, SheetLayout } from "../../domain/layout/sheet-layout";

/**
 * All Excel I/O of the task pane, behind one small interface so the pane, tests and benchmarks can
 * swap the host. Every method runs its own `Excel.run` and throws `ExcelGatewayError` with an
 * Indonesian message. Sheets are named as the user sees them; rows and columns are 1-based.
 */
export interface ExcelGateway {
  /** Worksheets in tab order. */
  listSheets(): Promise<SheetInfo[]>;
  /** Excel tables (ListObjects) in the workbook, with their ranges. */
  listTables(): Promise<TableInfo[]>;
  /**
   * The used range of `sheet` (default: the active sheet) as the domain's grid, in one
   * `context.sync()`: values, number formats, display text and value types in one batch. Only when
   * Excel on the web refuses a response over 5 MB is the range read again in row chunks.
   * `tables` are not filled in (Excel needs a second round trip for them): see `listTables`.
   */
  readUsedRange(sheet?: string, options?: ReadOptions): Promise<SheetGrid>;
  /**
   * Replaces the add-in's highlights on `sheet` with `marks`: fill plus a note with the messages.
   * One `context.sync()` after `readUsedRange(sheet, { prepareHighlights: true })`, two otherwise
   * (or when the sheet holds notes of the user's, which are never overwritten).
   */
  writeHighlights(sheet: string, marks: ReadonlyArray<HighlightMark>): Promise<HighlightResult>;
  /** "Hapus tanda": removes exactly the add-in's highlights and notes from `sheet` (default active). */
  clearHighlights(sheet?: string): Promise<HighlightResult>;
  /** Activates the sheet and selects the cell, e.g. when a finding is clicked. */
  selectCell(sheet: string, row: number, column: number): Promise<void>;
  /**
   * Adds a worksheet holding `rows` from A1 and activates it; `textColumns` (1-based) get the "@"
   * (Text) format before any value is written, so a NIK is never parsed as a number.
   * A name already in use gets " (2)", " (3)"...; the name used is returned.
   */
  addSheet(name: string, rows: ReadonlyArray<ReadonlyArray<CellValue>>, textColumns: ReadonlyArray<number>): Promise<string>;
  /**
   * Adds a worksheet laid out as `layout` (values and formulas, number formats, widths, bold rows) and
   * activates it, in one batch after reading the sheet names: number formats are queued before the
   * values, so a code or a NIK is never parsed. The name used (made unique as in `addSheet`) is returned.
   */
  addFormulaSheet(name: string, layout: SheetLayout): Promise<string>;
  /** True where `Excel.createWorkbook` exists (ExcelApi 1.8), or in the browser page; otherwise use `addSheet`. */
  canCreateWorkbook(): boolean;
  /** How `createWorkbook` delivers: Excel opens a window, the browser page downloads a file. Labels and messages say which. */
  newWorkbookDelivery(): "window" | "download";
  /** Opens an .xlsx (base64) as a new workbook for the user to save, or downloads it where there is no Excel. */
  createWorkbook(base64Xlsx: string): Promise<NewWorkbook>;
  /**
   * The add-in's own value stored in the workbook (workbook settings travel with the file), or
   * undefined when none is stored. Used for the village's settings.
   */
  readSetting(key: string): Promise<unknown>;
  /** Stores (or, with undefined, removes) the add-in's value in the workbook. */
  writeSetting(key: string, value: unknown): Promise<void>;
  /**
   * Copies the worksheets of an .xlsx file (base64) to the end of this workbook with Excel's own
   * reader (`Workbook.insertWorksheetsFromBase64`, ExcelApi 1.13; `worksheets.addFromBase64` is its
   * deprecated preview name). With `sheetNamePrefix` each copied sheet is renamed prefix + its name,
   * made unique. Returns the new sheets' names in file order; they are not activated.
   */
  importSheetsFromBase64(base64Xlsx: string, sheetNamePrefix?: string): Promise<string[]>;
  /**
   * Deletes the named worksheets (those that still exist), in one batch after one read; returns the
   * names deleted. For the DTKS extract copied into the workbook only to be read: other residents'
   * welfare data must not stay in the village's worker file by accident.
   */
  deleteSheets(names: ReadonlyArray<string>): Promise<string[]>;
  /**
   * Writes `values` down one column of `sheet`, from `startRow`, as one write batch after one read.
   * The read makes sure the column holds no value anywhere: a column in use is never written over
   * (`NOT_EMPTY`), except one whose cell at `startRow` reads `options.replaceHeader`, a column the
   * add-in wrote before and now replaces. Only values are written; formats are left as they are.
   */
  writeColumn(
    sheet: string,
    column: number,
    startRow: number,
    values: ReadonlyArray<CellValue>,
    options?: { readonly replaceHeader?: string },
  ): Promise<void>;
  /**
   * Removes the values of a column the add-in wrote, from `startRow` down, only while its cell at
   * `startRow` still reads `header` (compared ignoring case and surrounding spaces). Returns false,
   * touching nothing, when it does not.
   */
  clearColumn(sheet: string, column: number, startRow: number, header: string): Promise<boolean>;
  /**
   * Writes single cells of `sheet` in one batch: each cell's number format first (Text "@" where
   * `asText`, a date format for a date), then its value. For "Perbaiki otomatis" and its undo
   * ("Batalkan perbaikan"), which writes the old values back the same way.
   */
  writeCells(sheet: string, writes: ReadonlyArray<CellWrite>): Promise<void>;
}
