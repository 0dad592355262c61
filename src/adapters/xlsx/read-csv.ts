import { basename, extname } from "node:path";
import type { RawCell } from "../../domain/cell/raw-cell";
import type { WorkbookGrid } from "../../domain/cell/sheet-grid";
import { CsvParser, type CsvDelimiter } from "./csv-parser";
import { readFileBytes } from "./file-bytes";

export interface CsvReadOptions {
  /** Overrides the delimiter detected from the header line. */
  readonly delimiter?: CsvDelimiter;
}

/**
 * Reads a CSV/TSV text file (a DTKS extract, or a worker list saved as CSV) into a one-sheet grid named
 * after the file. Throws `WorkbookReadError` when the file is missing or empty.
 */
export async function readCsvFile(path: string, options: CsvReadOptions = {}): Promise<WorkbookGrid> {
  const bytes = await readFileBytes(path);
  const name = basename(path, extname(path));
  return csvBytesToGrid(bytes, name, options);
}

// Decoded in slices: a million-row extract can be larger than the longest string V8 allows.
const SLICE_BYTES = 16 * 1024 * 1024;

export function csvBytesToGrid(bytes: Uint8Array, sheetName: string, options: CsvReadOptions = {}): WorkbookGrid {
  let rows;
  try {
    rows = parseBytes(bytes, encodingOf(bytes), options.delimiter);
  } catch (error) {
    if ((error as { code?: unknown }).code !== "ERR_ENCODING_INVALID_ENCODED_DATA") throw error;
    // Not valid UTF-8: Excel's "CSV (Comma delimited)" on Windows writes the ANSI code page.
    rows = parseBytes(bytes, "windows-1252", options.delimiter);
  }
  return { sheets: [{ name: sheetName, firstRow: 1, firstColumn: 1, rows }] };
}

function encodingOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/**
 * Hands each row of a CSV file to `onRow` without keeping them (for extracts too large to hold as a grid).
 * The encoding is settled first, so no row is delivered twice when UTF-8 turns out to be wrong.
 */
export async function streamCsvFile(path: string, onRow: (row: RawCell[]) => void, options: CsvReadOptions = {}): Promise<void> {
  streamCsvBytes(await readFileBytes(path), onRow, options);
}

export function streamCsvBytes(bytes: Uint8Array, onRow: (row: RawCell[]) => void, options: CsvReadOptions = {}): void {
  let encoding = encodingOf(bytes);
  if (encoding === "utf-8" && !isUtf8(bytes)) encoding = "windows-1252";
  parseBytes(bytes, encoding, options.delimiter, onRow);
}

function isUtf8(bytes: Uint8Array): boolean {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for (let offset = 0; offset < bytes.length; offset += SLICE_BYTES) decoder.decode(bytes.subarray(offset, offset + SLICE_BYTES), { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

function parseBytes(bytes: Uint8Array, encoding: string, delimiter: CsvDelimiter | undefined, onRow?: (row: RawCell[]) => void) {
  // `fatal` makes a wrong guess throw instead of filling names with U+FFFD; the BOM is dropped by the decoder.
  const decoder = new TextDecoder(encoding, { fatal: encoding === "utf-8" });
  const parser = new CsvParser(delimiter, onRow);
  for (let offset = 0; offset < bytes.length; offset += SLICE_BYTES) {
    parser.push(decoder.decode(bytes.subarray(offset, offset + SLICE_BYTES), { stream: true }));
  }
  parser.push(decoder.decode());
  return parser.finish();
}
