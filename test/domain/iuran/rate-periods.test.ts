import { ratePeriods, type RatePeriodsInput } from "../../../src/domain/iuran";

function periodsOf(input: RatePeriodsInput) {
  const result = ratePeriods(input);
  if (!result.ok) throw new Error(result.problem.message);
  return result;
}

const summary = (input: RatePeriodsInput) => periodsOf(input).periods.map((p) => [p.from, p.to, p.months, p.total]);

describe("ratePeriods", () => {
  test("a normal year is a single period at Rp 16.800", () => {
    expect(summary({ from: "2026-01", months: 12, declaredIncome: 1_000_000 })).toEqual([["2026-01", "2026-12", 12, 16_800]]);
  });

  test("a switched-off discount does not split the year", () => {
    const result = periodsOf({ from: "2026-01", months: 12, declaredIncome: 1_000_000, pp50: false });
    expect(result.periods).toHaveLength(1);
    expect(result.byMonth.filter((m) => m.pp50 === "switched-off").map((m) => m.month)).toEqual([
      "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12",
    ]);
  });

  test("from March 2026 with the discount: March full, April–December half, January–February 2027 full", () => {
    expect(summary({ from: "2026-03", months: 12, declaredIncome: 1_000_000, pp50: true })).toEqual([
      ["2026-03", "2026-03", 1, 16_800],
      ["2026-04", "2026-12", 9, 8_400],
      ["2027-01", "2027-02", 2, 16_800],
    ]);
  });

  test("a transport worker's discount runs January 2026 to March 2027", () => {
    expect(summary({ from: "2026-01", months: 24, declaredIncome: 1_000_000, pp50: true, transport: true })).toEqual([
      ["2026-01", "2027-03", 15, 8_400],
      ["2027-04", "2027-12", 9, 16_800],
    ]);
  });

  test("each period says whether and by which rule it was discounted", () => {
    const [full, half] = periodsOf({ from: "2026-03", months: 2, declaredIncome: 1_000_000, pp50: true }).periods;
    expect(full.discounted).toBe(false);
    expect(full.discount).toBeNull();
    expect(half.discounted).toBe(true);
    expect(half.discount?.id).toBe("PP50_2025_LAINNYA");
    expect(half.rulesApplied.map((r) => r.id)).toContain("PP50_2025_LAINNYA");
  });

  test("zero months is refused", () => {
    expect(() => ratePeriods({ from: "2026-01", months: 0, declaredIncome: 1_000_000 })).toThrow(/minimal 1/);
  });

  test("an income above the table is returned, not thrown", () => {
    const result = ratePeriods({ from: "2026-01", months: 12, declaredIncome: 25_000_000 });
    expect(result.ok).toBe(false);
  });

  test("an income below the lowest level is priced at it in every month, with its note", () => {
    const result = ratePeriods({ from: "2026-01", months: 12, declaredIncome: 500_000 });
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.periods.map((p) => [p.from, p.to, p.total])).toEqual([["2026-01", "2026-12", 16_800]]);
    expect(result.incomeNote?.severity).toBe("info");
  });
});
