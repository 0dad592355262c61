import fc from "fast-check";
import { composeNik } from "../../../src/domain/nik/compose-nik";
import { nikBirthDate, parseNikDigits } from "../../../src/domain/nik/nik-parts";
import { readIdNumber, readIdText } from "../../../src/domain/nik/read-id-number";
import { daysInMonth } from "../../../src/domain/values/calendar-date";

const ON = { year: 2026, month: 1, day: 1 };

describe("reading a NIK from a cell", () => {
  it("accepts 16 digits typed with spaces, dots or dashes", () => {
    expect(readIdText("3204 1146 0905 0001")).toEqual({ status: "ok", digits: "3204114609050001" });
    expect(readIdText("32.04.11.460905.0001")).toEqual({ status: "ok", digits: "3204114609050001" });
    expect(readIdText("3204-1146-0905-0001")).toEqual({ status: "ok", digits: "3204114609050001" });
    expect(readIdText("'3204114609050001")).toEqual({ status: "ok", digits: "3204114609050001" });
  });

  it("a NIK typed as a number is flagged as damaged, never trusted", () => {
    const r = readIdNumber({ kind: "number", value: 3204114609050000 });
    expect(r.status).toBe("precision-lost");
    expect(r.status === "precision-lost" && r.endsInZero).toBe(true);
  });

  it("a NIK pasted in scientific notation is flagged as damaged", () => {
    expect(readIdText("3,20411E+15").status).toBe("precision-lost");
    expect(readIdText("3.20411E+15").status).toBe("precision-lost");
  });

  it("counts the digits of a NIK that is too short", () => {
    expect(readIdText("32041146090500")).toMatchObject({ status: "format", digitCount: 14, hasOtherCharacters: false });
  });

  it("reports letters inside a NIK", () => {
    expect(readIdText("32041146O9050001")).toMatchObject({ status: "format", hasOtherCharacters: true });
  });

  it("reports a formula error instead of passing it on as text", () => {
    expect(readIdNumber({ kind: "error", code: "#N/A" })).toEqual({ status: "cell-error", code: "#N/A" });
  });

  it("never throws on any string", () => {
    fc.assert(fc.property(fc.string(), (s) => {
      readIdText(s);
    }));
  });
});

describe("the parts of a NIK", () => {
  it("reads a woman's NIK: day of birth plus 40", () => {
    const r = parseNikDigits("3204114609050001");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.parts).toMatchObject({ sex: "P", birthDay: 6, birthMonth: 9, birthYearTwoDigits: 5, districtCode: "320411", regencyCode: "3204" });
    expect(nikBirthDate(r.parts, ON)).toEqual({ year: 2005, month: 9, day: 6 });
  });

  it("places a two-digit year in the century that gives a living person", () => {
    const r = parseNikDigits("6111011708800003");
    expect(r.ok && nikBirthDate(r.parts, ON)).toEqual({ year: 1980, month: 8, day: 17 });
  });

  it.each([
    ["day 00", "6111010008800003"],
    ["day 35", "6111013508800003"],
    ["day 72", "6111017208800003"],
    ["month 13", "6111011713800003"],
    ["31 February", "6111013102800003"],
  ])("rejects an impossible birth date in the NIK (%s)", (_label, nik) => {
    expect(parseNikDigits(nik).ok).toBe(false);
  });

  it("accepts 29 February only where some century makes it a leap year", () => {
    expect(parseNikDigits("6111012902000003").ok).toBe(true); // 2000 is leap
    expect(parseNikDigits("6111012902010003").ok).toBe(false); // 1901 and 2001 are not
  });

  it("every generated valid NIK parses back to its parts", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 11, max: 96 }),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom<"L" | "P">("L", "P"),
        fc.integer({ min: 1927, max: 2025 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 1, max: 9999 }),
        (pp, kk, cc, sex, year, month, rawDay, serial) => {
          const day = Math.min(rawDay, daysInMonth(year, month));
          const districtCode = `${pp}${String(kk).padStart(2, "0")}${String(cc).padStart(2, "0")}`;
          const nik = composeNik({ districtCode, sex, day, month, year, serial });
          const r = parseNikDigits(nik);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.parts).toMatchObject({ sex, birthDay: day, birthMonth: month, districtCode, serial: String(serial).padStart(4, "0") });
          expect(nikBirthDate(r.parts, ON, year)).toEqual({ year, month, day });
        },
      ),
    );
  });

  it("a Papua NIK above 2^53 stays exact because it is never a Number", () => {
    const nik = "9171014101900001";
    expect(readIdText(nik)).toEqual({ status: "ok", digits: nik });
    expect(String(Number(nik))).not.toBe(nik); // what would happen through Number
  });
});
