import fc from "fast-check";
import { incomeLevelFor, incomeLevelOrLowest, incomeToPrice } from "../../../src/domain/iuran";

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

describe("incomeLevelOrLowest: what a worker's declared income is priced at", () => {
  test("an income below Rp 1.000.000 is priced at the lowest level, with an info note naming both amounts", () => {
    const result = incomeLevelOrLowest(750_000, "2026-01");
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.level).toMatchObject({ level: 1, dasarPenghasilan: 1_000_000 });
    expect(result.note).toEqual({
      code: "INCOME_OUT_OF_RANGE",
      kind: "below-minimum",
      field: "penghasilan",
      severity: "info",
      declaredIncome: 750_000,
      message:
        "Penghasilan dilaporkan Rp 750.000 di bawah tingkat terendah Lampiran II PP 44/2015 (Rp 1.000.000): " +
        "iurannya dihitung dari tingkat terendah itu, Rp 1.000.000.",
    });
    expect(incomeToPrice(750_000, "2026-01")).toBe(1_000_000);
  });

  test("every income from 0 to the ceiling is priced, without a note from Rp 1.000.000 on", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_700_000 }), (income) => {
        const result = incomeLevelOrLowest(income, "2026-01");
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.note === undefined).toBe(income >= 1_000_000);
        expect(incomeToPrice(income, "2026-01")).toBe(Math.max(income, 1_000_000));
      }),
    );
  });

  test("above the ceiling and for an unusable number it is still the problem of incomeLevelFor", () => {
    expect(incomeLevelOrLowest(25_000_000, "2026-01")).toEqual(incomeLevelFor(25_000_000, "2026-01"));
    expect(incomeLevelOrLowest(-1, "2026-01")).toMatchObject({ ok: false, problem: { code: "INCOME_INVALID" } });
    expect(incomeToPrice(-1, "2026-01")).toBe(-1);
  });
});
