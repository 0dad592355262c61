import { cellText, EMPTY_CELL, isBlank, type RawCell } from "../cell/raw-cell";
import type { GridRange, SheetGrid } from "../cell/sheet-grid";
import { headerMatcher, type HeaderMatcher } from "./header-match";
import { sameHeader } from "./same-header";
import type { MappedColumn } from "./worker-table";

export interface LocateTableOptions<F extends string> {
  /** The header texts each field goes by; compared after `normaliseHeader`. */
  readonly synonyms: Readonly<Record<F, readonly string[]>>;
  /** A header row must name at least this many distinct fields. Default 3. */
  readonly minFields?: number;
  /** How many rows from the top are searched for the header row. Default 20. */
  readonly scanRows?: number;
  /**
   * Fields that label a group of rows, which villages merge down over the group (one "Dusun Krajan"
   * over twenty workers): the label is copied into every covered row. Identity fields never are.
   */
  readonly groupFields?: ReadonlyArray<NoInfer<F>>;
  /**
   * A row with all of these blank is not a record, whatever else it holds: a footer, a signature line,
   * a template row with only a pre-filled "No" or a formula. Default: every mapped field.
   */
  readonly identityFields?: ReadonlyArray<NoInfer<F>>;
}

export interface LocatedRow<F extends string> {
  /** 1-based row on the sheet. */
  readonly row: number;
  readonly cells: Partial<Record<F, RawCell>>;
}

/** `WorkerTable` is this for the worker fields; the DTKS reader uses it with its own fields. */
export interface LocatedTable<F extends string> {
  readonly sheet: string;
  readonly headerRow: number;
  readonly mapping: Partial<Record<F, MappedColumn>>;
  readonly unmappedHeaders: ReadonlyArray<MappedColumn>;
  readonly rows: ReadonlyArray<LocatedRow<F>>;
  readonly foundBy: "tabel" | "judul";
  readonly tableName?: string;
}

export type LocateTableResult<F extends string> =
  | { readonly found: true; readonly table: LocatedTable<F> }
  /** `closest` is the header row that came nearest, to tell the user which headers were recognised. */
  | { readonly found: false; readonly closest?: { readonly row: number; readonly fields: ReadonlyArray<F> } };

/** Where a table's header is and what it maps; the cheap first half of locating, enough to compare sheets. */
export interface TableHeader<F extends string> {
  readonly sheet: string;
  readonly headerRow: number;
  /** The last row of a header whose cells are merged downwards; data start below it. */
  readonly lastHeaderRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly mapping: Partial<Record<F, MappedColumn>>;
  readonly unmappedHeaders: ReadonlyArray<MappedColumn>;
  readonly foundBy: "tabel" | "judul";
  readonly tableName?: string;
}

export const DEFAULT_MIN_FIELDS = 3;
export const DEFAULT_SCAN_ROWS = 20;

/** Finds the table on one sheet and returns its data rows. */
export function locateTable<F extends string>(grid: SheetGrid, options: LocateTableOptions<F>): LocateTableResult<F> {
  const search = findTableHeader(grid, options);
  if (!search.found) return search;
  return { found: true, table: readTableRows(grid, search.header, options) };
}

