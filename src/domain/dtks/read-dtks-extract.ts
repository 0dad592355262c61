import type { RawCell } from "../cell/raw-cell";
import { cellText } from "../cell/raw-cell";
import type { SheetGrid, WorkbookGrid } from "../cell/sheet-grid";
import { readIdNumber } from "../nik/read-id-number";
import { findTableHeader, type LocateTableOptions, type TableHeader } from "../table/locate-table";
import type { MappedColumn } from "../table/worker-table";
import type { CalendarDate } from "../values/calendar-date";
import { parseDateCell } from "../values/parse-date";
import { parseSexCell } from "../values/parse-sex";
import { type DesilCell, DESIL_SOURCES, type DesilReading, type DesilSource, readDesilText } from "./desil";
import { DTKS_FIELD_LABELS, DTKS_FIELD_SYNONYMS, type DtksFamily, type DtksField, type DtksRecord } from "./dtks-record";
import { idHigh, idLow } from "./id-table";
import { dayNumber, emptyPersonRow, hasName, PersonColumns, type PersonRow, type PersonValueField } from "./person-columns";
import { readPbiFlag, readWorksFlag, readWorkStatus, type WorkStatus } from "./work-status";

/**
 * What a file is, told from its columns (never from its name):
 * - `keluarga`: a DTSEN family file (No. KK with desil or PBI, no member NIK column);
 * - `anggota`: a DTSEN member file (NIK with the work-status columns, desil from the family file);
 * - `desil`: the SIKS-NG "Pemeringkatan Desil" export (No. KK, NIK, Nama, Desil per person);
 * - `bnba`: a kabupaten "by name by address" list (often only NIK and Nama);
 * - `dtks`: a legacy DTKS sheet (IDDTKS).
 */
export type ExtractKind = "keluarga" | "anggota" | "desil" | "bnba" | "dtks";

export const EXTRACT_KIND_LABELS: Readonly<Record<ExtractKind, string>> = {
  keluarga: "berkas keluarga DTSEN",
  anggota: "berkas anggota keluarga DTSEN",
  desil: "daftar desil per orang (SIKS-NG)",
  bnba: "daftar nama (BNBA)",
  dtks: "ekstrak DTKS lama",
};

const DESIL_FIELDS: Readonly<Record<DesilSource, DtksField>> = {
  nasional: "desil_nasional",
  provinsi: "desil_provinsi",
  kabupaten_kota: "desil_kabupaten_kota",
};

/** Problems counted while a file is read; each becomes one line of the extract's notes. */
export interface ExtractPartCounts {
  /** Data rows read (records kept). */
  rows: number;
  /** Rows holding something but neither a NIK nor a name (nor, in a family file, a No. KK). */
  withoutIdentity: number;
  /** NIK cells stored as numbers or otherwise not 16 digits: left out of the NIK index. */
  nikUnreadable: number;
  /** Rows whose desil columns are all blank (in a file that has desil columns). */
  desilBlank: number;
  /** Rows with a desil value outside 1–10. */
  desilOutOfRange: number;
  /** `status_dalam_pekerjaan_utama` values this reader does not recognise. */
  workStatusUnknown: number;
}

/** One file (or one sheet of a workbook) of the extract. */
export interface ExtractPart {
  /** The file name, or "berkas.xlsx, lembar X", as messages name it. */
  readonly name: string;
  readonly sheet: string;
  readonly headerRow: number;
  readonly kind: ExtractKind;
  readonly mapping: Partial<Record<DtksField, MappedColumn>>;
  /** Every header text of the header row, for telling an extract from the worker table itself. */
  readonly headers: readonly string[];
  /** The people of a person file, column by column (empty for a family file). */
  readonly people: PersonColumns;
  /** The same people as records, every one made on first use: for lists, not for a million-row file. */
  readonly persons: readonly DtksRecord[];
  readonly families: readonly DtksFamily[];
  readonly counts: Readonly<ExtractPartCounts>;
}

export type ExtractPartResult = { readonly ok: true; readonly part: ExtractPart } | { readonly ok: false; readonly message: string };

