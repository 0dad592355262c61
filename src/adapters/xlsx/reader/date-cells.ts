import type { RawCell } from "../../../domain/cell/raw-cell";
import { dateCell } from "./cell-values";

/** Slots of the table (a power of two): serials a slot apart are 89 years apart, more than a list of birth dates spans. */
const SLOTS = 1 << 15;

/**
 * The cells of date serials already seen, shared: 100,000 birth dates span a few thousand days. Each
 * serial has one slot (its low bits), and a serial meeting another one there takes its place, so the
 * table never grows; a slot is two array reads, where a `Map` was looked up for every date cell.
 */
export class DateCells {
  private serials: Float64Array | undefined;
  private cells: Array<RawCell | undefined> = [];

  constructor(private readonly date1904: boolean) {}

  cellOf(serial: number): RawCell {
    let serials = this.serials;
    if (serials === undefined) {
      // Made at the first date cell (most parts have none), and sized at once: an array written at a few
      // scattered indexes would be kept as a dictionary.
      serials = this.serials = new Float64Array(SLOTS);
      this.cells = new Array<RawCell | undefined>(SLOTS);
    }
    const slot = serial & (SLOTS - 1);
    const known = this.cells[slot];
    if (known !== undefined && serials[slot] === serial) return known;
    const cell = dateCell(serial, this.date1904);
    serials[slot] = serial;
    this.cells[slot] = cell;
    return cell;
  }
}