export function findTableHeader<F extends string>(
  grid: SheetGrid,
  options: LocateTableOptions<F>,
): { readonly found: true; readonly header: TableHeader<F> } | { readonly found: false; readonly closest?: { row: number; fields: F[] } } {
  const sheet = new SheetView(grid);
  const matcher = headerMatcher(options.synonyms);
  const minFields = options.minFields ?? DEFAULT_MIN_FIELDS;

  // An Excel table says exactly where the data are, so it wins when its headers are the right ones.
  let best: TableHeader<F> | undefined;
  for (const table of grid.tables ?? []) {
    const reading = readingOf(headerCells(sheet, matcher, table.headerRow, table.firstColumn, table.lastColumn, false));
    if (reading.fields < minFields || (best && fieldCount(best) >= reading.fields)) continue;
    best = {
      sheet: grid.name,
      headerRow: table.headerRow,
      lastHeaderRow: table.headerRow,
      lastRow: Math.min(table.lastRow, sheet.lastRow),
      firstColumn: table.firstColumn,
      lastColumn: table.lastColumn,
      mapping: reading.mapping,
      unmappedHeaders: reading.unmapped,
      foundBy: "tabel",
      tableName: table.name,
    };
  }
  if (best) return { found: true, header: best };

  // Otherwise the header is the row, among the first few, that names the most fields: with a two-row
  // header ("Identitas" over "NIK | Nama") that is the lower row once the upper one fills its gaps.
  let bestReading: HeaderReading<F> | undefined;
  let bestRow = 0;
  const lastScanned = Math.min(sheet.lastRow, grid.firstRow + (options.scanRows ?? DEFAULT_SCAN_ROWS) - 1);
  for (let row = grid.firstRow; row <= lastScanned; row++) {
    const cells = headerCells(sheet, matcher, row, sheet.firstColumn, sheet.lastColumn, true);
    // A row whose own cells name no field (a title, a worker's row) is never the header: nothing more to work out.
    if (!cells.some((cell) => cell.own && cell.field !== undefined)) continue;
    const reading = readingOf(cells);
    if (reading.ownFields === 0) continue;
    if (!bestReading || reading.fields > bestReading.fields) {
      bestReading = reading;
      bestRow = row;
    }
  }
  if (!bestReading || bestReading.fields < minFields) {
    return {
      found: false,
      closest: bestReading ? { row: bestRow, fields: Object.keys(bestReading.mapping) as F[] } : undefined,
    };
  }
  return {
    found: true,
    header: {
      sheet: grid.name,
      headerRow: bestRow,
      lastHeaderRow: sheet.lastMergedRowFrom(bestRow),
      lastRow: sheet.lastRow,
      firstColumn: sheet.firstColumn,
      lastColumn: sheet.lastColumn,
      mapping: bestReading.mapping,
      unmappedHeaders: bestReading.unmapped,
      foundBy: "judul",
    },
  };
}

/** Every worker row under the header, without blank rows, repeated headers, numbering rows and footers. */
export function readTableRows<F extends string>(
  grid: SheetGrid,
  header: TableHeader<F>,
  options: LocateTableOptions<F>,
): LocatedTable<F> {
  const sheet = new SheetView(grid);
  const mapped = (Object.keys(header.mapping) as F[]).map((field) => {
    const { column, header: text } = header.mapping[field]!;
    const labels = options.groupFields?.includes(field) ? sheet.mergedDown(column) : undefined;
    return {
      field,
      column,
      // The cell's place in a row of the grid, worked out once instead of for each row.
      index: column - sheet.firstColumn,
      // Compared with each cell to spot a repeated header: a page header is a copy of the first one.
      header: text.toLowerCase(),
      // Undefined when no merge covers the column (nearly always): nothing to look up for an empty cell.
      labels: labels !== undefined && labels.size > 0 ? labels : undefined,
    };
  });
  const identity = mapped.filter(({ field }) => options.identityFields?.includes(field) ?? true).map(({ column }) => column);
  const repeatedHeaderThreshold = Math.min(2, mapped.length);
  // Every row's cells start as a copy of this (the mapped fields, in mapping order): copying an object of
  // the final shape is cheaper than growing a new one a field at a time, 100,000 times.
  const blankRow = recordOf(
    mapped.map(({ field }) => field),
    EMPTY_CELL,
  );

  const rows: LocatedRow<F>[] = [];
  let underHeader = true;
  for (let row = header.lastHeaderRow + 1; row <= header.lastRow; row++) {
    const line = sheet.rowCells(row);
    if (allBlank(sheet, line, identity)) continue;
    const cells: Partial<Record<F, RawCell>> = { ...blankRow };
    let headerLike = 0;
    for (let k = 0; k < mapped.length; k++) {
      const { field, index, header: text, labels } = mapped[k]!;
      let cell = line?.[index] ?? EMPTY_CELL;
      if (labels !== undefined && cell.kind === "empty") cell = labels.get(row) ?? cell;
      cells[field] = cell;
      if (cell.kind === "text" && sameHeader(cell.text, text)) headerLike++;
    }
    if (headerLike >= repeatedHeaderThreshold) {
      // Long lists printed over several pages repeat the header, often followed by its numbering row.
      underHeader = true;
      continue;
    }
    if (underHeader && isNumberingRow(sheet, row, header.firstColumn, header.lastColumn)) continue;
    underHeader = false;
    if (isFooterRow(sheet, line, header.firstColumn, header.lastColumn)) continue;
    rows.push({ row, cells });
  }

  return {
    sheet: header.sheet,
    headerRow: header.headerRow,
    mapping: header.mapping,
    unmappedHeaders: header.unmappedHeaders,
    rows,
    foundBy: header.foundBy,
    ...(header.tableName !== undefined ? { tableName: header.tableName } : {}),
  };
}