/** The record field each mapped column fills. */
const VALUE_FIELDS: Partial<Record<DtksField, PersonValueField>> = {
  nama: "nama",
  jenis_kelamin: "jenisKelamin",
  desil_nasional: "desil",
  desil_provinsi: "desil",
  desil_kabupaten_kota: "desil",
  pbi_nas: "pbiNas",
  pbi_pemda: "pbiPemda",
  status_bekerja: "bekerja",
  status_dalam_pekerjaan_utama: "pekerjaanUtama",
  pekerjaan: "pekerjaan",
  lapangan_usaha: "pekerjaan",
  kode_desa: "kodeDesa",
  alamat: "alamat",
  rt: "rt",
  rw: "rw",
};

/** How a person row's NIK read: the counts tell a missing NIK from an unreadable one. */
export type NikStatus = "ok" | "missing" | "unreadable";

/** Once the header is known: what the file is and the 0-based column of each field (-1 when absent). */
export interface ExtractPlan {
  readonly kind: ExtractKind;
  readonly at: Readonly<Record<DtksField, number>>;
  readonly desilColumns: ReadonlyArray<readonly [DesilSource, number]>;
}

const OPTIONS: LocateTableOptions<DtksField> = { synonyms: DTKS_FIELD_SYNONYMS, minFields: 2 };
/** Cells remembered with what they read as (birth dates, `CellReadings`). */
const MAX_REMEMBERED_CELLS = 65_536;
/** The header must be within the first rows, as for worker tables. */
const HEADER_SCAN_ROWS = 20;

/** The kind of file a header row describes, or undefined when it is none the check can use. */
export function extractKind(mapping: Partial<Record<DtksField, unknown>>): ExtractKind | undefined {
  const hasDesil = DESIL_SOURCES.some((source) => mapping[DESIL_FIELDS[source]] !== undefined);
  if (!mapping.nik) {
    if (mapping.no_kk && (hasDesil || mapping.pbi_nas || mapping.pbi_pemda)) return "keluarga";
    // A list without NIKs can still be matched by No. KK + name or name + birth date.
    if (mapping.nama && (mapping.no_kk || mapping.tanggal_lahir)) return "bnba";
    return undefined;
  }
  if (mapping.id_dtks) return "dtks";
  if (hasDesil) return "desil";
  if (mapping.status_bekerja || mapping.status_dalam_pekerjaan_utama) return "anggota";
  if (mapping.no_kk && mapping.tanggal_lahir) return "anggota";
  return "bnba";
}

/**
 * Reads one extract file row by row (a DTSEN member file runs to a million rows): the first rows are
 * kept until the header is found (by synonyms, since exports differ), then each row becomes a compact
 * record at once, so the extract never has to exist as a grid.
 */
export class DtksExtractReader {
  private readonly head: RawCell[][] = [];
  private header: TableHeader<DtksField> | undefined;
  private kind: ExtractKind | undefined;
  private columns: Array<[DtksField, number]> = [];
  private people: PersonColumns | undefined;
  /** The row being read, reused from row to row. */
  private readonly person: PersonRow = emptyPersonRow();
  private readonly families: DtksFamily[] = [];
  /** Desil readings shared between rows with the same values (a million rows hold at most 1.331 combinations). */
  private readonly desilReadings = new Map<number, DesilReading>();
  private readonly counts: ExtractPartCounts = { rows: 0, withoutIdentity: 0, nikUnreadable: 0, desilBlank: 0, desilOutOfRange: 0, workStatusUnknown: 0 };
  private readonly desilColumns: Array<[DesilSource, number]> = [];
  private rowNumber = 0;
  /** Header texts of the best row seen, for the message when the file is not an extract. */
  private seenHeaders: string[] = [];
  private gaveUp = false;
  private readonly dates = new Map<RawCell, CalendarDate | undefined>();
  /** 0-based column of each mapped field, -1 when the file lacks it. */
  private at: Readonly<Record<DtksField, number>> = NO_COLUMNS;
  // Sex, work status and the yes/no flags repeat a handful of values, whose cells the CSV reader shares.
  private readonly sex = new CellReadings(EXTRACT_CELL_READINGS.sex);
  private readonly workStatus = new CellReadings(EXTRACT_CELL_READINGS.workStatus);
  private readonly pbiNas = new CellReadings(EXTRACT_CELL_READINGS.flag);
  private readonly pbiPemda = new CellReadings(EXTRACT_CELL_READINGS.flag);
  private readonly works = new CellReadings(EXTRACT_CELL_READINGS.works);
  private readonly desilCells = new CellReadings(EXTRACT_CELL_READINGS.desil);
  private readonly desilScratch: DesilCell[] = [];

