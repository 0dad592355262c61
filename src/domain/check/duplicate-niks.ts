import { finding, type Finding } from "../finding";
import { groupThousands } from "../format/group-thousands";
import type { ParsedRow } from "./parsed-row";
import { type RepeatedNik, RepeatedNikTable } from "./repeated-niks";

/** How many other rows a duplicate's message names before "… dan N baris lainnya". */
const ROWS_NAMED = 5;

/**
 * The same NIK on several rows is an error on every one of them: only the secretary can tell
 * which row is right, and a duplicate is a double payment from the village budget.
 * Returns [index into rows, finding] pairs. Linear in the rows: a placeholder NIK filled down a
 * template (thousands of copies) names a few other rows on each, never all of them.
 */
export function findDuplicateNiks(rows: readonly ParsedRow[]): Array<[number, Finding]> {
  const table = new RepeatedNikTable(rows.length);
  for (let index = 0; index < rows.length; index++) {
    const nik = rows[index]!.nik;
    if (nik.status === "ok") table.add(index, nik.digits);
  }
  return duplicateFindings(rows, table.repeated());
}

/** `findDuplicateNiks` for a check that has already tallied its rows' NIKs as it read them. */
export function duplicateFindings(rows: readonly ParsedRow[], repeated: readonly RepeatedNik[]): Array<[number, Finding]> {
  const out: Array<[number, Finding]> = [];
  for (const { digits: nik, indexes } of repeated) {
    const firstRows = indexes.slice(0, ROWS_NAMED + 1).map((i) => rows[i]!.row);
    const messageFor = (own: number) => {
      const named = firstRows.filter((r) => r !== own).slice(0, ROWS_NAMED);
      return duplicateMessage(nik, named, indexes.length - 1 - named.length);
    };
    // A row outside the first few names those rows and the same count as every other such row: a
    // placeholder copied down thousands of rows gets one message, written once.
    let sharedMessage: string | undefined;
    for (const index of indexes) {
      const own = rows[index]!.row;
      const message = firstRows.includes(own) ? messageFor(own) : (sharedMessage ??= messageFor(own));
      out.push([index, finding(own, "nik", "NIK_DUPLICATE", "error", message)]);
    }
  }
  return out;
}

function duplicateMessage(nik: string, named: readonly number[], rest: number): string {
  const more = rest > 0 ? ` … dan ${groupThousands(rest)} baris lainnya` : "";
  return `NIK ${nik} juga tercatat di baris ${named.join(", ")}${more}. Satu orang hanya boleh didaftarkan sekali: hapus atau perbaiki baris yang salah.`;
}
