import { finding, type Finding } from "../finding";
import type { ParsedRow } from "./parsed-row";

/**
 * The same NIK on several rows is an error on every one of them: only the secretary can tell
 * which row is right, and a duplicate is a double payment from the village budget.
 * Returns [index into rows, finding] pairs.
 */
export function findDuplicateNiks(rows: readonly ParsedRow[]): Array<[number, Finding]> {
  const seen = new Map<string, number[]>();
  rows.forEach((row, index) => {
    if (row.nik.status !== "ok") return;
    const list = seen.get(row.nik.digits);
    if (list) list.push(index);
    else seen.set(row.nik.digits, [index]);
  });
  const out: Array<[number, Finding]> = [];
  for (const [nik, indexes] of seen) {
    if (indexes.length < 2) continue;
    for (const index of indexes) {
      const others = indexes.filter((i) => i !== index).map((i) => rows[i]!.row);
      out.push([
        index,
        finding(
          rows[index]!.row,
          "nik",
          "NIK_DUPLICATE",
          "error",
          `NIK ${nik} juga tercatat di baris ${others.join(", ")}. Satu orang hanya boleh didaftarkan sekali: hapus atau perbaiki baris yang salah.`,
        ),
      ]);
    }
  }
  return out;
}