  constructor(
    private readonly name: string,
    private readonly sheet: string,
    /** The year two-digit years and ages are read against. */
    readonly referenceYear: number,
    /** Index of this file in the extract, stamped on every record. */
    private readonly partIndex = 0,
  ) {}

  push(row: readonly RawCell[]): void {
    this.rowNumber++;
    this.pushed(row);
  }

  private pushed(row: readonly RawCell[]): void {
    if (this.header) {
      this.addRecord(row, this.rowNumber);
      return;
    }
    if (this.gaveUp) return;
    this.head.push(row as RawCell[]);
    if (this.head.length >= HEADER_SCAN_ROWS) this.settleHeader();
  }

  /**
   * Once the header is known, what a faster reader of the text needs to read the later rows itself
   * and hand them over with `pushPerson` (a person file) or `pushFamily` (a family file) and
   * `pushBlank`; undefined before.
   */
  get plan(): ExtractPlan | undefined {
    if (!this.header || !this.kind) return undefined;
    return { kind: this.kind, at: this.at, desilColumns: this.desilColumns };
  }

  /** Rows handed to the reader so far (`push`, `pushBlank`, `pushPerson`). */
  get rowsPushed(): number {
    return this.rowNumber;
  }

  /** The next row is blank in every mapped column. */
  pushBlank(): void {
    this.rowNumber++;
  }

  /**
   * The next row of a person file, its cells already read (as `push` would read them): `person` holds
   * its values and is copied, so the caller may reuse it. The row is counted as `push` counts it.
   */
  pushPerson(nik: NikStatus, workStatus: WorkStatus | "unknown" | undefined, person: PersonRow): void {
    this.rowNumber++;
    this.addPerson(this.rowNumber, nik, workStatus, person);
  }

  /**
   * The next row of a family file, its cells already read (as `push` would read them, its desil with
   * `desilOf`): `noKk` is the No. KK's 16 digits, undefined when it has none. Counted as `push` counts it.
   */
  pushFamily(noKk: string | undefined, kepala: string | undefined, desil: DesilReading | undefined, pbiNas: boolean | undefined, pbiPemda: boolean | undefined, kodeDesa: string | undefined, alamat: string | undefined): void {
    this.rowNumber++;
    this.addFamily(this.rowNumber, noKk, kepala, desil, pbiNas, pbiPemda, kodeDesa, alamat);
  }

  /** The row's desil from its desil columns' readings (in `plan.desilColumns` order), counted as `push` counts them. */
  desilOf(readings: readonly DesilCell[]): DesilReading | undefined {
    let key = 0;
    let outOfRange = false;
    for (let i = 0; i < readings.length; i++) {
      const reading = readings[i]!;
      key = key * 11 + (reading.status === "ok" ? reading.value : 0);
      if (reading.status === "out-of-range") outOfRange = true;
    }
    if (outOfRange) this.counts.desilOutOfRange++;
    else if (key === 0) this.counts.desilBlank++;
    if (key === 0) return undefined;
    let desil = this.desilReadings.get(key);
    if (!desil) {
      const made: Record<string, number> = {};
      for (let i = 0; i < readings.length; i++) {
        const reading = readings[i]!;
        if (reading.status === "ok") made[this.desilColumns[i]![0]] = reading.value;
      }
      this.desilReadings.set(key, (desil = made));
    }
    return desil;
  }

  /**
   * Once the header is found, the (0-based) columns records are read from; undefined before. A CSV
   * reader may leave every other column of the later rows uncut (an empty cell): nothing else is read.
   */
  get columnsRead(): readonly number[] | undefined {
    if (!this.header) return undefined;
    return [...new Set([...this.columns.map(([, column]) => column), ...this.desilColumns.map(([, column]) => column)])];
  }

