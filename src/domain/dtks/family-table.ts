import type { DtksFamily } from "./dtks-record";
import { idHigh, idLow, IdTable, isIdDigits } from "./id-table";

/** The families of the extract's family files by No. KK: the first row of a No. KK listed twice is kept. */
export class FamilyTable {
  private readonly table = new IdTable();
  private readonly families: DtksFamily[] = [];

  /** Adds the family; false (nothing added) when its No. KK is already there. */
  add(family: DtksFamily): boolean {
    if (!isIdDigits(family.noKk)) return false;
    const id = this.table.add(idHigh(family.noKk), idLow(family.noKk));
    if (this.table.added) this.families[id] = family;
    return this.table.added;
  }

  get size(): number {
    return this.families.length;
  }

  get(noKk: string): DtksFamily | undefined {
    return isIdDigits(noKk) ? this.families[this.table.find(idHigh(noKk), idLow(noKk))] : undefined;
  }

  /** The family's id (0 to `size - 1`) for a No. KK given as its two halves, or -1. */
  find(high: number, low: number): number {
    return this.table.find(high, low);
  }

  family(id: number): DtksFamily {
    return this.families[id]!;
  }

  highOf(id: number): number {
    return this.table.highOf(id);
  }

  lowOf(id: number): number {
    return this.table.lowOf(id);
  }
}
