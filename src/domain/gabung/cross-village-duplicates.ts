import { finding, type Finding } from "../finding";

/** A worker row as the regency view sees it: enough to name the place in a message. */
export interface VillageWorkerRef {
  readonly village: string;
  readonly file: string;
  readonly row: number;
  readonly nik: string;
  readonly nama?: string;
}

export interface CrossVillageDuplicate {
  readonly nik: string;
  readonly rows: readonly VillageWorkerRef[];
  /** One finding per row involved, each naming all the other places. */
  readonly findings: ReadonlyArray<Finding & { readonly file: string; readonly village: string }>;
}

/**
 * The same NIK enrolled by two villages is a double payment from two village budgets (and one of
 * the registrations will be rejected by BPJS). Duplicates inside one village are NIK_DUPLICATE already.
 */
export function findCrossVillageDuplicates(workers: Iterable<VillageWorkerRef>): CrossVillageDuplicate[] {
  // Nearly every NIK of a regency is held by one row: that row is the entry itself, and only a NIK seen again
  // gets a list (a list for each of a regency's 44,100 workers made this function three times slower).
  const byNik = new Map<string, VillageWorkerRef | VillageWorkerRef[]>();
  const repeated: Array<[nik: string, rows: VillageWorkerRef[]]> = [];
  for (const w of workers) {
    const held = byNik.get(w.nik);
    if (held === undefined) byNik.set(w.nik, w);
    else if (Array.isArray(held)) held.push(w);
    else {
      const rows = [held, w];
      byNik.set(w.nik, rows);
      repeated.push([w.nik, rows]);
    }
  }
  const out: CrossVillageDuplicate[] = [];
  for (const [nik, rows] of repeated) {
    if (new Set(rows.map((r) => r.file)).size < 2) continue;
    out.push({
      nik,
      rows,
      findings: rows.map((r) => {
        const others = rows.filter((o) => o !== r && o.file !== r.file).map((o) => `${o.village} (${o.file}, baris ${o.row})`);
        return {
          ...finding(r.row, "nik", "NIK_DUPLICATE_ACROSS", "error", `NIK ${nik} juga didaftarkan oleh ${others.join("; ")}. Satu orang hanya boleh dibiayai satu desa: sepakati desa mana yang mendaftarkan.`),
          file: r.file,
          village: r.village,
        };
      }),
    });
  }
  // NIKs are digits (`readIdNumber`), for which the order of code units is `localeCompare`'s: without setting
  // up a collator (ICU's collation data, 15 ms) for a list that is often a handful.
  if (out.every((d) => ONLY_DIGITS.test(d.nik))) return out.sort((a, b) => (a.nik < b.nik ? -1 : a.nik > b.nik ? 1 : 0));
  return out.sort((a, b) => a.nik.localeCompare(b.nik));
}

const ONLY_DIGITS = /^[0-9]*$/;
