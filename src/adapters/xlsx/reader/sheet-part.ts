import { columnNumber } from "../../../domain/cell/a1";
import { EMPTY_CELL, type RawCell } from "../../../domain/cell/raw-cell";
import type { GridRange, SheetGrid } from "../../../domain/cell/sheet-grid";
import { isoDateCell, numberCell, textOrEmpty } from "./cell-values";
import { DateCells } from "./date-cells";
import type { XlsxLimits } from "./limits";
import { digitsAt, newPlainCell, readPlainCell } from "./plain-cell";
import { newRowStart, readRowStart } from "./row-start";
import { SharedTextCells } from "./shared-cells";
import { decodeEscapes } from "./shared-strings-part";
import type { CellStyles } from "./styles-part";
import type { XmlAttributes, XmlHandler } from "./xml-tokenizer";

/** A row or column past Excel's limits: no Excel wrote this, and holding it could cost any amount of memory. */
export class OutOfBoundsError extends Error {
  override readonly name = "OutOfBoundsError";
}

export interface SheetContext {
  readonly sharedStrings: ReadonlyArray<string>;
  readonly styles: CellStyles;
  readonly date1904: boolean;
  readonly limits: XlsxLimits;
}

/** What a sheet part holds besides its cells, for the workbook to finish the grid with. */
export interface SheetPartResult {
  readonly grid: Omit<SheetGrid, "name" | "tables" | "hidden">;
  /** Relationship ids of the sheet's `<tablePart>`s. */
  readonly tableRelationshipIds: ReadonlyArray<string>;
}

interface ColumnDefinition {
  readonly min: number;
  readonly max: number;
  readonly hidden: boolean;
}

const NO_CELLS: ReadonlyArray<RawCell> = Object.freeze([]);
const CELL_REFERENCE = /^\$?([A-Za-z]+)\$?(\d+)$/;

/**
 * Streams one worksheet part into rows of `RawCell`s. Only cells with a value are kept, each as it
 * completes; formatted but empty cells and rows cost nothing. Merges, hidden columns and table
 * references are collected on the way and applied at the end.
 */
export class SheetHandler implements XmlHandler {
  private readonly rows: Array<RawCell[] | undefined> = [];
  private readonly columns: ColumnDefinition[] = [];
  private readonly mergeRefs: string[] = [];
  private readonly tableIds: string[] = [];

  private inSheetData = false;
  private rowNumber = 0;
  private row: RawCell[] | undefined;
  /** The last row and column holding a cell with content: merges reaching past them are cut there. */
  private lastRow = 0;
  private lastColumn = 0;

  // The cell being read.
  private column = 0;
  private type: string | undefined;
  private styleIndex = 0;
  private hasContent = false;
  private isFormula = false;
  private value: string | undefined;
  private runs: string | undefined;
  /** What the current text belongs to: 0 nothing, 1 `<v>` or `<is><t>`, 2 `<f>`, 3 a rich-text run's `<t>`. */
  private textTarget = 0;
  private formulaText = "";
  private inRun = false;
  private inPhonetic = false;
  private runText = "";
  private readonly plainCell = newPlainCell();
  private readonly rowStart = newRowStart();
  private readonly texts = new SharedTextCells();
  /** The cell of each shared string, by its index, made once. */
  private readonly sharedStringCells: RawCell[] = [];
  private readonly dates: DateCells;

  constructor(private readonly context: SheetContext) {
    this.dates = new DateCells(context.date1904);
  }

