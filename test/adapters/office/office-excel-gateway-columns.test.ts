import { ExcelGatewayError, OfficeExcelGateway, type ExcelHost } from "../../../src/adapters/office";
import { createFakeExcel, type WorkbookSeed } from "../../support/fake-excel/fake-excel";

// The gateway calls the DTKS tab adds: importing an .xlsx's sheets, and writing or removing a column
// of its own next to the worker table, against the simulated Excel.

function setUp(seed: WorkbookSeed, excelApi?: string) {
  const fake = createFakeExcel({ ...seed, ...(excelApi ? { excelApi } : {}) });
  const gateway = new OfficeExcelGateway({ excel: fake.Excel as unknown as ExcelHost, supports: fake.supports });
  return { gateway, model: fake.workbook, sheet: (name: string) => fake.workbook.sheetByName(name)! };
}

const LIST: WorkbookSeed = {
  sheets: [
    {
      name: "Data",
      cells: [
        ["No", "NIK", "Nama"],
        [1, { v: "6104011102940101", f: "@" }, "Siti"],
        [2, { v: "6104011102940102", f: "@" }, "Budi"],
      ],
    },
  ],
};

describe("importing sheets from an .xlsx file", () => {
  const FILE = "UEsDBBQAAAAIAA==";
  const seed: WorkbookSeed = { ...LIST, importableFiles: { [FILE]: [{ name: "DTKS", cells: [["NIK", "NAMA"], [{ v: "6104011102940101", f: "@" }, "SITI"]] }, { name: "Data" }] } };

  it("copies every sheet to the end, renamed with the prefix and made unique, without activating them", async () => {
    // "Data" is taken, so Excel names the copy "Data (2)" before the prefix goes on.
    const { gateway, model, sheet } = setUp({ ...seed, sheets: [...seed.sheets, { name: "Impor DTKS" }] });
    const names = await gateway.importSheetsFromBase64(FILE, "Impor ");
    expect(names).toEqual(["Impor DTKS (2)", "Impor Data (2)"]);
    expect(model.sheets.map((s) => s.name)).toEqual(["Data", "Impor DTKS", "Impor DTKS (2)", "Impor Data (2)"]);
    expect(sheet("Impor DTKS (2)").valuesOf("A2:B2")).toEqual([["6104011102940101", "SITI"]]);
    expect(model.activeSheet.name).toBe("Data");
    expect(model.syncs).toBe(3);
  });

  it("keeps Excel's names without a prefix", async () => {
    const { gateway, model } = setUp(seed);
    // The workbook already has "Data": the copy gets Excel's " (2)".
    await expect(gateway.importSheetsFromBase64(FILE)).resolves.toEqual(["DTKS", "Data (2)"]);
    expect(model.syncs).toBe(2);
  });

  it("says in Indonesian that an older Excel cannot, before sending anything", async () => {
    const { gateway, model } = setUp(seed, "1.12");
    await expect(gateway.importSheetsFromBase64(FILE)).rejects.toMatchObject({ code: "UNSUPPORTED", message: expect.stringContaining("ExcelApi 1.13") });
    expect(model.syncs).toBe(0);
  });

  it("refuses a file Excel cannot open", async () => {
    const { gateway } = setUp(seed);
    await expect(gateway.importSheetsFromBase64("bukan-xlsx")).rejects.toBeInstanceOf(ExcelGatewayError);
  });
});

describe("writing a column of the add-in's own", () => {
  it("writes the values down an empty column in one read and one write, leaving formats alone", async () => {
    const { gateway, model, sheet } = setUp(LIST);
    await gateway.writeColumn("Data", 4, 1, ["Status DTKS", "YA (desil 3)", "TIDAK DITEMUKAN"]);
    expect(model.syncs).toBe(2);
    expect(sheet("Data").valuesOf("A1:D3")).toEqual([
      ["No", "NIK", "Nama", "Status DTKS"],
      [1, "6104011102940101", "Siti", "YA (desil 3)"],
      [2, "6104011102940102", "Budi", "TIDAK DITEMUKAN"],
    ]);
    expect(sheet("Data").peek(2, 4)!.numberFormat).toBe("General");
  });

  it("never writes into a column that holds anything, even far below the table", async () => {
    const { gateway, sheet } = setUp({ sheets: [{ name: "Data", cells: [...LIST.sheets[0]!.cells!, [], [], [null, null, null, "Kepala Desa"]] }] });
    await expect(gateway.writeColumn("Data", 4, 1, ["Status DTKS", "YA", "YA"])).rejects.toMatchObject({ code: "NOT_EMPTY", message: expect.stringContaining("Kolom D") });
    expect(sheet("Data").valuesOf("D1:D6")).toEqual([[""], [""], [""], [""], [""], ["Kepala Desa"]]);
  });

  it("replaces its own column, recognised by the header, old values and all", async () => {
    const { gateway, sheet } = setUp(LIST);
    await gateway.writeColumn("Data", 4, 1, ["Status DTKS", "YA", "YA", "YA"]);
    await gateway.writeColumn("Data", 4, 1, ["Status DTKS", "TIDAK DITEMUKAN"], { replaceHeader: "status dtks" });
    expect(sheet("Data").valuesOf("D1:D4")).toEqual([["Status DTKS"], ["TIDAK DITEMUKAN"], [""], [""]]);
  });

  it("removes the column only while its header still says what the add-in wrote", async () => {
    const { gateway, model, sheet } = setUp(LIST);
    await gateway.writeColumn("Data", 4, 1, ["Status DTKS", "YA", "YA"]);
    model.resetStats();
    await expect(gateway.clearColumn("Data", 4, 1, "Status DTKS")).resolves.toBe(true);
    expect(model.syncs).toBe(2);
    expect(sheet("Data").valuesOf("D1:D3")).toEqual([[""], [""], [""]]);

    await gateway.writeColumn("Data", 4, 1, ["Catatan", "pindah"]);
    await expect(gateway.clearColumn("Data", 4, 1, "Status DTKS")).resolves.toBe(false);
    expect(sheet("Data").valuesOf("D1:D2")).toEqual([["Catatan"], ["pindah"]]);
  });
});
