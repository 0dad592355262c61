import { cellText, type RawCell } from "../cell/raw-cell";
import type { SheetGrid, WorkbookGrid } from "../cell/sheet-grid";
import type { FieldName } from "../fields";
import { locateTable, type LocatedTable } from "../table/locate-table";
import type { ColumnMapping, MappedColumn, WorkerRow, WorkerTable } from "../table/worker-table";

/**
 * Reading OpenSID's "Program Bantuan" participant workbook (peers.md §1.5) back into a worker table, so a
 * village that keeps its list in OpenSID can check and export it here. OpenSID writes a "Program" sheet of
 * key/value rows and a "Peserta" sheet `Peserta | No. Peserta | NIK | Nama | Tempat Lahir | Tanggal Lahir |
 * Alamat`; its own import reads every sheet except "Program" as participants and stops at a "###" row.
 */

type PesertaField = "peserta" | "no_peserta" | "nik" | "nama" | "tempat_lahir" | "tanggal_lahir" | "alamat";

const PESERTA_SYNONYMS: Readonly<Record<PesertaField, readonly string[]>> = {
  peserta: ["Peserta"],
  no_peserta: ["No. Peserta", "Nomor Peserta", "No. Kartu Peserta", "No Kartu"],
  nik: ["NIK"],
  nama: ["Nama"],
  tempat_lahir: ["Tempat Lahir"],
  tanggal_lahir: ["Tanggal Lahir"],
  alamat: ["Alamat"],
};

/** OpenSID's `sasaran`: who a programme's participants are; the "Peserta" column holds their key. */
export type OpenSidSasaran = 1 | 2 | 3 | 4;

/** The "Program" sheet, read by position as OpenSID reads it. */
export interface OpenSidProgram {
  readonly id?: string;
  readonly nama?: string;
  /** 1 penduduk (Peserta = NIK), 2 keluarga (Peserta = No. KK), 3 rumah tangga, 4 kelompok. */
  readonly sasaran?: OpenSidSasaran;
  readonly keterangan?: string;
  readonly asalDana?: string;
  /** "YYYY-MM-DD" as OpenSID writes them. */
  readonly mulai?: string;
  readonly selesai?: string;
}

export type OpenSidReadResult =
  | { readonly ok: true; readonly table: WorkerTable; readonly program?: OpenSidProgram }
  /** `message` is Bahasa Indonesia and says what to fix. */
  | { readonly ok: false; readonly message: string };

const PROGRAM_KEYS = ["id", "nama", "sasaran", "keterangan", "asalDana", "mulai", "selesai"] as const;

/** Maps an OpenSID Program Bantuan export to worker rows: NIK, nama, tempat/tanggal lahir, alamat (and No. KK for sasaran keluarga). Pure. */
export function readOpenSidPeserta(workbook: WorkbookGrid): OpenSidReadResult {
  const programSheet = workbook.sheets.find((s) => s.name.trim().toLowerCase() === "program");
  const program = programSheet ? readProgram(programSheet) : undefined;
  const candidates = workbook.sheets.filter((s) => s !== programSheet);
  const named = candidates.find((s) => s.name.trim().toLowerCase() === "peserta");

  for (const sheet of named ? [named] : candidates) {
    const located = locateTable(sheet, { synonyms: PESERTA_SYNONYMS, minFields: 2 });
    if (!located.found || !(located.table.mapping.nik || located.table.mapping.peserta)) continue;
    return { ok: true, table: toWorkerTable(located.table, program?.sasaran ?? 1), ...(program ? { program } : {}) };
  }
  const where = named ? `lembar '${named.name}'` : "buku kerja ini";
  return {
    ok: false,
    message: `Tidak menemukan daftar peserta OpenSID di ${where}: judul kolom yang diharapkan Peserta, No. Peserta, NIK, Nama, Tempat Lahir, Tanggal Lahir, Alamat (ekspor "Program Bantuan" OpenSID).`,
  };
}

function readProgram(sheet: SheetGrid): OpenSidProgram {
  const program: Record<string, string | number> = {};
  for (let i = 0; i < PROGRAM_KEYS.length; i++) {
    const row = sheet.rows[i - (sheet.firstRow - 1)];
    const label = cellText(row?.[0 - (sheet.firstColumn - 1)]);
    if (label === "###") break;
    const value = cellValueText(row?.[1 - (sheet.firstColumn - 1)]);
    if (value === undefined) continue;
    const key = PROGRAM_KEYS[i]!;
    if (key === "sasaran") {
      const n = Number(value);
      if (n === 1 || n === 2 || n === 3 || n === 4) program.sasaran = n;
    } else program[key] = value;
  }
  return program as OpenSidProgram;
}

/** Dates come back as date cells when OpenSID's export went through Excel; OpenSID writes them Y-m-d. */
function cellValueText(cell: RawCell | undefined): string | undefined {
  if (cell?.kind === "date") return `${cell.year}-${String(cell.month).padStart(2, "0")}-${String(cell.day).padStart(2, "0")}`;
  return cellText(cell);
}

function toWorkerTable(located: LocatedTable<PesertaField>, sasaran: OpenSidSasaran): WorkerTable {
  const m = located.mapping;
  // The Peserta column is the participant's key: the NIK for sasaran penduduk, the No. KK for keluarga.
  const pesertaAs: FieldName | undefined = sasaran === 1 ? "nik" : sasaran === 2 ? "no_kk" : undefined;
  const mapping: ColumnMapping = {};
  const put = (field: FieldName, column: MappedColumn | undefined) => {
    if (column) mapping[field] = column;
  };
  put("nik", m.nik ?? (pesertaAs === "nik" ? m.peserta : undefined));
  put("no_kk", pesertaAs === "no_kk" ? m.peserta : undefined);
  put("nama", m.nama);
  put("tempat_lahir", m.tempat_lahir);
  put("tanggal_lahir", m.tanggal_lahir);
  put("alamat", m.alamat);
  const used = new Set(Object.values(mapping).map((c) => c!.column));
  const unmappedHeaders = [...located.unmappedHeaders, ...[m.peserta, m.no_peserta].filter((c): c is MappedColumn => !!c && !used.has(c.column))];

  const rows: WorkerRow[] = [];
  for (const row of located.rows) {
    const c = row.cells;
    // OpenSID's import stops at a "###" row; what follows is not a participant.
    if (cellText(c.peserta) === "###") break;
    const cells: Partial<Record<FieldName, RawCell>> = {};
    const nik = c.nik && cellText(c.nik) !== undefined ? c.nik : pesertaAs === "nik" ? c.peserta : c.nik;
    if (nik) cells.nik = nik;
    if (pesertaAs === "no_kk" && c.peserta) cells.no_kk = c.peserta;
    if (c.nama) cells.nama = c.nama;
    if (c.tempat_lahir) cells.tempat_lahir = c.tempat_lahir;
    if (c.tanggal_lahir) cells.tanggal_lahir = c.tanggal_lahir;
    if (c.alamat) cells.alamat = c.alamat;
    rows.push({ row: row.row, cells });
  }
  return {
    sheet: located.sheet,
    headerRow: located.headerRow,
    mapping,
    unmappedHeaders,
    rows,
    foundBy: located.foundBy,
    ...(located.tableName !== undefined ? { tableName: located.tableName } : {}),
  };
}
