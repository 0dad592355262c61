import { cellText } from "../cell/raw-cell";
import type { DtksStatus } from "../dtks/dtks-match";
import type { Finding } from "../finding";
import { isNikDateProblem, type NikDateProblem, type NikParts, readNikDigits } from "../nik/nik-parts";
import { type IdReading, readIdNumber } from "../nik/read-id-number";
import type { WorkerRow } from "../table/worker-table";
import type { CalendarDate } from "../values/calendar-date";
import { type AmountReading, parseAmountCell } from "../values/parse-amount";
import { type DateReading, parseDateCell } from "../values/parse-date";
import { splitRtRw } from "../values/split-rt-rw";
import { type PhoneReading, parsePhoneCell } from "../values/parse-phone";
import { type SexReading, parseSexCell } from "../values/parse-sex";
import { cleanText } from "./clean-text";

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

/**
 * The five results the check writes into each row it parsed (see `checkWorkers`), undefined until then.
 * `parseRow` makes them part of its object literal, so that every row is made once in its final shape:
 * added afterwards, they cost each of 100,000 rows a second object for the values and a larger one for
 * the properties, all of it kept until the check ends.
 */
export interface ResultSlots {
  findings?: readonly Finding[];
  eligible?: boolean;
  birthDate?: CalendarDate;
  sex?: "L" | "P";
  dtks?: DtksStatus;
}

export function parseRow(source: WorkerRow, referenceYear: number): ParsedRow & ResultSlots {
  const c = source.cells;
  const nik = readIdNumber(c.nik);
  const nikRead = nik.status === "ok" ? readNikDigits(nik.digits) : undefined;
  const tanggalLahir = parseDateCell(c.tanggal_lahir, referenceYear);
  const { rt, rw } = splitRtRw(cleanText(cellText(c.rt)), cleanText(cellText(c.rw)));
  return {
    row: source.row,
    source,
    nik,
    nikParts: nikRead && !isNikDateProblem(nikRead) ? nikRead : undefined,
    nikDateProblem: nikRead && isNikDateProblem(nikRead) ? nikRead : undefined,
    kk: readIdNumber(c.no_kk),
    nama: cleanText(cellText(c.nama)),
    tanggalLahir,
    tempatLahir: cleanText(cellText(c.tempat_lahir)) ?? (tanggalLahir.status === "ok" ? tanggalLahir.place : undefined),
    jenisKelamin: parseSexCell(c.jenis_kelamin),
    noHp: parsePhoneCell(c.no_hp),
    penghasilan: parseAmountCell(c.penghasilan),
    pekerjaan: cleanText(cellText(c.pekerjaan)),
    alamat: cleanText(cellText(c.alamat)),
    rt,
    rw,
    dusun: cleanText(cellText(c.dusun)),
    desa: cleanText(cellText(c.desa)),
    namaIbu: cleanText(cellText(c.nama_ibu)),
    email: cleanText(cellText(c.email)),
    findings: undefined,
    eligible: undefined,
    birthDate: undefined,
    sex: undefined,
    dtks: undefined,
  };
}
