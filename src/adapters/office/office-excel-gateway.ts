import type { RawCell } from "../../domain/cell/raw-cell";
import type { GridRange, SheetGrid } from "../../domain/cell/sheet-grid";
import { cellAddress, columnLetters, parseAreasAddress, parseRangeAddress, rangeAddress } from "./a1";
import type { CellValue, ExcelGateway, HighlightResult, ReadOptions, SheetInfo, TableInfo } from "./excel-gateway";
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
   * Bytes allowed in one request or response. Excel on the web refuses more than 5 MB per round
   * trip; 4 MB leaves room for the JSON around our data. Tests lower it to exercise chunking.
   */
  readonly payloadBudget?: number;
  /** For the freshness of what `readUsedRange` prepared for `writeHighlights`. */
  readonly now?: () => number;
}

const DEFAULT_PAYLOAD_BUDGET = 4_000_000;
/** Bytes per cell for values + numberFormat + text + valueTypes (+ fill), as Office.js serialises them. */
const BYTES_PER_CELL_READ = 100;
/** What `readUsedRange(..., { prepareHighlights })` learned stays usable this long. */
const FACTS_TTL_MS = 60_000;
const NOTES_API = "1.18";

/** What the highlight writer needs to know about one sheet, read in the same batch as the values. */
interface SheetFacts {
  readonly sheetId: string;
  readonly sheetName: string;
  readonly top: number;
  readonly left: number;
  /** Fill of every cell of the used range, or undefined before ExcelApi 1.9 (then probed per cell). */
  readonly fills?: ReadonlyArray<ReadonlyArray<string | null>>;
  readonly foreignNotes: number;
  readonly ledger: HighlightLedger;
  readonly readAt: number;
}

interface PendingFacts {
  readonly sheet: Excel.Worksheet;
  readonly cellProperties?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  readonly notes?: Excel.NoteCollection;
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
  private readonly largeSheets = new Set<string>();

