import type { RawCell } from "../../domain/cell/raw-cell";
import type { GridRange, SheetGrid } from "../../domain/cell/sheet-grid";
import { cellAddress, columnLetters, parseAreasAddress, parseRangeAddress, rangeAddress } from "./a1";
import type { CellValue, ExcelGateway, HighlightResult, NewWorkbook, ReadOptions, SheetInfo, TableInfo } from "./excel-gateway";
import type { LayoutCell, SheetLayout } from "./excel-gateway";
import { ExcelGatewayError, fromOfficeError, isPayloadTooLarge, unsupported } from "./gateway-error";
import type { HighlightMark } from "./highlight-marks";
import {
  EMPTY_LEDGER,
  LEDGER_SETTING_KEY,
  isOurFill,
  isOurNote,
  parseLedger,
  planHighlights,
  serialiseLedger,
  withLedgerSheet,
  type HighlightLedger,
  type HighlightPlan,
  type SheetHighlightState,
} from "./highlight-plan";
import { rawCellFromOffice } from "./office-cells";
import type { CellWrite } from "../../domain/fix/fix-batch";
import { queueCellWrites } from "./cell-writes";

/** The part of the `Excel` namespace the gateway uses; the browser tests hand in a simulated one. */
export interface ExcelHost {
  run: typeof Excel.run;
  createWorkbook?: (base64File?: string) => Promise<void>;
}

/** `Office.context.requirements.isSetSupported`, injectable for tests. */
export type SupportsRequirement = (set: string, version: string) => boolean;

export interface OfficeGatewayOptions {
  readonly excel: ExcelHost;
  readonly supports: SupportsRequirement;
  /**
   * `Office.context.platform`. Only Excel on the web ("OfficeOnline") limits a round trip to 5 MB;
   * elsewhere a read takes the whole range at once (up to Excel's 5-million-cell limit). Unknown
   * counts as the web, the safe side.
   */
  readonly platform?: string;
  /**
   * Bytes allowed in one request or response. Excel on the web refuses more than 5 MB per round
   * trip; 4 MB leaves room for the JSON around our data. Tests lower it to exercise chunking.
   */
  readonly payloadBudget?: number;
  /** For the freshness of what `readUsedRange` prepared for `writeHighlights`. */
  readonly now?: () => number;
}

const DEFAULT_PAYLOAD_BUDGET = 4_000_000;
/**
 * Bytes per cell of a response with values + numberFormat + text + valueTypes, and with each
 * cell's fill as well: a village list measures about 43 and 83 as JSON; the margin covers long names.
 */
const BYTES_PER_CELL_READ = 60;
const BYTES_PER_FILL = 50;
/** One probed cell (its fill or note) in a request: the object path and the load. */
const BYTES_PER_PROBE = 400;
/**
 * Rows that ride along in the first round trip, before the range's size is known: at 60 bytes a
 * cell, 4,000 rows of a 16-column list stay under the budget.
 */
const FIRST_ROUND_TRIP_ROWS = 4000;
/** What a read asks of every cell. */
const CELL_PROPERTIES = "values,numberFormat,text,valueTypes";
/** "Excel ... 5 million cells" per read, on every platform (resource limits page). */
const READ_CELL_LIMIT = 5_000_000;
const MIN_MERGE_BAND = 64;
/** What `readUsedRange(..., { prepareHighlights })` learned stays usable this long. */
const FACTS_TTL_MS = 60_000;
const NOTES_API = "1.18";

/** What the highlight writer needs to know about one sheet, read in the same batch as the values. */
interface SheetFacts {
  readonly sheetId: string;
  readonly sheetName: string;
  readonly top: number;
  readonly left: number;
  /** Size of the used range, for a fill scan when the ledger no longer matches the sheet. */
  readonly rowCount: number;
  readonly columnCount: number;
  /** The used range's one fill colour, null when its cells differ, undefined when not asked. */
  readonly uniformFill?: string | null;
  /** Fill of every cell of the used range, or undefined when not read (then probed per cell). */
  readonly fills?: ReadonlyArray<ReadonlyArray<string | null>>;
  readonly foreignNotes: number;
  /** Cells with a threaded comment: no note can go there. */
  readonly commentedCells: ReadonlySet<string>;
  readonly ledger: HighlightLedger;
  readonly readAt: number;
}

interface PendingFacts {
  readonly sheet: Excel.Worksheet;
  readonly notes?: Excel.NoteCollection;
  readonly comments?: Excel.CommentCollection;
  readonly ledger: Excel.Setting;
}

/**
 * The Office.js implementation of `ExcelGateway`: the only module that talks to Excel.
 * Every read is queued into one batch and every write into another, so a check costs two
 * `context.sync()` whatever the row count; there is no sync inside a loop except to split a
 * batch that would pass Excel on the web's 5 MB limit.
 */
export class OfficeExcelGateway implements ExcelGateway {
  private readonly excel: ExcelHost;
  private readonly supports: SupportsRequirement;
  private readonly payloadBudget: number;
  private readonly now: () => number;
  private facts: SheetFacts | undefined;
  /** Sheets seen with highlights in this session: their next read asks for fills at once. */
  private readonly highlightedSheets = new Set<string>();

