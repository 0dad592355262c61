import { NO_FINDINGS, type RowRule } from "../check/rule-context";
import { finding } from "../finding";
import { incomeLevelFor, yearMonth } from "../iuran";

/**
 * The declared income ("penghasilan dilaporkan") picks the contribution level (Lampiran II PP 44/2015).
 * Outside the table's range it is reported, never silently clamped. On a worker row it is a warning:
 * villages often write the real (lower) income, and the budget then uses the level the secretary chooses.
 */
export const incomeRule: RowRule = (row, ctx) => {
  const r = row.penghasilan;
  if (r.status === "invalid") {
    return [finding(row.row, "penghasilan", "INCOME_INVALID", "warning", `Penghasilan "${r.shown}" bukan angka rupiah. Tulis mis. 1000000 atau Rp 1.000.000.`)];
  }
  if (r.status !== "ok") return NO_FINDINGS;
  const level = incomeLevelFor(r.amount, yearMonth(ctx.settings.tahun, 1));
  return level.ok ? [] : [finding(row.row, "penghasilan", level.problem.code, "warning", level.problem.message)];
};
