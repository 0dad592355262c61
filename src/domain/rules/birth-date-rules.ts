import { NO_FINDINGS, type RowRule } from "../check/rule-context";
import { finding, type Finding } from "../finding";
import { nikBirthDate } from "../nik/nik-parts";
import { ageOn, formatDate } from "../values/calendar-date";
import { PLAUSIBLE_AGE } from "./rule-parameters";

/** tanggal_lahir, when the table has the column, must be a real date. */
export const birthDateRule: RowRule = (row, ctx) => {
  const r = row.tanggalLahir;
  switch (r.status) {
    case "ok":
      return NO_FINDINGS;
    case "missing":
      return ctx.hasColumn("tanggal_lahir")
        ? [finding(row.row, "tanggal_lahir", "DATE_MISSING", "warning", "Tanggal lahir kosong. BPJS memerlukan tanggal lahir; isi sesuai KTP (mis. 17-08-1980).")]
        : NO_FINDINGS;
    case "cell-error":
      return [finding(row.row, "tanggal_lahir", "CELL_ERROR", "error", `Sel tanggal lahir berisi kesalahan rumus ${r.code}. Ganti dengan tanggal lahir sesuai KTP.`)];
    case "invalid":
      return [finding(row.row, "tanggal_lahir", "DATE_INVALID", "error", `Tanggal lahir "${r.shown}" tidak valid: ${r.reason}.`)];
  }
};

/**
 * The age on 1 January of the budget year. The programme's limits are UNCONFIRMED settings, so
 * being outside them is a warning; an age no worker can have is a typing mistake and an error.
 */
export const ageRule: RowRule = (row, ctx) => {
  const fromColumn = row.tanggalLahir.status === "ok" ? row.tanggalLahir.date : undefined;
  const birth = fromColumn ?? (row.nikParts ? nikBirthDate(row.nikParts, ctx.referenceDate) : undefined);
  if (!birth) return NO_FINDINGS;
  const age = ageOn(birth, ctx.referenceDate);
  // Nearly every age is inside the limits: the message parts below are only written for the others.
  if (age >= PLAUSIBLE_AGE.min && age <= PLAUSIBLE_AGE.max && age >= ctx.settings.usiaMinimal && age <= ctx.settings.usiaMaksimal) return NO_FINDINGS;
  const where = fromColumn ? "" : " (dari NIK)";
  const on = formatDate(ctx.referenceDate);
  const out: Finding[] = [];
  if (age < PLAUSIBLE_AGE.min || age > PLAUSIBLE_AGE.max) {
    out.push(
      finding(row.row, "tanggal_lahir", "AGE_OUT_OF_RANGE", "error", `Usia ${age} tahun pada ${on} (lahir ${formatDate(birth)}${where}) tidak mungkin untuk pekerja. Periksa tanggal lahir.`),
    );
  } else if (age < ctx.settings.usiaMinimal || age > ctx.settings.usiaMaksimal) {
    out.push(
      finding(
        row.row,
        "tanggal_lahir",
        "AGE_OUT_OF_RANGE",
        "warning",
        `Usia ${age} tahun pada ${on} di luar batas ${ctx.settings.usiaMinimal}–${ctx.settings.usiaMaksimal} tahun yang diatur. Batas usia BPU belum terkonfirmasi: tanyakan ke Kantor Cabang BPJS Ketenagakerjaan sebelum mendaftarkan.`,
      ),
    );
  }
  return out;
};
