import fc from "fast-check";
import { parseAmountText } from "../../../src/domain/values/parse-amount";
import { parsePhoneCell } from "../../../src/domain/values/parse-phone";
import { parseSexCell } from "../../../src/domain/values/parse-sex";

const text = (t: string) => ({ kind: "text" as const, text: t });

describe("sex as villages write it", () => {
  it.each([["L", "L"], ["Laki-laki", "L"], ["LAKI LAKI", "L"], ["Pria", "L"], ["Lk", "L"], ["P", "P"], ["Perempuan", "P"], ["wanita", "P"], ["Pr", "P"]])("%s is %s", (input, sex) => {
    expect(parseSexCell(text(input))).toEqual({ status: "ok", sex });
  });
  it("anything else is reported", () => {
    expect(parseSexCell(text("X"))).toEqual({ status: "invalid", shown: "X" });
  });
});

describe("mobile numbers", () => {
  it.each([["0812-3456-7890", "081234567890"], ["+62 812 3456 7890", "081234567890"], ["6281234567890", "081234567890"], ["0812 3456 789", "08123456789"]])("%s is accepted as %s", (input, phone) => {
    expect(parsePhoneCell(text(input))).toEqual({ status: "ok", phone });
  });
  it("a landline is not a mobile number", () => {
    expect(parsePhoneCell(text("021-5551234"))).toMatchObject({ status: "invalid", reason: expect.stringContaining("HP") });
  });
  it("a number cell that lost its leading zero is explained", () => {
    expect(parsePhoneCell({ kind: "number", value: 81234567890 })).toMatchObject({ status: "invalid", reason: expect.stringContaining("angka 0") });
  });
  it("never throws on any string", () => {
    fc.assert(fc.property(fc.string(), (s) => {
      parsePhoneCell(text(s));
    }));
  });
});

describe("rupiah amounts", () => {
  it.each([["1000000", 1000000], ["1.000.000", 1000000], ["Rp 1.500.000,-", 1500000], ["Rp1,5 juta", 1500000], ["750 ribu", 750000], ["2 jt", 2000000]])("%s is %d", (input, amount) => {
    expect(parseAmountText(input)).toEqual({ status: "ok", amount });
  });
  it("words are not an amount", () => {
    expect(parseAmountText("tidak tetap")).toEqual({ status: "invalid", shown: "tidak tetap" });
  });
});
