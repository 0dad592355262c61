import type { RawCell } from "../../../domain/cell/raw-cell";

type TextCell = Extract<RawCell, { kind: "text" }>;

/**
 * Slots of a column's table (a power of two): a value is looked up in the slot a hash of its characters
 * picks, straight in the sheet's text, so a value seen before costs no string and no cell. Two values in
 * one slot take turns.
 */
const SLOTS = 1 << 12;
/** Cells of a column looked at before it is judged: when more than 3 in 4 were new, it holds distinct values (NIKs, names) and stops sharing. */
const TRIAL = 8_192;
/** Columns past this one never share: a sheet 16,384 columns wide must not cost a table for each. */
const LAST_SHARED_COLUMN = 256;

/**
 * Text cells shared between the cells of one column that hold the same text: sex, job, dusun, RT and
 * RW repeat a few values over 100,000 rows, and one cell (and one string) each keeps a large sheet's
 * grid small, for the reader's garbage collector and the check engine's alike. Cells are read-only,
 * so sharing them changes nothing else; the CSV reader shares its cells the same way.
 */
export class SharedTextCells {
  /** Per column: the table, or null once the column proved to hold mostly distinct values. */
  private readonly tables: Array<Array<TextCell | undefined> | null | undefined> = [];
  private readonly looked: number[] = [];
  private readonly missed: number[] = [];

  /** The text cell for `text.slice(from, to)` (not empty) in column `column` (1-based). */
  cellAt(column: number, text: string, from: number, to: number): TextCell {
    let table = column <= LAST_SHARED_COLUMN ? this.tables[column] : null;
    if (table === undefined) {
      table = this.tables[column] = new Array<TextCell | undefined>(SLOTS);
      this.looked[column] = 0;
      this.missed[column] = 0;
    }
    if (table === null) return { kind: "text", text: detachedSlice(text, from, to) };
    const slot = slotOf(text, from, to);
    let cell = table[slot];
    if (cell === undefined || cell.text.length !== to - from || !text.startsWith(cell.text, from)) {
      cell = { kind: "text", text: detachedSlice(text, from, to) };
      table[slot] = cell;
      this.missed[column]!++;
    }
    if (this.looked[column]!++ === TRIAL && this.missed[column]! > (TRIAL * 3) / 4) this.tables[column] = null;
    return cell;
  }
}

/**
 * The text as a string of its own. A value cut from a decoded piece of the sheet would otherwise keep
 * the whole piece alive for as long as the cell is kept (V8 makes such substrings views on the text
 * they were cut from), so that 100,000 kept NIKs would keep the whole sheet's XML in memory. Short
 * substrings are copies already; joining two parts makes a flat copy of a longer one.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : [text.slice(0, 1), text.slice(1)].join("");
}

/** `detached(text.slice(from, to))`, without the intermediate substring. */
export function detachedSlice(text: string, from: number, to: number): string {
  return to - from < 13 ? text.slice(from, to) : [text.slice(from, from + 1), text.slice(from + 1, to)].join("");
}

/** A multiplicative hash of every character (addresses differ in one house number), past 64 characters of every fourth. */
function slotOf(text: string, from: number, to: number): number {
  const step = to - from > 64 ? 4 : 1;
  let hash = to - from;
  for (let i = from; i < to; i += step) hash = Math.imul(hash ^ text.charCodeAt(i), 0x9e3779b1);
  return (hash ^ (hash >>> 16)) & (SLOTS - 1);
}
