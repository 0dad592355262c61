import type { DtksFamily, DtksRecord } from "./dtks-record";
import { FamilyTable } from "./family-table";
import { FirstRowTable } from "./first-row-table";
import { idHigh, idLow, isIdDigits } from "./id-table";
import { IntColumn } from "./int-column";
import { ANY_INITIALS, nameInitials } from "./name-similarity";
import { PersonColumns } from "./person-columns";

/**
 * The extract indexed for the look-ups the check makes: by NIK; by No. KK (members of a family, and
 * the family itself); and by birth date (names are then compared fuzzily). Built once per extract
 * from the parts' columns: the tables hold row numbers, and a person's record is made only when a
 * look-up returns it.
 */
export class DtksIndex {
  private readonly columns: readonly PersonColumns[];
  /** Where each part's rows begin in the index's numbering of persons. */
  private readonly firstOf: number[] = [];
  private readonly total: number;
  /** Per NIK: the first person listed with it. */
  private readonly byNik: FirstRowTable;
  /** Per No. KK: the first person with it; per person: the next one with the same No. KK (-1: none). */
  private readonly byKk: FirstRowTable;
  private readonly nextInKk: Int32Array;
  /** Per birth date (slot of `daySlot`): first and last person born that day, + 1 (0: nobody); per person: the next one. */
  private readonly dayFirst = new Int32Array(DAY_SLOTS);
  private readonly dayLast = new Int32Array(DAY_SLOTS);
  private readonly nextOnDay: Int32Array;
  /** Per birth date asked for: the people born that day and the initials of their names (`nameInitials`). */
  private readonly bornOnDay = new Map<number, { readonly people: readonly number[]; readonly initials: readonly number[] }>();
  private everyone: DtksRecord[] | undefined;
  private readonly families: FamilyTable;
  /** NIKs listed more than once: counted, with the rows of the first few repeats. */
  readonly duplicateNiks = { count: 0, rows: [] as number[] };

  /**
   * `persons`: the parts' columns, or records made by hand (indexed as they are). `families`: the
   * families of the family files, by No. KK.
   */
  constructor(
    persons: readonly PersonColumns[] | readonly DtksRecord[],
    families: FamilyTable = new FamilyTable(),
    readonly hasDesil = false,
  ) {
    this.columns = persons.length > 0 && !(persons[0] instanceof PersonColumns) ? [PersonColumns.ofRecords(persons as readonly DtksRecord[])] : (persons as readonly PersonColumns[]);
    this.families = families;
    let total = 0;
    for (const part of this.columns) {
      this.firstOf.push(total);
      total += part.size;
    }
    this.total = total;
    const nikHigh = joined(this.columns, (part) => part.nikHigh, total);
    const nikLow = joined(this.columns, (part) => part.nikLow, total);
    const kkHigh = joined(this.columns, (part) => part.kkHigh, total);
    const kkLow = joined(this.columns, (part) => part.kkLow, total);
    const firstRows = new Int32Array(total);
    this.byNik = new FirstRowTable(nikHigh, nikLow, total, firstRows);
    let person = 0;
    for (const part of this.columns) {
      const rows = part.rows.values;
      for (let i = 0; i < part.size; i++, person++) {
        // The extract is family-based: a person should appear once. The first row is the one used.
        if (firstRows[person]! >= 0 && firstRows[person] !== person && this.duplicateNiks.count++ < 3) this.duplicateNiks.rows.push(rows[i]!);
      }
    }
    this.byKk = new FirstRowTable(kkHigh, kkLow, total, firstRows);
    this.nextInKk = new Int32Array(total).fill(-1);
    // Per first person of a No. KK: the last one with it so far (members are chained in file order).
    const kkLast = new Int32Array(total);
    for (person = 0; person < total; person++) {
      const first = firstRows[person]!;
      if (first === person) kkLast[person] = person;
      else if (first >= 0) {
        this.nextInKk[kkLast[first]!] = person;
        kkLast[first] = person;
      }
    }
    this.nextOnDay = new Int32Array(total).fill(-1);
    person = 0;
    for (const part of this.columns) {
      const days = part.birthDays.values;
      for (let i = 0; i < part.size; i++, person++) {
        const day = days[i]!;
        if (day !== 0) {
          const slot = daySlot(day);
          const last = this.dayLast[slot]!;
          if (last === 0) this.dayFirst[slot] = person + 1;
          else this.nextOnDay[last - 1] = person;
          this.dayLast[slot] = person + 1;
        }
      }
    }
  }