  constructor(options: OfficeGatewayOptions) {
    this.excel = options.excel;
    this.supports = options.supports;
    const limited = options.platform === undefined || options.platform === "OfficeOnline";
    this.payloadBudget = options.payloadBudget ?? (limited ? DEFAULT_PAYLOAD_BUDGET : Number.POSITIVE_INFINITY);
    this.now = options.now ?? Date.now;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.run(undefined, async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/visibility");
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return sheets.items.map((sheet) => ({
        name: sheet.name,
        visible: sheet.visibility === "Visible",
        active: sheet.name === active.name,
      }));
    });
  }

  async listTables(): Promise<TableInfo[]> {
    this.require("ExcelApi", "1.2", "membaca tabel");
    return this.run(undefined, async (context) => {
      const tables = context.workbook.tables.load("items/name,items/showHeaders,items/showTotals,items/worksheet/name");
      await context.sync();
      // A table's range is a method, not a property: its address needs this second round trip.
      const ranges = tables.items.map((table) => table.getRange().load("address"));
      await context.sync();
      return tables.items.flatMap((table, i) => {
        const range = parseRangeAddress(ranges[i]!.address);
        if (!range) return [];
        return [
          {
            name: table.name,
            sheet: table.worksheet.name,
            headerRow: range.top,
            firstColumn: range.left,
            lastColumn: range.right,
            lastRow: table.showTotals ? range.bottom - 1 : range.bottom,
          },
        ];
      });
    });
  }

  async readUsedRange(sheet?: string, options: ReadOptions = {}): Promise<SheetGrid> {
    this.facts = undefined;
    return this.run(sheet, (context) => this.readSized(context, sheet, options));
  }

  async writeHighlights(sheet: string, marks: ReadonlyArray<HighlightMark>): Promise<HighlightResult> {
    return this.highlight(sheet, marks);
  }

  async clearHighlights(sheet?: string): Promise<HighlightResult> {
    return this.highlight(sheet, []);
  }

  async readSetting(key: string): Promise<unknown> {
    return this.run(undefined, async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(key).load("value");
      await context.sync();
      return item.isNullObject ? undefined : item.value;
    });
  }

  async writeSetting(key: string, value: unknown): Promise<void> {
    return this.run(undefined, async (context) => {
      if (value === undefined) context.workbook.settings.getItemOrNullObject(key).delete();
      else context.workbook.settings.add(key, value as never);
      await context.sync();
    });
  }

  async selectCell(sheet: string, row: number, column: number): Promise<void> {
    return this.run(sheet, async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cellAddress(row, column)).select();
      await context.sync();
    });
  }

  async addSheet(name: string, rows: ReadonlyArray<ReadonlyArray<CellValue>>, textColumns: ReadonlyArray<number>): Promise<string> {
    return this.run(undefined, async (context) => {
      const existing = context.workbook.worksheets.load("items/name");
      await context.sync();
      const sheetName = uniqueSheetName(name, existing.items.map((sheet) => sheet.name));
      let worksheet!: Excel.Worksheet;
      const addAndActivate = () => {
        worksheet = context.workbook.worksheets.add(sheetName);
        worksheet.activate();
      };
      const width = Math.max(1, ...rows.map((row) => row.length));
      const height = rows.length;
      if (height === 0) addAndActivate();
      if (height > 0) {
        const last = columnLetters(width);
        const textColumnsInRange = [...new Set(textColumns)].filter((column) => column >= 1 && column <= width);
        await this.sendInChunks(context, height, Math.floor(this.payloadBudget / (width * estimateValueBytes(rows))), width, (start, end) => {
          // Text format first, in the same request: commands run in queue order, and a value written into a
          // General cell is parsed by Excel, which keeps 15 digits of a 16-digit NIK.
          for (const column of textColumnsInRange) {
            const letters = columnLetters(column);
            worksheet.getRange(`${letters}${start + 1}:${letters}${end}`).numberFormat = Array.from({ length: end - start }, () => ["@"]);
          }
          worksheet.getRange(`A${start + 1}:${last}${end}`).values = rows.slice(start, end).map((row) => padRow(row, width));
        }, addAndActivate);
      } else {
        await context.sync();
      }
      return sheetName;
    });
  }

  async addFormulaSheet(name: string, layout: SheetLayout): Promise<string> {
    return this.run(undefined, async (context) => {
      const existing = context.workbook.worksheets.load("items/name");
      await context.sync();
      const sheetName = uniqueSheetName(name, existing.items.map((sheet) => sheet.name));
      const worksheet = context.workbook.worksheets.add(sheetName);
      const height = layout.cells.length;
      const width = Math.max(1, ...layout.cells.map((row) => row.length));
      if (height > 0) {
        const formats = layoutFormats(layout, height, width);
        const formulas = layout.cells.map((row) => layoutFormulaRow(row, width));
        const rowsPerChunk = Math.max(1, Math.floor(this.payloadBudget / (width * 2 * estimateValueBytes(formulas))));
        for (let start = 0; start < height; start += rowsPerChunk) {
          const end = Math.min(height, start + rowsPerChunk);
          const range = worksheet.getRange(rangeAddress(start + 1, 1, end, width));
          // Formats before values, in queue order: a value reaching a General cell is parsed by Excel
          // ("3.1.90" may become a date, a 16-digit NIK loses its last digit).
          range.numberFormat = formats.slice(start, end) as unknown[][];
          range.formulas = formulas.slice(start, end) as unknown[][];
          // Only a layout bigger than one request's limit reaches this sync more than once.
          if (end < height) await context.sync();
        }
      }
      layout.columnWidths?.forEach((characters, i) => {
        worksheet.getRange(cellAddress(1, i + 1)).format.columnWidth = columnWidthPoints(characters);
      });
      for (const style of layout.styles ?? []) {
        const format = worksheet.getRange(style.range).format;
        if (style.bold !== undefined) format.font.bold = style.bold;
        if (style.italic !== undefined) format.font.italic = style.italic;
        if (style.wrap !== undefined) format.wrapText = style.wrap;
        if (style.fill !== undefined) format.fill.color = style.fill;
      }
      // Wrapped text needs taller rows; Excel on the web does not grow them for values written by an add-in.
      if (height > 0 && layout.styles?.some((style) => style.wrap) && this.supports("ExcelApi", "1.2")) {
        worksheet.getRange(rangeAddress(1, 1, height, width)).format.autofitRows();
      }
      worksheet.activate();
      await context.sync();
      return sheetName;
    });
  }

  canCreateWorkbook(): boolean {
    return typeof this.excel.createWorkbook === "function" && this.supports("ExcelApi", "1.8");
  }

  newWorkbookDelivery(): "window" {
    return "window";
  }

  async createWorkbook(base64Xlsx: string): Promise<NewWorkbook> {
    if (!this.canCreateWorkbook()) throw unsupported("membuka buku kerja baru", "ExcelApi 1.8");
    try {
      await this.excel.createWorkbook!(base64Xlsx);
    } catch (error) {
      throw fromOfficeError(error);
    }
    return { kind: "opened" };
  }

  async importSheetsFromBase64(base64Xlsx: string, sheetNamePrefix?: string): Promise<string[]> {
    this.require("ExcelApi", "1.13", "menyalin lembar dari berkas .xlsx");
    // The file travels in one request: Excel on the web refuses one over 5 MB.
    if (base64Xlsx.length > this.payloadBudget) {
      throw new ExcelGatewayError(
        "TOO_LARGE",
        "Berkas ini terlalu besar untuk disalin Excel sekaligus. Simpan ekstraknya sebagai .csv, lalu impor berkas .csv itu.",
      );
    }
    return this.run(undefined, async (context) => {
      const existing = context.workbook.worksheets.load("items/name");
      const ids = context.workbook.insertWorksheetsFromBase64(base64Xlsx);
      await context.sync();
      const inserted = ids.value.map((id) => context.workbook.worksheets.getItem(id).load("name"));
      await context.sync();
      const names = inserted.map((sheet) => sheet.name);
      if (!sheetNamePrefix) return names;
      const taken = [...existing.items.map((sheet) => sheet.name), ...names];
      const renamed = inserted.map((sheet) => {
        const name = uniqueSheetName(`${sheetNamePrefix}${sheet.name}`, taken);
        taken.push(name);
        sheet.name = name;
        return name;
      });
      await context.sync();
      return renamed;
    });
  }

  async deleteSheets(names: ReadonlyArray<string>): Promise<string[]> {
    if (names.length === 0) return [];
    return this.run(undefined, async (context) => {
      const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name).load("name"));
      await context.sync();
      const found = sheets.filter((sheet) => !sheet.isNullObject);
      const deleted = found.map((sheet) => sheet.name);
      for (const sheet of found) sheet.delete();
      if (found.length > 0) await context.sync();
      return deleted;
    });
  }

  async writeColumn(
    sheet: string,
    column: number,
    startRow: number,
    values: ReadonlyArray<CellValue>,
    options: { readonly replaceHeader?: string } = {},
  ): Promise<void> {
    this.require("ExcelApi", "1.4", "menulis kolom baru");
    if (values.length === 0) return;
    return this.run(sheet, async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      const probe = this.probeColumn(worksheet, column, startRow);
      await context.sync();

      const letters = columnLetters(column);
      if (probe.bottom !== undefined) {
        if (options.replaceHeader === undefined || !sameHeader(probe.header, options.replaceHeader)) {
          throw new ExcelGatewayError(
            "NOT_EMPTY",
            `Kolom ${letters} di lembar "${sheet}" sudah berisi data, jadi tidak ditimpa. Periksa lagi agar kolom kosong berikutnya dipakai.`,
          );
        }
      }
      const bottom = probe.bottom;
      // The add-in's own column from an earlier run: its old values go, down to its last one.
      const clearOld = bottom === undefined ? undefined : () => worksheet.getRange(`${letters}${startRow}:${letters}${Math.max(startRow, bottom)}`).clear("Contents");
      await this.sendInChunks(
        context,
        values.length,
        Math.floor(this.payloadBudget / estimateValueBytes([values])),
        1,
        (start, end) => {
          worksheet.getRange(`${letters}${startRow + start}:${letters}${startRow + end - 1}`).values = values.slice(start, end).map((value) => [value ?? ""]);
        },
        clearOld,
      );
    });
  }

  async clearColumn(sheet: string, column: number, startRow: number, header: string): Promise<boolean> {
    this.require("ExcelApi", "1.4", "menghapus kolom");
    return this.run(sheet, async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      const probe = this.probeColumn(worksheet, column, startRow);
      await context.sync();
      if (probe.bottom === undefined || !sameHeader(probe.header, header)) return false;
      const letters = columnLetters(column);
      worksheet.getRange(`${letters}${startRow}:${letters}${Math.max(startRow, probe.bottom)}`).clear("Contents");
      await context.sync();
      return true;
    });
  }

  /**
   * Sends `total` rows of work, `rowsPerChunk` at a time (also under the 5-million-cell limit), one
   * request each. `queue` adds a chunk's reads or writes and may return what to do once they landed;
   * `prelude` (adding the sheet, clearing old values) goes with the first. A request Excel refuses for
   * its size (any payload or limit code) was not applied: its rows are queued again in halves, with the
   * prelude while the first has not landed.
   */
  private async sendInChunks(
    context: Excel.RequestContext,
    total: number,
    rowsPerChunk: number,
    width: number,
    queue: (start: number, end: number) => (() => void) | void,
    prelude?: () => void,
  ): Promise<void> {
    let size = Math.max(1, Math.min(rowsPerChunk, Math.floor(READ_CELL_LIMIT / Math.max(1, width))));
    for (let start = 0; start < total; ) {
      const end = Math.min(total, start + size);
      if (start === 0) prelude?.();
      const landed = queue(start, end);
      try {
        await context.sync();
      } catch (error) {
        if (!isPayloadTooLarge(error) || end - start === 1) throw error;
        size = Math.max(1, Math.floor((end - start) / 2));
        continue;
      }
      landed?.();
      start = end;
    }
  }

  /** Queues what a column write needs to know: the cell at `startRow`, and the column's last value. */
  private probeColumn(worksheet: Excel.Worksheet, column: number, startRow: number): { readonly header: unknown; readonly bottom: number | undefined } {
    const letters = columnLetters(column);
    const used = worksheet.getRange(`${letters}:${letters}`).getUsedRangeOrNullObject(true).load("address");
    const headerCell = worksheet.getRange(cellAddress(startRow, column)).load("values");
    return {
      get header() {
        return headerCell.values[0]?.[0];
      },
      get bottom() {
        return used.isNullObject ? undefined : parseRangeAddress(used.address)?.bottom;
      },
    };
  }

  // -------------------------------------------------------------------------------------------
  // Reading

  /**
   * The used range in as few round trips as its size allows, each request and response sized
   * before it is sent. The first round trip learns the range's size, its merges and the small facts,
   * and already carries the first rows (the used range intersected with the sheet's top rows, which
   * needs no size); the rest follows in chunks under the payload budget and the 5-million-cell
   * limit. A 10,000-row list on Excel on the web takes two round trips. A chunk Excel still refuses
   * (any payload or limit error) is halved and sent again.
   *
   * Merged areas ride along in the first round trip; with more than 512 of them Excel "will fail to
   * return the result" (Range.getMergedAreasOrNullObject), which sinks the whole round trip, so it
   * is sent again without them and the merges are asked for in bands (`readMergesInBands`).
   */
  private async readSized(
    context: Excel.RequestContext,
    sheetName: string | undefined,
    options: ReadOptions,
    attempt: "first" | "without-merges" | "size-only" = "first",
  ): Promise<SheetGrid> {
    const worksheet = this.worksheet(context, sheetName);
    worksheet.load("id,name");
    const used = this.usedRange(worksheet);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const hidden = this.supports("ExcelApi", "1.9") ? used.getColumnProperties({ columnHidden: true }) : undefined;
    const pending = options.prepareHighlights ? this.queueFacts(context, worksheet) : undefined;
    // One colour for the whole range, or null when its cells differ: a sheet never highlighted needs no per-cell fills.
    const uniformFill = pending && this.supports("ExcelApi", "1.9") ? used.format.fill.load("color") : undefined;
    const merged = attempt === "first" && this.supports("ExcelApi", "1.13") ? used.getMergedAreasOrNullObject().load("address") : undefined;
    // Without a payload limit (the desktop) or without ranges by index (before ExcelApi 1.7) the whole
    // range comes in this round trip; otherwise the top rows do, and the rest in sized chunks.
    const wholeAtOnce = attempt !== "size-only" && (!Number.isFinite(this.payloadBudget) || !this.supports("ExcelApi", "1.7"));
    const sliced = attempt !== "size-only" && !wholeAtOnce && this.supports("ExcelApi", "1.4");
    const first = wholeAtOnce ? used : sliced ? used.getIntersectionOrNullObject(worksheet.getRange(`1:${FIRST_ROUND_TRIP_ROWS}`)) : undefined;
    first?.load(`${CELL_PROPERTIES},rowIndex,rowCount`);
    // Fills of those rows, when they will be needed: always without a payload limit, else for a sheet
    // highlighted earlier in this session (its fills differ from cell to cell).
    const expectMixed = uniformFill !== undefined && (wholeAtOnce || (sheetName !== undefined && this.highlightedSheets.has(sheetName)));
    const firstFills = first && expectMixed ? first.getCellProperties({ format: { fill: { color: true } } }) : undefined;
    try {
      await context.sync();
    } catch (error) {
      if (isPayloadTooLarge(error) && attempt !== "size-only") return this.readSized(context, sheetName, options, "size-only");
      if (attempt === "first" && merged && !isPayloadTooLarge(error) && fromOfficeError(error).code === "EXCEL_FAILED") {
        return this.readSized(context, sheetName, options, "without-merges");
      }
      throw error;
    }

    const top = used.rowIndex + 1;
    const left = used.columnIndex + 1;
    const rows: RawCell[][] = [];
    let next = used.rowIndex;
    if (first && !first.isNullObject) {
      rows.push(...toRawRows(first.values, first.numberFormat, first.text, first.valueTypes));
      next = first.rowIndex + first.rowCount;
    }
    const needFills = uniformFill !== undefined && uniformFill.color === null;
    const fills: Array<ReadonlyArray<string | null>> = [];
    if (needFills && next > used.rowIndex) {
      if (firstFills && first && !first.isNullObject && first.rowIndex === used.rowIndex) fills.push(...fillGrid(firstFills.value));
      else fills.push(...(await this.readFills(context, worksheet, used.rowIndex, next - used.rowIndex, used.columnIndex, used.columnCount)));
    }
    // What the first rows really weighed sizes the rest, with a margin for longer rows further down.
    const measured = first && !first.isNullObject && rows.length > 0 ? measuredBytesPerCell(first) : undefined;
    await this.readChunks(context, worksheet, used, next, needFills, rows, fills, measured);

    if (pending) {
      if (needFills) this.highlightedSheets.add(worksheet.name);
      const facts = await this.collectFacts(context, worksheet, used, pending);
      const fillsOf = needFills ? fills : uniformFill ? uniformGrid(uniformFill.color, used.rowCount, used.columnCount) : undefined;
      this.facts = { ...facts, fills: fillsOf };
    }
    let merges: GridRange[] | undefined;
    if (merged) merges = merged.isNullObject ? undefined : parseAreasAddress(merged.address);
    else if (this.supports("ExcelApi", "1.13")) merges = await this.readMergesInBands(context, worksheet, used);
    return {
      name: worksheet.name,
      firstRow: top,
      firstColumn: left,
      rows: finishRows(rows),
      ...(hidden ? { hiddenColumns: hidden.value.flatMap((column, i) => (column.columnHidden ? [left + i] : [])) } : {}),
      ...(merges && merges.length > 0 ? { merges } : {}),
    };
  }

  /** Rows from `from` (0-based sheet row) to the used range's end, chunk by chunk. */
  private async readChunks(
    context: Excel.RequestContext,
    worksheet: Excel.Worksheet,
    used: Excel.Range,
    from: number,
    withFills: boolean,
    rows: RawCell[][],
    fills: Array<ReadonlyArray<string | null>>,
    measuredBytesPerCell?: number,
  ): Promise<void> {
    const end = used.rowIndex + used.rowCount;
    if (from >= end) return;
    this.require("ExcelApi", "1.7", "membaca lembar sebesar ini");
    const valueBytes = measuredBytesPerCell ?? BYTES_PER_CELL_READ;
    const bytesPerCell = withFills ? valueBytes + BYTES_PER_FILL : valueBytes;
    const rowsPerChunk = Math.floor(this.payloadBudget / (bytesPerCell * used.columnCount));
    await this.sendInChunks(context, end - from, rowsPerChunk, used.columnCount, (start, stop) => {
      const range = worksheet.getRangeByIndexes(from + start, used.columnIndex, stop - start, used.columnCount);
      range.load(CELL_PROPERTIES);
      const cellProperties = withFills ? range.getCellProperties({ format: { fill: { color: true } } }) : undefined;
      return () => {
        if (range.values === null) throw fromOfficeError({ code: "RangeExceedsLimit" });
        rows.push(...toRawRows(range.values, range.numberFormat, range.text, range.valueTypes));
        if (cellProperties) fills.push(...fillGrid(cellProperties.value));
      };
    });
  }

  private async readFills(
    context: Excel.RequestContext,
    worksheet: Excel.Worksheet,
    rowIndex: number,
    rowCount: number,
    columnIndex: number,
    columnCount: number,
  ): Promise<Array<ReadonlyArray<string | null>>> {
    const out: Array<ReadonlyArray<string | null>> = [];
    const rowsPerChunk = Math.floor(this.payloadBudget / (BYTES_PER_FILL * columnCount));
    await this.sendInChunks(context, rowCount, rowsPerChunk, columnCount, (start, end) => {
      const properties = worksheet.getRangeByIndexes(rowIndex + start, columnIndex, end - start, columnCount).getCellProperties({ format: { fill: { color: true } } });
      return () => out.push(...fillGrid(properties.value));
    });
    return out;
  }

  /**
   * Merged areas of a range that held more than 512 of them: asked for in halves, down to bands of
   * 64 rows; a band still refused is left without merge information (its labels are then not
   * copied down, which is what the check did before Excel 1.13).
   */
  private async readMergesInBands(context: Excel.RequestContext, worksheet: Excel.Worksheet, used: Excel.Range): Promise<GridRange[]> {
    const merges: GridRange[] = [];
    const bands: Array<[number, number]> = [[used.rowIndex, used.rowCount]];
    while (bands.length > 0) {
      const [rowIndex, rowCount] = bands.shift()!;
      const areas = worksheet.getRangeByIndexes(rowIndex, used.columnIndex, rowCount, used.columnCount).getMergedAreasOrNullObject().load("address");
      try {
        await context.sync();
      } catch {
        if (rowCount > MIN_MERGE_BAND) {
          const half = Math.ceil(rowCount / 2);
          bands.unshift([rowIndex, half], [rowIndex + half, rowCount - half]);
        }
        continue;
      }
      if (!areas.isNullObject) merges.push(...parseAreasAddress(areas.address));
    }
    return merges;
  }

  // -------------------------------------------------------------------------------------------
  // Highlights

  private async highlight(sheetName: string | undefined, marks: ReadonlyArray<HighlightMark>): Promise<HighlightResult> {
    this.require("ExcelApi", "1.4", "menandai sel");
    const prepared = this.takeFacts(sheetName);
    return this.run(sheetName, async (context) => {
      const worksheet = prepared ? context.workbook.worksheets.getItem(prepared.sheetId) : this.worksheet(context, sheetName);
      let facts = prepared;
      if (!facts) {
        // No fresh read to lean on ("Hapus tanda", a later re-mark): the ledger says which cells are
        // ours, so only those cells' fills are probed, never the whole sheet's.
        worksheet.load("id,name");
        const used = this.usedRange(worksheet);
        used.load("rowIndex,columnIndex,rowCount,columnCount");
        const uniform = this.supports("ExcelApi", "1.9") ? used.format.fill.load("color") : undefined;
        const pending = this.queueFacts(context, worksheet);
        await context.sync();
        facts = { ...(await this.collectFacts(context, worksheet, used, pending)), uniformFill: uniform?.color };
      }
      const state = await this.highlightState(context, worksheet, facts, marks);
      const plan = planHighlights(marks, state);
      await this.applyPlan(context, worksheet, facts, plan);
      if (plan.ledger.size > 0) this.highlightedSheets.add(facts.sheetName);
      else this.highlightedSheets.delete(facts.sheetName);
      return { marked: plan.marked, cleared: plan.cleared, notesSkipped: plan.notesSkipped, notes: state.notes };
    });
  }

  /** Queues what a highlight write needs to know besides fills: the sheet's notes and threaded comments, the ledger. */
  private queueFacts(context: Excel.RequestContext, worksheet: Excel.Worksheet): PendingFacts {
    return {
      sheet: worksheet,
      notes: this.supports("ExcelApi", NOTES_API) ? worksheet.notes.load("items/content") : undefined,
      comments: this.supports("ExcelApi", NOTES_API) ? worksheet.comments.load("items/id") : undefined,
      ledger: context.workbook.settings.getItemOrNullObject(LEDGER_SETTING_KEY).load("value"),
    };
  }

  /**
   * The facts, once their round trip is back. A sheet with threaded comments costs one more round
   * trip for the comments' cells: a cell cannot hold a note and a threaded comment, so those cells
   * get a fill but no note.
   */
  private async collectFacts(context: Excel.RequestContext, worksheet: Excel.Worksheet, used: Excel.Range, pending: PendingFacts): Promise<SheetFacts> {
    const commentedCells = new Set<string>();
    const comments = pending.comments?.items ?? [];
    if (comments.length > 0) {
      const locations = comments.map((comment) => comment.getLocation().load("address"));
      await context.sync();
      for (const location of locations) {
        const cell = parseRangeAddress(location.address);
        if (cell) commentedCells.add(cellAddress(cell.top, cell.left));
      }
    }
    return {
      sheetId: worksheet.id,
      sheetName: worksheet.name,
      top: used.rowIndex + 1,
      left: used.columnIndex + 1,
      rowCount: used.rowCount,
      columnCount: used.columnCount,
      fills: undefined,
      foreignNotes: pending.notes ? pending.notes.items.filter((note) => !isOurNote(note.content)).length : 0,
      commentedCells,
      ledger: pending.ledger.isNullObject ? EMPTY_LEDGER : parseLedger(pending.ledger.value),
      readAt: this.now(),
    };
  }

  /** Facts prepared by `readUsedRange` for this sheet, used once and only while fresh. */
  private takeFacts(sheetName: string | undefined): SheetFacts | undefined {
    const facts = this.facts;
    this.facts = undefined;
    if (!facts || sheetName === undefined || facts.sheetName !== sheetName) return undefined;
    return this.now() - facts.readAt <= FACTS_TTL_MS ? facts : undefined;
  }

  /**
   * Usually answered from the facts alone. Only when the sheet holds notes of the user's (which must
   * not be overwritten), or the host could not report fills in bulk, are the cells concerned probed
   * in one more round trip.
   */
  private async highlightState(
    context: Excel.RequestContext,
    worksheet: Excel.Worksheet,
    facts: SheetFacts,
    marks: ReadonlyArray<HighlightMark>,
  ): Promise<SheetHighlightState> {
    const previous = facts.ledger.sheets.get(facts.sheetId)?.cells ?? new Map<string, string | null>();
    const notes = this.supports("ExcelApi", NOTES_API);
    const painted: string[] = [];
    facts.fills?.forEach((row, i) =>
      row.forEach((fill, j) => {
        if (isOurFill(fill)) painted.push(cellAddress(facts.top + i, facts.left + j));
      }),
    );
    const fillFromFacts = (address: string): string | null | undefined => {
      const cell = parseRangeAddress(address);
      return cell ? facts.fills?.[cell.top - facts.top]?.[cell.left - facts.left] : undefined;
    };

    const probeFills = facts.fills === undefined;
    const probeNotes = notes && facts.foreignNotes > 0;
    const commented = (address: string) => facts.commentedCells.has(address);
    if (!probeFills && !probeNotes) {
      return { previous, fillAt: fillFromFacts, paintedCells: painted, noteAt: (address) => (commented(address) ? "foreign" : "free"), notes };
    }

    const addresses = new Set<string>([...marks.map((mark) => cellAddress(mark.row, mark.column)), ...previous.keys(), ...painted]);
    const fillProbes = new Map<string, Excel.RangeFill>();
    const noteProbes = new Map<string, Excel.Note>();
    const probesPerTrip = Math.max(1, Math.floor(this.payloadBudget / BYTES_PER_PROBE));
    let queued = 0;
    for (const address of addresses) {
      if (probeFills) fillProbes.set(address, worksheet.getRange(address).format.fill.load("color"));
      if (probeNotes) noteProbes.set(address, worksheet.notes.getItemOrNullObject(address).load("content"));
      // Thousands of ledger cells ("Hapus tanda" on a big sheet) go in several requests, each under the budget.
      if (++queued % probesPerTrip === 0) await context.sync();
    }
    await context.sync();
    const scannedFills = new Map<string, string | null>();
    let paintedCells = probeFills ? [...fillProbes].filter(([, fill]) => isOurFill(fill.color)).map(([address]) => address) : painted;
    // A ledger cell that no longer carries our colour means rows were moved or sorted: only then is
    // every cell's fill read (in chunks), so highlights that moved are still found and removed.
    // Without a ledger (lost, or from another copy of the add-in), a sheet whose cells differ in fill is scanned too.
    const ledgerStale = probeFills && [...previous.keys()].some((address) => !isOurFill(fillProbes.get(address)?.color ?? null));
    const noLedger = probeFills && previous.size === 0 && facts.uniformFill === null;
    if ((ledgerStale || noLedger) && this.supports("ExcelApi", "1.9") && facts.rowCount > 0) {
      const scanned = await this.readFills(context, worksheet, facts.top - 1, facts.rowCount, facts.left - 1, facts.columnCount);
      const found = new Set(paintedCells);
      scanned.forEach((row, i) =>
        row.forEach((fill, j) => {
          if (!isOurFill(fill)) return;
          const address = cellAddress(facts.top + i, facts.left + j);
          found.add(address);
          scannedFills.set(address, fill);
        }),
      );
      paintedCells = [...found];
    }
    return {
      previous,
      fillAt: probeFills ? (address) => fillProbes.get(address)?.color ?? scannedFills.get(address) : fillFromFacts,
      paintedCells,
      noteAt: (address) => {
        if (commented(address)) return "foreign";
        const note = noteProbes.get(address);
        return note && !note.isNullObject && !isOurNote(note.content) ? "foreign" : "free";
      },
      notes,
    };
  }

  /** Queues the whole plan and the ledger in one batch, split only past the payload budget. */
  private async applyPlan(context: Excel.RequestContext, worksheet: Excel.Worksheet, facts: SheetFacts, plan: HighlightPlan): Promise<void> {
    const ledger = withLedgerSheet(facts.ledger, facts.sheetId, { name: facts.sheetName, cells: plan.ledger });
    const serialised = serialiseLedger(ledger);
    // The ledger goes before the notes: should Excel refuse a note halfway, the fills already
    // written are in the ledger, so "Hapus tanda" can still restore every cell.
    const operations: Array<{ bytes: number; queue: () => void }> = [
      ...plan.fills.map((op) => ({
        bytes: 160,
        queue: () => {
          const fill = worksheet.getRange(op.address).format.fill;
          if (op.color === null) fill.clear();
          else fill.color = op.color;
        },
      })),
      ...plan.deleteNotes.map((address) => ({
        bytes: 160,
        queue: () => worksheet.notes.getItemOrNullObject(address).delete(),
      })),
      {
        bytes: 200 + serialised.length,
        queue: () => {
          if (ledger.sheets.size === 0) context.workbook.settings.getItemOrNullObject(LEDGER_SETTING_KEY).delete();
          else context.workbook.settings.add(LEDGER_SETTING_KEY, serialised);
        },
      },
      ...plan.addNotes.map((note) => ({
        bytes: 200 + 3 * note.text.length,
        queue: () => void worksheet.notes.add(note.address, note.text),
      })),
    ];
    let queued = 0;
    for (const operation of operations) {
      // Only a write bigger than one request's limit syncs here; a village sheet never does.
      if (queued > 0 && queued + operation.bytes > this.payloadBudget) {
        await context.sync();
        queued = 0;
      }
      operation.queue();
      queued += operation.bytes;
    }
    await context.sync();
  }

  async writeCells(sheet: string, writes: ReadonlyArray<CellWrite>): Promise<void> {
    if (writes.length === 0) return;
    return this.run(sheet, async (context) => {
      queueCellWrites(context.workbook.worksheets.getItem(sheet), writes);
      await context.sync();
    });
  }

  // -------------------------------------------------------------------------------------------

  private worksheet(context: Excel.RequestContext, sheetName: string | undefined): Excel.Worksheet {
    return sheetName === undefined ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(sheetName);
  }

  /** Cells with values only: formatting far below the list would otherwise be read too. */
  private usedRange(worksheet: Excel.Worksheet): Excel.Range {
    return this.supports("ExcelApi", "1.2") ? worksheet.getUsedRange(true) : worksheet.getUsedRange();
  }

  private require(set: string, version: string, feature: string): void {
    if (!this.supports(set, version)) throw unsupported(feature, `${set} ${version}`);
  }

  private async run<T>(sheetName: string | undefined, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.excel.run(batch);
    } catch (error) {
      throw fromOfficeError(error, sheetName);
    }
  }
}

