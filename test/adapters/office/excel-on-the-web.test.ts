import { OfficeExcelGateway, type ExcelHost } from "../../../src/adapters/office";
import type { HighlightMark } from "../../../src/adapters/office/highlight-marks";
import { createFakeExcel, type CellSeed, type WorkbookSeed } from "../../support/fake-excel/fake-excel";
import { makePerson, seededRandom } from "../../../scripts/lib/synthetic";

// Excel on the web: 5 MB per request and per response. A village list of 10,000 rows is checked
// (read with what the highlighter needs, then highlighted) in at most three round trips.

function villageList(rows: number): WorkbookSeed {
  const random = seededRandom(rows);
  const cells: CellSeed[][] = [["DAFTAR PEKERJA RENTAN"], [], ["No", "NIK", "No. KK", "Nama Lengkap", "Tempat Lahir", "Tgl. Lahir", "L/P", "Pekerjaan", "Dusun", "RT", "RW", "No. HP"]];
  for (let i = 0; i < rows; i++) {
    const p = makePerson(random, "61.04.01", i);
    const nik: CellSeed = i % 50 === 7 ? Number(p.nik.slice(0, 15) + "0") : { v: p.nik, f: "@" };
    cells.push([i + 1, nik, { v: p.noKk, f: "@" }, p.nama, p.tempatLahir, { v: 30000 + i, f: "dd/mm/yyyy" }, p.jenisKelamin, p.pekerjaan, p.dusun, p.rt, p.rw, { v: p.noHp, f: "@" }]);
  }
  return { sheets: [{ name: "Data Pekerja", cells }] };
}

function marksEvery50th(rows: number): HighlightMark[] {
  const marks: HighlightMark[] = [];
  for (let i = 7; i < rows; i += 50) marks.push({ row: 4 + i, column: 2, severity: "error", messages: ["NIK kehilangan digit terakhir"] });
  return marks;
}

describe("a 10,000-row check on Excel on the web", () => {
  it("reads every row and highlights in at most 3 syncs, no request or response over 5 MB", async () => {
    const fake = createFakeExcel(villageList(10_000));
    const gateway = new OfficeExcelGateway({ excel: fake.Excel as unknown as ExcelHost, supports: fake.supports });
    fake.workbook.resetStats();

    const grid = await gateway.readUsedRange(undefined, { prepareHighlights: true });
    const result = await gateway.writeHighlights(grid.name, marksEvery50th(10_000));

    expect(grid.rows).toHaveLength(10_003);
    expect(grid.rows[10_002]![1]).toMatchObject({ kind: "text" });
    expect(result.marked).toBe(200);
    expect(fake.workbook.refusedResponses).toBe(0);
    expect(fake.workbook.syncs).toBeLessThanOrEqual(3);
  });
});
