import type { WorkbookGrid } from "../cell/sheet-grid";
import { FIELD_LABELS, FIELD_SYNONYMS, type FieldName } from "../fields";
import {
  DEFAULT_MIN_FIELDS,
  DEFAULT_SCAN_ROWS,
  fieldCount,
  findTableHeader,
  readTableRows,
  type LocateTableOptions,
  type TableHeader,
} from "./locate-table";
import type { WorkerTable } from "./worker-table";

export type LocateWorkerTableResult =
  | { readonly ok: true; readonly table: WorkerTable }
  /** `message` is Bahasa Indonesia and says what to fix in the workbook. */
  | { readonly ok: false; readonly message: string };

export const WORKER_TABLE_OPTIONS: LocateTableOptions<FieldName> = {
  synonyms: FIELD_SYNONYMS,
  minFields: DEFAULT_MIN_FIELDS,
  scanRows: DEFAULT_SCAN_ROWS,
  groupFields: ["dusun", "rt", "rw", "desa", "alamat", "pekerjaan"],
  identityFields: ["nik", "no_kk", "nama"],
};

const EXAMPLE_HEADERS = `${FIELD_LABELS.nik}, ${FIELD_LABELS.nama}, ${FIELD_LABELS.tanggal_lahir}, …`;

/**
 * Finds the worker list in a workbook: on the named sheet, or else on the sheet whose table names the
 * most fields (the first such sheet in tab order on a tie), so a "Rekap" or "Petunjuk" sheet is passed over.
 */
export function locateWorkerTable(workbook: WorkbookGrid, options: { readonly sheet?: string } = {}): LocateWorkerTableResult {
  if (workbook.sheets.length === 0) return { ok: false, message: "Buku kerja ini tidak berisi lembar kerja." };

  let sheets = workbook.sheets;
  if (options.sheet !== undefined) {
    const wanted = options.sheet.trim().toLowerCase();
    const sheet =
      workbook.sheets.find((s) => s.name === options.sheet) ?? workbook.sheets.find((s) => s.name.trim().toLowerCase() === wanted);
    if (!sheet) {
      const available = workbook.sheets.map((s) => s.name).join(", ");
      return { ok: false, message: `Lembar '${options.sheet}' tidak ada. Lembar yang tersedia: ${available}.` };
    }
    sheets = [sheet];
  }

  let best: { grid: (typeof sheets)[number]; header: TableHeader<FieldName> } | undefined;
  let closest: { sheet: string; row: number; fields: ReadonlyArray<FieldName> } | undefined;
  // Visible sheets first: a hidden "Arsip Lama" naming more fields must not win over the list the secretary sees.
  const visible = sheets.filter((s) => !s.hidden);
  for (const group of visible.length === sheets.length ? [sheets] : [visible, sheets.filter((s) => s.hidden)]) {
    for (const grid of group) {
      const search = findTableHeader(grid, WORKER_TABLE_OPTIONS);
      if (search.found) {
        if (!best || fieldCount(search.header) > fieldCount(best.header)) best = { grid, header: search.header };
      } else if (search.closest && (!closest || search.closest.fields.length > closest.fields.length)) {
        closest = { sheet: grid.name, ...search.closest };
      }
    }
    if (best) break;
  }
  if (best) {
    const table = readTableRows(best.grid, best.header, WORKER_TABLE_OPTIONS);
    return { ok: true, table: best.grid.hidden ? { ...table, hiddenSheet: true } : table };
  }
  return { ok: false, message: notFoundMessage(options.sheet === undefined ? undefined : sheets[0]!.name, sheets[0]!.rows.length === 0, closest) };
}

function notFoundMessage(
  sheet: string | undefined,
  sheetEmpty: boolean,
  closest: { sheet: string; row: number; fields: ReadonlyArray<FieldName> } | undefined,
): string {
  if (sheet !== undefined && sheetEmpty) return `Lembar '${sheet}' kosong. Pilih lembar yang berisi daftar pekerja.`;
  const where = sheet === undefined ? "lembar mana pun" : `lembar '${sheet}'`;
  let message =
    `Tidak menemukan tabel pekerja: tidak ada baris judul dengan sedikitnya ${DEFAULT_MIN_FIELDS} kolom yang dikenal ` +
    `(${EXAMPLE_HEADERS}) dalam ${DEFAULT_SCAN_ROWS} baris pertama ${where}. Periksa judul kolom.`;
  if (closest) {
    const names = closest.fields.map((field) => FIELD_LABELS[field]).join(", ");
    message += ` Paling mendekati: baris ${closest.row} lembar '${closest.sheet}', yang hanya dikenali: ${names}.`;
  }
  return message;
}
