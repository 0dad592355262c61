import { cellAddress, parseRangeAddress, type RangeRef } from "./a1-notation";
import { evaluateFormula, type FormulaResult } from "./formula";
import { FakeRichApiError } from "./client-object";
import { displayText } from "./number-text";
import { READ_CELL_LIMIT, WEB_PAYLOAD_LIMIT } from "./payload-size";

/**
 * The plain data behind the simulated Excel: sheets of cells, notes, tables and the add-in's
 * settings. Tests seed it from JSON and read it back to assert what the add-in wrote.
 */

/** A cell in a seed: a bare value, or an object with its format, fill, display text or error. */
export type CellSeed =
  | string
  | number
  | boolean
  | null
  | {
      readonly v?: string | number | boolean | null;
      /** Number format, e.g. "@", "0", "dd/mm/yyyy". */
      readonly f?: string;
      /** Display text when it should differ from what the fake would render. */
      readonly t?: string;
      /** A formula error such as "#N/A". */
      readonly e?: string;
      readonly fill?: string;
    };

export interface SheetSeed {
  readonly name: string;
  /** Rows of cells starting at `at` (default "A1"). */
  readonly cells?: ReadonlyArray<ReadonlyArray<CellSeed>>;
  readonly at?: string;
  readonly notes?: Readonly<Record<string, string>>;
  /** Threaded (modern) comments by cell, e.g. { "C4": "Sudah dicek RT" }. */
  readonly threadedComments?: Readonly<Record<string, string>>;
  readonly tables?: ReadonlyArray<{ readonly name: string; readonly range: string; readonly totals?: boolean }>;
  readonly hiddenColumns?: ReadonlyArray<number>;
  readonly merges?: ReadonlyArray<string>;
  readonly visibility?: "Visible" | "Hidden" | "VeryHidden";
}

export interface WorkbookSeed {
  readonly sheets: ReadonlyArray<SheetSeed>;
  /** Name of the active sheet (default: the first). */
  readonly active?: string;
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Highest ExcelApi version the simulated host supports (default "1.18"). */
  readonly excelApi?: string;
  /**
   * Other requirement sets and their highest version (default SharedRuntime 1.1 and
   * CustomFunctionsRuntime 1.3, as every host that lists the add-in). A host such as Excel 2019
   * is { excelApi: "1.8", requirementSets: {} }.
   */
  readonly requirementSets?: Readonly<Record<string, string>>;
  /**
   * The host platform, as `Office.context.platform` names it (default "OfficeOnline"). Only Excel on
   * the web limits requests and responses to 5 MB (payload-size.ts).
   */
  readonly platform?: "OfficeOnline" | "PC" | "Mac";
  /** Request and response limit in bytes (default: 5 MB on the web, none on the desktop). */
  readonly payloadLimit?: number;
  /** Cells one read may cover (default Excel's 5 million); tests lower it rather than build 5 million cells. */
  readonly readCellLimit?: number;
  /**
   * What `insertWorksheetsFromBase64` copies for a given file: the simulated Excel cannot open an
   * .xlsx itself, so a test lists the sheets each file (its base64 text) holds. Any other file is
   * refused as Excel refuses a damaged one.
   */
  readonly importableFiles?: Readonly<Record<string, ReadonlyArray<SheetSeed>>>;
}

export class FakeCell {
  private stored: string | number | boolean = "";
  private storedError: string | undefined;
  /** A formula ("=D8*F8"), recalculated whenever the cell is read, as Excel recalculates. */
  private formulaText: string | undefined;
  private compute: (() => FormulaResult) | undefined;
  numberFormat = "General";
  textOverride: string | undefined;
  fill: string | null = null;
  bold = false;
  italic = false;
  wrap = false;

  get value(): string | number | boolean {
    return this.compute ? this.compute().value : this.stored;
  }
  /** Writing a value replaces a formula, as typing over it does. */
  set value(value: string | number | boolean) {
    this.stored = value;
    this.formulaText = undefined;
    this.compute = undefined;
  }

  get error(): string | undefined {
    return this.compute ? this.compute().error : this.storedError;
  }
  set error(error: string | undefined) {
    this.storedError = error;
  }

  get formula(): string | undefined {
    return this.formulaText;
  }

  setFormula(formula: string, compute: () => FormulaResult): void {
    this.stored = "";
    this.storedError = undefined;
    this.formulaText = formula;
    this.compute = compute;
  }

  get isEmpty(): boolean {
    return this.formulaText === undefined && this.stored === "" && this.storedError === undefined;
  }

