import { incomeLevelFor } from "../../../src/domain/iuran";

const levelOf = (income: number) => {
  const result = incomeLevelFor(income, "2026-01");
  if (!result.ok) throw new Error(result.problem.message);
  return result.level;
};

describe("incomeLevelFor", () => {
  test.each([
    [1_000_000, 1, 1_000_000],
    [1_099_999, 1, 1_000_000],
    [1_099_500, 1, 1_000_000],
    [1_100_000, 2, 1_200_000],
    [2_000_000, 6, 2_000_000],
    [3_199_999, 10, 2_950_000],
    [3_200_000, 11, 3_450_000],
    [9_000_000, 21, 8_700_000],
    [20_199_999, 32, 19_700_000],
    [20_200_000, 33, 20_700_000],
    [20_700_000, 33, 20_700_000],
  ])("a declared income of %d is level %d with base %d", (income, level, dasar) => {
    expect(levelOf(income)).toMatchObject({ level, dasarPenghasilan: dasar });
  });

  test("an income above the Rp 20.700.000 level is reported with the top level as a suggestion", () => {
    const result = incomeLevelFor(25_000_000, "2026-01");
    if (result.ok) throw new Error("expected a problem");
    expect(result.problem).toMatchObject({ code: "INCOME_OUT_OF_RANGE", kind: "above-maximum", declaredIncome: 25_000_000 });
    expect(result.problem.nearestLevel?.level).toBe(33);
    expect(result.problem.message).toBe(
      "Penghasilan dilaporkan Rp 25.000.000 di atas tingkat tertinggi Lampiran II PP 44/2015 (Rp 20.700.000). " +
        "Periksa apakah salah ketik; bila benar, laporkan Rp 20.700.000.",
    );
  });

  test("an income just below Rp 1.000.000 suggests the lowest level without applying it", () => {
    const result = incomeLevelFor(999_999, "2026-01");
    if (result.ok) throw new Error("expected a problem");
    expect(result.problem.kind).toBe("below-minimum");
    expect(result.problem.nearestLevel?.level).toBe(1);
  });

  test.each([-1, 1_000_000.5, NaN, Infinity])("%s is not a declared income", (income) => {
    const result = incomeLevelFor(income, "2026-01");
    if (result.ok) throw new Error("expected a problem");
    expect(result.problem).toMatchObject({ code: "INCOME_INVALID", kind: "invalid" });
    expect(result.problem.message).toMatch(/^Penghasilan dilaporkan harus bilangan bulat rupiah/);
  });
});
