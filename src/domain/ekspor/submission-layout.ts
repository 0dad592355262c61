import { columnLetters } from "../cell/a1";
import type { LayoutCell, LayoutStyle, SheetLayout } from "../layout/sheet-layout";
import { rejectedRowCells, REJECTED_HEADERS } from "./rejected-rows";
import type { Submission } from "./submission";

/**
 * The sheets of a submission described once, for every writer: the CLI's .xlsx, the pane's .xlsx and the
 * pane's "add as sheets" fallback write these layouts and nothing else, so the files agree.
 */
export interface SubmissionSheetLayout {
  readonly name: string;
  /** "main": the file to upload; "companion": Ditolak and Keterangan when the template wants them apart. */
  readonly file: "main" | "companion";
  /** What the sheet is: the writers add the list of cut cells to "keterangan", written last. */
  readonly role: "extra" | "main" | "ditolak" | "keterangan";
  readonly layout: SheetLayout;
}

/** Header shading of the submission's sheets: a light yellow, as the BPJS branch forms use. */
export const SUBMISSION_HEADER_FILL = "#FFF2CC";
const MONEY = "#,##0";
const MONEY_SOURCES = new Set(["penghasilan", "dasar_penghasilan"]);

/**
 * The sheets in the order they are written: the template's extra sheets placed before it, the submission
 * sheet, the extra sheets after it, then "Ditolak" (every left-out row with its reasons) and "Keterangan"
 * (how the file was made), in the same file or apart as the template says.
 */
export function submissionLayouts(submission: Submission, keterangan: ReadonlyArray<readonly [string, string]>): SubmissionSheetLayout[] {
  const companionFile = submission.template.companionSheets === "separate-workbook" ? "companion" : "main";
  const extras = (position: "before" | "after") =>
    submission.extraSheets.filter((extra) => extra.position === position).map((extra) => keyValueLayout(extra.name, extra.rows, "main", "extra", 24, 60));
  return [...extras("before"), mainLayout(submission), ...extras("after"), rejectedLayout(submission, companionFile), keyValueLayout("Keterangan", keterangan, companionFile, "keterangan", 32, 100)];
}

/**
 * The same label/value sheet with one more row: a writer that cut cells at Excel's limit names them in
 * "Keterangan", which it writes last for that reason.
 */
export function withKeyValueRow(sheet: SubmissionSheetLayout, label: string, value: string): SubmissionSheetLayout {
  return { ...sheet, layout: { ...sheet.layout, cells: [...sheet.layout.cells, [label, value]] } };
}

function mainLayout(submission: Submission): SubmissionSheetLayout {
  const columns = submission.columns;
  const cells: Array<ReadonlyArray<LayoutCell>> = [];
  const styles: LayoutStyle[] = [];
  for (let r = 1; r < submission.headerRow; r++) {
    const title = submission.titleRows[r - 1];
    cells.push(title === undefined ? [] : [title]);
    if (title !== undefined) styles.push({ range: `A${r}`, bold: true });
  }
  cells.push(submission.headers, ...submission.rows);
  styles.push(headerStyle(submission.headerRow, columns.length));
  return {
    name: submission.sheetName,
    file: "main",
    role: "main",
    layout: {
      cells,
      columnWidths: columns.map((c) => c.width ?? Math.max(10, c.header.length + 2)),
      textColumns: columnsWhere(columns, (c) => c.text),
      columnFormats: columns.map((c) => (!c.text && MONEY_SOURCES.has(c.source) ? MONEY : null)),
      styles,
      frozenRows: submission.headerRow,
    },
  };
}

function rejectedLayout(submission: Submission, file: SubmissionSheetLayout["file"]): SubmissionSheetLayout {
  const cells: Array<ReadonlyArray<LayoutCell>> = [REJECTED_HEADERS];
  for (const rejected of submission.rejected) cells.push(rejectedRowCells(rejected));
  if (submission.rejected.length === 0) cells.push([null, "Tidak ada baris yang ditolak."]);
  return {
    name: "Ditolak",
    file,
    role: "ditolak",
    layout: { cells, columnWidths: [8, 28, 20, 24, 90], textColumns: [2, 3, 4, 5], wrapColumns: [5], styles: [headerStyle(1, REJECTED_HEADERS.length)], frozenRows: 1 },
  };
}

function keyValueLayout(
  name: string,
  rows: ReadonlyArray<readonly [string, string]>,
  file: SubmissionSheetLayout["file"],
  role: SubmissionSheetLayout["role"],
  labelWidth: number,
  valueWidth: number,
): SubmissionSheetLayout {
  return { name, file, role, layout: { cells: rows, columnWidths: [labelWidth, valueWidth], textColumns: [1, 2], wrapColumns: [2] } };
}

function headerStyle(row: number, width: number): LayoutStyle {
  return { range: `A${row}:${columnLetters(Math.max(1, width))}${row}`, bold: true, fill: SUBMISSION_HEADER_FILL };
}

function columnsWhere<C>(columns: ReadonlyArray<C>, test: (column: C) => boolean): number[] {
  return columns.flatMap((column, i) => (test(column) ? [i + 1] : []));
}
