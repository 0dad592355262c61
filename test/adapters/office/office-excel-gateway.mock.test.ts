import { OfficeMockObject } from "office-addin-mock";
import { OfficeExcelGateway, type ExcelHost } from "../../../src/adapters/office";

// Load/sync discipline checked with Microsoft's office-addin-mock: a property read without `load`
// + `sync` comes back as the string "Error, property was not loaded" (or "...context.sync() was not
// called"), which would show up in the converted cells. Behaviour is tested against the fuller
// simulation in office-excel-gateway.test.ts.

/** ExcelApi 1.1 and 1.2 only: the oldest hosts, so no bulk fills, notes or merges are asked for. */
const oldExcel = (set: string, version: string) => set === "ExcelApi" && Number(version.split(".")[1]) <= 2;

function usedRangeSeed(rows: number) {
  const values: unknown[][] = [["NIK", "Nama", "Tgl Lahir"]];
  const numberFormat: unknown[][] = [["General", "General", "General"]];
  const text: unknown[][] = [["NIK", "Nama", "Tgl Lahir"]];
  const valueTypes: unknown[][] = [["String", "String", "String"]];
  for (let i = 0; i < rows; i++) {
    values.push([3204110101900001, i === 0 ? "#N/A" : `Pekerja ${i}`, 29221]);
    numberFormat.push(["General", "General", "dd/mm/yyyy"]);
    text.push(["3.20411E+15", i === 0 ? "#N/A" : `Pekerja ${i}`, "01/01/1980"]);
    valueTypes.push(["Double", i === 0 ? "Error" : "String", "Double"]);
  }
  return { address: `Data!B3:D${3 + rows}`, rowIndex: 2, columnIndex: 1, rowCount: rows + 1, columnCount: 3, values, numberFormat, text, valueTypes };
}

function mockExcel(rows: number) {
  const calls: string[] = [];
  const seed = {
    context: {
      workbook: {
        worksheets: {
          sheet: {
            id: "{0001}",
            name: "Data",
            usedRange: {
              ...usedRangeSeed(rows),
              select() {
                calls.push("select");
              },
            },
            getUsedRange(valuesOnly?: boolean) {
              calls.push(`getUsedRange(${valuesOnly})`);
              return this.usedRange;
            },
            getRange(address: string) {
              calls.push(`getRange(${address})`);
              return this.usedRange;
            },
            activate() {
              calls.push("activate");
            },
          },
          getItem(name: string) {
            calls.push(`getItem(${name})`);
            return this.sheet;
          },
          getActiveWorksheet() {
            calls.push("getActiveWorksheet");
            return this.sheet;
          },
        },
      },
    },
    async run(batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };
  const excel = new OfficeMockObject(seed) as unknown as typeof seed & { context: { sync(): Promise<void> } };
  let syncs = 0;
  const sync = excel.context.sync.bind(excel.context);
  excel.context.sync = async () => {
    syncs++;
    await sync();
    // The mock settles nested properties in later microtasks.
    await new Promise((resolve) => setImmediate(resolve));
  };
  const gateway = new OfficeExcelGateway({ excel: excel as unknown as ExcelHost, supports: oldExcel });
  return { gateway, calls, syncs: () => syncs };
}

describe("OfficeExcelGateway under office-addin-mock", () => {
  it("loads every property it reads, in one sync", async () => {
    const { gateway, calls, syncs } = mockExcel(2);
    const grid = await gateway.readUsedRange("Data");

    expect(syncs()).toBe(1);
    expect(calls).toEqual(["getItem(Data)", "getUsedRange(true)"]);
    expect(grid.name).toBe("Data");
    expect(grid.firstRow).toBe(3);
    expect(grid.firstColumn).toBe(2);
    expect(grid.rows[0]).toEqual([
      { kind: "text", text: "NIK" },
      { kind: "text", text: "Nama" },
      { kind: "text", text: "Tgl Lahir" },
    ]);
    expect(grid.rows[1]).toEqual([
      { kind: "number", value: 3204110101900001, numberFormat: "General", display: "3.20411E+15" },
      { kind: "error", code: "#N/A" },
      { kind: "date", year: 1980, month: 1, day: 1 },
    ]);
    expect(grid.rows[2]![1]).toEqual({ kind: "text", text: "Pekerja 1" });
    // Hosts before ExcelApi 1.9/1.13 are not asked for hidden columns or merges.
    expect(grid.hiddenColumns).toBeUndefined();
  });

  it("reads 3,000 rows in the same single sync", async () => {
    const { gateway, syncs } = mockExcel(3000);
    const grid = await gateway.readUsedRange();
    expect(grid.rows).toHaveLength(3001);
    expect(syncs()).toBe(1);
  });

  it("selects a cell in one sync", async () => {
    const { gateway, calls, syncs } = mockExcel(1);
    await gateway.selectCell("Data", 5, 3);
    expect(calls).toEqual(["getItem(Data)", "activate", "getRange(C5)", "select"]);
    expect(syncs()).toBe(1);
  });

  it("refuses to highlight on a host without workbook settings, in Indonesian", async () => {
    const { gateway, syncs } = mockExcel(1);
    await expect(gateway.writeHighlights("Data", [])).rejects.toMatchObject({
      code: "UNSUPPORTED",
      message: expect.stringContaining("Versi Excel ini belum bisa menandai sel"),
    });
    expect(syncs()).toBe(0);
  });
});
