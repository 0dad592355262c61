import type { CellValue } from "../../adapters/office";
import type { Submission } from "../../domain/ekspor";
import { rejectedRowCells, REJECTED_HEADERS } from "../../domain/ekspor/rejected-rows";

/**
 * One sheet of the submission as plain rows: what the .xlsx writer and the "add as sheets" fallback both
 * write, so the two give the same sheets. Text columns hold digit strings (NIK, No. KK, HP) that must be
 * written as text cells with the "@" format set before the values.
 */
export interface SubmissionSheet {
  readonly name: string;
  /** "main": the file to upload; "companion": Ditolak and Keterangan when the template wants them apart. */
  readonly file: "main" | "companion";
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** 1-based columns written as text ("@"). */
  readonly textColumns: ReadonlyArray<number>;
  /** 1-based columns of rupiah amounts ("#,##0"). */
  readonly moneyColumns: ReadonlyArray<number>;
  /** 1-based columns whose long text wraps. */
  readonly wrapColumns: ReadonlyArray<number>;
  /** Column widths in characters. */
  readonly widths: ReadonlyArray<number>;
  /** 1-based header row (bold, shaded, frozen), or 0 for a label/value sheet. */
  readonly headerRow: number;
}

const MONEY_SOURCES = new Set(["penghasilan", "dasar_penghasilan"]);

/**
 * The sheets of a submission in the order the CLI writes them: the template's extra sheets placed before
 * it, the submission sheet, the extra sheets after it, then "Ditolak" (every left-out row with its
 * reasons) and "Keterangan" (how the file was made), in the same file or apart as the template says.
 */
export function submissionSheets(submission: Submission, keterangan: ReadonlyArray<readonly [string, string]>): SubmissionSheet[] {
  const companionFile = submission.template.companionSheets === "separate-workbook" ? "companion" : "main";
  const extras = (position: "before" | "after") =>
    submission.extraSheets.filter((extra) => extra.position === position).map((extra) => keyValueSheet(extra.name, extra.rows, "main", 24, 60));
  return [
    ...extras("before"),
    mainSheet(submission),
    ...extras("after"),
    rejectedSheet(submission, companionFile),
    keyValueSheet("Keterangan", keterangan, companionFile, 32, 100),
  ];
}

function mainSheet(submission: Submission): SubmissionSheet {
  const columns = submission.columns;
  const titles: CellValue[][] = [];
  for (let r = 1; r < submission.headerRow; r++) {
    const title = submission.titleRows[r - 1];
    titles.push(title === undefined ? [] : [title]);
  }
  return {
    name: submission.sheetName,
    file: "main",
    rows: [...titles, [...submission.headers], ...submission.rows],
    textColumns: columnsWhere(columns, (c) => c.text),
    moneyColumns: columnsWhere(columns, (c) => !c.text && MONEY_SOURCES.has(c.source)),
    wrapColumns: [],
    widths: columns.map((c) => c.width ?? Math.max(10, c.header.length + 2)),
    headerRow: submission.headerRow,
  };
}

function rejectedSheet(submission: Submission, file: SubmissionSheet["file"]): SubmissionSheet {
  const rows: CellValue[][] = [[...REJECTED_HEADERS]];
  for (const rejected of submission.rejected) rows.push(rejectedRowCells(rejected));
  if (submission.rejected.length === 0) rows.push([null, "Tidak ada baris yang ditolak."]);
  return { name: "Ditolak", file, rows, textColumns: [2, 3, 4, 5], moneyColumns: [], wrapColumns: [5], widths: [8, 28, 20, 24, 90], headerRow: 1 };
}

function keyValueSheet(
  name: string,
  rows: ReadonlyArray<readonly [string, string]>,
  file: SubmissionSheet["file"],
  labelWidth: number,
  valueWidth: number,
): SubmissionSheet {
  return { name, file, rows: rows.map(([label, value]) => [label, value]), textColumns: [1, 2], moneyColumns: [], wrapColumns: [2], widths: [labelWidth, valueWidth], headerRow: 0 };
}

function columnsWhere<C>(columns: ReadonlyArray<C>, test: (column: C) => boolean): number[] {
  return columns.flatMap((column, i) => (test(column) ? [i + 1] : []));
}
