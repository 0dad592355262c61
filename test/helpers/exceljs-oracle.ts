import { ValueType, Workbook, type Worksheet } from "exceljs";
import { guardXlsx } from "../../src/adapters/xlsx/xlsx-guard";
import { columnNumber } from "../../src/domain/cell/a1";
import { EMPTY_CELL, type RawCell } from "../../src/domain/cell/raw-cell";
import type { GridRange, GridTable, SheetGrid, WorkbookGrid } from "../../src/domain/cell/sheet-grid";

/**
 * The .xlsx reading the project shipped before its own reader: exceljs 4.4.0 after `guardXlsx`, converted
 * to the domain's grid. Kept only as the oracle the new reader is compared with (exceljs is a
 * devDependency); it throws whatever exceljs throws.
 */
export async function readWithExceljs(bytes: Uint8Array): Promise<WorkbookGrid> {
  const guarded = guardXlsx(bytes, "oracle.xlsx");
  const workbook = new Workbook();
  // exceljs types its Buffer as an ArrayBuffer; at run time it wants Node's Buffer.
  await workbook.xlsx.load(Buffer.from(guarded.buffer, guarded.byteOffset, guarded.byteLength) as unknown as ArrayBuffer);
  return { sheets: workbook.worksheets.map(worksheetToGrid) };
}

// exceljs 4.4.0 (pinned) keeps rows and cells in sparse arrays; walking them directly avoids a closure
// call and an address lookup per cell, which is most of the conversion cost on a 100,000-row sheet.
interface ExcelCell {
  readonly type: ValueType;
  readonly value: unknown;
  readonly result: unknown;
  readonly text: unknown;
  readonly numFmt: string | undefined;
}
interface ExcelRow {
  readonly _cells: ReadonlyArray<ExcelCell | undefined>;
}
interface ExcelSheetInternals {
  readonly _rows: ReadonlyArray<ExcelRow | undefined>;
  readonly _merges: Readonly<Record<string, GridRange>>;
  readonly _columns: ReadonlyArray<{ readonly number: number; readonly hidden: boolean }> | null;
  readonly tables: Readonly<Record<string, { readonly table: ExcelTableModel }>>;
}
interface ExcelTableModel {
  readonly name?: string;
  readonly displayName?: string;
  readonly tableRef?: string;
  readonly totalsRow?: boolean;
}

const NO_CELLS: ReadonlyArray<RawCell> = Object.freeze([]);

export function worksheetToGrid(worksheet: Worksheet): SheetGrid {
  const sheet = worksheet as unknown as ExcelSheetInternals;
  const excelRows = sheet._rows;
  const rows: ReadonlyArray<RawCell>[] = [];
  let lastUsedRow = 0;
  let widest = 0;
  for (let r = 0; r < excelRows.length; r++) {
    const cells = excelRows[r]?._cells;
    let converted: RawCell[] | undefined;
    if (cells) {
      for (let c = cells.length - 1; c >= 0; c--) {
        const excelCell = cells[c];
        const cell = excelCell ? toRawCell(excelCell) : EMPTY_CELL;
        if (cell === EMPTY_CELL && converted === undefined) continue;
        // Sized on the last non-empty cell, so trailing formatted-but-empty cells cost nothing.
        converted ??= new Array<RawCell>(c + 1);
        converted[c] = cell;
      }
    }
    if (converted) {
      rows.push(converted);
      lastUsedRow = r + 1;
      if (converted.length > widest) widest = converted.length;
    } else {
      rows.push(NO_CELLS);
    }
  }
  rows.length = lastUsedRow;

  return {
    name: worksheet.name,
    firstRow: 1,
    firstColumn: 1,
    rows,
    tables: tablesOf(sheet),
    hiddenColumns: hiddenColumnsOf(sheet, widest),
    merges: Object.values(sheet._merges).map(({ top, left, bottom, right }) => ({ top, left, bottom, right })),
    ...(worksheet.state === "hidden" || worksheet.state === "veryHidden" ? { hidden: true } : {}),
  };
}

// Read once: the enum is a property of the exceljs module, looked up on every use.
const { Null, Merge, String: Text, SharedString, Number: Numeric, Formula, Hyperlink } = ValueType;

