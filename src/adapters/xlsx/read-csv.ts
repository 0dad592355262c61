import { isAscii, isUtf8 } from "node:buffer";
import { basename, extname } from "node:path";
import { TextDecoder } from "node:util";
import type { RawCell } from "../../domain/cell/raw-cell";
import type { WorkbookGrid } from "../../domain/cell/sheet-grid";
import { CsvParser, CsvQuoteError, type CsvDelimiter } from "./csv-parser";
import { WorkbookReadError } from "./workbook-read-error";
import { openFile, type OpenedFile } from "./file-bytes";

export interface CsvReadOptions {
  /** Overrides the delimiter detected from the header line. */
  readonly delimiter?: CsvDelimiter;
}

/**
 * Takes each row as it is read; may call `parser.keepOnlyColumns` once it knows the columns it uses,
 * after which the others are left uncut (empty cells).
 */
export type CsvRowHandler = (row: RawCell[], parser: Pick<CsvParser, "keepOnlyColumns">) => void;

/*
 * CSV text is read in pieces of 16 MB: a million-row DTSEN member file (several hundred MB) is larger
 * than the longest string V8 allows, and holding its bytes whole would cost as much memory as the
 * records read from it. A file is read twice from disk, piece by piece, into one reused buffer: first
 * to settle the encoding (is it all valid UTF-8?), then to parse, so no row is ever delivered twice.
 */
const PIECE_BYTES = 16 * 1024 * 1024;

/**
 * Each piece is decoded in slices of 64 KB: strings that small live in V8's young generation and are
 * collected at once, where a 16 MB one is held outside the heap until a full collection (measured:
 * about 150 MB less at the peak of a 668 MB member file, and less work).
 */
const TEXT_BYTES = 64 * 1024;

export type Encoding = "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";

/**
 * Reads a CSV/TSV text file (a DTKS extract, or a worker list saved as CSV) into a one-sheet grid named
 * after the file. Throws `WorkbookReadError` when the file is missing, a folder, or empty.
 */
export async function readCsvFile(path: string, options: CsvReadOptions = {}): Promise<WorkbookGrid> {
  const rows = await readFilePieces(path, options);
  return { sheets: [{ name: basename(path, extname(path)), firstRow: 1, firstColumn: 1, rows }] };
}

/**
 * Hands each row of a CSV file to `onRow` without keeping them (for extracts too large to hold as a
 * grid): the file is read from disk in pieces, never whole. Throws `WorkbookReadError` as `readCsvFile`.
 */
export async function streamCsvFile(path: string, onRow: CsvRowHandler, options: CsvReadOptions = {}): Promise<void> {
  await readFilePieces(path, options, onRow);
}

/** The bytes of a CSV file already in memory, as a one-sheet grid. */
export function csvBytesToGrid(bytes: Uint8Array, sheetName: string, options: CsvReadOptions = {}): WorkbookGrid {
  let rows: RawCell[][];
  try {
    rows = parseBytes(bytes, options.delimiter);
  } catch (error) {
    throw error instanceof CsvQuoteError ? new WorkbookReadError("CSV_QUOTE", sheetName, { cause: error, detail: error.message }) : error;
  }
  return { sheets: [{ name: sheetName, firstRow: 1, firstColumn: 1, rows }] };
}

/** `streamCsvFile` for bytes already in memory. */
export function streamCsvBytes(bytes: Uint8Array, onRow: CsvRowHandler, options: CsvReadOptions = {}): void {
  parseBytes(bytes, options.delimiter, onRow);
}

type Pieces = (onPiece: (piece: Uint8Array) => boolean | void) => void;

function parseBytes(bytes: Uint8Array, delimiter: CsvDelimiter | undefined, onRow?: CsvRowHandler): RawCell[][] {
  const pieces: Pieces = (onPiece) => {
    for (let start = 0; start < bytes.length; ) {
      const end = pieceEnd(bytes, start, Math.min(start + PIECE_BYTES, bytes.length), bytes.length);
      if (onPiece(bytes.subarray(start, end)) === false) return;
      start = end;
    }
  };
  let encoding = bomEncoding(bytes);
  if (encoding === "utf-8") {
    let valid = true;
    pieces((piece) => (valid = isUtf8(piece)));
    if (!valid) encoding = "windows-1252";
  }
  const parser = new PieceParser(encoding, delimiter, onRow);
  pieces((piece) => parser.push(piece));
  return parser.finish();
}

