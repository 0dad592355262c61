import { open } from "node:fs/promises";
import type { Submission, SubmissionValue } from "../../domain/ekspor";
import { writeAtomically, type AtomicWriteOptions } from "./write-atomic";

/**
 * CSV output of the submission sheet (one sheet: "Ditolak" and "Keterangan" go to a companion .xlsx).
 *
 * - UTF-8 with a byte-order mark, so Excel shows "Ñ" and "é" in names instead of mojibake.
 * - The template's separator, ";" by default: Excel with Indonesian regional settings (decimal comma)
 *   splits a double-clicked CSV on ";" and would put a ","-separated line into one column.
 * - CRLF line ends and RFC 4180 quoting (a field holding the separator, a quote or a line break).
 * - Formula injection neutralised: a text value starting with = + - @ (or tab / carriage return, which
 *   some spreadsheets strip before evaluating) gets a leading apostrophe, so a "name" such as
 *   `=HYPERLINK(…)` is shown, never run. Phone numbers are not hurt by this because templates write
 *   them as "08…" or "628…", never "+62…". Number values are written as plain digits.
 *
 * A CSV opened by double-click in Excel still turns a 16-digit NIK into a rounded number: the CSV is for
 * upload systems; to look at the data, open the .xlsx.
 */
export function submissionCsv(submission: Submission, delimiter: string = submission.template.csvDelimiter): string {
  const quoted = needsQuotes(delimiter);
  let csv = "\uFEFF";
  for (let r = 1; r < submission.headerRow; r++) csv += csvLine([submission.titleRows[r - 1] ?? null], delimiter, quoted) + "\r\n";
  csv += csvLine(submission.headers, delimiter, quoted) + "\r\n";
  for (const row of submission.rows) csv += csvLine(row, delimiter, quoted) + "\r\n";
  return csv;
}

export function csvLine(values: readonly SubmissionValue[], delimiter: string, quoted: RegExp = needsQuotes(delimiter)): string {
  let line = "";
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += delimiter;
    const value = values[i];
    if (value === null || value === undefined) continue;
    line += typeof value === "number" ? String(value) : csvField(neutraliseFormula(value), quoted);
  }
  return line;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** `=1+1` -> `'=1+1`: the text a spreadsheet would otherwise evaluate as a formula. */
export function neutraliseFormula(text: string): string {
  // The first character alone decides; most texts start with a letter or a digit and skip the test.
  const first = text.charCodeAt(0);
  if (first > 0x40 || (first >= 0x30 && first <= 0x39)) return text;
  return FORMULA_START.test(text) ? "'" + text : text;
}

/** The characters that make a field need quotes: the separator, a quote, a line break. */
function needsQuotes(delimiter: string): RegExp {
  return new RegExp(`[${delimiter.replace(/[\\\]^-]/g, "\\$&")}"\n\r]`);
}

function csvField(text: string, quoted: RegExp): string {
  return quoted.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes the CSV under a temporary name beside `path` and renames it when complete; the temporary file is
 * removed on failure or interruption (`write-atomic.ts`). Control characters are kept: CSV is text and
 * allows them.
 */
export async function writeSubmissionCsv(path: string, submission: Submission, options: AtomicWriteOptions = {}): Promise<void> {
  await writeAtomically(
    path,
    async (temporary) => {
      const file = await open(temporary, "w");
      try {
        await file.writeFile(submissionCsv(submission), "utf8");
      } finally {
        await file.close();
      }
    },
    options,
  );
}
