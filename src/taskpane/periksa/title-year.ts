import type { SheetGrid } from "../../domain/cell/sheet-grid";

const TITLE_YEAR = /\bTAHUN(?:\s+ANGGARAN)?\s+(20\d\d)\b/i;

/**
 * The year a title row above the table names ("DAFTAR PEKERJA RENTAN DESA … TAHUN 2027"): the pane
 * offers it as the budget year instead of silently using the current one. Only rows above the header
 * are read; a birth year in the data is never taken for it.
 */
export function yearFromTitle(grid: Pick<SheetGrid, "rows" | "firstRow">, headerRow: number): number | undefined {
  const above = Math.max(0, Math.min(grid.rows.length, headerRow - grid.firstRow));
  for (let i = 0; i < above; i++) {
    for (const cell of grid.rows[i] ?? []) {
      if (cell.kind !== "text") continue;
      const match = TITLE_YEAR.exec(cell.text);
      if (match) return Number(match[1]);
    }
  }
  return undefined;
}