  /** People (person rows) in the extract. */
  get size(): number {
    return this.total;
  }

  /** Every person of the extract, in file order (each record made once). */
  get persons(): readonly DtksRecord[] {
    if (!this.everyone) {
      const everyone: DtksRecord[] = [];
      for (const part of this.columns) for (const record of part.records()) everyone.push(record);
      this.everyone = everyone;
    }
    return this.everyone;
  }

  /** Families of a family file. */
  get familyCount(): number {
    return this.families.size;
  }

  /** True when the extract has families but no person rows: workers can only be matched by No. KK. */
  get familiesOnly(): boolean {
    return this.total === 0 && this.families.size > 0;
  }

  findByNik(nik: string): DtksRecord | undefined {
    if (!isIdDigits(nik)) return undefined;
    const id = this.byNik.find(idHigh(nik), idLow(nik));
    return id < 0 ? undefined : this.person(id);
  }

  membersOf(noKk: string): readonly DtksRecord[] {
    if (!isIdDigits(noKk)) return [];
    const first = this.byKk.find(idHigh(noKk), idLow(noKk));
    const members: DtksRecord[] = [];
    for (let person = first; person >= 0; person = this.nextInKk[person]!) members.push(this.person(person));
    return members;
  }

  /** True when someone in the extract has this No. KK (given as its two halves of eight digits). */
  hasMembers(kkHigh: number, kkLow: number): boolean {
    return this.byKk.find(kkHigh, kkLow) >= 0;
  }

  family(noKk: string): DtksFamily | undefined {
    return this.families.get(noKk);
  }

  /**
   * People born on the day. With `initials` (a mask of first letters, as `nameInitials` makes), only
   * those with a name having a word that begins with one of them: the name fallback compares names
   * only then, and the others are never made into records.
   */
  bornOn(isoDate: string, initials = ANY_INITIALS): readonly DtksRecord[] {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
    if (!match) return [];
    const day = Number(match[1]) * 10_000 + Number(match[2]) * 100 + Number(match[3]);
    let born = this.bornOnDay.get(day);
    if (!born) {
      const people: number[] = [];
      const masks: number[] = [];
      for (let person = this.dayFirst[daySlot(day)]! - 1; person >= 0; person = this.nextOnDay[person]!) {
        // A slot is shared by the same day of every 400th year (and by dates no calendar has).
        if (this.birthDayOf(person) !== day) continue;
        people.push(person);
        const name = this.nameOf(person);
        masks.push(name === undefined ? 0 : nameInitials(name));
      }
      this.bornOnDay.set(day, (born = { people, initials: masks }));
    }
    const list: DtksRecord[] = [];
    for (let i = 0; i < born.people.length; i++) {
      if (initials === ANY_INITIALS || (born.initials[i]! & initials) !== 0) list.push(this.person(born.people[i]!));
    }
    return list;
  }

  /** The record of a person by the index's numbering. */
  private person(index: number): DtksRecord {
    const part = this.partOf(index);
    return this.columns[part]!.record(index - this.firstOf[part]!);
  }

  private nameOf(index: number): string | undefined {
    const part = this.partOf(index);
    return this.columns[part]!.nameAt(index - this.firstOf[part]!);
  }

  private birthDayOf(index: number): number {
    const part = this.partOf(index);
    return this.columns[part]!.birthDays.at(index - this.firstOf[part]!);
  }

  private partOf(index: number): number {
    let part = this.columns.length - 1;
    while (this.firstOf[part]! > index) part--;
    return part;
  }
}

/** The column of every part, one after another (a single part's own values as they are). */
function joined(parts: readonly PersonColumns[], column: (part: PersonColumns) => IntColumn, total: number): Int32Array {
  if (parts.length === 1) return column(parts[0]!).values;
  const values = new Int32Array(total);
  let at = 0;
  for (const part of parts) {
    values.set(column(part).values.subarray(0, part.size), at);
    at += part.size;
  }
  return values;
}

/** Slots of the birth-date table: every day of 400 years (months and days numbered up to 31). */
const DAY_SLOTS = 400 * 12 * 32;

/** `yyyymmdd` -> its slot: a typed array indexed by day, where a Map would hash a million keys. */
function daySlot(day: number): number {
  const year = Math.floor(day / 10_000);
  const month = Math.floor(day / 100) % 100;
  return ((((year % 400) + 400) % 400) * 12 + ((month - 1) % 12)) * 32 + (day % 100 % 32);
}
