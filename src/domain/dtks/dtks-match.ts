import type { ParsedRow } from "../check/parsed-row";
import type { RuleContext } from "../check/rule-context";
import { finding, type Finding } from "../finding";
import { nikBirthDate } from "../nik/nik-parts";
import { formatDate, formatIsoDate, sameDate } from "../values/calendar-date";
import type { DtksIndex } from "./dtks-index";
import type { DtksRecord } from "./dtks-record";
import { mayBeSameName, nameSimilarity, nameTokens, tokenSimilarity } from "./name-similarity";

/** Split names of extract rows already compared, so a person born on a common day is split once. */
const recordTokens = new WeakMap<DtksRecord, string[]>();
function tokensOf(record: DtksRecord & { readonly nama: string }): string[] {
  let tokens = recordTokens.get(record);
  if (!tokens) recordTokens.set(record, (tokens = nameTokens(record.nama)));
  return tokens;
}

/**
 * A worker's standing in DTKS/DTSEN: the tri-state the programme asks for ("ya / tidak ditemukan /
 * belum dicek"), and how the match was made.
 */
export type DtksStatus =
  | { readonly status: "found"; readonly record: DtksRecord; readonly nameSimilarity?: number }
  /** Matched by name and birth date because the NIK was damaged or differs from the extract's. */
  | { readonly status: "found-by-name"; readonly record: DtksRecord; readonly nameSimilarity: number }
  | { readonly status: "not-found" }
  | { readonly status: "not-checked" };

export interface DtksMatch {
  readonly status: DtksStatus;
  readonly findings: Finding[];
}

export function matchDtks(row: ParsedRow, index: DtksIndex, ctx: RuleContext): DtksMatch {
  const threshold = ctx.settings.ambangKemiripanNama;
  const out: Finding[] = [];
  const nikOk = row.nik.status === "ok" ? row.nik.digits : undefined;

  const byNik = nikOk ? index.findByNik(nikOk) : undefined;
  if (byNik) {
    const similarity = row.nama && byNik.nama ? nameSimilarity(row.nama, byNik.nama) : undefined;
    if (similarity !== undefined && similarity < threshold) {
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
    out.push(...desilFindings(row, byNik, ctx));
    return { status: { status: "found", record: byNik, nameSimilarity: similarity }, findings: out };
  }

  const byName = findByNameAndBirthDate(row, index, ctx, threshold);
  if (byName) {
    const suggestion = byName.record.nik ? ` NIK di DTKS: ${byName.record.nik}.` : "";
    const why = nikOk ? `NIK ${nikOk} tidak ada di DTKS, tetapi` : "NIK di daftar ini rusak atau kosong, tetapi";
    out.push(
      finding(
        row.row,
        "nik",
        "DTKS_MATCHED_BY_NAME",
        "warning",
        `${why} nama dan tanggal lahir cocok dengan DTKS baris ${byName.record.row} ("${byName.record.nama}").${suggestion} Cocokkan NIK dengan KTP/KK.`,
      ),
    );
    out.push(...desilFindings(row, byName.record, ctx));
    return { status: { status: "found-by-name", ...byName }, findings: out };
  }

  if (!nikOk && !row.nama) return { status: { status: "not-checked" }, findings: out };
  out.push(
    finding(
      row.row,
      "nik",
      "DTKS_NOT_FOUND",
      "warning",
      "Tidak ditemukan di DTKS/DTSEN desa (non-DTKS). Warga tetap boleh didaftarkan; verifikasi ke operator SIKS-NG/Dinas Sosial dan usulkan masuk DTSEN bila memenuhi syarat.",
    ),
  );
  return { status: { status: "not-found" }, findings: out };
}

function findByNameAndBirthDate(row: ParsedRow, index: DtksIndex, ctx: RuleContext, threshold: number) {
  if (!row.nama) return undefined;
  const birth =
    row.tanggalLahir.status === "ok"
      ? row.tanggalLahir.date
      : row.nikParts
        ? nikBirthDate(row.nikParts, ctx.referenceDate)
        : undefined;
  if (!birth) return undefined;
  let best: { record: DtksRecord; nameSimilarity: number } | undefined;
  const candidates = index.bornOn(formatIsoDate(birth));
  if (candidates.length === 0) return undefined;
  const tokens = nameTokens(row.nama);
  for (const record of candidates) {
    if (!record.nama) continue;
    const other = tokensOf(record as DtksRecord & { nama: string });
    if (!mayBeSameName(tokens, other)) continue;
    const similarity = tokenSimilarity(tokens, other);
    if (similarity >= threshold && (!best || similarity > best.nameSimilarity)) best = { record, nameSimilarity: similarity };
  }
  return best;
}

function desilFindings(row: ParsedRow, record: DtksRecord, ctx: RuleContext): Finding[] {
  if (record.desil === undefined || record.desil <= ctx.settings.desilMaksimal) return [];
  return [
    finding(
      row.row,
      "nik",
      "DTKS_DESIL_ABOVE",
      "warning",
      `Desil DTSEN ${record.desil}, di atas batas desil ${ctx.settings.desilMaksimal} yang diatur: di luar sasaran utama. Pastikan warga ini memang pekerja rentan sebelum didanai APBDes.`,
    ),
  ];
}
