import { cellText } from "../cell/raw-cell";
import type { FieldName } from "../fields";
import { type NikDateProblem, type NikParts, parseNikDigits } from "../nik/nik-parts";
import { type IdReading, readIdNumber } from "../nik/read-id-number";
import type { WorkerRow } from "../table/worker-table";
import { type AmountReading, parseAmountCell } from "../values/parse-amount";
import { type DateReading, parseDateCell } from "../values/parse-date";
import { type PhoneReading, parsePhoneCell } from "../values/parse-phone";
import { type SexReading, parseSexCell } from "../values/parse-sex";

/** A worker row read once into typed readings, which every rule then looks at. */
export interface ParsedRow {
  readonly row: number;
  readonly source: WorkerRow;
  readonly nik: IdReading;
  readonly nikParts?: NikParts;
  readonly nikDateProblem?: NikDateProblem;
  readonly kk: IdReading;
  readonly nama?: string;
  readonly tanggalLahir: DateReading;
  readonly tempatLahir?: string;
  readonly jenisKelamin: SexReading;
  readonly noHp: PhoneReading;
  readonly penghasilan: AmountReading;
  readonly pekerjaan?: string;
  readonly alamat?: string;
  readonly rt?: string;
  readonly rw?: string;
  readonly dusun?: string;
  readonly desa?: string;
  readonly namaIbu?: string;
  readonly email?: string;
}

export function parseRow(source: WorkerRow, referenceYear: number): ParsedRow {
  const c = source.cells;
  const nik = readIdNumber(c.nik);
  const parsedNik = nik.status === "ok" ? parseNikDigits(nik.digits) : undefined;
  const tanggalLahir = parseDateCell(c.tanggal_lahir, referenceYear);
  const text = (field: FieldName) => cleanText(cellText(c[field]));
  return {
    row: source.row,
    source,
    nik,
    nikParts: parsedNik?.ok ? parsedNik.parts : undefined,
    nikDateProblem: parsedNik && !parsedNik.ok ? parsedNik.problem : undefined,
    kk: readIdNumber(c.no_kk),
    nama: text("nama"),
    tanggalLahir,
    tempatLahir: text("tempat_lahir") ?? (tanggalLahir.status === "ok" ? tanggalLahir.place : undefined),
    jenisKelamin: parseSexCell(c.jenis_kelamin),
    noHp: parsePhoneCell(c.no_hp),
    penghasilan: parseAmountCell(c.penghasilan),
    pekerjaan: text("pekerjaan"),
    alamat: text("alamat"),
    rt: text("rt"),
    rw: text("rw"),
    dusun: text("dusun"),
    desa: text("desa"),
    namaIbu: text("nama_ibu"),
    email: text("email"),
  };
}

/** Collapses runs of white space (line breaks from Alt+Enter, double spaces) that villages leave in names. */
function cleanText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  // Most cells are already clean; only rewrite the ones with line breaks, tabs or double spaces.
  const t = /\s\s|[\t\n\r\u00a0]/.test(text) ? text.replace(/\s+/g, " ").trim() : text;
  return t === "" || (t.length < 4 && /^[-–—.]+$/.test(t)) ? undefined : t;
}
