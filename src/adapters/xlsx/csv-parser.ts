import { EMPTY_CELL, type RawCell } from "../../domain/cell/raw-cell";

type TextCell = Extract<RawCell, { kind: "text" }>;

export type CsvDelimiter = "," | ";" | "|" | "\t";

/** In order of preference when a header line holds as many of one as of another. */
const DELIMITERS: readonly CsvDelimiter[] = [",", ";", "\t", "|"];

const QUOTE = 34;
/**
 * Slots of a column's table of shared cells (a power of two): a value is looked up in one slot chosen
 * by a hash of its characters, which is several times cheaper than a Map look-up of a fresh string
 * (measured: a million-row extract read in less than half the time). Two values in one slot take
 * turns, so a column of 36.500 birth dates shares most of its cells, never all.
 */
const SHARED_SLOTS = 1 << 16;
/**
 * Cells of a column looked at before it is judged: when more than 3 in 4 of them were new, it holds
 * distinct values (NIKs, names) and its table is dropped. Long enough that a column of birth dates,
 * new at first, has begun to repeat.
 */
const SHARING_TRIAL = 65_536;
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
/**
 * A quote that never closes, or a quoted value that runs over several lines and holds the delimiter:
 * read on, it would swallow the rows after it into one value (three workers become one "eligible"
 * worker whose name holds two other people's NIKs). `row` is the CSV row where the value starts.
 */
export class CsvQuoteError extends Error {
  override readonly name = "CsvQuoteError";

  constructor(
    readonly row: number,
    readonly unclosed: boolean,
  ) {
    super(
      unclosed
        ? `Baris ${row}: tanda kutip (") dibuka tetapi tidak pernah ditutup, sehingga baris-baris sesudahnya akan tergabung menjadi satu nilai. Perbaiki tanda kutip di baris itu (atau simpan ulang dari Excel), lalu coba lagi.`
        : `Baris ${row}: satu nilai bertanda kutip melintasi beberapa baris dan memuat pemisah kolom, sehingga baris sesudahnya akan tergabung ke dalamnya. Periksa tanda kutip di baris itu (mungkin ada satu yang hilang), lalu coba lagi.`,
    );
  }
}

export class CsvParser {
  private delimiterCode: number | undefined;
  private state = State.FieldStart;
  private pending = "";
  private readonly row: RawCell[] = [];
  private readonly rows: RawCell[][] = [];
  /** Per column: the table of shared cells, or null once the column proved to hold mostly distinct values. */
  private readonly shared: Array<Array<TextCell | undefined> | null> = [];
  /** Per column: cells looked at, and cells not found in the shared table, while the column is on trial. */
  private readonly looked: number[] = [];
  private readonly missed: number[] = [];
  /** Per column: the text cell of the last row that had one. */
  private readonly above: TextCell[] = [];
  private headerProbe = "";
  private started = false;
  /** Rows ended so far: the next row's number, less one, for messages. */
  private rowCount = 0;
  /** Set by `keepOnlyColumns`: the columns still cut from the text. */
  private wanted: boolean[] | undefined;

  /**
   * With `onRow`, each row is handed over as it ends and not kept: a million-row DTKS extract then
   * never exists as a grid in memory, and `finish()` returns no rows. `onRow` is given the parser
   * too, to call `keepOnlyColumns` once it knows which columns it reads.
   */
  constructor(
    delimiter?: CsvDelimiter,
    private readonly onRow?: (row: RawCell[], parser: CsvParser) => void,
    /** Rows of the file read before this parser's first one (by another reader): messages name file rows. */
    rowsBefore = 0,
  ) {
    this.delimiterCode = delimiter?.charCodeAt(0);
    this.rowCount = rowsBefore;
  }

