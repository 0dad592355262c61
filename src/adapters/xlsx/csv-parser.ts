import { EMPTY_CELL, type RawCell } from "../../domain/cell/raw-cell";

export type CsvDelimiter = "," | ";" | "|" | "\t";

/** In order of preference when a header line holds as many of one as of another. */
const DELIMITERS: readonly CsvDelimiter[] = [",", ";", "\t", "|"];

const QUOTE = 34;
/** Distinct values a column may have and still share its cells: enough for every birth date in a century. */
const MAX_SHARED_PER_COLUMN = 65_536;
const LF = 10;
const CR = 13;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted field: either the first of a doubled quote or the closing one. */
  QuoteInQuoted,
  /** After a CR, so that a CRLF ends only one row. */
  AfterCr,
}

/**
 * Picks the delimiter that occurs most often, outside quotes, in the header line. Indonesian Excel
 * writes ";" (the comma is the decimal separator there), DTKS extracts use "|", Excel's "Unicode
 * text" uses tab, and everything else uses ",".
 */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  return countedDelimiter(headerLine) ?? ",";
}

/** Lines searched for one holding a delimiter: a title line above the header has none. */
const PROBE_LINES = 20;

/**
 * The delimiter of the first of the opening lines that holds one, or undefined while `text` may
 * still be too short to say (`complete` is false and no line of it has a delimiter yet).
 */
function delimiterOfOpening(text: string, complete: boolean): CsvDelimiter | undefined {
  let start = 0;
  for (let line = 0; line < PROBE_LINES; line++) {
    const end = text.indexOf("\n", start);
    if (end < 0 && !complete) return undefined;
    const found = countedDelimiter(text.slice(start, end < 0 ? text.length : end));
    if (found || end < 0) return found ?? ",";
    start = end + 1;
  }
  return ",";
}

function countedDelimiter(line: string): CsvDelimiter | undefined {
  const counts = new Map<number, number>(DELIMITERS.map((d) => [d.charCodeAt(0), 0]));
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === QUOTE) quoted = !quoted;
    else if (!quoted && counts.has(code)) counts.set(code, counts.get(code)! + 1);
  }
  let best: CsvDelimiter | undefined;
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = counts.get(delimiter.charCodeAt(0))!;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/**
 * An RFC 4180 parser fed in pieces, so a file larger than a JavaScript string can be read. Every value
 * stays text (a NIK in a CSV is text; turning it into a number would damage it), empty values become
 * empty cells, and nothing is trimmed. It is lenient where Excel is: text after a closing quote is
 * kept, and a quote left open at the end of the file closes there.
 */
export class CsvParser {
  private delimiterCode: number | undefined;
  private state = State.FieldStart;
  private pending = "";
  private readonly row: RawCell[] = [];
  private readonly rows: RawCell[][] = [];
  /** Per column: the cells shared so far, or null once the column proved to hold too many distinct values. */
  private readonly shared: Array<Map<string, RawCell> | null> = [];
  private headerProbe = "";
  private started = false;

  /**
   * With `onRow`, each row is handed over as it ends and not kept: a million-row DTKS extract then
   * never exists as a grid in memory, and `finish()` returns no rows.
   */
  constructor(
    delimiter?: CsvDelimiter,
    private readonly onRow?: (row: RawCell[]) => void,
  ) {
    this.delimiterCode = delimiter?.charCodeAt(0);
  }

  get delimiter(): CsvDelimiter | undefined {
    return this.delimiterCode === undefined ? undefined : (String.fromCharCode(this.delimiterCode) as CsvDelimiter);
  }

  push(text: string): void {
    if (!this.started && text !== "") {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.delimiterCode === undefined) {
      // Held back until a whole line with a delimiter is here: the header, or a title padded by Excel.
      this.headerProbe += text;
      const found = delimiterOfOpening(this.headerProbe, false);
      if (found === undefined) return;
      this.delimiterCode = found.charCodeAt(0);
      text = this.headerProbe;
      this.headerProbe = "";
    }
    this.scan(text, this.delimiterCode);
  }

  /** Ends the input and returns the rows; a final line break does not make an extra row. */
  finish(): RawCell[][] {
    if (this.delimiterCode === undefined) {
      const header = this.headerProbe;
      this.headerProbe = "";
      this.delimiterCode = delimiterOfOpening(header, true)!.charCodeAt(0);
      this.scan(header, this.delimiterCode);
    }
    if (this.state !== State.AfterCr && (this.state !== State.FieldStart || this.row.length > 0)) {
      this.endField(this.pending);
      this.endRow();
    }
    this.state = State.FieldStart;
    return this.rows;
  }