function toRawCell(cell: ExcelCell): RawCell {
  switch (cell.type) {
    case Null:
    case Merge:
      // exceljs answers a merged slave with its master's value; in the grid only the master holds it.
      return EMPTY_CELL;
    case Text:
    case SharedString:
      // An empty shared string (`<si></si>`) arrives as an object, not "": read whatever came.
      return typeof cell.value === "string" ? (cell.value === "" ? EMPTY_CELL : { kind: "text", text: cell.value }) : valueCell(cell.value, cell.numFmt);
    case Numeric:
      return numberCell(cell.value as number, cell.numFmt);
    case Formula:
      return valueCell(cell.result, cell.numFmt);
    case Hyperlink:
      return valueCell(cell.text, cell.numFmt);
    default:
      return valueCell(cell.value, cell.numFmt);
  }
}

/** Any value exceljs can hand back (cached formula results included), faithfully. */
function valueCell(value: unknown, numFmt: string | undefined): RawCell {
  switch (typeof value) {
    case "undefined":
      return EMPTY_CELL;
    case "string":
      return value === "" ? EMPTY_CELL : { kind: "text", text: value };
    case "number":
      return numberCell(value, numFmt);
    case "boolean":
      return { kind: "boolean", value };
  }
  if (value === null || typeof value !== "object") return EMPTY_CELL;
  if (value instanceof Date) {
    // exceljs turns the serial of a date-formatted cell into a Date at UTC midnight. A formula error in a
    // date-formatted cell arrives as an Invalid Date: the error code is lost, but it stays an error.
    if (Number.isNaN(value.getTime())) return { kind: "error", code: "#VALUE!" };
    return { kind: "date", year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  const object = value as { richText?: ReadonlyArray<{ text: string }>; error?: string; text?: unknown };
  if (object.richText) {
    let text = "";
    for (const run of object.richText) text += run.text;
    return text === "" ? EMPTY_CELL : { kind: "text", text };
  }
  if (typeof object.error === "string") return { kind: "error", code: object.error };
  if ("text" in object) return valueCell(object.text, numFmt);
  return EMPTY_CELL;
}

function numberCell(value: number, numFmt: string | undefined): RawCell {
  if (numFmt === undefined || numFmt === "General") return { kind: "number", value, numberFormat: numFmt };
  return { kind: "number", value, numberFormat: numFmt, display: zeroPaddedDisplay(value, numFmt) };
}

/**
 * Villages keep NIKs as numbers under a "0000000000000000" format so Excel shows the leading zero; only
 * that family of formats is rendered here, because other formats depend on the reader's locale.
 */
function zeroPaddedDisplay(value: number, numFmt: string): string | undefined {
  if (!/^0+$/.test(numFmt) || !(value >= 0) || !Number.isSafeInteger(Math.round(value))) {
    return undefined;
  }
  return String(Math.round(value)).padStart(numFmt.length, "0");
}

function tablesOf(sheet: ExcelSheetInternals): GridTable[] {
  const tables: GridTable[] = [];
  for (const { table } of Object.values(sheet.tables ?? {})) {
    const range = table.tableRef ? decodeRange(table.tableRef) : undefined;
    if (!range) continue;
    // exceljs reads `headerRowCount` as absent-means-none, but Excel omits it when it is the default 1;
    // tables without a header row are rare enough that the first row is always taken as the header.
    tables.push({
      name: table.displayName ?? table.name ?? "",
      headerRow: range.top,
      firstColumn: range.left,
      lastColumn: range.right,
      lastRow: table.totalsRow ? range.bottom - 1 : range.bottom,
    });
  }
  return tables;
}

function hiddenColumnsOf(sheet: ExcelSheetInternals, widest: number): number[] {
  const hidden: number[] = [];
  // A sheet may hide every column up to XFD; only those that can hold data are worth reporting.
  for (const column of sheet._columns ?? []) {
    if (column.hidden && column.number <= widest) hidden.push(column.number);
  }
  return hidden;
}

function decodeRange(ref: string): GridRange | undefined {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!match) return undefined;
  const left = columnNumber(match[1]!);
  const top = Number(match[2]);
  return {
    top,
    left,
    bottom: match[4] ? Number(match[4]) : top,
    right: match[3] ? columnNumber(match[3]) : left,
  };
}

