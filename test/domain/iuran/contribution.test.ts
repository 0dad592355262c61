import { contributionForMonth, type ContributionInput, type ContributionResult } from "../../../src/domain/iuran";

function ok(result: ContributionResult) {
  if (!result.ok) throw new Error(`expected a contribution, got: ${result.problem.message}`);
  return result;
}

const lowest = (input: Partial<ContributionInput> & { month: string }) => ok(contributionForMonth({ declaredIncome: 1_000_000, ...input }));

describe("contributionForMonth", () => {
  test("a worker at the lowest level pays JKK Rp 10.000 + JKM Rp 6.800 = Rp 16.800", () => {
    const c = lowest({ month: "2025-06" });
    expect(c).toMatchObject({ jkk: 10_000, jkm: 6_800, jht: 0, total: 16_800, discounted: false, pp50: "outside-period" });
  });

  test("adding JHT at the lowest level makes it Rp 36.800", () => {
    expect(lowest({ month: "2025-06", withJht: true })).toMatchObject({ jkk: 10_000, jkm: 6_800, jht: 20_000, total: 36_800 });
  });

  test("the result names the income table and every rate it used", () => {
    const c = lowest({ month: "2025-06", withJht: true });
    expect(c.rulesApplied.map((r) => r.id)).toEqual(["PP44_2015_LAMPIRAN_II", "BPU_JKK_1_PERSEN", "BPU_JKM_6800", "BPU_JHT_2_PERSEN"]);
    expect(c.rulesApplied[1].detail).toBe("JKK 1% × Rp 1.000.000 = Rp 10.000");
    expect(c.rulesApplied[2].detail).toBe("JKM Rp 6.800 per bulan");
    expect(c.rulesApplied[0].detail).toMatch(/^Tingkat 1: penghasilan Rp 1\.000\.000–Rp 1\.099\.999, dasar Rp 1\.000\.000$/);
  });

  test("the PP 50/2025 discount is off unless the village switches it on", () => {
    const c = lowest({ month: "2026-05" });
    expect(c).toMatchObject({ total: 16_800, discounted: false, pp50: "switched-off" });
    expect(c.rulesApplied.some((r) => r.id.startsWith("PP50"))).toBe(false);
  });

  test("with the switch on, April 2026 costs Rp 8.400 for a non-transport worker", () => {
    const c = lowest({ month: "2026-04", pp50: true });
    expect(c).toMatchObject({ jkk: 5_000, jkm: 3_400, total: 8_400, discounted: true, pp50: "applied" });
    const discount = c.rulesApplied.find((r) => r.id === "PP50_2025_LAINNYA");
    expect(discount?.detail).toBe("Diskon 50% PP 50/2025 sektor lainnya (iuran April–Desember 2026): JKK Rp 10.000 → Rp 5.000, JKM Rp 6.800 → Rp 3.400");
  });

  test.each([
    ["2026-03", 16_800, "outside-period"],
    ["2026-04", 8_400, "applied"],
    ["2026-12", 8_400, "applied"],
    ["2027-01", 16_800, "outside-period"],
  ])("with the switch on, a non-transport worker's %s costs %d", (month, total, pp50) => {
    expect(lowest({ month, pp50: true })).toMatchObject({ total, pp50 });
  });

  test.each([
    ["2025-12", 16_800],
    ["2026-01", 8_400],
    ["2026-03", 8_400],
    ["2027-03", 8_400],
    ["2027-04", 16_800],
  ])("with the switch on, a transport worker's %s costs %d", (month, total) => {
    expect(lowest({ month, pp50: true, transport: true }).total).toBe(total);
  });

  test("the discount leaves the optional JHT whole", () => {
    expect(lowest({ month: "2026-06", pp50: true, withJht: true })).toMatchObject({ jkk: 5_000, jkm: 3_400, jht: 20_000, total: 28_400 });
  });

  test("a declared income of Rp 2.750.000 pays JKK on the Rp 2.950.000 base", () => {
    const c = ok(contributionForMonth({ month: "2026-01", declaredIncome: 2_750_000, withJht: true }));
    expect(c.level.level).toBe(10);
    expect(c).toMatchObject({ jkk: 29_500, jkm: 6_800, jht: 59_000, total: 95_300 });
  });

  test("a discounted higher level still comes out in whole rupiah", () => {
    const c = ok(contributionForMonth({ month: "2026-06", declaredIncome: 2_750_000, pp50: true }));
    expect(c).toMatchObject({ jkk: 14_750, jkm: 3_400, total: 18_150 });
  });

  test("an income below Rp 1.000.000 is priced at the lowest level, with an info note", () => {
    const result = ok(contributionForMonth({ month: "2026-01", declaredIncome: 800_000 }));
    expect(result).toMatchObject({ jkk: 10_000, jkm: 6_800, total: 16_800, level: { level: 1, dasarPenghasilan: 1_000_000 } });
    expect(result.incomeNote).toMatchObject({ code: "INCOME_OUT_OF_RANGE", kind: "below-minimum", field: "penghasilan", severity: "info", declaredIncome: 800_000 });
    expect(result.incomeNote!.message).toBe(
      "Penghasilan dilaporkan Rp 800.000 di bawah tingkat terendah Lampiran II PP 44/2015 (Rp 1.000.000): iurannya dihitung dari tingkat terendah itu, Rp 1.000.000.",
    );
    expect(ok(contributionForMonth({ month: "2026-01", declaredIncome: 1_000_000 })).incomeNote).toBeUndefined();
  });

  test("an income above the highest level still comes back as a problem", () => {
    const result = contributionForMonth({ month: "2026-01", declaredIncome: 25_000_000 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({ code: "INCOME_OUT_OF_RANGE", kind: "above-maximum", severity: "error" });
  });

  test("a malformed month is refused with an Indonesian message", () => {
    expect(() => contributionForMonth({ month: "2026-13", declaredIncome: 1_000_000 })).toThrow(/TTTT-BB/);
    expect(() => contributionForMonth({ month: "Maret 2026", declaredIncome: 1_000_000 })).toThrow(RangeError);
  });

  test("a month before PP 44/2015 took effect has no rate", () => {
    expect(() => contributionForMonth({ month: "2015-06", declaredIncome: 1_000_000 })).toThrow(/Juni 2015/);
  });

  test("every month from July 2015 to 2030 gives whole rupiah at every level", () => {
    const incomes = [1_000_000, 1_300_000, 2_700_000, 8_200_000, 20_700_000];
    for (let year = 2016; year <= 2030; year++) {
      for (const income of incomes) {
        for (const pp50 of [false, true]) {
          const c = ok(contributionForMonth({ month: `${year}-06`, declaredIncome: income, pp50, withJht: true }));
          expect(Number.isInteger(c.total)).toBe(true);
          expect(c.total).toBe(c.jkk + c.jkm + c.jht);
        }
      }
    }
  });
});