  /** True when the text pushed so far ends exactly at the end of a row (and the delimiter is known). */
  get betweenRows(): boolean {
    return this.delimiterCode !== undefined && this.state === State.FieldStart && this.row.length === 0 && this.pending === "";
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
    if (this.state === State.Quoted) throw new CsvQuoteError(this.rowCount + 1, true);
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
    // Positions of the next LF and CR, searched again only once passed, so that no stretch of text is
    // searched twice.
    let lineEnd = -1;
    let nextCr = -1;
    for (let i = 0; i < length; i++) {
      if (state === State.FieldStart && this.row.length === 0 && pending === "") {
        // A whole line is cut with native searches, many times faster than looking at every
        // character: it is what makes a million-row extract quick to read. Lines without quotes, and
        // lines whose quotes only enclose whole values (DTSEN quotes every value), take this way.
        if (lineEnd < i) lineEnd = positionOrEnd(text.indexOf("\n", i), length);
        if (lineEnd < length) {
          if (nextCr < i) nextCr = positionOrEnd(text.indexOf("\r", i), length);
          if (nextCr >= lineEnd - 1 && this.cutLine(text.slice(i, nextCr === lineEnd - 1 ? nextCr : lineEnd), delimiter, delimiterChar)) {
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
        this.checkQuoted(pending, delimiterChar);
        this.endField(pending);
        pending = "";
        state = State.FieldStart;
      } else if (code === LF || code === CR) {
        this.checkQuoted(pending, delimiterChar);
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

  /**
   * Cuts the values of one whole line (no line break, no CR) into the row, or returns false, leaving
   * the row empty, when the line needs the character-by-character reading: a doubled quote, a quote
   * inside an unquoted value, text after a closing quote, a quoted value running past the line.
   */
  private cutLine(line: string, delimiter: number, delimiterChar: string): boolean {
    const length = line.length;
    const wanted = this.wanted;
    let nextQuote = line.indexOf('"');
    let position = 0;
    for (;;) {
      let start = position;
      let stop: number;
      let after: number;
      if (position < length && line.charCodeAt(position) === QUOTE) {
        const close = line.indexOf('"', position + 1);
        after = close + 1;
        if (close < 0 || (after < length && line.charCodeAt(after) !== delimiter)) {
          this.row.length = 0;
          return false;
        }
        start = position + 1;
        stop = close;
      } else {
        stop = positionOrEnd(line.indexOf(delimiterChar, position), length);
        if (nextQuote >= 0 && nextQuote < position) nextQuote = line.indexOf('"', position);
        if (nextQuote >= 0 && nextQuote < stop) {
          this.row.length = 0;
          return false;
        }
        after = stop;
      }
      if (wanted === undefined || wanted[this.row.length] === true) this.endField(line.slice(start, stop));
      else this.row.push(EMPTY_CELL);
      if (after >= length) return true;
      position = after + 1;
    }
  }

  /**
   * From the next row on, only these columns (0-based) are cut from the text; every other value is
   * an empty cell, so that a reader using 17 of a DTSEN file's 48 columns does not pay for 31 more.
   */
  keepOnlyColumns(columns: Iterable<number>): void {
    const wanted: boolean[] = [];
    for (const column of columns) wanted[column] = true;
    this.wanted = wanted;
  }

  private endField(text: string): void {
    const column = this.row.length;
    if (text === "" || (this.wanted !== undefined && this.wanted[column] !== true)) {
      this.row.push(EMPTY_CELL);
      return;
    }
    // The value of the row above, first: the members of a family follow each other in a DTSEN file
    // and repeat its No. KK, address and region, which then share one cell (and one string).
    const above = this.above[column];
    if (above !== undefined && above.text === text) {
      this.row.push(above);
      return;
    }
    // Columns such as sex, desil, dusun or birth date repeat a few values over a million rows: their
    // cells are shared, which keeps a large extract within the memory of an ordinary laptop.
    let shared = this.shared[column];
    if (shared === undefined) {
      shared = this.shared[column] = new Array<TextCell | undefined>(SHARED_SLOTS);
      this.looked[column] = 0;
      this.missed[column] = 0;
    }
    let cell: TextCell | undefined;
    // Frozen like the shared ones: the cell may be reused by the next row.
    if (shared === null) cell = Object.freeze({ kind: "text", text: detached(text) });
    else {
      const slot = slotOf(text);
      cell = shared[slot];
      if (cell === undefined || cell.text !== text) {
        cell = Object.freeze({ kind: "text", text: detached(text) });
        shared[slot] = cell;
        this.missed[column]!++;
      }
      // A column of NIKs or names would only churn the table: it stops sharing.
      if (this.looked[column]!++ === SHARING_TRIAL && this.missed[column]! > (SHARING_TRIAL * 3) / 4) this.shared[column] = null;
    }
    this.above[column] = cell;
    this.row.push(cell);
  }

  /**
   * A quoted value just closed. One whose later lines hold the delimiter is a lost quote swallowing
   * rows, not an address: "Jl. Mawar,\nRT 02" is an address, "Budi\n6104…;Siti" is two workers.
   */
  private checkQuoted(value: string, delimiterChar: string): void {
    const lineBreak = value.search(/[\r\n]/);
    if (lineBreak >= 0 && value.indexOf(delimiterChar, lineBreak) >= 0) throw new CsvQuoteError(this.rowCount + 1, false);
  }

  private endRow(): void {
    this.rowCount++;
    // Copied to an exact-size array: a grown array keeps up to twice the slots it uses.
    if (this.onRow) this.onRow(this.row.slice(), this);
    else this.rows.push(this.row.slice());
    this.row.length = 0;
  }
}

/**
 * The text as a string of its own. A value cut from a decoded 16 MB piece of the file would otherwise
 * keep the whole piece alive for as long as the value is kept (V8 makes such substrings views on the
 * text they were cut from), so that a million kept NIKs would keep the whole file in memory. Short
 * substrings are copies already; joining two parts makes a flat copy of a longer one.
 */
function detached(text: string): string {
  return text.length < 13 ? text : [text.slice(0, 1), text.slice(1)].join("");
}

/**
 * A slot of `SHARED_SLOTS` for the value: a multiplicative hash of every character (addresses differ
 * in one house number in the middle), past 64 characters of every fourth.
 */
function slotOf(text: string): number {
  const length = text.length;
  const step = length > 64 ? 4 : 1;
  let hash = length;
  for (let i = 0; i < length; i += step) hash = Math.imul(hash ^ text.charCodeAt(i), 0x9e3779b1);
  return (hash ^ (hash >>> 16)) & (SHARED_SLOTS - 1);
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
