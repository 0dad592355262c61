import type { RowRule } from "../check/rule-context";
import { finding } from "../finding";

/**
 * The declared income ("penghasilan dilaporkan") picks the contribution level. Outside the
 * table's range it is reported, never silently clamped (see iuran/).
 */
export const incomeRule: RowRule = (row) => {
  const r = row.penghasilan;
  if (r.status === "invalid") {
    return [finding(row.row, "penghasilan", "INCOME_INVALID", "warning", `Penghasilan "${r.shown}" bukan angka rupiah. Tulis mis. 1000000 atau Rp 1.000.000.`)];
  }
  return [];
};