  get text(): string {
    if (this.error !== undefined) return this.error;
    if (this.textOverride !== undefined) return this.textOverride;
    return displayText(this.value, this.numberFormat);
  }

  get valueType(): string {
    if (this.error !== undefined) return "Error";
    switch (typeof this.value) {
      case "number":
        return "Double";
      case "boolean":
        return "Boolean";
      default:
        return this.value === "" ? "Empty" : "String";
    }
  }
}

export class FakeSheet {
  private readonly cells = new Map<number, FakeCell>();
  readonly notes = new Map<string, string>();
  readonly threadedComments = new Map<string, string>();
  readonly tables: Array<{ name: string; range: RangeRef; totals: boolean }> = [];
  readonly hiddenColumns = new Set<number>();
  readonly merges: RangeRef[] = [];
  /** Column widths in points, set through `Range.format.columnWidth`. */
  readonly columnWidths = new Map<number, number>();
  /** Set from the workbook's seed (payload-size.ts READ_CELL_LIMIT by default). */
  readCellLimit = READ_CELL_LIMIT;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  private usedCache = new Map<boolean, RangeRef | undefined>();

  /** The cell to change: created when missing. Every change goes through here. */
  cell(row: number, column: number): FakeCell {
    this.usedCache.clear();
    const key = row * 20000 + column;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = new FakeCell();
      this.cells.set(key, cell);
    }
    return cell;
  }

  peek(row: number, column: number): FakeCell | undefined {
    return this.cells.get(row * 20000 + column);
  }

  /** Puts a formula in a cell; it reads the sheet's cells whenever its value is asked for. */
  setFormula(row: number, column: number, formula: string): void {
    this.cell(row, column).setFormula(formula, () =>
      evaluateFormula(formula, (r, c) => {
        const cell = this.peek(r, c);
        return cell && { value: cell.value, error: cell.error };
      }),
    );
  }

  /** The smallest rectangle holding every non-empty cell (and, unless `valuesOnly`, every filled one). */
  usedRange(valuesOnly: boolean): RangeRef | undefined {
    if (!this.usedCache.has(valuesOnly)) this.usedCache.set(valuesOnly, this.computeUsedRange(valuesOnly));
    return this.usedCache.get(valuesOnly);
  }

  private computeUsedRange(valuesOnly: boolean): RangeRef | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const [key, cell] of this.cells) {
      if (cell.isEmpty && (valuesOnly || (cell.fill === null && cell.numberFormat === "General"))) continue;
      const row = Math.floor(key / 20000);
      const column = key % 20000;
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    return bottom === 0 ? undefined : { top, left, bottom, right };
  }

  /** Values as a plain grid, for assertions. */
  valuesOf(address: string): Array<Array<string | number | boolean>> {
    const range = parseRangeAddress(address)!;
    const rows: Array<Array<string | number | boolean>> = [];
    for (let row = range.top; row <= range.bottom; row++) {
      const values: Array<string | number | boolean> = [];
      for (let column = range.left; column <= range.right; column++) values.push(this.peek(row, column)?.value ?? "");
      rows.push(values);
    }
    return rows;
  }
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly settings = new Map<string, unknown>();
  readonly createdWorkbooks: string[] = [];
  activeSheetId: string;
  /** The last range selected through the API. */
  selection: { sheet: string; address: string } | undefined;
  readonly excelApi: string;
  readonly requirementSets: ReadonlyMap<string, string>;
  readonly payloadLimit: number;
  readonly platform: "OfficeOnline" | "PC" | "Mac";
  readonly readCellLimit: number;
  readonly importableFiles: ReadonlyMap<string, ReadonlyArray<SheetSeed>>;
  /** Round trips so far; tests reset it with `resetStats`. */
  syncs = 0;
  /** Largest request and delivered response of any sync, in bytes of JSON. */
  largestRequest = 0;
  largestResponse = 0;
  /** Responses refused for passing `payloadLimit`. */
  refusedResponses = 0;
  private nextId = 1;

  constructor(seed: WorkbookSeed) {
    this.excelApi = seed.excelApi ?? "1.18";
    this.requirementSets = new Map(Object.entries(seed.requirementSets ?? { SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3" }));
    this.platform = seed.platform ?? "OfficeOnline";
    this.readCellLimit = seed.readCellLimit ?? READ_CELL_LIMIT;
    this.payloadLimit = seed.payloadLimit ?? (this.platform === "OfficeOnline" ? WEB_PAYLOAD_LIMIT : Infinity);
    this.importableFiles = new Map(Object.entries(seed.importableFiles ?? {}));
    for (const sheetSeed of seed.sheets) this.seedSheet(sheetSeed);
    if (this.sheets.length === 0) this.addSheet("Sheet1");
    this.activeSheetId = (seed.active ? this.sheetByName(seed.active) : this.sheets[0])!.id;
    for (const [key, value] of Object.entries(seed.settings ?? {})) this.settings.set(key, value);
  }

  sheetByName(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  /** Office.js's `worksheets.getItem(key)` accepts a name or an id. */
  sheetByKey(key: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.id === key) ?? this.sheetByName(key);
  }

  get activeSheet(): FakeSheet {
    return this.sheets.find((sheet) => sheet.id === this.activeSheetId)!;
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(`{FAKE-${String(this.nextId++).padStart(4, "0")}}`, name);
    sheet.readCellLimit = this.readCellLimit;
    this.sheets.push(sheet);
    return sheet;
  }

  /** As Excel: the last visible sheet cannot be deleted; deleting the active one activates its neighbour. */
  deleteSheet(sheet: FakeSheet): void {
    const index = this.sheets.indexOf(sheet);
    if (index < 0) return;
    if (this.sheets.filter((other) => other !== sheet && other.visibility === "Visible").length === 0) {
      throw new FakeRichApiError("InvalidOperation", "This operation is not permitted for the current object.");
    }
    this.sheets.splice(index, 1);
    if (this.activeSheetId === sheet.id) this.activeSheetId = (this.sheets[index] ?? this.sheets[index - 1])!.id;
  }

  supports(set: string, version: string): boolean {
    const highest = set === "ExcelApi" ? this.excelApi : this.requirementSets.get(set);
    return highest !== undefined && compareVersions(version, highest) <= 0;
  }

  resetStats(): void {
    this.syncs = 0;
    this.largestRequest = 0;
    this.largestResponse = 0;
    this.refusedResponses = 0;
  }

  /**
   * Copies sheets in at the end, as `insertWorksheetsFromBase64` does. A name already in use gets
   * " (2)", " (3)"... (assumed from Excel's UI for copied sheets; the add-in renames them anyway).
   */
  insertSheets(seeds: ReadonlyArray<SheetSeed>): FakeSheet[] {
    return seeds.map((seed) => {
      let name = seed.name;
      for (let n = 2; this.sheetByName(name); n++) name = `${seed.name.slice(0, 31 - ` (${n})`.length)} (${n})`;
      return this.seedSheet({ ...seed, name });
    });
  }

  private seedSheet(seed: SheetSeed): FakeSheet {
    const sheet = this.addSheet(seed.name);
    sheet.visibility = seed.visibility ?? "Visible";
    const origin = parseRangeAddress(seed.at ?? "A1")!;
    (seed.cells ?? []).forEach((row, i) =>
      row.forEach((cellSeed, j) => {
        if (cellSeed === null || cellSeed === "") return;
        const cell = sheet.cell(origin.top + i, origin.left + j);
        if (typeof cellSeed !== "object") {
          cell.value = cellSeed;
          return;
        }
        if (cellSeed.v !== undefined && cellSeed.v !== null) cell.value = cellSeed.v;
        if (cellSeed.f !== undefined) cell.numberFormat = cellSeed.f;
        if (cellSeed.t !== undefined) cell.textOverride = cellSeed.t;
        if (cellSeed.e !== undefined) {
          cell.error = cellSeed.e;
          cell.value = cellSeed.e;
        }
        if (cellSeed.fill !== undefined) cell.fill = cellSeed.fill.toUpperCase();
      }),
    );
    for (const [address, content] of Object.entries(seed.notes ?? {})) sheet.notes.set(normaliseCell(address), content);
    for (const [address, content] of Object.entries(seed.threadedComments ?? {})) sheet.threadedComments.set(normaliseCell(address), content);
    for (const table of seed.tables ?? []) sheet.tables.push({ name: table.name, range: parseRangeAddress(table.range)!, totals: table.totals ?? false });
    for (const column of seed.hiddenColumns ?? []) sheet.hiddenColumns.add(column);
    for (const merge of seed.merges ?? []) sheet.merges.push(parseRangeAddress(merge)!);
    return sheet;
  }
}

export function normaliseCell(address: string): string {
  const cell = parseRangeAddress(address)!;
  return cellAddress(cell.top, cell.left);
}

export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
