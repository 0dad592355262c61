import { isUtf8 } from "node:buffer";
import type { RawCell } from "../../domain/cell/raw-cell";
import { type DesilCell } from "../../domain/dtks/desil";
import { idHigh, idLow, idText } from "../../domain/dtks/id-table";
import { dayNumber, emptyPersonRow } from "../../domain/dtks/person-columns";
import { type DtksExtractReader, EXTRACT_CELL_READINGS, type ExtractPlan, type NikStatus } from "../../domain/dtks/read-dtks-extract";
import { readIdText } from "../../domain/nik/read-id-number";
import { parseDateCell } from "../../domain/values/parse-date";
import { CsvParser, CsvQuoteError, type CsvDelimiter } from "../xlsx/csv-parser";
import { openFile, type OpenedFile } from "../xlsx/file-bytes";
import { bomEncoding, pieceEnd, streamCsvFile } from "../xlsx/read-csv";
import { WorkbookReadError } from "../xlsx/workbook-read-error";
import { ByteReadings } from "./byte-readings";

/*
 * A DTKS/DTSEN extract CSV of a million rows, read into the reader's columns straight from the file's
 * bytes: the header rows go through the CSV parser, and then each line is cut with native searches for
 * the delimiter and only the columns the reader uses are read, without a cell or a string per value
 * (NIK and No. KK digits, birth dates, desil and the repeated values are read from the bytes). Any line
 * this cannot read exactly as the parser would (a doubled quote, a quote inside a bare value, a quoted
 * value running over lines, a lone CR) hands the rest of the file to the parser, so nothing is read
 * differently; files that are not UTF-8 (or plain ASCII) are read by the parser throughout.
 */

const PIECE_BYTES = 16 * 1024 * 1024;
/** Decoded for the parser in slices this size: small strings are collected young. */
const TEXT_BYTES = 64 * 1024;
const LF = 10;
const CR = 13;
const QUOTE = 34;
/** Rows the header is looked for in, as `DtksExtractReader` does. */
const HEADER_SCAN_ROWS = 20;

/**
 * Reads the CSV file `path` into a reader made by `newReader`; the reader read into. Throws
 * `WorkbookReadError` as `streamCsvFile` does. `pieceBytes`: how much of the file is read at a time
 * (smaller in tests, to read a small file in many pieces).
 */
export async function readExtractCsv(path: string, newReader: () => DtksExtractReader, pieceBytes = PIECE_BYTES): Promise<DtksExtractReader> {
  const file = await openFile(path);
  let reader: DtksExtractReader | undefined;
  try {
    const buffer = Buffer.allocUnsafe(Math.min(pieceBytes, Math.max(file.size, 1)));
    const head = buffer.subarray(0, await file.read(buffer.subarray(0, Math.min(4, buffer.length)), 0));
    if (file.size > 0 && bomEncoding(head) === "utf-8") reader = await readUtf8(file, buffer, newReader());
  } catch (error) {
    throw error instanceof CsvQuoteError ? new WorkbookReadError("CSV_QUOTE", path, { cause: error, detail: error.message }) : error;
  } finally {
    await file.close();
  }
  if (!reader) {
    reader = newReader();
    await streamThroughParser(path, reader);
  }
  return reader;
}

/** Thrown by the byte reading at bytes that are not UTF-8. */
class NotUtf8Error extends Error {}

/**
 * The file read here, its bytes checked to be UTF-8 as they are read (each piece before it is
 * used, so the file is read once); undefined when they are not, and the parser reads the file from
 * the start into a fresh reader, as it reads a file in another encoding. A quote error is reported
 * only once the rest of the file is known to be UTF-8, as when the whole file was checked first.
 */
async function readUtf8(file: OpenedFile, buffer: Buffer, reader: DtksExtractReader): Promise<DtksExtractReader | undefined> {
  try {
    await new ExtractCsvReading(reader).read(file, buffer);
    return reader;
  } catch (error) {
    if (error instanceof NotUtf8Error) return undefined;
    if (error instanceof CsvQuoteError && !(await isUtf8File(file, buffer))) return undefined;
    throw error;
  }
}

