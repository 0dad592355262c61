import fc from "fast-check";
import { daysInMonth, formatDate, fromExcelSerial, toExcelSerial } from "../../../src/domain/values/calendar-date";
import { parseDateCell, parseDateText } from "../../../src/domain/values/parse-date";

const YEAR = 2026;

describe("reading birth dates as villages type them", () => {
  it.each([
    ["17-08-1980", { year: 1980, month: 8, day: 17 }],
    ["17/08/1980", { year: 1980, month: 8, day: 17 }],
    ["1980-08-17", { year: 1980, month: 8, day: 17 }],
    ["17 Agustus 1980", { year: 1980, month: 8, day: 17 }],
    ["5 Mei 1990", { year: 1990, month: 5, day: 5 }],
    ["5 mei 1990", { year: 1990, month: 5, day: 5 }],
    ["12 Nopember 1975", { year: 1975, month: 11, day: 12 }],
    ["3 Pebruari 1966", { year: 1966, month: 2, day: 3 }],
    ["17-Agu-1980", { year: 1980, month: 8, day: 17 }],
    ["17 Agt. 1980", { year: 1980, month: 8, day: 17 }],
    ["1980-08-17 00:00:00", { year: 1980, month: 8, day: 17 }],
    ["17.08.1980", { year: 1980, month: 8, day: 17 }],
    ["17-08-80", { year: 1980, month: 8, day: 17 }],
    ["01-02-05", { year: 2005, month: 2, day: 1 }],
  ])("reads %s", (text, date) => {
    expect(parseDateText(text, YEAR)).toEqual({ status: "ok", date });
  });

  it("reads the date out of a combined 'Tempat, Tanggal Lahir' cell and keeps the place", () => {
    expect(parseDateText("Sambas, 12-03-1985", YEAR)).toEqual({ status: "ok", date: { year: 1985, month: 3, day: 12 }, place: "Sambas" });
  });

  it("reads real date cells and Excel serial numbers", () => {
    expect(parseDateCell({ kind: "date", year: 1980, month: 8, day: 17 }, YEAR)).toEqual({ status: "ok", date: { year: 1980, month: 8, day: 17 } });
    expect(parseDateCell({ kind: "number", value: 29450 }, YEAR)).toEqual({ status: "ok", date: { year: 1980, month: 8, day: 17 } });
  });

  it("rejects 31 February and says why", () => {
    expect(parseDateText("31-02-1980", YEAR)).toMatchObject({ status: "invalid", reason: expect.stringContaining("kalender") });
  });

  it("rejects text that is no date and says which format to use", () => {
    expect(parseDateText("belum tahu", YEAR)).toMatchObject({ status: "invalid", reason: expect.stringContaining("17-08-1980") });
  });

  it("reports a formula error on the date", () => {
    expect(parseDateCell({ kind: "error", code: "#VALUE!" }, YEAR)).toEqual({ status: "cell-error", code: "#VALUE!" });
  });

  it("never throws on any string", () => {
    fc.assert(fc.property(fc.string(), (s) => {
      parseDateText(s, YEAR);
    }));
  });

  const dates = fc
    .record({ year: fc.integer({ min: 1901, max: 2099 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .map((d) => ({ ...d, day: Math.min(d.day, daysInMonth(d.year, d.month)) }));

  it("date parsing round-trips through DD-MM-YYYY", () => {
    fc.assert(fc.property(dates, (d) => {
      expect(parseDateText(formatDate(d), 2100)).toEqual({ status: "ok", date: d });
    }));
  });

  it("Excel serials round-trip, skipping the 29 February 1900 Excel invented", () => {
    fc.assert(fc.property(dates, (d) => {
      expect(fromExcelSerial(toExcelSerial(d))).toEqual(d);
    }));
    expect(fromExcelSerial(60)).toBeUndefined();
    expect(fromExcelSerial(61)).toEqual({ year: 1900, month: 3, day: 1 });
  });
});