function toRawRows(values: unknown[][], numberFormat: unknown[][], text: unknown[][], valueTypes: unknown[][]): RawCell[][] {
  return values.map((row, i) => row.map((value, j) => rawCellFromOffice(value, numberFormat[i]?.[j], text[i]?.[j], valueTypes[i]?.[j])));
}

/**
 * Bytes per cell of a range just read, as its JSON weighs, plus a quarter for longer rows further
 * down: sizes the chunks that follow from the list itself instead of a guess.
 */
function measuredBytesPerCell(range: Excel.Range): number {
  const cells = range.values.length * (range.values[0]?.length ?? 1);
  if (cells === 0) return BYTES_PER_CELL_READ;
  const bytes = JSON.stringify([range.values, range.numberFormat, range.text, range.valueTypes]).length;
  return Math.max(16, Math.ceil((bytes / cells) * 1.25));
}

/** An empty sheet's used range is A1 alone. */
function finishRows(rows: RawCell[][]): RawCell[][] {
  return rows.length === 1 && rows[0]!.length === 1 && rows[0]![0]!.kind === "empty" ? [] : rows;
}

function uniformGrid(color: string | null, rows: number, columns: number): Array<ReadonlyArray<string | null>> {
  const row: ReadonlyArray<string | null> = new Array<string | null>(columns).fill(color);
  return Array.from({ length: rows }, () => row);
}

