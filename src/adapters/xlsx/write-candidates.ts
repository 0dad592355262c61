import { CANDIDATE_COLUMNS, CANDIDATE_SHEET_NAME } from "../../domain/dtks/candidate-sheet";
import type { Candidate } from "../../domain/dtks/candidates";
import type { AtomicWriteOptions } from "./write-atomic";
import { TextCuts, type CutCell } from "./write-cell-text";
import { markWorkbook } from "./write-marker";
import type { XlsxWriter } from "./writer";
import { writeXlsxFile } from "./writer/write-xlsx-file";

/**
 * Writes the candidate workbook: the "Calon Peserta" sheet (headers the worker-table locator recognises,
 * so rows can be copied into the village's list; frozen, filtered and repeated on every printed page) and
 * "Keterangan" (how the candidates were chosen). NIK, No. KK and the other text columns are text cells with
 * number format "@", and so is the column, so Excel and LibreOffice keep all 16 digits. Every text is made
 * safe for the file and cut at Excel's limit (the cut cells are returned and named in "Keterangan").
 * Streamed by our writer, under a temporary name renamed when complete (`write-atomic.ts`), marked as ours
 * (`write-marker.ts`).
 */
export async function writeCandidatesXlsx(
  path: string,
  candidates: readonly Candidate[],
  keterangan: ReadonlyArray<readonly [string, string]>,
  options: AtomicWriteOptions = {},
): Promise<{ readonly cut: readonly CutCell[] }> {
  const cuts = new TextCuts();
  await writeXlsxFile(
    path,
    (book) => {
      markWorkbook(book, "calon");
      writeCandidateSheet(book, candidates);
      writeKeterangan(book, cuts.cells.length ? [...keterangan, ["Sel dipotong", cuts.describe()]] : keterangan);
    },
    { ...options, onCut: (cell) => cuts.cells.push(cell) },
  );
  return { cut: cuts.cells };
}

const HEADERS = CANDIDATE_COLUMNS.map((c) => c.header);

function writeCandidateSheet(book: XlsxWriter, candidates: readonly Candidate[]): void {
  const text = book.style({ numFmt: "@" });
  const header = book.style({ numFmt: "@", bold: true, fill: "#FFF2CC" });
  const sheet = book.addSheet(CANDIDATE_SHEET_NAME, {
    columns: CANDIDATE_COLUMNS.map((c) => ({ width: c.width, style: c.text ? text : undefined })),
    columnNames: HEADERS,
    frozen: { rows: 1 },
    printTitleRows: 1,
    page: { orientation: "landscape", fitToWidth: true },
  });
  sheet.addRow(HEADERS, header);
  candidates.forEach((candidate, index) => {
    // A text column is written as a string whatever the value, so a number never replaces a NIK.
    sheet.addRow(CANDIDATE_COLUMNS.map((column) => (column.text ? String(column.value(candidate, index)) : column.value(candidate, index))));
  });
  if (candidates.length === 0) sheet.addRow(["", "Tidak ada calon yang memenuhi syarat (lihat lembar Keterangan)."]);
  else sheet.autoFilter();
}

function writeKeterangan(book: XlsxWriter, rows: ReadonlyArray<readonly [string, string]>): void {
  const label = book.style({ numFmt: "@", bold: true, vertical: "top" });
  const wrapped = book.style({ numFmt: "@", wrap: true, vertical: "top" });
  const sheet = book.addSheet("Keterangan", { columns: [{ width: 30, style: label }, { width: 100, style: wrapped }] });
  for (const [name, value] of rows) sheet.addRow([name, value]);
}