/** The general way: every row through the CSV parser as cells (other encodings, empty files). */
async function streamThroughParser(path: string, reader: DtksExtractReader): Promise<void> {
  let narrowed = false;
  await streamCsvFile(path, (row, parser) => {
    reader.push(row);
    if (!narrowed && reader.columnsRead) {
      narrowed = true;
      parser.keepOnlyColumns(reader.columnsRead);
    }
  });
}

async function isUtf8File(file: OpenedFile, buffer: Buffer): Promise<boolean> {
  for (let position = 0; position < file.size; ) {
    const read = await file.read(buffer, position);
    if (read === 0) break;
    const end = pieceEnd(buffer, 0, read, position + read >= file.size ? read : Infinity);
    if (!isUtf8(buffer.subarray(0, end))) return false;
    position += end;
  }
  return true;
}

type Stage = "head" | "lines" | "parser";

class ExtractCsvReading {
  private stage: Stage = "head";
  private parser: CsvParser;
  private rowsParsed = 0;
  private narrowed = false;
  private lines: LineReader | undefined;

  constructor(private readonly reader: DtksExtractReader) {
    this.parser = this.newParser(undefined, 0);
  }

  async read(file: OpenedFile, buffer: Buffer): Promise<void> {
    let filled = 0;
    for (let position = 0; ; ) {
      const read = position < file.size ? await file.read(buffer.subarray(filled), position) : 0;
      position += read;
      filled += read;
      const atEnd = read === 0 || position >= file.size;
      // Whole lines only (the rest waits for the next piece), unless one line fills the whole buffer.
      const lastLf = buffer.lastIndexOf(LF, filled - 1);
      let end = atEnd ? filled : lastLf + 1;
      if (end === 0 && filled === buffer.length) {
        this.toParser();
        end = pieceEnd(buffer, 0, filled, Infinity);
      }
      if (!isUtf8(buffer.subarray(0, end))) throw new NotUtf8Error();
      const used = this.take(buffer, 0, end, atEnd);
      buffer.copy(buffer, 0, used, filled);
      filled -= used;
      if (atEnd) break;
    }
    this.parser.finish();
  }

  /** Reads the bytes `start` to `end` (whole lines, or the file's last bytes); the bytes used. */
  private take(bytes: Buffer, start: number, end: number, atEnd: boolean): number {
    let position = start;
    while (position < end && this.stage === "head") {
      const lf = bytes.indexOf(LF, position);
      const lineEnd = lf < 0 || lf >= end ? end : lf + 1;
      this.parser.push(bytes.toString("utf8", position, lineEnd));
      position = lineEnd;
      this.afterHeadLine();
    }
    if (this.stage === "lines") position = this.lines!.take(bytes, position, end, atEnd);
    if (this.stage === "lines" && position < end) this.toParser();
    if (this.stage === "parser") {
      for (let from = position; from < end; ) {
        const to = pieceEnd(bytes, from, Math.min(from + TEXT_BYTES, end), end);
        this.parser.push(bytes.toString("utf8", from, to));
        from = to;
      }
      position = end;
    }
    return position;
  }

  private afterHeadLine(): void {
    const plan = this.reader.plan;
    if (plan && this.parser.betweenRows) {
      this.stage = "lines";
      this.lines = new LineReader(this.reader, plan, this.parser.delimiter!);
    } else if ((this.reader.columnsRead && !plan) || (!this.reader.columnsRead && this.rowsParsed >= HEADER_SCAN_ROWS)) {
      // No header in the first rows (or one the reader gives no plan for): the parser reads on, as it always has.
      this.stage = "parser";
    }
  }

  /** The rest of the file through the parser, from the line the line reader could not read. */
  private toParser(): void {
    if (this.stage !== "lines") {
      this.stage = "parser";
      return;
    }
    this.stage = "parser";
    this.parser = this.newParser(this.lines!.delimiter, this.reader.rowsPushed);
    this.parser.keepOnlyColumns(this.reader.columnsRead!);
  }

  private newParser(delimiter: CsvDelimiter | undefined, rowsBefore: number): CsvParser {
    return new CsvParser(
      delimiter,
      (row: RawCell[], parser: CsvParser) => {
        this.rowsParsed++;
        this.reader.push(row);
        if (!this.narrowed && this.reader.columnsRead) {
          this.narrowed = true;
          parser.keepOnlyColumns(this.reader.columnsRead);
        }
      },
      rowsBefore,
    );
  }
}

