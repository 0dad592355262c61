import { dateCell } from "../../../../src/adapters/xlsx/reader/cell-values";
import { DateCells } from "../../../../src/adapters/xlsx/reader/date-cells";

describe("date cells shared by serial", () => {
  it("give the cell dateCell makes, the same object for the same serial", () => {
    const dates = new DateCells(false);
    const first = dates.cellOf(23505);
    expect(first).toEqual(dateCell(23505, false));
    expect(dates.cellOf(23505)).toBe(first);
  });

  it("give each of two serials sharing a slot its own date, however they alternate", () => {
    const dates = new DateCells(false);
    const serials = [23505, 23505 + (1 << 15), 23505, 23505.5, 23505 + (1 << 15), -1 - (1 << 15) + 23505];
    for (const serial of serials) expect(dates.cellOf(serial)).toEqual(dateCell(serial, false));
  });

  it("keep the 1904 system and the error of a serial no calendar holds", () => {
    const dates = new DateCells(true);
    expect(dates.cellOf(0)).toEqual(dateCell(0, true));
    expect(dates.cellOf(NaN)).toEqual({ kind: "error", code: "#VALUE!" });
    expect(dates.cellOf(1e308)).toEqual({ kind: "error", code: "#VALUE!" });
    expect(dates.cellOf(0)).toEqual(dateCell(0, true));
  });
});
