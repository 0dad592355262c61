import type { CalendarDate } from "../values/calendar-date";
import type { DesilReading } from "./desil";
import type { DtksFamily, DtksRecord } from "./dtks-record";
import { idHigh, idLow, idText, isIdDigits } from "./id-table";
import { IntColumn } from "./int-column";
import { TextColumn } from "./text-column";
import type { WorkStatus } from "./work-status";

/** The fields of a person kept as values (the identity numbers and the birth date are kept as integers). */
export interface PersonValues {
  nama: string | undefined;
  jenisKelamin: "L" | "P" | undefined;
  desil: DesilReading | undefined;
  pbiNas: boolean | undefined;
  pbiPemda: boolean | undefined;
  bekerja: boolean | undefined;
  pekerjaanUtama: WorkStatus | undefined;
  pekerjaan: string | undefined;
  kodeDesa: string | undefined;
  alamat: string | undefined;
  rt: string | undefined;
  rw: string | undefined;
}

export type PersonValueField = keyof PersonValues;

/**
 * One person row as its reader fills it before `PersonColumns.add`: the identity numbers as their
 * two halves of eight digits (-1 when the row has none), the birth date as `yyyymmdd` (0 when none).
 * Reused from row to row, so reading a row makes no object.
 */
export interface PersonRow extends PersonValues {
  nikHigh: number;
  nikLow: number;
  kkHigh: number;
  kkLow: number;
  birthDay: number;
  /**
   * The name as UTF-8 bytes `nameStart` to `nameEnd` of `nameBytes` (trimmed, not empty), when the
   * reader read it from a file's bytes; `nama` is then undefined. Copied by `PersonColumns.add`.
   */
  nameBytes: Uint8Array | undefined;
  nameStart: number;
  nameEnd: number;
}

/** The row has a name (as text or as bytes). */
export function hasName(person: PersonRow): boolean {
  return person.nama !== undefined || person.nameBytes !== undefined;
}

export function emptyPersonRow(): PersonRow {
  return {
    nikHigh: -1, nikLow: -1, kkHigh: -1, kkLow: -1, birthDay: 0, nameBytes: undefined, nameStart: 0, nameEnd: 0,
    nama: undefined, jenisKelamin: undefined, desil: undefined, pbiNas: undefined, pbiPemda: undefined, bekerja: undefined,
    pekerjaanUtama: undefined, pekerjaan: undefined, kodeDesa: undefined, alamat: undefined, rt: undefined, rw: undefined,
  };
}

/**
 * The people of one extract file, column by column. A `DtksRecord` is made only when one is asked for
 * (the rows a worker list matches), and then kept, so a person is always the same object: a
 * million-row member file is a few typed arrays and the values its columns hold, not a million objects.
 */
export class PersonColumns {
  readonly rows = new IntColumn();
  readonly nikHigh = new IntColumn();
  readonly nikLow = new IntColumn();
  readonly kkHigh = new IntColumn();
  readonly kkLow = new IntColumn();
  readonly birthDays = new IntColumn();
  /** Per field the file has, its value on each row; fields the file lacks are left out. */
  private readonly values: Partial<{ [F in Exclude<PersonValueField, "nama">]: Array<PersonValues[F]> }> = {};
  /** The names, when the file has them: kept as bytes, a string made only for a name asked for. */
  private readonly names: TextColumn | undefined;
  private made = new Map<number, DtksRecord>();
  private all: DtksRecord[] | undefined;
  /** Set by the join on No. KK: each row's family, or undefined when it has none. */
  private familyOfRow: ((index: number) => DtksFamily | undefined) | undefined;

  constructor(
    /** Index of the file (part) in the extract, stamped on every record. */
    readonly part: number,
    fields: Iterable<PersonValueField>,
  ) {
    let names: TextColumn | undefined;
    for (const field of fields) {
      if (field === "nama") names = new TextColumn();
      else this.values[field] = [];
    }
    this.names = names;
  }

  /** The records given (a list made by hand, or by an older reader), indexed as they are. */
  static ofRecords(records: readonly DtksRecord[]): PersonColumns {
    const columns = new PersonColumns(0, []);
    for (const record of records) {
      const nik = record.nik !== undefined && isIdDigits(record.nik) ? record.nik : undefined;
      const kk = record.noKk !== undefined && isIdDigits(record.noKk) ? record.noKk : undefined;
      const date = record.tanggalLahir;
      columns.rows.push(record.row);
      columns.nikHigh.push(nik ? idHigh(nik) : -1);
      columns.nikLow.push(nik ? idLow(nik) : -1);
      columns.kkHigh.push(kk ? idHigh(kk) : -1);
      columns.kkLow.push(kk ? idLow(kk) : -1);
      columns.birthDays.push(date ? dayNumber(date) : 0);
    }
    columns.all = records as DtksRecord[];
    return columns;
  }

