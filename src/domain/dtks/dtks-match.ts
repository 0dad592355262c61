import type { ParsedRow } from "../check/parsed-row";
import type { RuleContext } from "../check/rule-context";
import { finding, type Finding } from "../finding";
import { nikBirthDate } from "../nik/nik-parts";
import { type CalendarDate, formatDate, formatIsoDate, sameDate } from "../values/calendar-date";
import { DESIL_SOURCE_LABELS, describeDesilThreshold, desilOf, familyDesil, type PersonDesil } from "./desil";
import type { DtksIndex } from "./dtks-index";
import type { DtksFamily, DtksRecord } from "./dtks-record";
import { mayBeSameName, nameSimilarity, nameTokens, tokenInitials, tokenSimilarity } from "./name-similarity";
import { WAGE_EARNER_STATUSES, WORK_STATUS_LABELS } from "./work-status";

/** Split names of extract rows already compared, so a person born on a common day is split once. */
const recordTokens = new WeakMap<DtksRecord, string[]>();
function tokensOf(record: DtksRecord & { readonly nama: string }): string[] {
  let tokens = recordTokens.get(record);
  if (!tokens) recordTokens.set(record, (tokens = nameTokens(record.nama)));
  return tokens;
}

/**
 * A worker's standing in DTKS/DTSEN and how it was reached. Only `found` without a name mismatch is a
 * match the programme can rely on; every other path is a suggestion the secretary confirms.
 */
export type DtksStatus =
  /** The worker's NIK is in the extract. `nameMismatch`: under that NIK the extract names someone else. */
  | { readonly status: "found"; readonly record: DtksRecord; readonly nameSimilarity?: number; readonly nameMismatch: boolean }
  /** NIK damaged, missing or not in the extract, but a member of the worker's No. KK has the same name. */
  | { readonly status: "found-by-kk"; readonly record: DtksRecord; readonly nameSimilarity: number }
  /** NIK damaged, missing or not in the extract, but someone with the same name and birth date is. */
  | { readonly status: "found-by-name"; readonly record: DtksRecord; readonly nameSimilarity: number }
  /** The extract has families only (no member rows) and the worker's No. KK is one of them. */
  | { readonly status: "found-by-family"; readonly family: DtksFamily }
  | { readonly status: "not-found" }
  | { readonly status: "not-checked" };

/** The statuses that count as "terdaftar di DTKS" in summaries: the NIK is there under the same name. */
export function isConfirmedMatch(status: DtksStatus): boolean {
  return status.status === "found" && !status.nameMismatch;
}

export interface DtksMatch {
  readonly status: DtksStatus;
  readonly findings: Finding[];
}

export function matchDtks(row: ParsedRow, index: DtksIndex, ctx: RuleContext): DtksMatch {
  const threshold = ctx.settings.ambangKemiripanNama;
  const out: Finding[] = [];
  const nikOk = row.nik.status === "ok" ? row.nik.digits : undefined;
  const kkOk = row.kk.status === "ok" ? row.kk.digits : undefined;

  const byNik = nikOk ? index.findByNik(nikOk) : undefined;
  if (byNik) {
    const similarity = row.nama && byNik.nama ? nameSimilarity(row.nama, byNik.nama) : undefined;
    const nameMismatch = similarity !== undefined && similarity < threshold;
    if (nameMismatch) {
      out.push(
        finding(
          row.row,
          "nama",
          "DTKS_NAME_MISMATCH",
          "warning",
          `NIK ditemukan di DTKS (baris ${byNik.row}) atas nama "${byNik.nama}", berbeda dengan "${row.nama}". Pastikan NIK ini milik orang yang sama.`,
        ),
      );
    }
    const birth = row.tanggalLahir.status === "ok" ? row.tanggalLahir.date : undefined;
    if (birth && byNik.tanggalLahir && !sameDate(birth, byNik.tanggalLahir)) {
      out.push(
        finding(row.row, "tanggal_lahir", "DTKS_DOB_MISMATCH", "info", `Tanggal lahir di DTKS ${formatDate(byNik.tanggalLahir)}, di daftar desa ${formatDate(birth)}. Samakan dengan KTP.`),
      );
    }
    out.push(...personFindings(row, byNik, ctx));
    return { status: { status: "found", record: byNik, nameSimilarity: similarity, nameMismatch }, findings: out };
  }

  const why = nikOk ? `NIK ${nikOk} tidak ada di DTKS, tetapi` : "NIK di daftar ini rusak atau kosong, tetapi";
  const byKk = kkOk ? findInFamily(row, kkOk, index, ctx, threshold) : undefined;
  if (byKk) {
    out.push(matchedByName(row, `${why} No. KK dan nama`, byKk.record));
    out.push(...personFindings(row, byKk.record, ctx));
    return { status: { status: "found-by-kk", ...byKk }, findings: out };
  }

  const byName = findByNameAndBirthDate(row, index, ctx, threshold);
  if (byName) {
    out.push(matchedByName(row, `${why} nama dan tanggal lahir`, byName.record));
    out.push(...personFindings(row, byName.record, ctx));
    return { status: { status: "found-by-name", ...byName }, findings: out };
  }

  // A family file alone lists no one by NIK: the worker's family is what can be found.
  const family = kkOk && index.familiesOnly ? index.family(kkOk) : undefined;
  if (family) {
    out.push(
      finding(
        row.row,
        "no_kk",
        "DTKS_MATCHED_BY_FAMILY",
        "info",
        `No. KK ${kkOk} ada di berkas keluarga DTSEN (baris ${family.row}${family.kepala ? `, kepala keluarga "${family.kepala}"` : ""}). Ekstrak tanpa daftar anggota, jadi NIK tidak dapat dipastikan; cocok lewat keluarga.`,
      ),
    );
    const desil = familyDesil(family, ctx.settings.desilSumber);
    if (desil) out.push(...desilFindings(row, desil, ctx));
    return { status: { status: "found-by-family", family }, findings: out };
  }

  if (!nikOk && !row.nama) return { status: { status: "not-checked" }, findings: out };
  out.push(
    finding(
      row.row,
      "nik",
      "DTKS_NOT_FOUND",
      "warning",
      index.familiesOnly
        ? `${kkOk ? `No. KK ${kkOk} tidak ada` : "Tanpa No. KK 16 digit, tidak dapat dicari"} di berkas keluarga DTSEN (non-DTKS). Warga tetap boleh didaftarkan; verifikasi ke operator SIKS-NG/Dinas Sosial.`
        : "Tidak ditemukan di DTKS/DTSEN desa (non-DTKS). Warga tetap boleh didaftarkan; verifikasi ke operator SIKS-NG/Dinas Sosial dan usulkan masuk DTSEN bila memenuhi syarat.",
    ),
  );
  return { status: { status: "not-found" }, findings: out };
}