  finish(): ExtractPartResult {
    if (!this.header && !this.gaveUp) this.settleHeader();
    const header = this.header;
    if (!header || !this.kind) return { ok: false, message: this.notAnExtractMessage() };
    const people = this.people ?? new PersonColumns(this.partIndex, []);
    return {
      ok: true,
      part: {
        name: this.name,
        sheet: this.sheet,
        headerRow: header.headerRow,
        kind: this.kind,
        mapping: header.mapping,
        headers: headerTexts(header),
        people,
        get persons() {
          return people.records();
        },
        families: this.families,
        counts: this.counts,
      },
    };
  }

  private settleHeader(): void {
    const grid: SheetGrid = { name: this.sheet, firstRow: 1, firstColumn: 1, rows: this.head };
    const found = findTableHeader(grid, { ...OPTIONS, scanRows: HEADER_SCAN_ROWS });
    const kind = found.found ? extractKind(found.header.mapping) : undefined;
    if (!found.found || !kind) {
      this.seenHeaders = widestTextRow(this.head);
      if (this.head.length >= HEADER_SCAN_ROWS) {
        this.gaveUp = true; // later rows are not scanned
        this.head.length = 0;
      }
      return;
    }
    this.header = found.header;
    this.kind = kind;
    this.columns = (Object.entries(found.header.mapping) as Array<[DtksField, MappedColumn]>).map(([field, col]) => [field, col.column - 1]);
    const at: Record<string, number> = { ...NO_COLUMNS };
    for (const [field, column] of this.columns) at[field] = column;
    this.at = at as Record<DtksField, number>;
    for (const source of DESIL_SOURCES) {
      const column = found.header.mapping[DESIL_FIELDS[source]]?.column;
      if (column !== undefined) this.desilColumns.push([source, column - 1]);
    }
    if (kind !== "keluarga") {
      const fields: PersonValueField[] = [];
      for (const [field] of this.columns) if (VALUE_FIELDS[field]) fields.push(VALUE_FIELDS[field]);
      this.people = new PersonColumns(this.partIndex, fields);
    }
    for (let r = found.header.lastHeaderRow; r < this.head.length; r++) this.addRecord(this.head[r]!, r + 1);
    this.head.length = 0;
  }

  private notAnExtractMessage(): string {
    const found = this.seenHeaders.length ? `Kolom yang ditemukan: ${this.seenHeaders.slice(0, 12).join(", ")}${this.seenHeaders.length > 12 ? ", …" : ""}.` : "Tidak ada baris judul kolom dalam 20 baris pertama.";
    return (
      `tidak dikenali sebagai ekstrak DTSEN/DTKS. ${found} ` +
      `Yang diperlukan: kolom ${DTKS_FIELD_LABELS.nik} (nomor_induk_kependudukan) dan ${DTKS_FIELD_LABELS.nama}, ` +
      `atau ${DTKS_FIELD_LABELS.no_kk} (nomor_kartu_keluarga) dengan desil (berkas keluarga DTSEN).`
    );
  }

