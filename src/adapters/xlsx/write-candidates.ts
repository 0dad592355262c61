import { stream, type Style } from "exceljs";
import { CANDIDATE_COLUMNS, CANDIDATE_SHEET_NAME } from "../../domain/dtks/candidate-sheet";
import type { Candidate } from "../../domain/dtks/candidates";
import { writeAtomically, type AtomicWriteOptions } from "./write-atomic";
import { TextCuts, type CutCell } from "./write-cell-text";
import { markWorkbook } from "./write-marker";

// Frozen shared style objects, as in write-submission.ts: exceljs's stream writer remembers a style per object.
const style = (s: Partial<Style>): Partial<Style> => Object.freeze(s);
const TEXT = style({ numFmt: "@" });
const WRAPPED_TEXT = style({ numFmt: "@", alignment: { wrapText: true, vertical: "top" } });
const PLAIN = style({});
const HEADER = style({ numFmt: "@", font: { bold: true }, fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } } });
const LABEL = style({ numFmt: "@", font: { bold: true }, alignment: { vertical: "top" } });

type Book = InstanceType<typeof stream.xlsx.WorkbookWriter>;

/**
 * Writes the candidate workbook: the "Calon Peserta" sheet (headers the worker-table locator recognises,
 * so rows can be copied into the village's list) and "Keterangan" (how the candidates were chosen).
 * NIK, No. KK and the other text columns are text cells with number format "@", and so is the column,
 * so Excel and LibreOffice keep all 16 digits. Every text is made safe for the file and cut at Excel's
 * limit (`write-cell-text.ts`; the cut cells are returned and named in "Keterangan"). Written under a
 * temporary name and renamed when complete (`write-atomic.ts`), marked as ours (`write-marker.ts`).
 */
export async function writeCandidatesXlsx(
  path: string,
  candidates: readonly Candidate[],
  keterangan: ReadonlyArray<readonly [string, string]>,
  options: AtomicWriteOptions = {},
): Promise<{ readonly cut: readonly CutCell[] }> {
  const cuts = new TextCuts();
  await writeAtomically(
    path,
    async (temporary) => {
      const book: Book = new stream.xlsx.WorkbookWriter({ filename: temporary, useStyles: true, useSharedStrings: true });
      markWorkbook(book, "calon");
      writeCandidateSheet(book, candidates, cuts);
      writeKeterangan(book, cuts.cells.length ? [...keterangan, ["Sel dipotong", cuts.describe()]] : keterangan, cuts);
      await book.commit();
    },
    options,
  );
  return { cut: cuts.cells };
}

const HEADERS = CANDIDATE_COLUMNS.map((c) => c.header);

function writeCandidateSheet(book: Book, candidates: readonly Candidate[], cuts: TextCuts): void {
  const sheet = book.addWorksheet(CANDIDATE_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  const styles = CANDIDATE_COLUMNS.map((c) => (c.text ? TEXT : PLAIN));
  sheet.columns = CANDIDATE_COLUMNS.map((c, i) => ({ width: c.width, style: styles[i] }));
  const header = sheet.addRow(cuts.row(HEADERS, CANDIDATE_SHEET_NAME, 1, HEADERS));
  for (let c = 1; c <= CANDIDATE_COLUMNS.length; c++) header.getCell(c).style = HEADER;
  header.commit();
  candidates.forEach((candidate, index) => {
    const values = CANDIDATE_COLUMNS.map((column) => {
      const value = column.value(candidate, index);
      // A text column is written as a string whatever the value, so a number never replaces a NIK.
      return column.text ? String(value) : value;
    });
    const row = sheet.addRow(cuts.row(values, CANDIDATE_SHEET_NAME, index + 2, HEADERS));
    for (let c = 0; c < CANDIDATE_COLUMNS.length; c++) row.getCell(c + 1).style = styles[c]!;
    row.commit();
  });
  if (candidates.length === 0) sheet.addRow(["", "Tidak ada calon yang memenuhi syarat (lihat lembar Keterangan)."]).commit();
  sheet.commit();
}

function writeKeterangan(book: Book, rows: ReadonlyArray<readonly [string, string]>, cuts: TextCuts): void {
  const sheet = book.addWorksheet("Keterangan");
  sheet.columns = [
    { width: 30, style: LABEL },
    { width: 100, style: WRAPPED_TEXT },
  ];
  rows.forEach(([label, value], i) => {
    const row = sheet.addRow(cuts.row([label, value], "Keterangan", i + 1));
    row.getCell(1).style = LABEL;
    row.getCell(2).style = WRAPPED_TEXT;
    row.commit();
  });
  sheet.commit();
}