  /**
   * Cells in the plain form (`plain-cell.ts`), read at once with the same effect as the tokenizer's events
   * for them: the one at `at` and those right after it (a row's cells follow each other), so that the
   * tokenizer is called back once per row rather than once per cell. A plain `<row>` start tag
   * (`row-start.ts`) is read the same way, with the cells after it, and left open: 100,000 rows then cost
   * no attribute object each. Its `</row>` is read here as well when it follows the cells, exactly as
   * written, with the plain rows after it; any other end is left to the tokenizer to close.
   */
  readElement(text: string, at: number, open: string[]): number {
    if (!this.inSheetData) return -1;
    let end: number;
    if (text.charCodeAt(at + 1) === 114 /* r */) {
      end = this.readRowStartAt(text, at, open);
      if (end < 0) return -1;
    } else {
      end = this.readOnePlainCell(text, at);
      if (end < 0) return -1;
    }
    for (;;) {
      for (let next = end; next >= 0; next = this.readOnePlainCell(text, end)) end = next;
      // The row's `</row>` and the next plain row, read on here too: the tokenizer is then called back
      // once per piece of the sheet rather than twice per row.
      if (open[open.length - 1] !== "row" || !isRowEnd(text, end)) return end;
      open.pop();
      this.row = undefined;
      end += ROW_END_LENGTH;
      const next = this.readRowStartAt(text, end, open);
      if (next < 0) return end;
      end = next;
    }
  }

  /** A plain `<row>` start tag at `at`, opened and left open for its cells; -1 when it is not one. */
  private readRowStartAt(text: string, at: number, open: string[]): number {
    const end = readRowStart(text, at, this.rowStart);
    if (end < 0) return -1;
    const { numberFrom, numberTo } = this.rowStart;
    this.openRow(numberFrom < 0 ? undefined : text.slice(numberFrom, numberTo));
    open.push("row");
    return end;
  }

  private readOnePlainCell(text: string, at: number): number {
    const cell = this.plainCell;
    const end = readPlainCell(text, at, cell);
    if (end < 0) return -1;
    const maxColumn = this.context.limits.columns;
    // An unusual or out-of-bounds reference is left to `openCell`, which explains it.
    const column = cell.refFrom < 0 ? this.column + 1 : referenceColumn(text, cell.refFrom, cell.refTo, this.context.limits.rows);
    if (column < 0 || column > maxColumn) return -1;
    if (cell.hasValue) {
      const { valueFrom, valueTo } = cell;
      // The common values are made here and kept at once: the state `beginCell` sets up is only read on the general way.
      if (cell.type === "str" && valueTo > valueFrom) {
        // Looked up in the text itself: a repeated value costs no string.
        this.keepPlainCell(column, this.texts.cellAt(column, text, valueFrom, valueTo));
        return end;
      }
      if (cell.type === "s") {
        // The index read from its digits, as `parseInt` would read it: no string per cell of an Excel-saved sheet.
        const index = digitsAt(text, valueFrom, valueTo, 9);
        if (index >= 0) {
          this.keepPlainCell(column, this.sharedStringCell(index));
          return end;
        }
      }
      if (cell.type === undefined || cell.type === "n") {
        // A whole number (a serial date, a row number) read from its digits, as `parseFloat` would read it.
        const whole = digitsAt(text, valueFrom, valueTo, 15);
        if (whole >= 0) {
          this.keepPlainCell(column, this.numeric(whole, cell.style));
          return end;
        }
      }
    }
    this.beginCell(column, cell.type, cell.style);
    if (cell.hasValue) {
      this.hasContent = true;
      if (cell.valueTo > cell.valueFrom) this.value = text.slice(cell.valueFrom, cell.valueTo);
    }
    this.closeCell();
    return end;
  }