  get size(): number {
    return this.rows.length;
  }

  add(row: number, person: PersonRow): void {
    this.rows.push(row);
    this.nikHigh.push(person.nikHigh);
    this.nikLow.push(person.nikLow);
    this.kkHigh.push(person.kkHigh);
    this.kkLow.push(person.kkLow);
    this.birthDays.push(person.birthDay);
    // Field by field, not a loop over field names: a million rows then read each property directly.
    const values = this.values;
    const names = this.names;
    if (names) {
      if (person.nameBytes) names.pushBytes(person.nameBytes, person.nameStart, person.nameEnd);
      else names.pushText(person.nama);
    }
    if (values.jenisKelamin) values.jenisKelamin.push(person.jenisKelamin);
    if (values.desil) values.desil.push(person.desil);
    if (values.pbiNas) values.pbiNas.push(person.pbiNas);
    if (values.pbiPemda) values.pbiPemda.push(person.pbiPemda);
    if (values.bekerja) values.bekerja.push(person.bekerja);
    if (values.pekerjaanUtama) values.pekerjaanUtama.push(person.pekerjaanUtama);
    if (values.pekerjaan) values.pekerjaan.push(person.pekerjaan);
    if (values.kodeDesa) values.kodeDesa.push(person.kodeDesa);
    if (values.alamat) values.alamat.push(person.alamat);
    if (values.rt) values.rt.push(person.rt);
    if (values.rw) values.rw.push(person.rw);
  }

  /** The person of row `index` (0-based, in file order), made on first use. */
  record(index: number): DtksRecord {
    if (this.all) return this.all[index]!;
    let record = this.made.get(index);
    if (!record) this.made.set(index, (record = this.make(index)));
    return record;
  }

  /** The name of row `index`, without making its record. */
  nameAt(index: number): string | undefined {
    return this.all ? this.all[index]!.nama : this.names?.at(index);
  }

  /** Every person, in file order (each made once). */
  records(): readonly DtksRecord[] {
    if (!this.all) {
      const all: DtksRecord[] = [];
      for (let i = 0; i < this.size; i++) all.push(this.made.get(i) ?? this.make(i));
      this.all = all;
      this.made = new Map();
    }
    return this.all;
  }

  /**
   * Ties each person to their family (or to none), replacing an earlier join: a part read once and
   * joined again with another family file is never left tied to a family no longer given.
   */
  joinFamilies(familyOfRow: ((index: number) => DtksFamily | undefined) | undefined): void {
    this.familyOfRow = familyOfRow;
    if (this.all) for (let i = 0; i < this.all.length; i++) this.all[i]!.family = familyOfRow?.(i);
    else for (const [i, record] of this.made) record.family = familyOfRow?.(i);
  }

  private make(index: number): DtksRecord {
    const values = this.values;
    const nikHigh = this.nikHigh.at(index);
    const kkHigh = this.kkHigh.at(index);
    const day = this.birthDays.at(index);
    return {
      row: this.rows.at(index),
      part: this.part,
      nik: nikHigh < 0 ? undefined : idText(nikHigh, this.nikLow.at(index)),
      noKk: kkHigh < 0 ? undefined : idText(kkHigh, this.kkLow.at(index)),
      nama: this.names?.at(index),
      tanggalLahir: day === 0 ? undefined : { year: Math.floor(day / 10_000), month: Math.floor(day / 100) % 100, day: day % 100 },
      jenisKelamin: values.jenisKelamin?.[index],
      desil: values.desil?.[index],
      pbiNas: values.pbiNas?.[index],
      pbiPemda: values.pbiPemda?.[index],
      bekerja: values.bekerja?.[index],
      pekerjaanUtama: values.pekerjaanUtama?.[index],
      pekerjaan: values.pekerjaan?.[index],
      kodeDesa: values.kodeDesa?.[index],
      alamat: values.alamat?.[index],
      rt: values.rt?.[index],
      rw: values.rw?.[index],
      family: this.familyOfRow?.(index),
    };
  }
}

/** 1990-05-08 -> 19900508: one integer per calendar day. */
export function dayNumber(date: CalendarDate): number {
  return date.year * 10_000 + date.month * 100 + date.day;
}
