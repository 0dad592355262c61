import { officeCellOf } from "../../../src/adapters/office/cell-writes";

describe("what a fix or its undo writes into one cell", () => {
  it("a NIK or a phone number goes in as Text, so Excel never makes it a number", () => {
    expect(officeCellOf({ value: { kind: "text", text: "081234567890" }, asText: true })).toEqual({ numberFormat: "@", value: "081234567890" });
  });

  it("an undone number gets its own number format back with its value", () => {
    expect(officeCellOf({ value: { kind: "number", value: 81234567891, numberFormat: "0" }, asText: false })).toEqual({ numberFormat: "0", value: 81234567891 });
  });

  it("a date is written as Excel's serial with a date format", () => {
    expect(officeCellOf({ value: { kind: "date", year: 1994, month: 2, day: 11 }, asText: false })).toEqual({ numberFormat: "dd/mm/yyyy", value: 34376 });
  });

  it("an empty old value empties the cell again", () => {
    expect(officeCellOf({ value: { kind: "empty" }, asText: false })).toEqual({ numberFormat: "General", value: "" });
  });
});