  private addRecord(row: readonly RawCell[], rowNumber: number): void {
    // Cells are read by column index straight from the row into the part's columns: no record object.
    const at = this.at;
    let any = false;
    for (const [, index] of this.columns) {
      const cell = row[index];
      if (cell !== undefined && cell.kind !== "empty") {
        any = true;
        break;
      }
    }
    if (!any) return; // a blank row
    const desil = this.readDesil(row);
    if (this.kind === "keluarga") {
      const kk = readIdNumber(cellAt(row, at.no_kk));
      if (kk.status !== "ok") {
        this.addFamily(rowNumber, undefined, undefined, desil, undefined, undefined, undefined, undefined);
        return;
      }
      const pbiNas = this.pbiNas.read(cellAt(row, at.pbi_nas));
      const pbiPemda = this.pbiPemda.read(cellAt(row, at.pbi_pemda));
      this.addFamily(rowNumber, kk.digits, cellText(cellAt(row, at.nama)), desil, pbiNas, pbiPemda, digitsOf(cellAt(row, at.kode_desa)), cellText(cellAt(row, at.alamat)));
      return;
    }
    const nik = readIdNumber(cellAt(row, at.nik));
    const person = this.person;
    person.nikHigh = nik.status === "ok" ? idHigh(nik.digits) : -1;
    person.nikLow = nik.status === "ok" ? idLow(nik.digits) : -1;
    const kk = readIdNumber(cellAt(row, at.no_kk));
    person.kkHigh = kk.status === "ok" ? idHigh(kk.digits) : -1;
    person.kkLow = kk.status === "ok" ? idLow(kk.digits) : -1;
    person.nama = cellText(cellAt(row, at.nama));
    const date = this.birthDate(cellAt(row, at.tanggal_lahir));
    person.birthDay = date ? dayNumber(date) : 0;
    person.jenisKelamin = this.sex.read(cellAt(row, at.jenis_kelamin));
    person.desil = desil;
    person.pbiNas = this.pbiNas.read(cellAt(row, at.pbi_nas));
    person.pbiPemda = this.pbiPemda.read(cellAt(row, at.pbi_pemda));
    person.bekerja = this.works.read(cellAt(row, at.status_bekerja));
    const work = this.workStatus.read(cellAt(row, at.status_dalam_pekerjaan_utama));
    person.pekerjaan = cellText(cellAt(row, at.pekerjaan)) ?? cellText(cellAt(row, at.lapangan_usaha));
    person.kodeDesa = digitsOf(cellAt(row, at.kode_desa));
    person.alamat = cellText(cellAt(row, at.alamat));
    person.rt = cellText(cellAt(row, at.rt));
    person.rw = cellText(cellAt(row, at.rw));
    this.addPerson(rowNumber, nik.status === "ok" ? "ok" : nik.status === "missing" ? "missing" : "unreadable", work, person);
  }

  private addFamily(rowNumber: number, noKk: string | undefined, kepala: string | undefined, desil: DesilReading | undefined, pbiNas: boolean | undefined, pbiPemda: boolean | undefined, kodeDesa: string | undefined, alamat: string | undefined): void {
    if (noKk === undefined) {
      this.counts.withoutIdentity++;
      return;
    }
    this.counts.rows++;
    this.families.push({ row: rowNumber, part: this.partIndex, noKk, kepala, desil, pbiNas, pbiPemda, kodeDesa, alamat });
  }

  private addPerson(rowNumber: number, nik: NikStatus, work: WorkStatus | "unknown" | undefined, person: PersonRow): void {
    if (nik === "unreadable") this.counts.nikUnreadable++;
    if (nik !== "ok" && !hasName(person)) {
      this.counts.withoutIdentity++;
      return;
    }
    if (work === "unknown") this.counts.workStatusUnknown++;
    this.counts.rows++;
    person.pekerjaanUtama = work === "unknown" ? undefined : work;
    this.people!.add(rowNumber, person);
  }

  /**
   * One date object per birth-date cell: the CSV reader shares the cells of a column of repeated
   * values, and a million members are born on some 30.000 days (measured: 45 MB less for a
   * 1.000.000-member DTSEN file, and no date parsed twice). Cells that are not shared (an .xlsx
   * sheet) are remembered only up to a bound.
   */
  private birthDate(cell: RawCell | undefined): CalendarDate | undefined {
    if (cell === undefined) return undefined;
    let date = this.dates.get(cell);
    if (date === undefined && !this.dates.has(cell)) {
      const reading = parseDateCell(cell, this.referenceYear);
      date = reading.status === "ok" ? reading.date : undefined;
      if (this.dates.size < MAX_REMEMBERED_CELLS) this.dates.set(cell, date);
    }
    return date;
  }

  /** The row's desil columns; blank and out-of-range values are counted, not guessed. */
  private readDesil(row: readonly RawCell[]): DesilReading | undefined {
    if (this.desilColumns.length === 0) return undefined;
    const readings = this.desilScratch;
    for (let i = 0; i < this.desilColumns.length; i++) readings[i] = this.desilCells.read(row[this.desilColumns[i]![1]]);
    return this.desilOf(readings);
  }
}

/**
 * How the reader reads a person row's cells, for a faster reader of the same text to read its values
 * exactly as `push` would (with `readIdNumber`, `cellText` and `parseDateCell` for the other fields).
 */
