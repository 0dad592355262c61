import { NO_FINDINGS, type RowRule } from "../check/rule-context";
import { finding, type Finding } from "../finding";
import { describeNikDateProblem, nikBirthDate, type NikParts } from "../nik/nik-parts";
import { type CalendarDate, formatDate, isRealDate, sameDate } from "../values/calendar-date";
import { PROVINCE_CODES, PROVINCES_WITH_OLD_CODES } from "../wilayah/kemendagri-editions";

/** NIK present, 16 digits, and not a number Excel has already rounded. */
export const nikFormatRule: RowRule = (row) => {
  const r = row.nik;
  switch (r.status) {
    case "ok":
      return NO_FINDINGS;
    case "missing":
      return [finding(row.row, "nik", "NIK_MISSING", "error", "NIK kosong. Isi NIK 16 digit sesuai KTP atau Kartu Keluarga.")];
    case "cell-error":
      return [finding(row.row, "nik", "CELL_ERROR", "error", `Sel NIK berisi kesalahan rumus ${r.code}. Ganti dengan NIK yang diketik sebagai teks.`)];
    case "precision-lost":
      return [
        finding(
          row.row,
          "nik",
          "NIK_PRECISION_LOST",
          "error",
          `NIK tersimpan sebagai angka (${r.shown}), sehingga Excel ${r.endsInZero ? "sudah mengubah digit terakhir menjadi 0" : "bisa mengubah digit terakhirnya"}: Excel hanya menyimpan 15 digit. ` +
            "Ubah format kolom NIK menjadi Teks, lalu ketik ulang NIK dari KTP/KK.",
        ),
      ];
    case "format": {
      const what = r.hasOtherCharacters ? "berisi karakter selain angka" : `hanya ${r.digitCount} digit`;
      const detail = r.hasOtherCharacters && r.digitCount !== 16 ? ` dan ${r.digitCount} digit` : "";
      return [finding(row.row, "nik", "NIK_FORMAT", "error", `NIK "${r.shown}" ${what}${detail}; NIK harus tepat 16 digit angka. Periksa kembali dari KTP/KK.`)];
    }
  }
};

/** The birth date coded inside the NIK must be a real date. */
export const nikDateRule: RowRule = (row) =>
  row.nikDateProblem
    ? [
        finding(
          row.row,
          "nik",
          "NIK_DATE_INVALID",
          "error",
          `NIK ${row.nik.status === "ok" ? row.nik.digits : ""} tidak mungkin benar: ${describeNikDateProblem(row.nikDateProblem)}. Kemungkinan salah ketik; cocokkan dengan KTP/KK.`,
        ),
      ]
    : NO_FINDINGS;

/** Serial 0000 is never issued by the public validators we know of; not officially confirmed, so a warning. */
export const nikSerialRule: RowRule = (row) =>
  row.nikParts?.serial === "0000"
    ? [finding(row.row, "nik", "NIK_SERIAL_ZERO", "warning", "Empat digit terakhir NIK adalah 0000, nomor urut yang tidak lazim. Periksa kembali NIK ini dari KTP/KK.")]
    : NO_FINDINGS;

/**
 * The first six digits must be a kecamatan code, judged by how certain an unknown code is wrong:
 * - a province code in no Kemendagri edition since 2016 is a typing error (none was ever dropped);
 * - so is an unknown regency code, except in Papua (91) and Papua Barat (92), whose regency codes moved
 *   to 93–96 in 2022 while NIKs issued before keep them;
 * - an unknown kecamatan code stays a warning everywhere: kecamatan are split and renumbered, and a
 *   NIK keeps the code of the place it was first issued.
 */
