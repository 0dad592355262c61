import type { FieldName } from "../fields";
import type { Finding } from "../finding";
import type { Settings } from "../settings";
import type { CalendarDate } from "../values/calendar-date";
import type { ParsedRow } from "./parsed-row";

/** Names of a kecamatan and the regions above it, from the official Kemendagri list. */
export interface DistrictInfo {
  readonly kecamatan: string;
  readonly kabupaten: string;
  readonly provinsi: string;
}

/** What the rules need from the region-code list (see src/domain/wilayah). */
export interface RegionLookup {
  lookupDistrict(code: string): DistrictInfo | undefined;
  /**
   * The regency (kabupaten/kota) of a code, to tell a code that is only old from one that never
   * existed. Without it an unknown code is always a warning (`RegionIndex` has it).
   */
  regencyOf?(code: string): object | undefined;
}

export interface RuleContext {
  readonly settings: Settings;
  /** 1 January of the budget year: the day ages are measured on. */
  readonly referenceDate: CalendarDate;
  readonly regions?: RegionLookup;
  /** The first four digits of the village's code (its regency), when a village is set. */
  readonly villageRegency?: string;
  /** Which fields the table has a column for: a rule about a missing column stays quiet. */
  readonly hasColumn: (field: FieldName) => boolean;
}

/** A rule looks at one row and returns what is wrong with it; it never changes the row. */
export type RowRule = (row: ParsedRow, context: RuleContext) => readonly Finding[];

/** What a rule returns for a row it has nothing to say about: one shared empty list, not one per row. */
export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
