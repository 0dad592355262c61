import { jpWageCeiling, PU_REFERENCE_RATES } from "../../../src/domain/iuran";

describe("Penerima Upah reference rates", () => {
  test("JKK has five risk classes from 0,24% to 1,74%", () => {
    expect(PU_REFERENCE_RATES.jkkRiskClasses.map((c) => [c.kelompok, c.employerBp])).toEqual([
      [1, 24],
      [2, 54],
      [3, 89],
      [4, 127],
      [5, 174],
    ]);
  });

  test("JKM is 0,30%, JHT 3,7% + 2%, JP 2% + 1%", () => {
    const rate = (program: string) => PU_REFERENCE_RATES.rates.find((r) => r.program === program);
    expect(rate("JKM")).toMatchObject({ employerBp: 30, workerBp: 0 });
    expect(rate("JHT")).toMatchObject({ employerBp: 370, workerBp: 200 });
    expect(rate("JP")).toMatchObject({ employerBp: 200, workerBp: 100 });
  });

  test.each([
    ["2023-03", 9_559_600, "CONFIRMED"],
    ["2024-02", 9_559_600, "CONFIRMED"],
    ["2024-03", 10_042_300, "CONFIRMED"],
    ["2025-03", 10_547_400, "SECONDARY"],
    ["2026-02", 10_547_400, "SECONDARY"],
    ["2026-03", 11_086_300, "SECONDARY"],
  ])("the JP wage ceiling in %s is %d (%s)", (month, ceiling, confidence) => {
    expect(jpWageCeiling(month)).toMatchObject({ ceiling, confidence });
  });

  test("no JP ceiling is claimed for a March not yet announced", () => {
    expect(jpWageCeiling("2027-03")).toBeUndefined();
    expect(jpWageCeiling("2023-02")).toBeUndefined();
  });
});