  constructor(options: OfficeGatewayOptions) {
    this.excel = options.excel;
    this.supports = options.supports;
    this.payloadBudget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
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
    if (sheet === undefined || !this.largeSheets.has(sheet)) {
      try {
        return await this.run(sheet, (context) => this.readInOneBatch(context, sheet, options));
      } catch (error) {
        if (!(error instanceof ExcelGatewayError) || !isPayloadTooLarge(error.cause)) throw error;
      }
    }
    const grid = await this.run(sheet, (context) => this.readInChunks(context, sheet, options));
    // Re-checks of this sheet skip the attempt Excel on the web would refuse again.
    this.largeSheets.add(grid.name);
    return grid;
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
      const worksheet = context.workbook.worksheets.add(sheetName);
      const width = Math.max(1, ...rows.map((row) => row.length));
      const height = rows.length;
      if (height > 0) {
        // Text format first, in the same batch: commands run in queue order, and a value written into a
        // General cell is parsed by Excel, which keeps 15 digits of a 16-digit NIK.
        for (const column of new Set(textColumns)) {
          if (column < 1 || column > width) continue;
          const letters = columnLetters(column);
          worksheet.getRange(`${letters}1:${letters}${height}`).numberFormat = Array.from({ length: height }, () => ["@"]);
        }
        const rowsPerChunk = Math.max(1, Math.floor(this.payloadBudget / (width * estimateValueBytes(rows))));
        for (let start = 0; start < height; start += rowsPerChunk) {
          const chunk = rows.slice(start, start + rowsPerChunk).map((row) => padRow(row, width));
          const last = columnLetters(width);
          worksheet.getRange(`A${start + 1}:${last}${start + chunk.length}`).values = chunk;
          // Only a sheet bigger than one request's limit reaches this sync more than once.
          if (start + rowsPerChunk < height) await context.sync();
        }
      }
      worksheet.activate();
      await context.sync();
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

  async createWorkbook(base64Xlsx: string): Promise<void> {
    if (!this.canCreateWorkbook()) throw unsupported("membuka buku kerja baru", "ExcelApi 1.8");
    try {
      await this.excel.createWorkbook!(base64Xlsx);
    } catch (error) {
      throw fromOfficeError(error);
    }
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
        // The add-in's own column from an earlier run: its old values go, down to its last one.
        worksheet.getRange(`${letters}${startRow}:${letters}${Math.max(startRow, probe.bottom)}`).clear("Contents");
      }
      const rowsPerChunk = Math.max(1, Math.floor(this.payloadBudget / estimateValueBytes([values])));
      for (let start = 0; start < values.length; start += rowsPerChunk) {
        const chunk = values.slice(start, start + rowsPerChunk).map((value) => [value ?? ""]);
        const top = startRow + start;
        worksheet.getRange(`${letters}${top}:${letters}${top + chunk.length - 1}`).values = chunk;
        // Only a column bigger than one request's limit reaches this sync more than once.
        if (start + rowsPerChunk < values.length) await context.sync();
      }
      await context.sync();
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

  private async readInOneBatch(context: Excel.RequestContext, sheetName: string | undefined, options: ReadOptions): Promise<SheetGrid> {
    const worksheet = this.worksheet(context, sheetName);
    worksheet.load("id,name");
    const used = this.usedRange(worksheet);
    used.load("address,rowIndex,columnIndex,values,numberFormat,text,valueTypes");
    const extras = this.queueSheetExtras(used);
    const pending = options.prepareHighlights ? this.queueFacts(context, worksheet, used) : undefined;
    await context.sync();

    const top = used.rowIndex + 1;
    const left = used.columnIndex + 1;
    if (pending) this.facts = this.collectFacts(worksheet, top, left, pending);
    return {
      name: worksheet.name,
      firstRow: top,
      firstColumn: left,
      rows: toRawRows(used.values, used.numberFormat, used.text, used.valueTypes),
      ...extras.collect(left),
    };
  }

  /**
   * Excel on the web refused the whole used range in one response: read its size, then the rows in
   * chunks sized to stay under the limit. Each chunk is one round trip; a chunk that is still too
   * large is halved.
   */
  private async readInChunks(context: Excel.RequestContext, sheetName: string | undefined, options: ReadOptions): Promise<SheetGrid> {
    this.require("ExcelApi", "1.7", "membaca lembar sebesar ini");
    const worksheet = this.worksheet(context, sheetName);
    worksheet.load("id,name");
    const used = this.usedRange(worksheet);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const extras = this.queueSheetExtras(used);
    const pendingFacts = options.prepareHighlights ? this.queueFacts(context, worksheet, undefined) : undefined;
    await context.sync();

    const rows: RawCell[][] = [];
    const fills: Array<ReadonlyArray<string | null>> = [];
    const withFills = pendingFacts !== undefined && this.supports("ExcelApi", "1.9");
    let chunkRows = Math.max(1, Math.floor(this.payloadBudget / (BYTES_PER_CELL_READ * used.columnCount)));
    for (let offset = 0; offset < used.rowCount; ) {
      const count = Math.min(chunkRows, used.rowCount - offset);
      const range = worksheet.getRangeByIndexes(used.rowIndex + offset, used.columnIndex, count, used.columnCount);
      range.load("values,numberFormat,text,valueTypes");
      const cellProperties = withFills ? range.getCellProperties({ format: { fill: { color: true } } }) : undefined;
      try {
        await context.sync();
      } catch (error) {
        if (!isPayloadTooLarge(error) || count === 1) throw error;
        chunkRows = Math.max(1, Math.floor(count / 2));
        continue;
      }
      rows.push(...toRawRows(range.values, range.numberFormat, range.text, range.valueTypes));
      if (cellProperties) fills.push(...fillGrid(cellProperties.value));
      offset += count;
    }

    const top = used.rowIndex + 1;
    const left = used.columnIndex + 1;
    if (pendingFacts) {
      this.facts = { ...this.collectFacts(worksheet, top, left, pendingFacts), fills: withFills ? fills : undefined };
    }
    return { name: worksheet.name, firstRow: top, firstColumn: left, rows, ...extras.collect(left) };
  }

  /** Hidden columns and merged cells, when the host can answer them in the same batch. */
  private queueSheetExtras(used: Excel.Range): { collect(left: number): Pick<SheetGrid, "hiddenColumns" | "merges"> } {
    const columns = this.supports("ExcelApi", "1.9") ? used.getColumnProperties({ columnHidden: true }) : undefined;
    const merged = this.supports("ExcelApi", "1.13") ? used.getMergedAreasOrNullObject().load("address") : undefined;
    return {
      collect(left) {
        const extras: { hiddenColumns?: number[]; merges?: GridRange[] } = {};
        if (columns) {
          extras.hiddenColumns = columns.value.flatMap((column, i) => (column.columnHidden ? [left + i] : []));
        }
        if (merged && !merged.isNullObject) {
          extras.merges = parseAreasAddress(merged.address);
        }
        return extras;
      },
    };
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
        worksheet.load("id,name");
        const used = this.usedRange(worksheet);
        used.load("rowIndex,columnIndex");
        const pending = this.queueFacts(context, worksheet, used);
        await context.sync();
        facts = this.collectFacts(worksheet, used.rowIndex + 1, used.columnIndex + 1, pending);
      }
      const state = await this.highlightState(context, worksheet, facts, marks);
      const plan = planHighlights(marks, state);
      await this.applyPlan(context, worksheet, facts, plan);
      return { marked: plan.marked, cleared: plan.cleared, notesSkipped: plan.notesSkipped, notes: state.notes };
    });
  }

  /** Queues what a highlight write needs to know: cell fills, the sheet's notes, the ledger. */
  private queueFacts(context: Excel.RequestContext, worksheet: Excel.Worksheet, used: Excel.Range | undefined): PendingFacts {
    return {
      sheet: worksheet,
      cellProperties: used && this.supports("ExcelApi", "1.9") ? used.getCellProperties({ format: { fill: { color: true } } }) : undefined,
      notes: this.supports("ExcelApi", NOTES_API) ? worksheet.notes.load("items/content") : undefined,
      ledger: context.workbook.settings.getItemOrNullObject(LEDGER_SETTING_KEY).load("value"),
    };
  }

  private collectFacts(worksheet: Excel.Worksheet, top: number, left: number, pending: PendingFacts): SheetFacts {
    return {
      sheetId: worksheet.id,
      sheetName: worksheet.name,
      top,
      left,
      fills: pending.cellProperties ? fillGrid(pending.cellProperties.value) : undefined,
      foreignNotes: pending.notes ? pending.notes.items.filter((note) => !isOurNote(note.content)).length : 0,
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
    if (!probeFills && !probeNotes) {
      return { previous, fillAt: fillFromFacts, paintedCells: painted, noteAt: () => "free", notes };
    }

    const addresses = new Set<string>([...marks.map((mark) => cellAddress(mark.row, mark.column)), ...previous.keys(), ...painted]);
    const fillProbes = new Map<string, Excel.RangeFill>();
    const noteProbes = new Map<string, Excel.Note>();
    for (const address of addresses) {
      if (probeFills) fillProbes.set(address, worksheet.getRange(address).format.fill.load("color"));
      if (probeNotes) noteProbes.set(address, worksheet.notes.getItemOrNullObject(address).load("content"));
    }
    await context.sync();
    return {
      previous,
      fillAt: probeFills ? (address) => fillProbes.get(address)?.color : fillFromFacts,
      paintedCells: probeFills ? [...fillProbes].filter(([, fill]) => isOurFill(fill.color)).map(([address]) => address) : painted,
      noteAt: (address) => {
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
      ...plan.addNotes.map((note) => ({
        bytes: 200 + 2 * note.text.length,
        queue: () => void worksheet.notes.add(note.address, note.text),
      })),
      {
        bytes: 200 + serialised.length,
        queue: () => {
          if (ledger.sheets.size === 0) context.workbook.settings.getItemOrNullObject(LEDGER_SETTING_KEY).delete();
          else context.workbook.settings.add(LEDGER_SETTING_KEY, serialised);
        },
      },
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
  const rows = values.map((row, i) => row.map((value, j) => rawCellFromOffice(value, numberFormat[i]?.[j], text[i]?.[j], valueTypes[i]?.[j])));
  // An empty sheet's used range is A1 alone.
  return rows.length === 1 && rows[0]!.length === 1 && rows[0]![0]!.kind === "empty" ? [] : rows;
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
