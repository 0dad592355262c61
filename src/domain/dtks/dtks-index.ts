import type { CalendarDate } from "../values/calendar-date";
import type { DtksFamily, DtksRecord } from "./dtks-record";

/**
 * The extract indexed for the look-ups the check makes: by NIK; by No. KK (members of a family, and
 * the family itself); and by birth date (names are then compared fuzzily). Built once per extract;
 * a million rows index in about a second.
 */
export class DtksIndex {
  private readonly byNik = new Map<string, DtksRecord>();
  private readonly byKk = new Map<string, DtksRecord | DtksRecord[]>();
  /** Keyed by `dayNumber`: a number is hashed without making a string per record. */
  private readonly byBirthDate = new Map<number, DtksRecord[]>();
  private readonly familyByKk: ReadonlyMap<string, DtksFamily>;
  readonly persons: readonly DtksRecord[];
  /** NIKs listed more than once: counted, with the rows of the first few repeats. */
  readonly duplicateNiks = { count: 0, rows: [] as number[] };

  constructor(
    persons: readonly DtksRecord[],
    families: ReadonlyMap<string, DtksFamily> = new Map(),
    readonly hasDesil = false,
  ) {
    this.persons = persons;
    this.familyByKk = families;
    // Backwards, so that a plain `set` leaves the first row of a NIK listed twice in the index: one
    // look-up per person instead of `has` then `set` (a million-row extract pays for every one).
    let withNik = 0;
    for (let i = persons.length - 1; i >= 0; i--) {
      const nik = persons[i]!.nik;
      if (nik) {
        withNik++;
        this.byNik.set(nik, persons[i]!);
      }
    }
    if (this.byNik.size < withNik) this.countDuplicateNiks(withNik - this.byNik.size);
    for (const record of persons) this.add(record);
  }

  /** The extract is family-based: a person should appear once. The rows of the first few repeats are kept for the note. */
  private countDuplicateNiks(count: number): void {
    this.duplicateNiks.count = count;
    for (const record of this.persons) {
      if (this.duplicateNiks.rows.length === 3) break;
      if (record.nik && this.byNik.get(record.nik) !== record) this.duplicateNiks.rows.push(record.row);
    }
  }

  private add(record: DtksRecord): void {
    if (record.noKk) {
      const members = this.byKk.get(record.noKk);
      if (!members) this.byKk.set(record.noKk, record);
      // A new exact-size array, not push: a pushed-to array keeps up to 16 spare slots, and a
      // 1.000.000-member extract has 300.000 families (measured: 32 MB less).
      else this.byKk.set(record.noKk, Array.isArray(members) ? members.concat([record]) : [members, record]);
    }
    if (record.tanggalLahir) {
      const key = dayNumber(record.tanggalLahir);
      const list = this.byBirthDate.get(key);
      if (list) list.push(record);
      else this.byBirthDate.set(key, [record]);
    }
  }

  /** People (person rows) in the extract. */
  get size(): number {
    return this.persons.length;
  }

  /** Families of a family file. */
  get familyCount(): number {
    return this.familyByKk.size;
  }

  /** True when the extract has families but no person rows: workers can only be matched by No. KK. */
  get familiesOnly(): boolean {
    return this.persons.length === 0 && this.familyByKk.size > 0;
  }

  findByNik(nik: string): DtksRecord | undefined {
    return this.byNik.get(nik);
  }

  membersOf(noKk: string): readonly DtksRecord[] {
    const members = this.byKk.get(noKk);
    return members === undefined ? [] : Array.isArray(members) ? members : [members];
  }

  family(noKk: string): DtksFamily | undefined {
    return this.familyByKk.get(noKk);
  }

  bornOn(isoDate: string): readonly DtksRecord[] {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
    if (!match) return [];
    return this.byBirthDate.get(dayNumber({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) })) ?? [];
  }
}

/** 1990-05-08 -> 19900508: one number per calendar day. */
function dayNumber(date: CalendarDate): number {
  return date.year * 10_000 + date.month * 100 + date.day;
}
