import { readIdNumber } from "../domain/nik/read-id-number";

/**
 * The NIKs of a DTKS/DTSEN extract, indexed once for every `=DESA.CEK_DTKS` that points at it.
 *
 * Excel hands each call its own copy of the range, so a column of 1,000 formulas would otherwise
 * scan the extract 1,000 times. The index is kept per source, recognised by a fingerprint that
 * costs a few dozen cell reads whatever the size (its shape, its header row, and cells sampled
 * down every column), and forgotten when the workbook changes (`forgetDtksIndexes`, wired to
 * Excel's change events in the shared runtime). A whole-column reference (`DTKS!A:C`) arrives as a
 * million rows: only the rows up to the last filled one are indexed.
 */
export interface DtksIndex {
  /** The row's desil (from the column headed "Desil"), or null when the NIK is listed without one; undefined when not listed. */
  lookup(digits: string): DtksEntry | undefined;
  readonly niks: number;
}

export interface DtksEntry {
  readonly desil: unknown;
}

type Cell = unknown;

/** Sources kept at once: a workbook rarely checks against more than a few extracts. */
const MAX_SOURCES = 4;
const SAMPLES_PER_COLUMN = 24;

const indexes = new Map<string, DtksIndex>();

/** The same array object again (a recalculation that reuses its argument) skips even the fingerprint. */
let lastRange: { readonly range: ReadonlyArray<ReadonlyArray<Cell>>; readonly index: DtksIndex } | undefined;

export function dtksIndexFor(range: ReadonlyArray<ReadonlyArray<Cell>>): DtksIndex {
  if (lastRange?.range === range) return lastRange.index;
  const index = indexFor(range);
  lastRange = { range, index };
  return index;
}

function indexFor(range: ReadonlyArray<ReadonlyArray<Cell>>): DtksIndex {
  const key = fingerprint(range);
  let index = indexes.get(key);
  if (index) {
    // Most recently used last, so the oldest source is the one dropped.
    indexes.delete(key);
    indexes.set(key, index);
    return index;
  }
  index = buildIndex(range);
  indexes.set(key, index);
  if (indexes.size > MAX_SOURCES) indexes.delete(indexes.keys().next().value!);
  return index;
}

/** Every kept index goes: called when the workbook changes, and by tests. */
export function forgetDtksIndexes(): void {
  indexes.clear();
  lastRange = undefined;
}

function buildIndex(range: ReadonlyArray<ReadonlyArray<Cell>>): DtksIndex {
  const header = range[0] ?? [];
  const desilColumn = header.findIndex((h) => typeof h === "string" && /desil/i.test(h));
  const byNik = new Map<string, DtksEntry>();
  const last = lastFilledRow(range);
  for (let r = 0; r <= last; r++) {
    const row = range[r]!;
    for (const cell of row) {
      if (typeof cell !== "string" || cell.length < 16) continue;
      const reading = readIdNumber({ kind: "text", text: cell });
      if (reading.status !== "ok" || byNik.has(reading.digits)) continue;
      const desil = desilColumn >= 0 ? row[desilColumn] : undefined;
      byNik.set(reading.digits, { desil: desil === "" || desil === undefined ? null : desil });
    }
  }
  return { lookup: (digits) => byNik.get(digits), niks: byNik.size };
}

/** The last row holding anything: a whole column's empty million rows below it are not looked at twice. */
function lastFilledRow(range: ReadonlyArray<ReadonlyArray<Cell>>): number {
  for (let r = range.length - 1; r >= 0; r--) {
    if ((range[r] ?? []).some((cell) => cell !== "" && cell !== null && cell !== undefined)) return r;
  }
  return -1;
}

function fingerprint(range: ReadonlyArray<ReadonlyArray<Cell>>): string {
  const rows = range.length;
  let key = `${rows}\u0002${range[0]?.length ?? 0}`;
  const add = (row: ReadonlyArray<Cell> | undefined) => {
    if (!row) return;
    for (const cell of row) key += `\u0001${typeof cell === "string" ? cell : String(cell)}`;
  };
  add(range[0]);
  if (rows > 1) {
    const step = Math.max(1, Math.floor((rows - 1) / SAMPLES_PER_COLUMN));
    for (let r = 1; r < rows; r += step) add(range[r]);
    add(range[rows - 1]);
  }
  return key;
}