/** A match not made by NIK is a suggestion: it names the extract's row and NIK for the secretary to confirm. */
function matchedByName(row: ParsedRow, what: string, record: DtksRecord): Finding {
  const nik = record.nik ? ` NIK di DTKS: ${record.nik}.` : "";
  return finding(row.row, "nik", "DTKS_MATCHED_BY_NAME", "warning", `${what} cocok dengan DTKS baris ${record.row} ("${record.nama}").${nik} Cocokkan NIK dengan KTP/KK.`);
}

function workerBirth(row: ParsedRow, ctx: RuleContext): CalendarDate | undefined {
  return row.tanggalLahir.status === "ok" ? row.tanggalLahir.date : row.nikParts ? nikBirthDate(row.nikParts, ctx.referenceDate) : undefined;
}

/** A member of the worker's family with a name alike enough; with both birth dates known, they must agree. */
function findInFamily(row: ParsedRow, kk: string, index: DtksIndex, ctx: RuleContext, threshold: number) {
  if (!row.nama) return undefined;
  const members = index.membersOf(kk);
  if (members.length === 0) return undefined;
  const birth = workerBirth(row, ctx);
  const tokens = nameTokens(row.nama);
  let best: { record: DtksRecord; nameSimilarity: number } | undefined;
  for (const record of members) {
    if (!record.nama) continue;
    if (birth && record.tanggalLahir && !sameDate(birth, record.tanggalLahir)) continue;
    const similarity = tokenSimilarity(tokens, tokensOf(record as DtksRecord & { nama: string }));
    if (similarity >= threshold && (!best || similarity > best.nameSimilarity)) best = { record, nameSimilarity: similarity };
  }
  return best;
}

function findByNameAndBirthDate(row: ParsedRow, index: DtksIndex, ctx: RuleContext, threshold: number) {
  if (!row.nama) return undefined;
  const birth = workerBirth(row, ctx);
  if (!birth) return undefined;
  let best: { record: DtksRecord; nameSimilarity: number } | undefined;
  const tokens = nameTokens(row.nama);
  // Only people whose names could pass `mayBeSameName` are made into records and split.
  const candidates = index.bornOn(formatIsoDate(birth), tokenInitials(tokens));
  if (candidates.length === 0) return undefined;
  for (const record of candidates) {
    if (!record.nama) continue;
    const other = tokensOf(record as DtksRecord & { nama: string });
    if (!mayBeSameName(tokens, other)) continue;
    const similarity = tokenSimilarity(tokens, other);
    if (similarity >= threshold && (!best || similarity > best.nameSimilarity)) best = { record, nameSimilarity: similarity };
  }
  return best;
}

/** What the extract says about the person matched: desil above the threshold, work as an employee. */
function personFindings(row: ParsedRow, record: DtksRecord, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const desil = desilOf(record, ctx.settings.desilSumber);
  if (desil) out.push(...desilFindings(row, desil, ctx));
  if (record.pekerjaanUtama && WAGE_EARNER_STATUSES.has(record.pekerjaanUtama)) {
    out.push(
      finding(
        row.row,
        "pekerjaan",
        "DTKS_WAGE_EARNER",
        "warning",
        `Menurut DTSEN (baris ${record.row}) pekerjaan utamanya ${WORK_STATUS_LABELS[record.pekerjaanUtama]}: pekerja penerima upah didaftarkan oleh pemberi kerjanya (PU), bukan sebagai BPU yang dibayar desa. Pastikan pekerjaannya sekarang.`,
      ),
    );
  }
  return out;
}

function desilFindings(row: ParsedRow, desil: PersonDesil, ctx: RuleContext): Finding[] {
  const maksimal = ctx.settings.desilMaksimal;
  if (desil.value <= maksimal) return [];
  const which = DESIL_SOURCE_LABELS[desil.source];
  const fallback = desil.fallback ? ` (kolom ${DESIL_SOURCE_LABELS[ctx.settings.desilSumber]} tidak ada di ekstrak)` : "";
  const family = desil.fromFamily ? " keluarganya" : "";
  return [
    finding(
      row.row,
      "nik",
      "DTKS_DESIL_ABOVE",
      "warning",
      `${which[0]!.toUpperCase()}${which.slice(1)}${family} ${desil.value}${fallback}, di atas batas ${describeDesilThreshold(maksimal)}: di luar sasaran utama. Pastikan warga ini memang pekerja rentan sebelum didanai APBDes.`,
    ),
  ];
}
