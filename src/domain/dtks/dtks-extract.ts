import { normaliseHeader } from "../fields";
import { groupThousands } from "../format/group-thousands";
import { DtksIndex } from "./dtks-index";
import { DTKS_FIELD_LABELS } from "./dtks-record";
import { FamilyTable } from "./family-table";
import { EXTRACT_KIND_LABELS, type ExtractPart } from "./read-dtks-extract";

/** One counted observation about the extract, shown with the mapping so nothing is skipped silently. */
export interface ExtractNote {
  readonly code:
    | "DUPLICATE_NIK"
    | "DUPLICATE_KK"
    | "FAMILY_WITHOUT_MEMBERS"
    | "MEMBER_WITHOUT_FAMILY"
    | "FAMILIES_ONLY"
    | "DESIL_BLANK"
    | "DESIL_OUT_OF_RANGE"
    | "NIK_UNREADABLE"
    | "WITHOUT_IDENTITY"
    | "WORK_STATUS_UNKNOWN"
    | "NO_DESIL";
  readonly count: number;
  readonly message: string;
}

/** The village's extract: every file given, joined on No. KK and indexed for matching. */
export interface DtksExtract {
  readonly parts: readonly ExtractPart[];
  readonly index: DtksIndex;
  readonly notes: readonly ExtractNote[];
}

/** Up to three examples, "baris 12, 40, 77" of one file. */
function examples(rows: readonly number[]): string {
  return rows.length ? ` (mis. baris ${rows.slice(0, 3).join(", ")})` : "";
}

/**
 * Joins the parts: each person from a member file takes the desil and PBI flags of their family
 * (No. KK) from the family file. Everything the join cannot make sense of is counted in `notes`.
 */
export function buildDtksExtract(parts: readonly ExtractPart[]): DtksExtract {
  const notes: ExtractNote[] = [];
  const note = (code: ExtractNote["code"], count: number, message: string) => {
    if (count > 0) notes.push({ code, count, message });
  };

  const families = new FamilyTable();
  const duplicateKk: number[] = [];
  let duplicateKkCount = 0;
  for (const part of parts) {
    for (const family of part.families) {
      if (!families.add(family)) {
        duplicateKkCount++;
        if (duplicateKk.length < 3) duplicateKk.push(family.row);
      }
    }
  }

  const hasFamilyFile = parts.some((p) => p.kind === "keluarga");
  const hasPersonFile = parts.some((p) => p.kind !== "keluarga");
  let withoutFamily = 0;
  const withoutFamilyRows: number[] = [];
  const people = parts.map((part) => part.people);
  for (const columns of people) {
    if (!hasFamilyFile) {
      columns.joinFamilies(undefined);
      continue;
    }
    // Each person's family id (or -1), found by the two halves of their No. KK: no string per person.
    const familyIds = new Int32Array(columns.size);
    const kkHigh = columns.kkHigh.values, kkLow = columns.kkLow.values;
    const isMemberFile = parts[columns.part]?.kind === "anggota";
    for (let i = 0; i < columns.size; i++) {
      const id = kkHigh[i]! < 0 ? -1 : families.find(kkHigh[i]!, kkLow[i]!);
      familyIds[i] = id;
      if (id < 0 && kkHigh[i]! >= 0 && isMemberFile) {
        withoutFamily++;
        if (withoutFamilyRows.length < 3) withoutFamilyRows.push(columns.rows.at(i));
      }
    }
    // Always joined anew, so a part read again (a corrected mapping) is never left joined to an old family.
    columns.joinFamilies((i) => (familyIds[i]! < 0 ? undefined : families.family(familyIds[i]!)));
  }

  const index = new DtksIndex(people, families, parts.some((p) => hasDesilColumn(p)));

  note("DUPLICATE_NIK", index.duplicateNiks.count, `${groupThousands(index.duplicateNiks.count)} NIK tercantum lebih dari sekali di ekstrak${examples(index.duplicateNiks.rows)}; baris pertama yang dipakai.`);
  note("DUPLICATE_KK", duplicateKkCount, `${groupThousands(duplicateKkCount)} No. KK tercantum lebih dari sekali di berkas keluarga${examples(duplicateKk)}; baris pertama yang dipakai.`);
  if (hasFamilyFile && parts.some((p) => p.kind === "anggota")) {
    let childless = 0;
    // The index's No. KK look-up holds every person's family: no second set of a million No. KKs.
    for (let id = 0; id < families.size; id++) if (!index.hasMembers(families.highOf(id), families.lowOf(id))) childless++;
    note("FAMILY_WITHOUT_MEMBERS", childless, `${groupThousands(childless)} keluarga di berkas keluarga tanpa anggota di berkas anggota (tidak ada orang yang dapat dicocokkan lewat NIK untuk keluarga itu).`);
    note("MEMBER_WITHOUT_FAMILY", withoutFamily, `${groupThousands(withoutFamily)} anggota dengan No. KK yang tidak ada di berkas keluarga${examples(withoutFamilyRows)}: desil dan PBI mereka tidak diketahui.`);
  }
  if (hasFamilyFile && !hasPersonFile) {
    note("FAMILIES_ONLY", families.size, `Hanya berkas keluarga (${groupThousands(families.size)} KK): pekerja dicocokkan lewat No. KK, bukan NIK; desil yang dipakai adalah desil keluarganya.`);
  }
  for (const part of parts) {
    const c = part.counts;
    const where = parts.length > 1 ? ` di ${part.name}` : "";
    note("DESIL_BLANK", c.desilBlank, `${groupThousands(c.desilBlank)} baris${where} dengan desil kosong: batas desil tidak dapat diperiksa untuk mereka.`);
    note("DESIL_OUT_OF_RANGE", c.desilOutOfRange, `${groupThousands(c.desilOutOfRange)} baris${where} dengan desil di luar 1–10: dianggap tidak diketahui.`);
    note("NIK_UNREADABLE", c.nikUnreadable, `${groupThousands(c.nikUnreadable)} NIK${where} bukan 16 digit teks (mis. tersimpan sebagai angka): baris itu hanya dicocokkan lewat nama.`);
    note("WITHOUT_IDENTITY", c.withoutIdentity, `${groupThousands(c.withoutIdentity)} baris${where} tanpa NIK dan nama${part.kind === "keluarga" ? " (atau tanpa No. KK 16 digit)" : ""}: dilewati.`);
    note("WORK_STATUS_UNKNOWN", c.workStatusUnknown, `${groupThousands(c.workStatusUnknown)} baris${where} dengan status pekerjaan utama yang tidak dikenali: tidak diperiksa sebagai penerima upah.`);
  }
  if (!index.hasDesil) note("NO_DESIL", 1, "Ekstrak tanpa kolom desil: batas desil tidak diperiksa.");
  return { parts, index, notes };
}

