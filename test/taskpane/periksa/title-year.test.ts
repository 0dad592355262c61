import { yearFromTitle } from "../../../src/taskpane/periksa/title-year";
import { grid } from "../grid";

describe("the year a title row names", () => {
  it("offers 2027 from 'DAFTAR PEKERJA RENTAN DESA SUNGAI PUTRI TAHUN 2027'", () => {
    const sheet = grid([["DAFTAR PEKERJA RENTAN DESA SUNGAI PUTRI TAHUN 2027"], [], ["NIK", "Nama", "Tgl Lahir"], ["6104011102940101", "Sahril", "11-02-1994"]]);
    expect(yearFromTitle(sheet, 3)).toBe(2027);
  });

  it("reads 'Tahun Anggaran 2026' in any case", () => {
    expect(yearFromTitle(grid([["Rekap tahun anggaran 2026"], ["NIK", "Nama"]]), 2)).toBe(2026);
  });

  it("never takes a year from the rows of the table", () => {
    expect(yearFromTitle(grid([["NIK", "Nama", "Keterangan"], ["6104011102940101", "Sahril", "Tahun 2019 pindah"]]), 1)).toBeUndefined();
  });
});
