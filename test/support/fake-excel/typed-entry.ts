import { dayToSerial } from "./serial-date";

/**
 * What Excel stores when an add-in writes a string through `Range.values` into a cell that is not
 * Text-formatted ("@"): the string is parsed as if typed in an en-US (locale-neutral) Excel.
 *
 * - "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
 *   interprets this value as a formula" (Range.values, https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member).
 *   "+628123" is the formula =+628123, so its value is a number; "-RT" is a formula Excel cannot
 *   evaluate, so the cell shows #NAME?.
 * - Numbers keep 15 significant digits (https://learn.microsoft.com/en-us/office/troubleshoot/excel/long-numbers-incorrectly-in-excel),
 *   thousands separators ("1,000") and percentages ("50%", format 0%) are numbers.
 * - "TRUE"/"FALSE" in any case are booleans.
 * - en-US shaped dates ("01/02/1990" is 2 January, "1990-01-02") become serials with a date
 *   format (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-dates);
 *   a locale-shaped one whose first part cannot be a month ("19-8-2025") stays text.
 *
 * Returns undefined for a string Excel keeps as text.
 */
export interface TypedEntry {
  readonly value: string | number | boolean;
  readonly error?: string;
  /** A format Excel gives a General cell for what was typed ("0%", "m/d/yyyy"). */
  readonly numberFormat?: string;
  /** The formula Excel keeps for an entry starting with + or - ("=+628123"). */
  readonly formula?: string;
}

const NUMBER = /^\d+(\.\d+)?(E[+-]?\d+)?$/i;
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

export function typedEntry(text: string): TypedEntry | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  if (/^true$/i.test(trimmed)) return { value: true };
  if (/^false$/i.test(trimmed)) return { value: false };
  if (trimmed.startsWith("+") || trimmed.startsWith("-")) {
    const sign = trimmed.startsWith("-") ? -1 : 1;
    const number = plainNumber(trimmed.slice(1).trim());
    const formula = `=${trimmed}`;
    return number === undefined ? { value: "#NAME?", error: "#NAME?", formula } : { value: sign * number, formula };
  }
  const percent = /^(.+)%$/.exec(trimmed);
  if (percent) {
    const number = plainNumber(percent[1]!.trim());
    if (number !== undefined) return { value: Number((number / 100).toPrecision(15)), numberFormat: "0%" };
  }
  const number = plainNumber(trimmed);
  if (number !== undefined) return { value: number };
  const serial = usDate(trimmed);
  if (serial !== undefined) return { value: serial, numberFormat: "m/d/yyyy" };
  return undefined;
}

function plainNumber(text: string): number | undefined {
  if (NUMBER.test(text)) return Number(Number(text).toPrecision(15));
  if (GROUPED.test(text)) return Number(Number(text.replace(/,/g, "")).toPrecision(15));
  return undefined;
}

function usDate(text: string): number | undefined {
  const us = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(text);
  if (us) return dayToSerial(Number(us[3]), Number(us[1]), Number(us[2]));
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return dayToSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return undefined;
}
