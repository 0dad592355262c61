import { buildSubmission, findTemplate, submissionLayouts, withKeyValueRow } from "../../../src/domain/ekspor";
import { layoutNumberFormat } from "../../../src/domain/layout/sheet-layout";
import { BUDI, check, OPTIONS_2026, SITI } from "./fixtures";

const KETERANGAN: ReadonlyArray<readonly [string, string]> = [["Sumber", 'lembar "Data"']];

function layouts(template: string, rows = [BUDI, SITI, { ...BUDI, nik: "12345", nama: "NIK rusak" }]) {
  return submissionLayouts(buildSubmission(check(rows), findTemplate(template)!, OPTIONS_2026), KETERANGAN);
}

describe("the submission's sheets as domain layouts", () => {
  it("are the submission sheet, Ditolak and Keterangan, in the file the template says", () => {
    expect(layouts("bpu-kolektif").map((s) => [s.name, s.role, s.file])).toEqual([
      ["Peserta BPU", "main", "main"],
      ["Ditolak", "ditolak", "main"],
      ["Keterangan", "keterangan", "main"],
    ]);
    const apart = layouts("opensid-program-bantuan");
    expect(apart.filter((s) => s.file === "companion").map((s) => s.name)).toEqual(["Ditolak", "Keterangan"]);
  });

  it("keep every NIK and No. KK a text cell, income a rupiah number, and the header frozen and shaded", () => {
    const main = layouts("bpu-kolektif")[0]!.layout;
    const header = main.cells[0]!;
    const nik = header.indexOf("NIK");
    const kk = header.indexOf("No. KK");
    const income = header.indexOf("Penghasilan Dilaporkan");
    expect(main.frozenRows).toBe(1);
    expect(main.textColumns).toEqual(expect.arrayContaining([nik + 1, kk + 1]));
    for (let r = 1; r < main.cells.length; r++) {
      expect([main.cells[r]![nik], layoutNumberFormat(main, r, nik)]).toEqual([expect.stringMatching(/^\d{16}$/), "@"]);
      expect([typeof main.cells[r]![income], layoutNumberFormat(main, r, income)]).toEqual(["number", "#,##0"]);
    }
    expect(main.styles).toContainEqual({ range: `A1:${String.fromCharCode(64 + header.length)}1`, bold: true, fill: "#FFF2CC" });
  });

  it("list the left-out row with its reasons in Indonesian, and Keterangan can name the cells a writer cut", () => {
    const [, ditolak, keterangan] = layouts("bpu-kolektif");
    expect(ditolak!.layout.cells).toHaveLength(2);
    expect(ditolak!.layout.cells[1]!.slice(1, 3)).toEqual(["NIK rusak", "12345"]);
    expect(String(ditolak!.layout.cells[1]![4])).not.toMatch(/NIK_FORMAT/);
    const named = withKeyValueRow(keterangan!, "Sel dipotong", "1 sel …");
    expect(named.layout.cells).toEqual([...KETERANGAN, ["Sel dipotong", "1 sel …"]]);
    expect(keterangan!.layout.cells).toEqual(KETERANGAN);
  });
});
