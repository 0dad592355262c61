import { addMonths, monthLabel, monthRange, monthsInclusive, parseYearMonth, periodLabel, yearMonth } from "../../../src/domain/iuran";

describe("contribution months", () => {
  test("months are written YYYY-MM", () => {
    expect(yearMonth(2026, 3)).toBe("2026-03");
    expect(parseYearMonth("2026-12")).toEqual({ year: 2026, month: 12 });
  });

  test("adding months crosses into the next year", () => {
    expect(addMonths("2026-11", 3)).toBe("2027-02");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
  });

  test("a range of 12 months from March ends in February of the next year", () => {
    const months = monthRange("2026-03", 12);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe("2026-03");
    expect(months[11]).toBe("2027-02");
    expect(monthsInclusive("2026-04", "2026-12")).toBe(9);
  });

  test("months are named in Indonesian", () => {
    expect(monthLabel("2026-08")).toBe("Agustus 2026");
    expect(periodLabel("2026-03", "2026-03")).toBe("Maret 2026");
    expect(periodLabel("2026-04", "2026-12")).toBe("April–Desember 2026");
    expect(periodLabel("2026-11", "2027-02")).toBe("November 2026–Februari 2027");
  });

  test("a malformed month is refused in Indonesian", () => {
    expect(() => parseYearMonth("2026-3")).toThrow(/harus berbentuk TTTT-BB/);
    expect(() => yearMonth(2026, 13)).toThrow(/Bulan harus 1 sampai 12/);
  });
});
