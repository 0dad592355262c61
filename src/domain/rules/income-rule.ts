import { NO_FINDINGS, type RowRule } from "../check/rule-context";
import { finding } from "../finding";
import { incomeLevelOrLowest, yearMonth } from "../iuran";

/**
 * The declared income ("penghasilan dilaporkan") picks the contribution level (Lampiran II PP 44/2015).
 * Below the lowest level it is priced at that level, said as info: villages often write the real (lower)
 * income of a pekerja rentan. Above the highest level it is a warning (likely a typing slip), never
 * silently clamped.
 */
export const incomeRule: RowRule = (row, ctx) => {
  const r = row.penghasilan;
  if (r.status === "invalid") {
    return [finding(row.row, "penghasilan", "INCOME_INVALID", "warning", `Penghasilan "${r.shown}" bukan angka rupiah. Tulis mis. 1000000 atau Rp 1.000.000.`)];
  }
  if (r.status !== "ok") return NO_FINDINGS;
  const priced = incomeLevelOrLowest(r.amount, yearMonth(ctx.settings.tahun, 1));
  if (!priced.ok) return [finding(row.row, "penghasilan", priced.problem.code, "warning", priced.problem.message)];
  return priced.note ? [finding(row.row, "penghasilan", priced.note.code, priced.note.severity, priced.note.message)] : NO_FINDINGS;
};