/** Reads whole lines of a person or family file into the reader, as long as each reads exactly as the parser would. */
class LineReader {
  private readonly delimiterByte: number;
  /** Per column up to the last one used: where its value starts and ends on the current line (-1: no value). */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly lastColumn: number;
  private readonly mapped: readonly number[];
  private readonly person = emptyPersonRow();
  private readonly desilReadings: DesilCell[] = [];
  private readonly desil = new ByteReadings(EXTRACT_CELL_READINGS.desil);
  private readonly sex = new ByteReadings(EXTRACT_CELL_READINGS.sex);
  private readonly workStatus = new ByteReadings(EXTRACT_CELL_READINGS.workStatus);
  private readonly pbiNas = new ByteReadings(EXTRACT_CELL_READINGS.flag);
  private readonly pbiPemda = new ByteReadings(EXTRACT_CELL_READINGS.flag);
  private readonly works = new ByteReadings(EXTRACT_CELL_READINGS.works);
  private readonly kodeDesa = new ByteReadings(EXTRACT_CELL_READINGS.kodeDesa);
  private readonly repeatedText = new ByteReadings(trimmedText);
  private readonly dates: ByteReadings<number>;
  /** Birth dates written yyyy-mm-dd, by day: slot -> yyyymmdd read there, and its day number (0: not a date). */
  private readonly isoKeys = new Int32Array(ISO_DATE_SLOTS);
  private readonly isoDays = new Int32Array(ISO_DATE_SLOTS);
  private nextQuote = -1;
  private nextCr = -1;

  constructor(
    private readonly reader: DtksExtractReader,
    private readonly plan: ExtractPlan,
    readonly delimiter: CsvDelimiter,
  ) {
    this.delimiterByte = delimiter.charCodeAt(0);
    const mapped = new Set<number>();
    for (const column of Object.values(plan.at)) if (column >= 0) mapped.add(column);
    this.mapped = [...mapped];
    this.lastColumn = Math.max(...this.mapped);
    this.starts = new Int32Array(this.lastColumn + 1);
    this.ends = new Int32Array(this.lastColumn + 1);
    const year = reader.referenceYear;
    this.dates = new ByteReadings((cell) => dateDay(cell, year), 1 << 16);
  }

  /** Reads the lines from `start` until `end` or the first line it cannot read; where it stopped. */
  take(bytes: Buffer, start: number, end: number, atEnd: boolean): number {
    this.nextQuote = -1;
    this.nextCr = -1;
    let position = start;
    while (position < end) {
      const lf = bytes.indexOf(LF, position);
      let lineEnd: number;
      let next: number;
      if (lf >= 0 && lf < end) {
        lineEnd = lf;
        next = lf + 1;
      } else if (atEnd) {
        lineEnd = end;
        next = end;
      } else return position;
      if (lineEnd > position && bytes[lineEnd - 1] === CR) lineEnd--;
      if (this.nextCr < position) this.nextCr = positionOr(bytes.indexOf(CR, position), bytes.length);
      // A CR that does not end the line ends a row for the parser: it reads this file on.
      if (this.nextCr < lineEnd) return position;
      if (!this.cut(bytes, position, lineEnd)) return position;
      this.readRow(bytes);
      position = next;
    }
    return position;
  }