  open(name: string, attributes: XmlAttributes, selfClosing: boolean): void {
    if (this.inSheetData) {
      switch (name) {
        case "c":
          this.openCell(attributes);
          return;
        case "v":
          this.hasContent = true;
          if (!selfClosing) this.textTarget = 1;
          return;
        case "f":
          this.hasContent = true;
          // A shared formula's other cells carry only `<f t="shared" si="0"/>`: still a formula.
          if (attributes.t !== undefined) this.isFormula = true;
          this.formulaText = "";
          if (!selfClosing) this.textTarget = 2;
          return;
        case "is":
          this.hasContent = true;
          return;
        case "r":
          if (!this.inPhonetic) this.inRun = true;
          return;
        case "rPh":
          this.inPhonetic = true;
          return;
        case "t":
          if (!selfClosing && !this.inPhonetic) {
            this.textTarget = this.inRun ? 3 : 1;
            this.runText = "";
          }
          return;
        case "row":
          this.openRow(attributes.r);
          return;
      }
      return;
    }
    switch (name) {
      case "sheetData":
        if (!selfClosing) this.inSheetData = true;
        return;
      case "col":
        this.columns.push({
          min: parseInt(attributes.min || "0", 10) || 0,
          max: parseInt(attributes.max || "0", 10) || 0,
          hidden: attributes.hidden === "1" || attributes.hidden === "true",
        });
        return;
      case "mergeCell":
        if (attributes.ref !== undefined) this.mergeRefs.push(attributes.ref);
        return;
      case "tablePart":
        if (attributes.id !== undefined) this.tableIds.push(attributes.id);
        return;
    }
  }

  text(text: string): void {
    switch (this.textTarget) {
      case 1:
        this.value = this.value === undefined ? text : this.value + text;
        return;
      case 2:
        this.formulaText += text;
        return;
      case 3:
        this.runText += text;
        return;
    }
  }

  close(name: string): void {
    if (!this.inSheetData) return;
    switch (name) {
      case "c":
        this.closeCell();
        return;
      case "v":
        this.textTarget = 0;
        return;
      case "f":
        if (this.formulaText !== "") this.isFormula = true;
        this.textTarget = 0;
        return;
      case "t":
        if (this.textTarget === 3) this.runs = (this.runs ?? "") + decodeEscapes(this.runText);
        this.textTarget = 0;
        return;
      case "r":
        this.inRun = false;
        return;
      case "rPh":
        this.inPhonetic = false;
        return;
      case "row":
        this.row = undefined;
        return;
      case "sheetData":
        this.inSheetData = false;
        return;
    }
  }

  /** `r` is the row's `r` attribute. */
  private openRow(r: string | undefined): void {
    // A row without a number follows the one before it, as Excel reads it.
    const number = r === undefined ? this.rowNumber + 1 : parseInt(r, 10);
    if (!(number >= 1 && number <= this.context.limits.rows)) throw new OutOfBoundsError(`row ${r}`);
    this.rowNumber = number;
    this.row = this.rows[number - 1];
    this.column = 0;
  }

  private openCell(attributes: XmlAttributes): void {
    const r = attributes.r;
    let column = this.column + 1;
    if (r !== undefined) {
      column = referenceColumn(r, 0, r.length, this.context.limits.rows);
      if (column < 0) {
        // Not the plain "B7" every writer uses: "$B$7", or garbage.
        const match = CELL_REFERENCE.exec(r);
        if (!match || match[1]!.length > 3) throw new OutOfBoundsError(`cell ${r}`);
        column = columnNumber(match[1]!);
        if (Number(match[2]) > this.context.limits.rows) throw new OutOfBoundsError(`cell ${r}`);
      }
      if (column > this.context.limits.columns) throw new OutOfBoundsError(`cell ${r}`);
    } else if (column > this.context.limits.columns) {
      throw new OutOfBoundsError(`cell ${column}`);
    }
    const s = attributes.s;
    this.beginCell(column, attributes.t, s === undefined ? 0 : parseInt(s, 10));
  }

  private beginCell(column: number, type: string | undefined, styleIndex: number): void {
    this.column = column;
    this.type = type;
    this.styleIndex = styleIndex;
    this.hasContent = false;
    this.isFormula = false;
    this.value = undefined;
    this.runs = undefined;
    this.textTarget = 0;
  }

  /** `known` is the cell's value when the caller has already made it. */
  private closeCell(known?: RawCell): void {
    this.textTarget = 0;
    this.inRun = false;
    this.inPhonetic = false;
    if (!this.hasContent) return;
    this.keepCell(known);
  }