/**
 * An object with these keys, in this order, each set to `value`. Built by `JSON.parse` because V8 then
 * keeps every property inside the object itself: an object grown key by key keeps only its first four
 * there and the rest in a second array, so each of the 100,000 row copies made from it would be two
 * allocations instead of one, and larger.
 */
function recordOf<K extends string, V>(keys: readonly K[], value: V): Record<K, V> {
  const record = JSON.parse(JSON.stringify(Object.fromEntries(keys.map((key) => [key, 0])))) as Record<K, V>;
  for (const key of keys) record[key] = value;
  return record;
}

export function fieldCount(header: { readonly mapping: object }): number {
  return Object.keys(header.mapping).length;
}

interface HeaderReading<F extends string> {
  readonly mapping: Partial<Record<F, MappedColumn>>;
  readonly unmapped: MappedColumn[];
  readonly fields: number;
  /** Fields named by the row's own cells, not borrowed from the row above. */
  readonly ownFields: number;
}

interface HeaderCell<F extends string> {
  readonly column: number;
  readonly header: string;
  readonly field?: F;
  readonly exact: boolean;
  readonly own: boolean;
}

/** A row's texts and the field each names, with the texts borrowed from above when `borrowFromAbove`. */
function headerCells<F extends string>(
  sheet: SheetView,
  matcher: HeaderMatcher<F>,
  row: number,
  firstColumn: number,
  lastColumn: number,
  borrowFromAbove: boolean,
): HeaderCell<F>[] {
  const cells: HeaderCell<F>[] = [];
  for (let column = firstColumn; column <= lastColumn; column++) {
    let text = cellText(sheet.cell(row, column));
    let own = true;
    if (text === undefined && borrowFromAbove) {
      own = false;
      // A header merged down from an upper header row ("NIK" over two rows, beside "Alamat" over "RT | RW").
      const master = sheet.verticalMasterOf(row, column);
      text = master ? cellText(sheet.cell(master.top, column)) : undefined;
      // The same layout typed without merging: borrowed only when it names a field, never a title.
      if (text === undefined && row > sheet.firstRow) {
        const above = cellText(sheet.cell(row - 1, column));
        if (above !== undefined && matcher.match(above)) text = above;
      }
    }
    if (text === undefined) continue;
    const header = text.replace(/\s+/g, " ");
    // A numbering column ("No", "No. Urut") names no field: the matcher says so itself.
    const match = matcher.match(header);
    cells.push({ column, header, field: match?.field, exact: match?.exact ?? false, own });
  }
  return cells;
}

function readingOf<F extends string>(cells: ReadonlyArray<HeaderCell<F>>): HeaderReading<F> {
  // Exact names first, then "contains" matches, each left to right: the first column claiming a field
  // keeps it and a later duplicate is reported as a column we ignore.
  const mapping: Partial<Record<F, MappedColumn>> = {};
  const taken = new Set<HeaderCell<F>>();
  let ownFields = 0;
  for (const exact of [true, false]) {
    for (const cell of cells) {
      if (cell.field === undefined || cell.exact !== exact || mapping[cell.field]) continue;
      mapping[cell.field] = { column: cell.column, header: cell.header };
      taken.add(cell);
      if (cell.own) ownFields++;
    }
  }
  const unmapped = cells
    .filter((cell) => !taken.has(cell))
    .map(({ column, header }) => ({ column, header }));
  return { mapping, unmapped, fields: taken.size, ownFields };
}

const SEQUENCE_CELL = /^\(?\s*(\d{1,3})\s*\)?\.?$/;