  /** Cuts the line's values into `starts`/`ends`, or false when the line needs the parser. */
  private cut(bytes: Buffer, start: number, end: number): boolean {
    const starts = this.starts;
    const ends = this.ends;
    const delimiter = this.delimiterByte;
    let position = start;
    for (let column = 0; ; column++) {
      let from: number;
      let to: number;
      let after: number;
      if (position < end && bytes[position] === QUOTE) {
        // A value in quotes, as DTSEN writes every one: read here only when the quotes enclose it whole.
        const close = bytes.indexOf(QUOTE, position + 1);
        if (close < 0 || close >= end) return false;
        after = close + 1;
        if (after < end && bytes[after] !== delimiter) return false;
        from = position + 1;
        to = close;
        this.nextQuote = -1;
      } else {
        if (this.nextQuote < position) this.nextQuote = positionOr(bytes.indexOf(QUOTE, position), bytes.length);
        const stop = bytes.indexOf(delimiter, position);
        to = stop < 0 || stop > end ? end : stop;
        if (this.nextQuote < to) return false;
        from = position;
        after = to;
      }
      if (column <= this.lastColumn) {
        starts[column] = from;
        ends[column] = to;
      }
      if (after >= end) {
        // A short line: the columns it lacks have no value.
        for (let rest = column + 1; rest <= this.lastColumn; rest++) starts[rest] = ends[rest] = -1;
        return true;
      }
      position = after + 1;
      // Past the columns used, the rest of the line matters only if a quote in it could open a value.
      if (column >= this.lastColumn) {
        if (this.nextQuote < position) this.nextQuote = positionOr(bytes.indexOf(QUOTE, position), bytes.length);
        if (this.nextQuote >= end) return true;
      }
    }
  }

  private readRow(bytes: Buffer): void {
    const at = this.plan.at;
    const starts = this.starts;
    const ends = this.ends;
    let any = false;
    for (const column of this.mapped) {
      if (ends[column]! > starts[column]!) {
        any = true;
        break;
      }
    }
    if (!any) {
      this.reader.pushBlank();
      return;
    }
    const person = this.person;
    const desilColumns = this.plan.desilColumns;
    for (let i = 0; i < desilColumns.length; i++) {
      const column = desilColumns[i]![1];
      this.desilReadings[i] = this.desil.read(bytes, starts[column]!, ends[column]!);
    }
    const desil = desilColumns.length ? this.reader.desilOf(this.desilReadings) : undefined;
    if (this.plan.kind === "keluarga") {
      const noKk = this.idDigits(bytes, at.no_kk);
      if (noKk === undefined) this.reader.pushFamily(undefined, undefined, desil, undefined, undefined, undefined, undefined);
      else this.reader.pushFamily(noKk, this.text(bytes, at.nama), desil, this.value(this.pbiNas, bytes, at.pbi_nas), this.value(this.pbiPemda, bytes, at.pbi_pemda), this.value(this.kodeDesa, bytes, at.kode_desa), this.text(bytes, at.alamat));
      return;
    }
    person.desil = desil;
    const nik = this.idNumber(bytes, at.nik);
    person.nikHigh = this.high;
    person.nikLow = this.low;
    this.idNumber(bytes, at.no_kk);
    person.kkHigh = this.high;
    person.kkLow = this.low;
    this.name(bytes, at.nama);
    person.birthDay = this.birthDay(bytes, at.tanggal_lahir);
    person.jenisKelamin = this.value(this.sex, bytes, at.jenis_kelamin);
    person.pbiNas = this.value(this.pbiNas, bytes, at.pbi_nas);
    person.pbiPemda = this.value(this.pbiPemda, bytes, at.pbi_pemda);
    person.bekerja = this.value(this.works, bytes, at.status_bekerja);
    const work = this.value(this.workStatus, bytes, at.status_dalam_pekerjaan_utama);
    person.pekerjaan = this.value(this.repeatedText, bytes, at.pekerjaan) ?? this.value(this.repeatedText, bytes, at.lapangan_usaha);
    person.kodeDesa = this.value(this.kodeDesa, bytes, at.kode_desa);
    person.alamat = this.text(bytes, at.alamat);
    person.rt = this.value(this.repeatedText, bytes, at.rt);
    person.rw = this.value(this.repeatedText, bytes, at.rw);
    this.reader.pushPerson(nik, work, person);
  }

  /** Set by `idNumber`: the number's two halves of eight digits, -1 when it is not a 16-digit number. */
  private high = -1;
  private low = -1;

