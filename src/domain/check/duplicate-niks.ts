import { finding, type Finding } from "../finding";
import { groupThousands } from "../format/group-thousands";
import type { ParsedRow } from "./parsed-row";

/** How many other rows a duplicate's message names before "… dan N baris lainnya". */
const ROWS_NAMED = 5;

/**
 * The same NIK on several rows is an error on every one of them: only the secretary can tell
 * which row is right, and a duplicate is a double payment from the village budget.
 * Returns [index into rows, finding] pairs. Linear in the rows: a placeholder NIK filled down a
 * template (thousands of copies) names a few other rows on each, never all of them.
 */
export function findDuplicateNiks(rows: readonly ParsedRow[]): Array<[number, Finding]> {
  // A NIK seen once keeps its row index as a plain number; only a repeated NIK gets a list. Almost
  // every NIK is unique, and one array per row was most of this function's time and garbage.
  const seen = new Map<string, number | number[]>();
  for (let index = 0; index < rows.length; index++) {
    const nik = rows[index]!.nik;
    if (nik.status !== "ok") continue;
    const entry = seen.get(nik.digits);
    if (entry === undefined) seen.set(nik.digits, index);
    else if (typeof entry === "number") seen.set(nik.digits, [entry, index]);
    else entry.push(index);
  }
  const out: Array<[number, Finding]> = [];
  for (const [nik, indexes] of seen) {
    if (typeof indexes === "number") continue;
    const firstRows = indexes.slice(0, ROWS_NAMED + 1).map((i) => rows[i]!.row);
    // A placeholder copied down thousands of rows gives nearly every copy the same "… dan N baris
    // lainnya": it is written once per N, not once per row.
    let moreFor = -1;
    let more = "";
    for (const index of indexes) {
      const own = rows[index]!.row;
      const named = firstRows.filter((r) => r !== own).slice(0, ROWS_NAMED);
      const rest = indexes.length - 1 - named.length;
      if (rest !== moreFor) {
        moreFor = rest;
        more = rest > 0 ? ` … dan ${groupThousands(rest)} baris lainnya` : "";
      }
      out.push([
        index,
        finding(
          own,
          "nik",
          "NIK_DUPLICATE",
          "error",
          `NIK ${nik} juga tercatat di baris ${named.join(", ")}${more}. Satu orang hanya boleh didaftarkan sekali: hapus atau perbaiki baris yang salah.`,
        ),
      ]);
    }
  }
  return out;
}