function fillGrid(properties: Excel.CellProperties[][]): Array<ReadonlyArray<string | null>> {
  return properties.map((row) => row.map((cell) => cell.format?.fill?.color ?? null));
}

function padRow(row: ReadonlyArray<CellValue>, width: number): Array<string | number | boolean> {
  const padded: Array<string | number | boolean> = new Array(width);
  for (let i = 0; i < width; i++) padded[i] = row[i] ?? "";
  return padded;
}

/** The number formats of a layout, padded to its rectangle: a text value without a format of its own gets "@". */
function layoutFormats(layout: SheetLayout, height: number, width: number): Array<Array<string | null>> {
  return Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => {
      const explicit = layout.numberFormats?.[r]?.[c];
      if (explicit) return explicit;
      return typeof layout.cells[r]?.[c] === "string" ? "@" : null;
    }),
  );
}

/** A layout row as `Range.formulas` takes it: formulas as "=..." strings, null where the cell stays empty. */
function layoutFormulaRow(row: ReadonlyArray<LayoutCell>, width: number): CellValue[] {
  const out: CellValue[] = new Array(width).fill(null);
  row.forEach((cell, i) => {
    out[i] = cell !== null && typeof cell === "object" ? cell.formula : cell;
  });
  return out;
}

/** Excel column widths are set in points; a character of the default font is about 7 px, plus 5 px of padding. */
function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Average JSON bytes per cell of what is about to be written, to size chunks. */
function estimateValueBytes(rows: ReadonlyArray<ReadonlyArray<CellValue>>): number {
  const sample = rows.slice(0, 50);
  let bytes = 0;
  let cells = 0;
  for (const row of sample) {
    for (const value of row) {
      bytes += JSON.stringify(value ?? "").length + 1;
      cells++;
    }
  }
  // Sampled rows can be shorter than later ones: never estimate below a NIK's size.
  return Math.max(24, cells === 0 ? 0 : Math.ceil((bytes / cells) * 2));
}

function sameHeader(value: unknown, header: string): boolean {
  return typeof value === "string" && value.trim().toLowerCase() === header.trim().toLowerCase();
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ , unique ignoring case. */
export function uniqueSheetName(wanted: string, existing: ReadonlyArray<string>): string {
  const base = (wanted.replace(/[[\]:*?/\\]/g, " ").replace(/^'+|'+$/g, "").trim() || "Lembar").slice(0, 31);
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
