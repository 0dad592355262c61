import fc from "fast-check";
import { splitRtRw } from "../../../src/domain/values/split-rt-rw";

describe("an RT and an RW typed in one cell", () => {
  it.each([
    ["001/002", "001", "002"],
    ["1/2", "1", "2"],
    ["01 / 03", "01", "03"],
    ["RT 01/RW 02", "01", "02"],
    ["rt.5 - rw.12", "5", "12"],
    ["3\\4", "3", "4"],
  ])("'%s' is RT %s, RW %s", (cell, rt, rw) => {
    expect(splitRtRw(cell, undefined)).toEqual({ rt, rw });
  });

  it("leaves a cell that is not an RT and an RW as it is: one number, an address, a note", () => {
    for (const cell of ["001", "RT 01", "Jl. Merdeka 1/2", "01/02/2026", "1234/5", "belum ada"]) {
      expect(splitRtRw(cell, undefined)).toEqual({ rt: cell, rw: undefined });
    }
    expect(splitRtRw(undefined, undefined)).toEqual({ rt: undefined, rw: undefined });
  });

  it("never takes apart an RT cell when the sheet has its own RW column", () => {
    expect(splitRtRw("001/002", "005")).toEqual({ rt: "001/002", rw: "005" });
  });

  it("any pair of RT and RW numbers written with a slash or dash comes back as the two numbers", () => {
    const number = fc.stringMatching(/^\d{1,3}$/);
    const joiner = fc.constantFrom("/", " / ", "-", " - ");
    fc.assert(
      fc.property(number, number, joiner, fc.boolean(), (rt, rw, join, labelled) => {
        const cell = labelled ? `RT ${rt}${join}RW ${rw}` : `${rt}${join}${rw}`;
        expect(splitRtRw(cell, undefined)).toEqual({ rt, rw });
      }),
    );
  });
});
