import { OfficeExcelGateway, type ExcelHost } from "../../../src/adapters/office";
import { cellsChangedSince, createFixBatch, fixWrites, proposeFixes, undoWrites } from "../../../src/domain/fix";
import { defaultSettings } from "../../../src/domain/rules/rule-parameters";
import { runCheck } from "../../../src/taskpane/periksa/run-check";
import { TableElsewhereError } from "../../../src/taskpane/periksa/table-elsewhere";
import { createFakeExcel, type WorkbookSeed } from "../../support/fake-excel/fake-excel";

// Periksa from an instructions sheet, a header-only table, and a fix written and undone through the
// Office.js adapter on the simulated Excel, as the pane does it (without React).

const SETTINGS = defaultSettings(2026);
const report = () => undefined;
const signal = new AbortController().signal;
const HEADER = ["NIK", "Nama", "Tgl Lahir", "L/P", "No HP"];

function setUp(seed: WorkbookSeed) {
  const fake = createFakeExcel(seed);
  return { gateway: new OfficeExcelGateway({ excel: fake.Excel as unknown as ExcelHost, supports: fake.supports }), model: fake.workbook };
}

const VILLAGE: WorkbookSeed = {
  active: "Petunjuk",
  sheets: [
    { name: "Petunjuk", cells: [["Isi daftar di lembar Data"]] },
    {
      name: "Data",
      cells: [HEADER, [{ v: "6104011102940101", f: "@" }, "Sahril", { v: 34376, f: "dd/mm/yyyy" }, "L", { v: 81234567891, f: "0" }]],
      tables: [{ name: "TabelPekerja", range: "A1:E2" }],
    },
  ],
};

describe("Periksa when the active sheet has no worker table", () => {
  it("names the sheet and the Excel table that has it, instead of blaming the column titles", async () => {
    const { gateway } = setUp(VILLAGE);
    const failure = await runCheck({ gateway, source: { kind: "active" }, settings: SETTINGS, highlight: true, signal, report }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TableElsewhereError);
    expect((failure as TableElsewhereError).elsewhere).toMatchObject({ sheet: "Data", rows: 1, table: { name: "TabelPekerja" } });
    expect((failure as Error).message).toBe('Lembar aktif "Petunjuk" tidak berisi tabel pekerja. Tabel pekerja ditemukan di lembar "Data" (tabel TabelPekerja, 1 baris).');
  });

  it("a table with only its header row is called empty", async () => {
    const { gateway } = setUp({ sheets: [{ name: "Data", cells: [HEADER] }] });
    await expect(runCheck({ gateway, source: { kind: "active" }, settings: SETTINGS, highlight: false, signal, report })).rejects.toThrow(/Tabel pekerja di lembar "Data" kosong: hanya ada baris judul \(baris 1\)/);
  });
});

describe("an automatic fix written through the gateway", () => {
  it("writes the phone's lost 0 as text, and the undo puts back the number with its format", async () => {
    const { gateway, model } = setUp(VILLAGE);
    const { state } = await runCheck({ gateway, source: { kind: "sheet", sheet: "Data" }, settings: SETTINGS, highlight: false, signal, report });
    const fixes = proposeFixes(state.table, state.result.findings, { referenceYear: 2026 });
    const phone = fixes.find((fix) => fix.field === "no_hp");
    expect(phone?.shownAfter).toBe("081234567891");
    await gateway.writeCells("Data", fixWrites(fixes));
    const cell = () => model.sheetByName("Data")!.peek(2, 5)!;
    expect([cell().value, cell().numberFormat]).toEqual(["081234567891", "@"]);

    const batch = createFixBatch("Data", fixes, { id: "uji", createdAt: "2026-12-01T00:00:00Z" });
    const read = await gateway.readUsedRange("Data");
    expect(cellsChangedSince(batch, (row, column) => read.rows[row - read.firstRow]![column - read.firstColumn]!)).toEqual([]);
    await gateway.writeCells("Data", undoWrites(batch));
    expect([cell().value, cell().numberFormat]).toEqual([81234567891, "0"]);
  });
});
