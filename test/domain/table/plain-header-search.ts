import { cellText, type RawCell } from "../../../src/domain/cell/raw-cell";
import type { GridRange, SheetGrid } from "../../../src/domain/cell/sheet-grid";
import { normaliseHeader } from "../../../src/domain/fields";
import type { HeaderMatch } from "../../../src/domain/table/header-match";
import type { TableHeader } from "../../../src/domain/table/locate-table";

/**
 * The header search as it was before its look-ups and shortcuts, kept as the tests' oracle: every synonym
 * searched for in every text, every row of the scan worked out in full.
 */

const NUMBERING = new Set(["no", "nomor", "nourut", "nomorurut", "urut", "nmr", "nourt"]);

export function plainStripNotes(header: string): string {
  const collapsed = header.replace(/\s+/g, " ").trim();
  const stripped = collapsed
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/\*/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return stripped === "" ? collapsed : stripped;
}

export function plainMatcher<F extends string>(synonyms: Readonly<Record<F, readonly string[]>>): (header: string) => HeaderMatch<F> | undefined {
  const exact = new Map<string, F>();
  const contained: Array<{ field: F; key: string }> = [];
  const whole = new Map<string, F>();
  for (const field of Object.keys(synonyms) as F[]) {
    for (const synonym of synonyms[field]) {
      const key = normaliseHeader(synonym);
      if (key === "") continue;
      if (!exact.has(key)) exact.set(key, field);
      // Short codes joined by a slash ("RT/RW") name a column only as the whole header.
      const shortCodePair = synonym.includes("/") && synonym.split(/[^A-Za-z0-9]+/).filter(Boolean).every((word) => word.length < 4);
      if (key.length < 4) {
        if (!whole.has(key)) whole.set(key, field);
      } else if (!shortCodePair) {
        contained.push({ field, key });
      }
    }
  }
  return (header) => {
    const cleaned = plainStripNotes(header);
    const key = normaliseHeader(cleaned);
    if (key === "" || NUMBERING.has(key)) return undefined;
    const exactField = exact.get(normaliseHeader(header)) ?? exact.get(key);
    if (exactField !== undefined) return { field: exactField, exact: true };
    let best: F | undefined;
    let bestStart = -1;
    let bestLength = 0;
    let tied = false;
    const consider = (field: F, start: number, length: number) => {
      if (start > bestStart || (start === bestStart && length > bestLength)) {
        best = field;
        bestStart = start;
        bestLength = length;
        tied = false;
      } else if (start === bestStart && length === bestLength && field !== best) {
        tied = true;
      }
    };
    for (const synonym of contained) {
      const start = key.lastIndexOf(synonym.key);
      if (start >= 0) consider(synonym.field, start, synonym.key.length);
    }
    const words = cleaned
      .normalize("NFKD")
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word !== "");
    const first = words.length > 0 ? whole.get(words[0]!) : undefined;
    if (first !== undefined && words.every((word) => (whole.get(word) ?? first) === first)) consider(first, 0, words[0]!.length);
    const field = tied ? undefined : best;
    return field === undefined ? undefined : { field, exact: false };
  };
}

interface Reading<F extends string> {
  mapping: Partial<Record<F, { column: number; header: string }>>;
  unmapped: Array<{ column: number; header: string }>;
  fields: number;
  ownFields: number;
}