/** "1 | 2 | 3 | 4" or "(1) | (2) | (3)" under a header: the column numbering of government forms. */
function isNumberingRow(sheet: SheetView, row: number, firstColumn: number, lastColumn: number): boolean {
  let previous = -1;
  let count = 0;
  for (let column = firstColumn; column <= lastColumn; column++) {
    const cell = sheet.cell(row, column);
    if (isBlank(cell)) continue;
    let value: number;
    if (cell.kind === "number" && Number.isInteger(cell.value)) value = cell.value;
    else if (cell.kind === "text" && SEQUENCE_CELL.test(cell.text.trim())) value = Number(SEQUENCE_CELL.exec(cell.text.trim())![1]);
    else return false;
    if (value <= previous) return false;
    previous = value;
    count++;
  }
  return count >= 3;
}

const FOOTER = /^\s*(jumlah|total|sub\s*total|grand\s*total)/i;

function allBlank(sheet: SheetView, line: ReadonlyArray<RawCell> | undefined, columns: readonly number[]): boolean {
  for (let k = 0; k < columns.length; k++) if (!isBlank(sheet.cellIn(line, columns[k]!))) return false;
  return true;
}

/** "JUMLAH" or "TOTAL" as the row's first filled cell: a total line under the list, not a person. */
function isFooterRow(sheet: SheetView, line: ReadonlyArray<RawCell> | undefined, firstColumn: number, lastColumn: number): boolean {
  for (let column = firstColumn; column <= lastColumn; column++) {
    const cell = sheet.cellIn(line, column);
    if (isBlank(cell)) continue;
    return cell.kind === "text" && FOOTER.test(cell.text);
  }
  return false;
}

/** Cell access in sheet coordinates over a grid that may start anywhere and have ragged rows. */
class SheetView {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** Only merges spanning rows matter to headers and labels; merged titles span columns. */
  private readonly verticalMerges: ReadonlyArray<GridRange>;

  constructor(private readonly grid: SheetGrid) {
    this.firstRow = grid.firstRow;
    this.firstColumn = grid.firstColumn;
    let lastRow = grid.firstRow - 1;
    let width = 0;
    for (let i = 0; i < grid.rows.length; i++) {
      const cells = grid.rows[i]!;
      if (cells.length === 0) continue;
      lastRow = grid.firstRow + i;
      if (cells.length > width) width = cells.length;
    }
    this.lastRow = lastRow;
    this.lastColumn = grid.firstColumn + width - 1;
    this.verticalMerges = (grid.merges ?? []).filter((m) => m.bottom > m.top);
  }

  cell(row: number, column: number): RawCell {
    return this.grid.rows[row - this.firstRow]?.[column - this.firstColumn] ?? EMPTY_CELL;
  }

  /** A row's cells, to read several of them with `cellIn` without finding the row each time. */
  rowCells(row: number): ReadonlyArray<RawCell> | undefined {
    return this.grid.rows[row - this.firstRow];
  }

  cellIn(cells: ReadonlyArray<RawCell> | undefined, column: number): RawCell {
    return cells?.[column - this.firstColumn] ?? EMPTY_CELL;
  }

  /** The merge that covers this cell from a master higher up in the same column, if any. */
  verticalMasterOf(row: number, column: number): GridRange | undefined {
    return this.verticalMerges.find((m) => m.left === column && m.top < row && row <= m.bottom);
  }

  /** The last row reached by a header cell merged downwards from `row`. */
  lastMergedRowFrom(row: number): number {
    let last = row;
    for (const m of this.verticalMerges) {
      if (m.top <= row && row <= m.bottom && m.bottom > last && m.bottom - m.top < DEFAULT_SCAN_ROWS) last = m.bottom;
    }
    return last;
  }

  /** For a column, the master cell of each row covered by a vertical merge below its master. */
  mergedDown(column: number): ReadonlyMap<number, RawCell> {
    const labels = new Map<number, RawCell>();
    for (const m of this.verticalMerges) {
      if (m.left !== column) continue;
      const master = this.cell(m.top, column);
      for (let row = m.top + 1; row <= m.bottom; row++) labels.set(row, master);
    }
    return labels;
  }
}
