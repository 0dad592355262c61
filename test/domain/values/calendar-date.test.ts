import { daysInMonth, isRealDate } from "../../../src/domain/values/calendar-date";

/** What daysInMonth answered when it made its list at each call. */
function listed(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

describe("days in a month", () => {
  it("are the calendar's, and 0 for a month that is not 1–12", () => {
    for (const year of [1900, 1964, 2000, 2023, 2024, 2100, -4, 0, 1.5, NaN]) {
      for (const month of [-1, 0, 1, 2, 3, 4, 6, 9, 11, 12, 13, 2.5, NaN]) {
        expect({ year, month, days: daysInMonth(year, month) }).toEqual({ year, month, days: listed(year, month) });
      }
    }
  });

  it("make 29 February real only in a leap year", () => {
    expect([isRealDate(2024, 2, 29), isRealDate(2023, 2, 29), isRealDate(2000, 2, 29), isRealDate(1900, 2, 29)]).toEqual([true, false, true, false]);
  });
});