export const EXTRACT_CELL_READINGS = {
  sex: (cell: RawCell | undefined): "L" | "P" | undefined => {
    const sex = parseSexCell(cell);
    return sex.status === "ok" ? sex.sex : undefined;
  },
  workStatus: (cell: RawCell | undefined) => readWorkStatus(cellText(cell)),
  flag: (cell: RawCell | undefined) => readPbiFlag(cellText(cell)),
  works: (cell: RawCell | undefined) => readWorksFlag(cellText(cell)),
  desil: (cell: RawCell | undefined) => readDesilText(cellText(cell)),
  kodeDesa: (cell: RawCell | undefined) => digitsOf(cell),
} as const;

/** Every field at -1: the shape `DtksExtractReader.at` starts from, so that each reader's has the same keys. */
const NO_COLUMNS: Readonly<Record<DtksField, number>> = Object.fromEntries(Object.keys(DTKS_FIELD_SYNONYMS).map((field) => [field, -1])) as Record<DtksField, number>;

function cellAt(row: readonly RawCell[], column: number): RawCell | undefined {
  return column < 0 ? undefined : row[column];
}

/**
 * What a reading function makes of a cell, remembered per cell (up to a bound): the CSV reader hands
 * the same cell object for a repeated value, so a million "L"/"P" or "Berusaha sendiri" cells are read
 * once each. Cells that are not shared (an .xlsx sheet) are read every time past the bound.
 */
class CellReadings<T> {
  private readonly known = new Map<RawCell, T>();

  constructor(private readonly reading: (cell: RawCell | undefined) => T) {}

  read(cell: RawCell | undefined): T {
    if (cell === undefined || cell.kind === "empty") return this.reading(cell);
    const known = this.known.get(cell);
    if (known !== undefined || this.known.has(cell)) return known as T;
    const value = this.reading(cell);
    if (this.known.size < MAX_REMEMBERED_CELLS) this.known.set(cell, value);
    return value;
  }
}

/** Kode desa as digits only: DTSEN writes "6104012014", Kemendagri "61.04.01.2014". */
function digitsOf(cell: RawCell | undefined): string | undefined {
  const text = cellText(cell);
  if (text === undefined) return undefined;
  const digits = text.replace(/\D/g, "");
  return digits === "" ? undefined : digits;
}

function headerTexts(header: TableHeader<DtksField>): string[] {
  return [...Object.values(header.mapping), ...header.unmappedHeaders]
    .filter((c): c is MappedColumn => c !== undefined)
    .sort((a, b) => a.column - b.column)
    .map((c) => c.header);
}

/** The row among the first ones with the most text cells: what the user will recognise as the header. */
function widestTextRow(rows: readonly (readonly RawCell[])[]): string[] {
  let best: string[] = [];
  for (const row of rows) {
    const texts = row.filter((c) => c.kind === "text" && c.text.trim() !== "").map((c) => (c as { text: string }).text.trim());
    if (texts.length > best.length) best = texts;
  }
  return best;
}

/**
 * The extract parts of a workbook already read (an .xlsx file, or a sheet of the open workbook):
 * every sheet that holds one. When none does, the message names the first sheet's columns.
 */
export function readExtractWorkbook(workbook: WorkbookGrid, name: string, referenceYear: number, firstPartIndex = 0): { parts: ExtractPart[]; message?: string } {
  const parts: ExtractPart[] = [];
  let message: string | undefined;
  for (const grid of workbook.sheets) {
    const label = workbook.sheets.length > 1 ? `${name}, lembar "${grid.name}"` : name;
    const reader = new DtksExtractReader(label, grid.name, referenceYear, firstPartIndex + parts.length);
    // Rows above the grid's first row are empty on the sheet; keep Excel's row numbers.
    for (let r = 1; r < grid.firstRow; r++) reader.push([]);
    const pad: RawCell[] = new Array(Math.max(0, grid.firstColumn - 1)).fill({ kind: "empty" });
    for (const row of grid.rows) reader.push(pad.length ? [...pad, ...row] : row);
    const result = reader.finish();
    if (result.ok) parts.push(result.part);
    else message ??= result.message;
  }
  return parts.length ? { parts } : { parts, message: message ?? "tidak berisi lembar kerja." };
}
