import { cellAddress, columnNumber, parseRangeAddress, rangeAddress, type RangeRef } from "./a1-notation";
import { ClientCollection, ClientObject, FakeClientResult, FakeRichApiError, type FakeRequestContext } from "./client-object";
import { jsonBytes } from "./payload-size";
import { typedEntry } from "./typed-entry";
import { normaliseCell, type FakeSheet, type FakeWorkbook } from "./workbook-model";

/** The Office.js classes the gateway uses, each with just the members it needs. */

type CellValue = string | number | boolean;

const MERGED_AREAS_LIMIT = 512;

export class WorkbookProxy extends ClientObject<FakeWorkbook> {
  protected readonly scalars = {};
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly settings: SettingCollectionProxy;

  constructor(context: FakeRequestContext) {
    super(context, () => context.model);
    this.worksheets = new WorksheetCollectionProxy(context);
    this.tables = new TableCollectionProxy(context, () => context.model.sheets);
    this.settings = new SettingCollectionProxy(context);
  }

  insertWorksheetsFromBase64(base64File: string): FakeClientResult<string[]> {
    return new FakeClientResult(this.context, () => {
      const seeds = this.context.model.importableFiles.get(base64File);
      if (!seeds) throw new FakeRichApiError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      return this.context.model.insertSheets(seeds).map((sheet) => sheet.id);
    });
  }
}

export class WorksheetCollectionProxy extends ClientCollection<FakeWorkbook, FakeSheet, WorksheetProxy> {
  protected readonly scalars = {};

  constructor(context: FakeRequestContext) {
    super(context, () => context.model);
  }

  protected itemsOf(workbook: FakeWorkbook): FakeSheet[] {
    return workbook.sheets;
  }

  protected proxyFor(sheet: FakeSheet): WorksheetProxy {
    return new WorksheetProxy(this.context, () => sheet);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.model.activeSheet);
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.model.sheetByKey(key));
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.model.sheetByKey(key), true);
  }

  add(name: string): WorksheetProxy {
    let created: FakeSheet | undefined;
    this.command(name.length, (workbook) => {
      if (workbook.sheetByName(name)) throw new FakeRichApiError("ItemAlreadyExists", "A resource with the same name or identifier already exists.");
      created = workbook.addSheet(name);
    });
    return new WorksheetProxy(this.context, () => created);
  }
}

export class WorksheetProxy extends ClientObject<FakeSheet> {
  protected readonly scalars = {
    id: (sheet: FakeSheet) => sheet.id,
    name: (sheet: FakeSheet) => sheet.name,
    visibility: (sheet: FakeSheet) => sheet.visibility,
    position: (sheet: FakeSheet) => this.context.model.sheets.indexOf(sheet),
  };

  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.remember("name", name);
    this.command(name.length, (sheet) => {
      const other = this.context.model.sheetByName(name);
      if (other && other !== sheet) throw new FakeRichApiError("ItemAlreadyExists", "A resource with the same name or identifier already exists.");
      sheet.name = name;
    });
  }
  get visibility(): string {
    return this.read("visibility");
  }

  // Office.js hands back the same child proxy every time: what was loaded through it stays readable.
  private notesProxy: NoteCollectionProxy | undefined;
  private tablesProxy: TableCollectionProxy | undefined;

  get notes(): NoteCollectionProxy {
    return (this.notesProxy ??= new NoteCollectionProxy(this.context, () => this.target()));
  }

  private commentsProxy: CommentCollectionProxy | undefined;

  /** Threaded comments (ExcelApi 1.10, https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-comments). */
  get comments(): CommentCollectionProxy {
    return (this.commentsProxy ??= new CommentCollectionProxy(this.context, () => this.target()));
  }

  get tables(): TableCollectionProxy {
    return (this.tablesProxy ??= new TableCollectionProxy(this.context, () => {
      const sheet = this.target();
      return sheet ? [sheet] : [];
    }));
  }

  activate(): void {
    this.command(0, (sheet) => (this.context.model.activeSheetId = sheet.id));
  }

  delete(): void {
    this.command(0, (sheet) => this.context.model.deleteSheet(sheet));
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.target();
      if (!sheet) return null;
      const ref = address === undefined ? { top: 1, left: 1, bottom: 1048576, right: 16384 } : (parseColumnsAddress(address) ?? parseRangeAddress(address));
      if (!ref) throw new FakeRichApiError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      return { sheet, ref };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.target();
      if (!sheet) return null;
      return { sheet, ref: { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount } };
    });
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.target();
      // An empty sheet answers A1, as Excel does.
      return sheet ? { sheet, ref: sheet.usedRange(valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 } } : null;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const sheet = this.target();
        const ref = sheet?.usedRange(valuesOnly);
        return sheet && ref ? { sheet, ref } : null;
      },
      true,
    );
  }
}

interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly ref: RangeRef;
}

/** The part of `target` inside the sheet's used range, without looking at every cell of a whole column. */
function usedWithin(target: RangeTarget, valuesOnly: boolean): RangeRef | undefined {
  const used = target.sheet.usedRange(valuesOnly);
  if (!used) return undefined;
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const lastRow = Math.min(target.ref.bottom, used.bottom);
  const lastColumn = Math.min(target.ref.right, used.right);
  for (let row = Math.max(target.ref.top, used.top); row <= lastRow; row++) {
    for (let column = Math.max(target.ref.left, used.left); column <= lastColumn; column++) {
      const cell = target.sheet.peek(row, column);
      if (!cell || (cell.isEmpty && (valuesOnly || (cell.fill === null && cell.numberFormat === "General")))) continue;
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
  }
  return bottom === 0 ? undefined : { top, left, bottom, right };
}

/**
 * What a load of `values`, `text`, `numberFormat`... answers. A read of more than 5 million cells
 * fails on every platform; the page says the values may also come back null, this simulator
 * throws `RangeExceedsLimit` (https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 */
function readGrid<V>(target: RangeTarget, read: (sheet: FakeSheet, row: number, column: number) => V): V[][] {
  const cells = (target.ref.bottom - target.ref.top + 1) * (target.ref.right - target.ref.left + 1);
  if (cells > target.sheet.readCellLimit) {
    throw new FakeRichApiError("RangeExceedsLimit", "The cell count in the range has exceeded the maximum supported number.");
  }
  return grid(target, read);
}

function grid<V>(target: RangeTarget, read: (sheet: FakeSheet, row: number, column: number) => V): V[][] {
  const rows: V[][] = [];
  for (let row = target.ref.top; row <= target.ref.bottom; row++) {
    const values: V[] = [];
    for (let column = target.ref.left; column <= target.ref.right; column++) values.push(read(target.sheet, row, column));
    rows.push(values);
  }
  return rows;
}

/** "N:N" or "B:D": whole columns. */
function parseColumnsAddress(address: string): RangeRef | undefined {
  const match = /^\$?([A-Z]+):\$?([A-Z]+)$/i.exec(address.trim());
  return match ? { top: 1, left: columnNumber(match[1]!), bottom: 1048576, right: columnNumber(match[2]!) } : undefined;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function assertShape(target: RangeTarget, value: unknown[][], property: string): void {
  const rows = target.ref.bottom - target.ref.top + 1;
  const columns = target.ref.right - target.ref.left + 1;
  if (!Array.isArray(value) || value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== columns)) {
    throw new FakeRichApiError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property}).`,
    );
  }
}

/**
 * Writes one cell as `Range.values` and `Range.formulas` do: null leaves it as it is; in a cell that
 * is not Text-formatted a string starting with "=" becomes a formula (for `values` too, as in Excel)
 * and any other string is parsed as typing (typed-entry.ts); a Text-formatted cell keeps the string.
 */
function writeCell(target: RangeTarget, row: number, column: number, value: unknown): void {
  if (value === null || value === undefined) return;
  const cell = target.sheet.cell(row, column);
  cell.error = undefined;
  cell.textOverride = undefined;
  if (typeof value !== "string" || cell.numberFormat === "@") {
    cell.value = value as CellValue;
    return;
  }
  if (value.startsWith("=") && value.length > 1) {
    target.sheet.setFormula(row, column, value);
    return;
  }
  const typed = typedEntry(value);
  if (!typed) {
    cell.value = value;
    return;
  }
  if (typed.numberFormat && cell.numberFormat === "General") cell.numberFormat = typed.numberFormat;
  if (typed.formula) {
    const result = { value: typed.value, error: typed.error };
    cell.setFormula(typed.formula, () => result);
    return;
  }
  cell.value = typed.value;
}

export class RangeProxy extends ClientObject<RangeTarget> {
  protected readonly scalars = {
    address: (t: RangeTarget) => `${quoteSheet(t.sheet.name)}!${rangeAddress(t.ref.top, t.ref.left, t.ref.bottom, t.ref.right)}`,
    rowIndex: (t: RangeTarget) => t.ref.top - 1,
    columnIndex: (t: RangeTarget) => t.ref.left - 1,
    rowCount: (t: RangeTarget) => t.ref.bottom - t.ref.top + 1,
    columnCount: (t: RangeTarget) => t.ref.right - t.ref.left + 1,
    values: (t: RangeTarget) => readGrid(t, (sheet, r, c) => sheet.peek(r, c)?.value ?? ""),
    numberFormat: (t: RangeTarget) => readGrid(t, (sheet, r, c) => sheet.peek(r, c)?.numberFormat ?? "General"),
    text: (t: RangeTarget) => readGrid(t, (sheet, r, c) => sheet.peek(r, c)?.text ?? ""),
    valueTypes: (t: RangeTarget) => readGrid(t, (sheet, r, c) => sheet.peek(r, c)?.valueType ?? "Empty"),
    formulas: (t: RangeTarget) => readGrid(t, (sheet, r, c) => sheet.peek(r, c)?.formula ?? sheet.peek(r, c)?.value ?? ""),
  };
  protected override readonly navigation = { format: () => this.format };

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(values: unknown[][]) {
    this.remember("values", values);
    this.command(jsonBytes(values), (target) => {
      assertShape(target, values, "values");
      values.forEach((row, i) => row.forEach((value, j) => writeCell(target, target.ref.top + i, target.ref.left + j, value)));
    });
  }
  /** Formulas as written ("=D8*F8"); a cell without one answers its value, as Office.js does. */
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(formulas: unknown[][]) {
    this.remember("formulas", formulas);
    this.command(jsonBytes(formulas), (target) => {
      assertShape(target, formulas, "formulas");
      formulas.forEach((row, i) => row.forEach((value, j) => writeCell(target, target.ref.top + i, target.ref.left + j, value)));
    });
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this.remember("numberFormat", formats);
    this.command(jsonBytes(formats), (target) => {
      assertShape(target, formats, "numberFormat");
      formats.forEach((row, i) =>
        row.forEach((format, j) => {
          if (typeof format === "string") target.sheet.cell(target.ref.top + i, target.ref.left + j).numberFormat = format;
        }),
      );
    });
  }
  get text(): unknown[][] {
    return this.read("text");
  }
  get valueTypes(): unknown[][] {
    return this.read("valueTypes");
  }

  private formatProxy: RangeFormatProxy | undefined;

  get format(): RangeFormatProxy {
    return (this.formatProxy ??= new RangeFormatProxy(this.context, () => this.target()));
  }

  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.target();
      if (!t) return null;
      const top = t.ref.top + row;
      const left = t.ref.left + column;
      return { sheet: t.sheet, ref: { top, left, bottom: top, right: left } };
    });
  }

  getCellProperties(options: { address?: boolean; format?: { fill?: { color?: boolean } } }): FakeClientResult<unknown[][]> {
    return new FakeClientResult(this.context, () => {
      const t = this.target()!;
      return readGrid(t, (sheet, r, c) => {
        const properties: Record<string, unknown> = {};
        if (options.address) properties.address = `${quoteSheet(sheet.name)}!${cellAddress(r, c)}`;
        if (options.format?.fill?.color) properties.format = { fill: { color: sheet.peek(r, c)?.fill ?? "#FFFFFF" } };
        return properties;
      });
    });
  }

  getColumnProperties(options: { columnIndex?: boolean; columnHidden?: boolean }): FakeClientResult<unknown[]> {
    return new FakeClientResult(this.context, () => {
      const t = this.target()!;
      const columns: unknown[] = [];
      for (let column = t.ref.left; column <= t.ref.right; column++) {
        const properties: Record<string, unknown> = {};
        if (options.columnIndex) properties.columnIndex = column - 1;
        if (options.columnHidden) properties.columnHidden = t.sheet.hiddenColumns.has(column);
        columns.push(properties);
      }
      return columns;
    });
  }

  /**
   * Only merges whose top-left cell lies in this range count (office-js #3611, "by design"); with
   * more than 512 of them "this method will fail to return the result"
   * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
   * Whether it throws or answers a null object is not documented: this simulator throws, the
   * harder case for the adapter.
   */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(
      this.context,
      () => {
        const t = this.target();
        if (!t) return null;
        const merges = t.sheet.merges.filter((m) => m.top >= t.ref.top && m.top <= t.ref.bottom && m.left >= t.ref.left && m.left <= t.ref.right);
        if (merges.length > MERGED_AREAS_LIMIT) {
          throw new FakeRichApiError("GeneralException", "There was an internal error while processing the request.");
        }
        return merges.length === 0 ? null : { sheet: t.sheet, refs: merges };
      },
      true,
    );
  }

  /** The cells this range shares with `other` (same sheet), or a null object when none (ExcelApi 1.4). */
  getIntersectionOrNullObject(other: RangeProxy): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const t = this.target();
        const o = other.target();
        if (!t || !o || o.sheet !== t.sheet) return null;
        const ref = {
          top: Math.max(t.ref.top, o.ref.top),
          left: Math.max(t.ref.left, o.ref.left),
          bottom: Math.min(t.ref.bottom, o.ref.bottom),
          right: Math.min(t.ref.right, o.ref.right),
        };
        return ref.top <= ref.bottom && ref.left <= ref.right ? { sheet: t.sheet, ref } : null;
      },
      true,
    );
  }

  /** The smallest range holding this range's non-empty cells (and, unless `valuesOnly`, its filled ones). */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const t = this.target();
        if (!t) return null;
        const ref = usedWithin(t, valuesOnly);
        return ref ? { sheet: t.sheet, ref } : null;
      },
      true,
    );
  }

  /** `Range.clear(applyTo)`: "Contents" empties values, "Formats" resets number format and fill, "All" (default) both. */
  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.command(applyTo.length, (t) =>
      grid(t, (sheet, r, c) => {
        const cell = sheet.peek(r, c);
        if (!cell) return;
        const changed = sheet.cell(r, c);
        if (applyTo !== "Formats") {
          changed.value = "";
          changed.error = undefined;
          changed.textOverride = undefined;
        }
        if (applyTo !== "Contents") {
          changed.numberFormat = "General";
          changed.fill = null;
        }
      }),
    );
  }

  select(): void {
    this.command(0, (target) => {
      this.context.model.activeSheetId = target.sheet.id;
      this.context.model.selection = { sheet: target.sheet.name, address: rangeAddress(target.ref.top, target.ref.left, target.ref.bottom, target.ref.right) };
    });
  }
}

export class RangeAreasProxy extends ClientObject<{ sheet: FakeSheet; refs: RangeRef[] }> {
  protected readonly scalars = {
    address: (t: { sheet: FakeSheet; refs: RangeRef[] }) =>
      t.refs.map((ref) => `${quoteSheet(t.sheet.name)}!${rangeAddress(ref.top, ref.left, ref.bottom, ref.right)}`).join(","),
  };

  get address(): string {
    return this.read("address");
  }
}

/** One value when every cell of the range agrees, else null (as Office.js answers a mixed range). */
function uniform<V>(t: RangeTarget, read: (sheet: FakeSheet, row: number, column: number) => V): V | null {
  const values = new Set(grid(t, read).flat());
  return values.size === 1 ? [...values][0]! : null;
}

export class RangeFormatProxy extends ClientObject<RangeTarget> {
  protected readonly scalars = {
    wrapText: (t: RangeTarget) => uniform(t, (sheet, r, c) => sheet.peek(r, c)?.wrap ?? false),
    columnWidth: (t: RangeTarget) => uniform(t, (sheet, _r, c) => sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH),
  };
  protected override readonly navigation = { fill: () => this.fill, font: () => this.font };

  private fillProxy: RangeFillProxy | undefined;
  private fontProxy: RangeFontProxy | undefined;

  get fill(): RangeFillProxy {
    return (this.fillProxy ??= new RangeFillProxy(this.context, () => this.target()));
  }

  get font(): RangeFontProxy {
    return (this.fontProxy ??= new RangeFontProxy(this.context, () => this.target()));
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.remember("wrapText", wrap);
    this.command(5, (t) => grid(t, (sheet, r, c) => (sheet.cell(r, c).wrap = wrap)));
  }

  /** Row heights are not simulated: the command is only queued, as Excel would accept it. */
  autofitRows(): void {
    this.command(0, () => undefined);
  }

  /** Points; setting it on any range sets the width of the range's whole columns. */
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(points: number) {
    this.remember("columnWidth", points);
    this.command(8, (t) => {
      for (let column = t.ref.left; column <= t.ref.right; column++) t.sheet.columnWidths.set(column, points);
    });
  }
}

/** Excel's default column: 8.43 characters, 64 px, 48 points. */
const DEFAULT_COLUMN_WIDTH = 48;

export class RangeFontProxy extends ClientObject<RangeTarget> {
  protected readonly scalars = {
    bold: (t: RangeTarget) => uniform(t, (sheet, r, c) => sheet.peek(r, c)?.bold ?? false),
    italic: (t: RangeTarget) => uniform(t, (sheet, r, c) => sheet.peek(r, c)?.italic ?? false),
  };

  get bold(): boolean {
    return this.read("bold");
  }
  set bold(bold: boolean) {
    this.remember("bold", bold);
    this.command(5, (t) => grid(t, (sheet, r, c) => (sheet.cell(r, c).bold = bold)));
  }

  get italic(): boolean {
    return this.read("italic");
  }
  set italic(italic: boolean) {
    this.remember("italic", italic);
    this.command(5, (t) => grid(t, (sheet, r, c) => (sheet.cell(r, c).italic = italic)));
  }
}

export class RangeFillProxy extends ClientObject<RangeTarget> {
  protected readonly scalars = {
    // One colour for the range, or null when its cells differ; no fill reads as white.
    color: (t: RangeTarget) => {
      const colours = new Set(grid(t, (sheet, r, c) => sheet.peek(r, c)?.fill ?? "#FFFFFF").flat());
      return colours.size === 1 ? [...colours][0] : null;
    },
  };

  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.remember("color", color);
    this.command(color.length, (t) => grid(t, (sheet, r, c) => (sheet.cell(r, c).fill = color.toUpperCase())));
  }

  clear(): void {
    this.command(0, (t) => grid(t, (sheet, r, c) => (sheet.cell(r, c).fill = null)));
  }
}

interface NoteTarget {
  readonly sheet: FakeSheet;
  readonly address: string;
}

export class NoteCollectionProxy extends ClientCollection<FakeSheet, NoteTarget, NoteProxy> {
  protected readonly scalars = {};

  protected itemsOf(sheet: FakeSheet): NoteTarget[] {
    return [...sheet.notes.keys()].map((address) => ({ sheet, address }));
  }

  protected proxyFor(item: NoteTarget): NoteProxy {
    return new NoteProxy(this.context, () => (item.sheet.notes.has(item.address) ? item : null));
  }

  add(cellAddress: string, content: string): NoteProxy {
    const address = normaliseCell(cellAddress);
    this.command(content.length + address.length, (sheet) => {
      // Excel refuses a second note on a cell (assumed from the UI; the add-in never relies on it).
      if (sheet.notes.has(address)) throw new FakeRichApiError("InvalidArgument", "The cell already has a note.");
      // A cell holds a note or a threaded comment, not both: the two are separate systems and Excel's
      // UI offers no note on a commented cell (https://support.microsoft.com/office/the-difference-between-threaded-comments-and-notes-75a51eec-4092-42ab-abf8-7669077b7be3).
      // The failing call is inferred from that, not documented for Office.js.
      if (sheet.threadedComments.has(address)) throw new FakeRichApiError("InvalidOperation", "This operation is not permitted for the current object.");
      sheet.notes.set(address, content);
    });
    return this.getItem(address);
  }

  getItem(cellAddress: string): NoteProxy {
    return this.noteProxy(cellAddress, false);
  }

  getItemOrNullObject(cellAddress: string): NoteProxy {
    return this.noteProxy(cellAddress, true);
  }

  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.context, () => this.target()?.notes.size ?? 0);
  }

  private noteProxy(cellAddress: string, orNull: boolean): NoteProxy {
    const address = normaliseCell(cellAddress);
    return new NoteProxy(
      this.context,
      () => {
        const sheet = this.target();
        return sheet?.notes.has(address) ? { sheet, address } : null;
      },
      orNull,
    );
  }
}

export class NoteProxy extends ClientObject<NoteTarget> {
  protected readonly scalars = {
    content: (t: NoteTarget) => t.sheet.notes.get(t.address),
    authorName: () => "Pekerja Rentan",
  };

  get content(): string {
    return this.read("content");
  }

  delete(): void {
    this.command(0, (t) => t.sheet.notes.delete(t.address));
  }
}

export class SettingCollectionProxy extends ClientCollection<FakeWorkbook, string, SettingProxy> {
  protected readonly scalars = {};

  constructor(context: FakeRequestContext) {
    super(context, () => context.model);
  }

  protected itemsOf(workbook: FakeWorkbook): string[] {
    return [...workbook.settings.keys()];
  }

  protected proxyFor(key: string): SettingProxy {
    return new SettingProxy(this.context, () => (this.context.model.settings.has(key) ? key : null));
  }

  add(key: string, value: unknown): SettingProxy {
    this.command(jsonBytes(value), (workbook) => workbook.settings.set(key, structuredClone(value)));
    return this.getItem(key);
  }

  getItem(key: string): SettingProxy {
    return new SettingProxy(this.context, () => (this.context.model.settings.has(key) ? key : null));
  }

  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.context, () => (this.context.model.settings.has(key) ? key : null), true);
  }
}

export class SettingProxy extends ClientObject<string> {
  protected readonly scalars = {
    key: (key: string) => key,
    value: (key: string) => structuredClone(this.context.model.settings.get(key)),
  };

  get key(): string {
    return this.read("key");
  }
  get value(): unknown {
    return this.read("value");
  }

  delete(): void {
    this.command(0, (key) => this.context.model.settings.delete(key));
  }
}

interface TableTarget {
  readonly sheet: FakeSheet;
  readonly table: FakeSheet["tables"][number];
}

export class TableCollectionProxy extends ClientCollection<FakeSheet[], TableTarget, TableProxy> {
  protected readonly scalars = {};

  protected itemsOf(sheets: FakeSheet[]): TableTarget[] {
    return sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
  }

  protected proxyFor(item: TableTarget): TableProxy {
    return new TableProxy(this.context, () => item);
  }
}

export class TableProxy extends ClientObject<TableTarget> {
  protected readonly scalars = {
    name: (t: TableTarget) => t.table.name,
    showHeaders: () => true,
    showTotals: (t: TableTarget) => t.table.totals,
  };
  protected override readonly navigation = { worksheet: () => this.worksheet };

  get name(): string {
    return this.read("name");
  }
  get showHeaders(): boolean {
    return this.read("showHeaders");
  }
  get showTotals(): boolean {
    return this.read("showTotals");
  }

  private worksheetProxy: WorksheetProxy | undefined;

  get worksheet(): WorksheetProxy {
    return (this.worksheetProxy ??= new WorksheetProxy(this.context, () => this.target()?.sheet));
  }

  getRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.target();
      return t ? { sheet: t.sheet, ref: t.table.range } : null;
    });
  }
}

interface CommentTarget {
  readonly sheet: FakeSheet;
  readonly address: string;
}

export class CommentCollectionProxy extends ClientCollection<FakeSheet, CommentTarget, CommentProxy> {
  protected readonly scalars = {};

  protected itemsOf(sheet: FakeSheet): CommentTarget[] {
    return [...sheet.threadedComments.keys()].map((address) => ({ sheet, address }));
  }

  protected proxyFor(item: CommentTarget): CommentProxy {
    return new CommentProxy(this.context, () => (item.sheet.threadedComments.has(item.address) ? item : null));
  }

  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.context, () => this.target()?.threadedComments.size ?? 0);
  }
}

export class CommentProxy extends ClientObject<CommentTarget> {
  protected readonly scalars = {
    id: (t: CommentTarget) => `{COMMENT-${t.address}}`,
    content: (t: CommentTarget) => t.sheet.threadedComments.get(t.address),
  };

  get id(): string {
    return this.read("id");
  }
  get content(): string {
    return this.read("content");
  }

  /** The cell the comment is on (`Comment.getLocation`, ExcelApi 1.10). */
  getLocation(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.target();
      if (!t) return null;
      const cell = parseRangeAddress(t.address)!;
      return { sheet: t.sheet, ref: cell };
    });
  }
}