/** `findTableHeader` (locate-table.ts) as it was, on the plain matcher. */
export function plainFindTableHeader<F extends string>(
  grid: SheetGrid,
  synonyms: Readonly<Record<F, readonly string[]>>,
  minFields = 3,
  scanRows = 20,
): { found: true; header: TableHeader<F> } | { found: false; closest?: { row: number; fields: F[] } } {
  const match = plainMatcher(synonyms);
  const firstRow = grid.firstRow;
  const firstColumn = grid.firstColumn;
  let lastRow = grid.firstRow - 1;
  let width = 0;
  grid.rows.forEach((cells, i) => {
    if (cells.length === 0) return;
    lastRow = grid.firstRow + i;
    width = Math.max(width, cells.length);
  });
  const lastColumn = grid.firstColumn + width - 1;
  const vertical: GridRange[] = (grid.merges ?? []).filter((m) => m.bottom > m.top);
  const cell = (row: number, column: number): RawCell => grid.rows[row - firstRow]?.[column - firstColumn] ?? { kind: "empty" };

  const read = (row: number, from: number, to: number, borrow: boolean): Reading<F> => {
    const cells: Array<{ column: number; header: string; field?: F; exact: boolean; own: boolean }> = [];
    for (let column = from; column <= to; column++) {
      let text = cellText(cell(row, column));
      let own = true;
      if (text === undefined && borrow) {
        own = false;
        const master = vertical.find((m) => m.left === column && m.top < row && row <= m.bottom);
        text = master ? cellText(cell(master.top, column)) : undefined;
        if (text === undefined && row > firstRow) {
          const above = cellText(cell(row - 1, column));
          if (above !== undefined && match(above)) text = above;
        }
      }
      if (text === undefined) continue;
      const header = text.replace(/\s+/g, " ");
      const numbering = NUMBERING.has(normaliseHeader(plainStripNotes(header)));
      const found = numbering ? undefined : match(header);
      cells.push({ column, header, field: found?.field, exact: found?.exact ?? false, own });
    }
    const mapping: Reading<F>["mapping"] = {};
    const taken = new Set<(typeof cells)[number]>();
    let ownFields = 0;
    for (const exact of [true, false]) {
      for (const c of cells) {
        if (c.field === undefined || c.exact !== exact || mapping[c.field]) continue;
        mapping[c.field] = { column: c.column, header: c.header };
        taken.add(c);
        if (c.own) ownFields++;
      }
    }
    const unmapped = cells.filter((c) => !taken.has(c)).map(({ column, header }) => ({ column, header }));
    return { mapping, unmapped, fields: taken.size, ownFields };
  };

  let best: TableHeader<F> | undefined;
  for (const table of grid.tables ?? []) {
    const reading = read(table.headerRow, table.firstColumn, table.lastColumn, false);
    if (reading.fields < minFields || (best && Object.keys(best.mapping).length >= reading.fields)) continue;
    best = {
      sheet: grid.name,
      headerRow: table.headerRow,
      lastHeaderRow: table.headerRow,
      lastRow: Math.min(table.lastRow, lastRow),
      firstColumn: table.firstColumn,
      lastColumn: table.lastColumn,
      mapping: reading.mapping,
      unmappedHeaders: reading.unmapped,
      foundBy: "tabel",
      tableName: table.name,
    };
  }
  if (best) return { found: true, header: best };

  let bestReading: Reading<F> | undefined;
  let bestRow = 0;
  const lastScanned = Math.min(lastRow, grid.firstRow + scanRows - 1);
  for (let row = grid.firstRow; row <= lastScanned; row++) {
    const reading = read(row, firstColumn, lastColumn, true);
    if (reading.ownFields === 0) continue;
    if (!bestReading || reading.fields > bestReading.fields) {
      bestReading = reading;
      bestRow = row;
    }
  }
  if (!bestReading || bestReading.fields < minFields) {
    return { found: false, closest: bestReading ? { row: bestRow, fields: Object.keys(bestReading.mapping) as F[] } : undefined };
  }
  let lastHeaderRow = bestRow;
  for (const m of vertical) if (m.top <= bestRow && bestRow <= m.bottom && m.bottom > lastHeaderRow && m.bottom - m.top < 20) lastHeaderRow = m.bottom;
  return {
    found: true,
    header: {
      sheet: grid.name,
      headerRow: bestRow,
      lastHeaderRow,
      lastRow,
      firstColumn,
      lastColumn,
      mapping: bestReading.mapping,
      unmappedHeaders: bestReading.unmapped,
      foundBy: "judul",
    },
  };
}
