import { cellText } from "../cell/raw-cell";
import type { SheetGrid } from "../cell/sheet-grid";
import type { WorkerTable } from "../table/worker-table";

/** Which village a workbook belongs to, and how we know: shown so the officer can check it. */
export interface VillageIdentity {
  readonly name: string;
  readonly code?: string;
  readonly foundBy: "kode" | "judul" | "kolom" | "berkas";
}

const VILLAGE_CODE = /\b(\d{2})[.\s]?(\d{2})[.\s]?(\d{2})[.\s]?(\d{4})\b/;
const VILLAGE_TITLE = /\b(?:desa|kelurahan|nagari|gampong|kampung|pekon)\s+([A-Za-z' .-]+?)(?=\s*(?:[,;:/|()\-–—]|\s(?:kec(?:amatan)?|kab(?:upaten)?|kota|tahun|ta)\b|$))/i;

/**
 * From the most explicit to the weakest: a Kemendagri village code in the title rows, a "Desa X" title,
 * the most frequent value of a `desa` column, and finally the file name. One village per file.
 */
export function identifyVillage(grid: SheetGrid | undefined, table: WorkerTable, fileName: string, villageName?: (code: string) => string | undefined): VillageIdentity {
  const titles: string[] = [];
  if (grid) {
    const last = Math.min(table.headerRow - 1, grid.firstRow + grid.rows.length - 1);
    for (let r = grid.firstRow; r <= last; r++) {
      for (const cell of grid.rows[r - grid.firstRow] ?? []) {
        const text = cellText(cell);
        if (text) titles.push(text);
      }
    }
  }
  for (const text of titles) {
    const m = VILLAGE_CODE.exec(text);
    if (m) {
      const code = `${m[1]}.${m[2]}.${m[3]}.${m[4]}`;
      const name = villageName?.(code);
      if (name) return { name, code, foundBy: "kode" };
    }
  }
  for (const text of titles) {
    const m = VILLAGE_TITLE.exec(text);
    if (m && m[1]!.trim().length > 1) return { name: titleCase(m[1]!.trim()), foundBy: "judul" };
  }
  if (table.mapping.desa) {
    const counts = new Map<string, number>();
    for (const row of table.rows) {
      const v = cellText(row.cells.desa);
      if (v) counts.set(titleCase(v), (counts.get(titleCase(v)) ?? 0) + 1);
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best) return { name: best[0], foundBy: "kolom" };
  }
  return { name: fileName.replace(/\.[^.]+$/, "").replace(/[_-]+/g, " ").trim(), foundBy: "berkas" };
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s'-])\p{L}/gu, (c) => c.toUpperCase());
}