export const nikRegionRule: RowRule = (row, ctx) => {
  const parts = row.nikParts;
  if (!parts) return NO_FINDINGS;
  if (!PROVINCE_CODES.has(parts.provinceCode)) {
    return unknownRegion(
      row.row,
      "error",
      `Dua digit pertama NIK (${parts.provinceCode}) bukan kode provinsi Kemendagri; tidak ada kode provinsi yang dihapus sejak 2016, jadi NIK ini salah ketik. Cocokkan dengan KTP/KK.`,
    );
  }
  if (!ctx.regions) return NO_FINDINGS;
  const district = ctx.regions.lookupDistrict(parts.districtCode);
  if (!district) {
    const regencyKnown = ctx.regions.regencyOf ? ctx.regions.regencyOf(parts.regencyCode) !== undefined : undefined;
    const regency = `${parts.regencyCode.slice(0, 2)}.${parts.regencyCode.slice(2)}`;
    if (regencyKnown === false && !PROVINCES_WITH_OLD_CODES.has(parts.provinceCode)) {
      return unknownRegion(
        row.row,
        "error",
        `Empat digit pertama NIK (${regency}) bukan kode kabupaten/kota Kemendagri; di provinsi ini tidak ada kode kabupaten yang dihapus sejak 2016, jadi NIK ini salah ketik. Cocokkan dengan KTP/KK.`,
      );
    }
    if (regencyKnown === false) {
      return unknownRegion(
        row.row,
        "warning",
        `Empat digit pertama NIK (${regency}) bukan kode kabupaten/kota Kemendagri sekarang. NIK dari Papua dan Papua Barat yang terbit sebelum pemekaran 2022 masih memakai kode lama (mis. 91.01 Merauke, kini 93.01), jadi NIK ini bisa benar; cocokkan dengan KTP/KK.`,
      );
    }
    return unknownRegion(
      row.row,
      "warning",
      `Enam digit pertama NIK (${parts.districtCode}) bukan kode kecamatan dalam daftar Kemendagri. Periksa kemungkinan salah ketik; kode lama sebelum pemekaran wilayah juga bisa muncul di sini.`,
    );
  }
  if (ctx.villageRegency && parts.regencyCode !== ctx.villageRegency) {
    return [
      finding(
        row.row,
        "nik",
        "NIK_REGION_OUTSIDE",
        "warning",
        `NIK diterbitkan di ${district.kecamatan}, ${district.kabupaten} (${district.provinsi}), di luar kabupaten desa ini. Ini wajar bagi pendatang; pastikan warga ini memang berdomisili di desa.`,
      ),
    ];
  }
  return NO_FINDINGS;
};

function unknownRegion(row: number, severity: "error" | "warning", message: string): Finding[] {
  return [finding(row, "nik", "NIK_REGION_UNKNOWN", severity, message)];
}

/** The NIK's birth date and sex should agree with the row's own columns. Data-entry slips are common: warnings. */
export const nikMatchesRowRule: RowRule = (row, ctx) => {
  const parts = row.nikParts;
  if (!parts) return NO_FINDINGS;
  let out: Finding[] | undefined;
  if (row.tanggalLahir.status === "ok") {
    const fromColumn = row.tanggalLahir.date;
    if (!agreesWithNik(fromColumn, parts, ctx.referenceDate)) {
      const nikText = `${String(parts.birthDay).padStart(2, "0")}-${String(parts.birthMonth).padStart(2, "0")}-..${String(parts.birthYearTwoDigits).padStart(2, "0")}`;
      (out ??= []).push(
        finding(
          row.row,
          "tanggal_lahir",
          "NIK_DOB_MISMATCH",
          "warning",
          `Tanggal lahir ${formatDate(fromColumn)} berbeda dengan tanggal lahir di dalam NIK (${nikText}). Salah satunya salah ketik; cocokkan dengan KTP.`,
        ),
      );
    }
  }
  if (row.jenisKelamin.status === "ok" && row.jenisKelamin.sex !== parts.sex) {
    (out ??= []).push(
      finding(
        row.row,
        "jenis_kelamin",
        "NIK_SEX_MISMATCH",
        "warning",
        `Jenis kelamin tertulis ${row.jenisKelamin.sex === "L" ? "laki-laki (L)" : "perempuan (P)"}, tetapi NIK menunjukkan ${parts.sex === "L" ? "laki-laki (tanggal 01–31)" : "perempuan (tanggal lahir + 40)"}. Periksa kolom jenis kelamin atau NIK.`,
      ),
    );
  }
  // Most rows agree with their NIK: one shared empty answer instead of a list per row.
  return out ?? NO_FINDINGS;
};

/**
 * Whether the NIK's birth date, its century taken from the column's year, is the column's date. A date
 * whose day, month and last two year digits are the NIK's is answered without building the NIK's date
 * (it would be that very date): that is nearly every row.
 */
function agreesWithNik(fromColumn: CalendarDate, parts: NikParts, on: CalendarDate): boolean {
  if (
    fromColumn.day === parts.birthDay &&
    fromColumn.month === parts.birthMonth &&
    fromColumn.year % 100 === parts.birthYearTwoDigits &&
    isRealDate(fromColumn.year, fromColumn.month, fromColumn.day)
  ) {
    return true;
  }
  const fromNik = nikBirthDate(parts, on, fromColumn.year);
  return fromNik !== undefined && sameDate(fromNik, fromColumn);
}