  /** What `beginCell` and then `closeCell` with the value do, for a plain cell whose value is made. */
  private keepPlainCell(column: number, cell: RawCell): void {
    this.column = column;
    this.textTarget = 0;
    this.inRun = false;
    this.inPhonetic = false;
    this.keepCell(cell);
  }

  private keepCell(known: RawCell | undefined): void {
    if (this.rowNumber === 0) this.openRow(undefined);
    if (this.rowNumber > this.lastRow) this.lastRow = this.rowNumber;
    if (this.column > this.lastColumn) this.lastColumn = this.column;
    const cell = known ?? (this.isFormula ? this.formulaResult() : this.plainValue());
    if (cell === EMPTY_CELL) return;
    let row = this.row;
    if (row === undefined) {
      row = this.row = [];
      this.rows[this.rowNumber - 1] = row;
    }
    row[this.column - 1] = cell;
  }

  /** A formula's cached result, typed by `t` as Excel saved it; no result (never calculated) is an empty cell. */
  private formulaResult(): RawCell {
    const value = this.value;
    if (value === undefined || value === "") return EMPTY_CELL;
    switch (this.type) {
      case "str":
        return this.textCell(value);
      case "b":
        return { kind: "boolean", value: parseInt(value, 10) !== 0 };
      case "e":
        // Kept as the error it is, also under a date format (exceljs turned that into an Invalid Date).
        return { kind: "error", code: value };
      default:
        return this.numeric(parseFloat(value), this.styleIndex);
    }
  }

  private plainValue(): RawCell {
    const value = this.runs ?? this.value;
    if (value === undefined) return EMPTY_CELL;
    switch (this.type) {
      case "s":
        return this.sharedStringCell(parseInt(value, 10));
      case "str":
      case "inlineStr":
        return this.textCell(value);
      case "b":
        return { kind: "boolean", value: parseInt(value, 10) !== 0 };
      case "e":
        return { kind: "error", code: value };
      case "d":
        return isoDateCell(value);
      default:
        return this.numeric(parseFloat(value), this.styleIndex);
    }
  }

  /** A number cell, or a date cell when style `index` has a date format. */
  private numeric(value: number, index: number): RawCell {
    const styles = this.context.styles;
    if (styles.isDate[index]) return this.dates.cellOf(value);
    return numberCell(value, styles.numberFormats[index]);
  }

  private textCell(text: string): RawCell {
    return text === "" ? EMPTY_CELL : this.texts.cellAt(this.column, text, 0, text.length);
  }

  private sharedStringCell(index: number): RawCell {
    let cell = this.sharedStringCells[index];
    if (cell === undefined) {
      // Copied out of the part's text already (shared-strings-part.ts).
      const text = this.context.sharedStrings[index];
      if (text === undefined) return EMPTY_CELL;
      cell = textOrEmpty(text);
      this.sharedStringCells[index] = cell;
    }
    return cell;
  }

  result(): SheetPartResult {
    const merges = this.keptMerges();
    const rows = this.rows;
    for (const merge of merges) emptyCoveredCells(rows, merge);

    const grid: ReadonlyArray<RawCell>[] = new Array(rows.length);
    let lastUsedRow = 0;
    let widest = 0;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      let last = row ? row.length - 1 : -1;
      while (last >= 0 && (row![last] === undefined || row![last] === EMPTY_CELL)) last--;
      if (last < 0) {
        grid[r] = NO_CELLS;
        continue;
      }
      // Sized on the last non-empty cell, holes filled with the one empty cell.
      row!.length = last + 1;
      for (let c = 0; c < last; c++) if (row![c] === undefined) row![c] = EMPTY_CELL;
      grid[r] = row!;
      lastUsedRow = r + 1;
      if (last + 1 > widest) widest = last + 1;
    }
    grid.length = lastUsedRow;