  private scan(text: string, delimiter: number): void {
    const length = text.length;
    let state = this.state;
    let pending = this.pending;
    let start = 0;
    const delimiterChar = String.fromCharCode(delimiter);
    // Positions of the next LF, quote and CR, searched again only once passed, so that no stretch of
    // text is searched twice.
    let lineEnd = -1;
    let nextQuote = -1;
    let nextCr = -1;
    for (let i = 0; i < length; i++) {
      if (state === State.FieldStart && this.row.length === 0 && pending === "") {
        // A whole line without quotes is split natively, many times faster than looking at every
        // character: it is what makes a million-row extract quick to read.
        if (lineEnd < i) lineEnd = positionOrEnd(text.indexOf("\n", i), length);
        if (lineEnd < length) {
          if (nextQuote < i) nextQuote = positionOrEnd(text.indexOf('"', i), length);
          if (nextCr < i) nextCr = positionOrEnd(text.indexOf("\r", i), length);
          if (nextQuote > lineEnd && nextCr >= lineEnd - 1) {
            const fields = text.slice(i, nextCr === lineEnd - 1 ? nextCr : lineEnd).split(delimiterChar);
            for (const field of fields) this.endField(field);
            this.endRow();
            i = lineEnd;
            continue;
          }
        }
      }
      const code = text.charCodeAt(i);
      if (state === State.AfterCr) {
        if (code === LF) {
          state = State.FieldStart;
          continue;
        }
        state = State.FieldStart; // a CR alone ended the row
      }
      if (state === State.FieldStart) {
        if (code === QUOTE) {
          state = State.Quoted;
          start = i + 1;
          continue;
        }
        state = State.Unquoted;
        start = i;
      }
      if (state === State.Unquoted) {
        if (code === delimiter) {
          this.endField(pending + text.slice(start, i));
          pending = "";
          state = State.FieldStart;
        } else if (code === LF || code === CR) {
          this.endField(pending + text.slice(start, i));
          this.endRow();
          pending = "";
          state = code === CR ? State.AfterCr : State.FieldStart;
        }
      } else if (state === State.Quoted) {
        const close = text.indexOf('"', i);
        if (close < 0) break;
        pending += text.slice(start, close);
        i = close;
        state = State.QuoteInQuoted;
      } else if (code === QUOTE) {
        pending += '"';
        state = State.Quoted;
        start = i + 1;
      } else if (code === delimiter) {
        this.endField(pending);
        pending = "";
        state = State.FieldStart;
      } else if (code === LF || code === CR) {
        this.endField(pending);
        this.endRow();
        pending = "";
        state = code === CR ? State.AfterCr : State.FieldStart;
      } else {
        // Lenient like Excel: text after a closing quote belongs to the same value.
        state = State.Unquoted;
        start = i;
      }
    }
    if (state === State.Unquoted || state === State.Quoted) pending += text.slice(start);
    this.state = state;
    this.pending = pending;
  }

  private endField(text: string): void {
    const column = this.row.length;
    if (text === "") {
      this.row.push(EMPTY_CELL);
      return;
    }
    // Columns such as sex, desil, dusun or birth date repeat a few values over a million rows: their
    // cells are shared, which keeps a large extract within the memory of an ordinary laptop.
    let shared = this.shared[column];
    if (shared === undefined) shared = this.shared[column] = new Map();
    if (shared === null) {
      this.row.push({ kind: "text", text });
      return;
    }
    let cell = shared.get(text);
    if (cell === undefined) {
      cell = Object.freeze({ kind: "text", text });
      // A column of NIKs or names would only fill the map: it stops sharing and the map is dropped.
      if (shared.size < MAX_SHARED_PER_COLUMN) shared.set(text, cell);
      else this.shared[column] = null;
    }
    this.row.push(cell);
  }

  private endRow(): void {
    // Copied to an exact-size array: a grown array keeps up to twice the slots it uses.
    if (this.onRow) this.onRow(this.row.slice());
    else this.rows.push(this.row.slice());
    this.row.length = 0;
  }
}

function positionOrEnd(index: number, end: number): number {
  return index < 0 ? end : index;
}

/** Parses a whole CSV text; the delimiter is detected from the header line unless given. */
export function parseCsv(text: string, delimiter?: CsvDelimiter): { rows: RawCell[][]; delimiter: CsvDelimiter } {
  const parser = new CsvParser(delimiter);
  parser.push(text);
  const rows = parser.finish();
  return { rows, delimiter: parser.delimiter ?? "," };
}