  /** A NIK or No. KK: 16 digits read from the bytes; anything else read by `readIdText`, as `push` does. */
  private idNumber(bytes: Buffer, column: number): NikStatus {
    this.high = this.low = -1;
    if (column < 0 || this.ends[column]! <= this.starts[column]!) return "missing";
    const start = this.starts[column]!;
    const end = this.ends[column]!;
    if (end - start === 16) {
      let high = 0;
      let low = 0;
      let digits = true;
      for (let i = 0; i < 16; i++) {
        const digit = bytes[start + i]! - 48;
        if (digit < 0 || digit > 9) {
          digits = false;
          break;
        }
        if (i < 8) high = high * 10 + digit;
        else low = low * 10 + digit;
      }
      if (digits) {
        this.high = high;
        this.low = low;
        return "ok";
      }
    }
    const reading = readIdText(bytes.toString("utf8", start, end));
    if (reading.status === "ok") {
      this.high = idHigh(reading.digits);
      this.low = idLow(reading.digits);
      return "ok";
    }
    return reading.status === "missing" ? "missing" : "unreadable";
  }

  /** The name: as its bytes when they need no trimming (no string made), else as `text` reads it. */
  private name(bytes: Buffer, column: number): void {
    const person = this.person;
    person.nama = undefined;
    person.nameBytes = undefined;
    if (column < 0 || this.ends[column]! <= this.starts[column]!) return;
    const start = this.starts[column]!;
    const end = this.ends[column]!;
    const first = bytes[start]!;
    const last = bytes[end - 1]!;
    // What `trim` removes is at most U+0020 in ASCII, and starts with a byte of 0x80 or more otherwise.
    if (first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80) {
      person.nameBytes = bytes;
      person.nameStart = start;
      person.nameEnd = end;
    } else person.nama = this.text(bytes, column);
  }

  /** A family's No. KK: its 16 digits as one flat string (read as `idNumber` reads it), undefined when it has none. */
  private idDigits(bytes: Buffer, column: number): string | undefined {
    if (this.idNumber(bytes, column) !== "ok") return undefined;
    const start = this.starts[column]!;
    const end = this.ends[column]!;
    return end - start === 16 && this.high >= 0 && isDigits(bytes, start, end) ? bytes.toString("latin1", start, end) : idText(this.high, this.low);
  }

  private text(bytes: Buffer, column: number): string | undefined {
    if (column < 0 || this.ends[column]! <= this.starts[column]!) return undefined;
    const text = bytes.toString("utf8", this.starts[column]!, this.ends[column]!).trim();
    return text === "" ? undefined : text;
  }

  private value<T>(readings: ByteReadings<T>, bytes: Buffer, column: number): T {
    return column < 0 ? readings.read(bytes, 0, 0) : readings.read(bytes, this.starts[column]!, this.ends[column]!);
  }

  /** The birth date's day number (0: none): yyyy-mm-dd by its day, other ways of writing it by their bytes. */
  private birthDay(bytes: Buffer, column: number): number {
    if (column < 0) return 0;
    const start = this.starts[column]!;
    const end = this.ends[column]!;
    if (end - start === 10 && bytes[start + 4] === 45 && bytes[start + 7] === 45) {
      const key = digitsAt(bytes, start, 4) * 10_000 + digitsAt(bytes, start + 5, 2) * 100 + digitsAt(bytes, start + 8, 2);
      if (key >= 0) {
        const slot = key % ISO_DATE_SLOTS;
        if (this.isoKeys[slot] !== key) {
          this.isoKeys[slot] = key;
          this.isoDays[slot] = this.dates.read(bytes, start, end);
        }
        return this.isoDays[slot]!;
      }
    }
    return this.dates.read(bytes, start, end);
  }
}

function isDigits(bytes: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i]! < 48 || bytes[i]! > 57) return false;
  return true;
}

/** Slots of the yyyy-mm-dd table (keys are yyyymmdd; a prime spreads them). */
const ISO_DATE_SLOTS = 262_139;

/** The number written by `count` digits at `start`, or -1 when one of them is not a digit. */
function digitsAt(bytes: Buffer, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = bytes[i]! - 48;
    if (digit < 0 || digit > 9) return -1_000_000_000;
    value = value * 10 + digit;
  }
  return value;
}

function dateDay(cell: RawCell | undefined, referenceYear: number): number {
  const reading = parseDateCell(cell, referenceYear);
  return reading.status === "ok" ? dayNumber(reading.date) : 0;
}

function trimmedText(cell: RawCell | undefined): string | undefined {
  if (cell?.kind !== "text") return undefined;
  const text = cell.text.trim();
  return text === "" ? undefined : text;
}

function positionOr(index: number, end: number): number {
  return index < 0 ? end : index;
}
