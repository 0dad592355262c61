import { NO_FINDINGS, type RowRule } from "../check/rule-context";
import { finding } from "../finding";

export const sexRule: RowRule = (row) => {
  const r = row.jenisKelamin;
  if (r.status === "invalid") {
    return [finding(row.row, "jenis_kelamin", "SEX_INVALID", "warning", `Jenis kelamin "${r.shown}" tidak dikenali. Tulis L (laki-laki) atau P (perempuan).`)];
  }
  if (r.status === "cell-error") {
    return [finding(row.row, "jenis_kelamin", "CELL_ERROR", "warning", `Sel jenis kelamin berisi kesalahan rumus ${r.code}. Tulis L atau P.`)];
  }
  return NO_FINDINGS;
};

/** BPJS uses the phone for JMO activation; a wrong one does not stop enrolment, so a warning. */
export const phoneRule: RowRule = (row) =>
  row.noHp.status === "invalid"
    ? [finding(row.row, "no_hp", "PHONE_INVALID", "warning", `No. HP "${row.noHp.shown}" tidak valid: ${row.noHp.reason}.`)]
    : NO_FINDINGS;