async function readFilePieces(path: string, options: CsvReadOptions, onRow?: CsvRowHandler): Promise<RawCell[][]> {
  const file = await openFile(path);
  try {
    const buffer = Buffer.allocUnsafe(Math.min(PIECE_BYTES, file.size));
    const head = buffer.subarray(0, await file.read(buffer.subarray(0, Math.min(4, buffer.length)), 0));
    let encoding = bomEncoding(head);
    if (encoding === "utf-8") {
      let valid = true;
      await forEachFilePiece(file, buffer, (piece) => (valid = isUtf8(piece)));
      // Not valid UTF-8: Excel's "CSV (Comma delimited)" on Windows writes the ANSI code page.
      if (!valid) encoding = "windows-1252";
    }
    const parser = new PieceParser(encoding, options.delimiter, onRow);
    await forEachFilePiece(file, buffer, (piece) => parser.push(piece));
    return parser.finish();
  } catch (error) {
    throw error instanceof CsvQuoteError ? new WorkbookReadError("CSV_QUOTE", path, { cause: error, detail: error.message }) : error;
  } finally {
    await file.close();
  }
}

/** Reads the file piece by piece into `buffer` (a piece is valid until the next); stops when `onPiece` returns false. */
async function forEachFilePiece(file: OpenedFile, buffer: Buffer, onPiece: (piece: Buffer) => boolean | void): Promise<void> {
  for (let position = 0; position < file.size; ) {
    const read = await file.read(buffer, position);
    if (read === 0) return; // the file became shorter while it was read
    const end = pieceEnd(buffer, 0, read, position + read >= file.size ? read : Infinity);
    if (onPiece(buffer.subarray(0, end)) === false) return;
    position += end;
  }
}

/**
 * Where a piece ending at `end` should stop so that it holds no incomplete UTF-8 character: before the
 * last one when it is cut (at most 3 bytes earlier), else at `end`. Harmless for the other encodings:
 * the bytes left out simply begin the next piece. `total` is where the input ends.
 */
export function pieceEnd(bytes: Uint8Array, start: number, end: number, total: number): number {
  if (end >= total) return end;
  let lead = end - 1;
  while (lead > start && lead > end - 4 && (bytes[lead]! & 0xc0) === 0x80) lead--;
  const byte = bytes[lead]!;
  const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
  return lead > start && lead + length > end ? lead : end;
}

export function bomEncoding(head: Uint8Array): Encoding {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  // UTF-16 without a BOM (some exports): plain letters have a zero byte beside each one.
  if (head.length >= 4 && head[0] !== 0 && head[1] === 0 && head[2] !== 0 && head[3] === 0) return "utf-16le";
  if (head.length >= 4 && head[0] === 0 && head[1] !== 0 && head[2] === 0 && head[3] !== 0) return "utf-16be";
  return "utf-8";
}

/**
 * Decodes pieces (each ending on a whole character) and feeds the CSV parser. A piece of plain ASCII,
 * what DTSEN extracts are, becomes a one-byte string directly: half the memory of the two-byte text
 * the general decoder makes, and no decoding work.
 */
class PieceParser {
  private readonly parser: CsvParser;
  private readonly decoder: TextDecoder | undefined;

  constructor(
    private readonly encoding: Encoding,
    delimiter: CsvDelimiter | undefined,
    onRow?: CsvRowHandler,
  ) {
    this.parser = new CsvParser(delimiter, onRow);
    // The BOM is dropped by the decoder (UTF-16) or by the parser (UTF-8).
    if (encoding !== "utf-8") this.decoder = new TextDecoder(encoding);
  }

  push(piece: Uint8Array): void {
    for (let start = 0; start < piece.length; ) {
      const end = pieceEnd(piece, start, Math.min(start + TEXT_BYTES, piece.length), piece.length);
      this.parser.push(this.decode(piece.subarray(start, end)));
      start = end;
    }
  }

  finish(): RawCell[][] {
    if (this.encoding.startsWith("utf-16")) this.parser.push(this.decoder!.decode());
    return this.parser.finish();
  }

  private decode(piece: Uint8Array): string {
    const buffer = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    if (this.encoding.startsWith("utf-16")) return this.decoder!.decode(piece, { stream: true });
    if (isAscii(buffer)) return buffer.toString("latin1");
    // Valid UTF-8 (checked before parsing) ending on a whole character; windows-1252 has one byte per character.
    return this.encoding === "utf-8" ? buffer.toString("utf8") : this.decoder!.decode(piece);
  }
}
