import { formatIsoDate } from "../values/calendar-date";
import type { DtksRecord } from "./dtks-record";

/**
 * The extract indexed for the two look-ups the check makes: by NIK, and, when a worker's NIK is
 * damaged or absent from the extract, by birth date (names are then compared fuzzily).
 * Built once per extract; a million rows index in well under a second.
 */
export class DtksIndex {
  private readonly byNik = new Map<string, DtksRecord>();
  private readonly byBirthDate = new Map<string, DtksRecord[]>();
  private count = 0;
  readonly hasDesil: boolean;

  constructor(records: Iterable<DtksRecord>, hasDesil = false) {
    for (const record of records) this.add(record);
    this.hasDesil = hasDesil;
  }

  private add(record: DtksRecord): void {
    this.count++;
    // The first row wins for a NIK listed twice (the extract is family-based; a person should appear once).
    if (record.nik && !this.byNik.has(record.nik)) this.byNik.set(record.nik, record);
    if (record.tanggalLahir) {
      const key = formatIsoDate(record.tanggalLahir);
      const list = this.byBirthDate.get(key);
      if (list) list.push(record);
      else this.byBirthDate.set(key, [record]);
    }
  }

  get size(): number {
    return this.count;
  }

  findByNik(nik: string): DtksRecord | undefined {
    return this.byNik.get(nik);
  }

  bornOn(isoDate: string): readonly DtksRecord[] {
    return this.byBirthDate.get(isoDate) ?? [];
  }
}