    return {
      grid: { firstRow: 1, firstColumn: 1, rows: grid, hiddenColumns: this.hiddenColumns(widest), merges },
      tableRelationshipIds: this.tableIds,
    };
  }

  /**
   * Merged areas as Excel shows them, bounded: cut at the last row and column with content (a merge down
   * to row 1,048,576 is a formatting habit, not data), those wholly past it dropped, at most
   * `limits.merges` kept, and one overlapping an earlier one dropped (Excel never writes that).
   */
  private keptMerges(): GridRange[] {
    const { limits } = this.context;
    const kept: GridRange[] = [];
    for (const ref of this.mergeRefs) {
      const range = parseRange(ref);
      if (!range) continue;
      if (range.top > this.lastRow || range.left > this.lastColumn) continue;
      if (kept.length >= limits.merges) break;
      const bottom = Math.min(range.bottom, Math.max(range.top, this.lastRow));
      const right = Math.min(range.right, Math.max(range.left, this.lastColumn));
      const merge = { top: range.top, left: range.left, bottom, right };
      if (kept.some((other) => intersects(other, merge))) continue;
      kept.push(merge);
    }
    return kept;
  }

  /** Hidden columns that can hold data; a `<col>` run hiding A:XFD costs only up to the widest row. */
  private hiddenColumns(widest: number): number[] {
    const hidden: number[] = [];
    // When definitions overlap, a column takes the first one (by `min`) that reaches it.
    const sorted = [...this.columns].sort((a, b) => a.min - b.min);
    let next = 1;
    for (const definition of sorted) {
      const from = Math.max(next, definition.min);
      if (definition.hidden) for (let n = from; n <= Math.min(definition.max, widest); n++) hidden.push(n);
      next = Math.max(next, definition.max + 1);
    }
    return hidden;
  }
}

const ROW_END_LENGTH = 6;

/** `</row>` at `at`, wholly in the text (no character past its end is read). */
function isRowEnd(text: string, at: number): boolean {
  return (
    at + ROW_END_LENGTH <= text.length &&
    text.charCodeAt(at) === 60 &&
    text.charCodeAt(at + 1) === 47 &&
    text.charCodeAt(at + 2) === 114 &&
    text.charCodeAt(at + 3) === 111 &&
    text.charCodeAt(at + 4) === 119 &&
    text.charCodeAt(at + 5) === 62
  );
}

/**
 * The column of a plain cell reference ("B7", "xfd12") at `from`..`to` of `text`, read in one pass
 * because it runs once per cell; -1 when the reference is not 1–3 letters then a row number up to `maxRow`.
 */
function referenceColumn(text: string, from: number, to: number, maxRow: number): number {
  let column = 0;
  let i = from;
  for (; i < to && i < from + 4; i++) {
    const c = text.charCodeAt(i) | 32; // lower case
    if (c < 97 || c > 122) break;
    column = column * 26 + (c - 96);
  }
  if (i === from || i > from + 3 || i === to) return -1;
  let row = 0;
  for (let k = i; k < to; k++) {
    const d = text.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    row = row * 10 + d;
  }
  return row >= 1 && row <= maxRow ? column : -1;
}

/** Only the top-left cell of a merged area holds its value; Excel ignores what the others hold. */
function emptyCoveredCells(rows: Array<RawCell[] | undefined>, merge: GridRange): void {
  const last = Math.min(merge.bottom, rows.length);
  for (let r = merge.top; r <= last; r++) {
    const row = rows[r - 1];
    if (!row) continue;
    const from = r === merge.top ? merge.left + 1 : merge.left;
    const to = Math.min(merge.right, row.length);
    for (let c = from; c <= to; c++) if (row[c - 1] !== undefined) row[c - 1] = EMPTY_CELL;
  }
}

function intersects(a: GridRange, b: GridRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** "B2:D9" or "B2" (a one-cell merge), corners in any order, as a range. */
export function parseRange(ref: string): GridRange | undefined {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!match) return undefined;
  const r1 = Number(match[2]);
  const c1 = columnNumber(match[1]!);
  const r2 = match[4] ? Number(match[4]) : r1;
  const c2 = match[3] ? columnNumber(match[3]) : c1;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}