function hasDesilColumn(part: ExtractPart): boolean {
  return part.mapping.desil_nasional !== undefined || part.mapping.desil_provinsi !== undefined || part.mapping.desil_kabupaten_kota !== undefined;
}

/** "berkas anggota keluarga DTSEN, 1.000.000 baris, judul di baris 1" for one part. */
export function describePart(part: ExtractPart): string {
  const rows = part.kind === "keluarga" ? part.families.length : part.people.size;
  return `${EXTRACT_KIND_LABELS[part.kind]}, ${groupThousands(rows)} baris, judul di baris ${part.headerRow}`;
}

/** `NIK ← "nomor_induk_kependudukan", No. KK ← "nomor_kartu_keluarga", …`: the mapping used, as the user checks it. */
export function describeMapping(part: ExtractPart, columnName: (column: number) => string = String): string {
  return (Object.entries(part.mapping) as Array<[keyof typeof DTKS_FIELD_LABELS, { column: number; header: string } | undefined]>)
    .filter(([field, column]) => column !== undefined && field !== "nama_lain")
    .sort((a, b) => a[1]!.column - b[1]!.column)
    .map(([field, column]) => `${DTKS_FIELD_LABELS[field]} ← "${column!.header}" (${columnName(column!.column)})`)
    .join(", ");
}

/**
 * True when the extract's header row is the worker table's own (the same header texts in the same
 * order): matching a worker list against itself would report everyone "in DTKS".
 */
export function isWorkerTableHeader(part: Pick<ExtractPart, "headers">, workerHeaders: readonly string[]): boolean {
  const key = (headers: readonly string[]) => headers.map((h) => normaliseHeader(h)).filter((h) => h !== "").join("|");
  return workerHeaders.length > 0 && key(part.headers) === key(workerHeaders);
}
