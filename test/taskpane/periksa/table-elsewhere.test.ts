import type { ExcelGateway, SheetInfo, TableInfo } from "../../../src/adapters/office";
import type { SheetGrid } from "../../../src/domain/cell/sheet-grid";
import { checkElsewhereLabel, describeElsewhere, findTableElsewhere } from "../../../src/taskpane/periksa/table-elsewhere";
import { grid } from "../grid";

/** Just what the search reads: the sheet list, the tables, each sheet's used range. */
function workbook(sheets: Array<{ grid: SheetGrid; visible?: boolean }>, tables: TableInfo[] = []): { gateway: ExcelGateway; reads: string[] } {
  const reads: string[] = [];
  const gateway = {
    listSheets: async (): Promise<SheetInfo[]> => sheets.map((s, i) => ({ name: s.grid.name, visible: s.visible ?? true, active: i === 0 })),
    listTables: async () => tables,
    readUsedRange: async (name?: string) => {
      reads.push(name ?? "(aktif)");
      return sheets.find((s) => s.grid.name === name)!.grid;
    },
  } as unknown as ExcelGateway;
  return { gateway, reads };
}

const HEADER = ["NIK", "Nama", "Tgl Lahir", "L/P"];
const ROW = ["6104011102940101", "Sahril", "11-02-1994", "L"];
const signal = new AbortController().signal;

describe("finding the worker table on another sheet than the active one", () => {
  it("passes over the instructions sheet and finds the list on Data", async () => {
    const { gateway } = workbook([{ grid: grid([["Petunjuk pengisian"]], "Petunjuk") }, { grid: grid([["Rekap"], [1, 2]], "Rekap") }, { grid: grid([HEADER, ROW, ROW], "Data") }]);
    const found = await findTableElsewhere(gateway, "Petunjuk", signal);
    expect(found).toEqual({ sheet: "Data", headerRow: 1, rows: 2 });
    expect(checkElsewhereLabel(found!)).toBe('Periksa tabel di lembar "Data"');
  });

  it("looks first at a sheet holding an Excel table, and names the table", async () => {
    const table: TableInfo = { name: "TabelPekerja", sheet: "Daftar", headerRow: 1, firstColumn: 1, lastColumn: 4, lastRow: 2 };
    const { gateway, reads } = workbook([{ grid: grid([["Petunjuk"]], "Petunjuk") }, { grid: grid([HEADER, ROW], "Lama") }, { grid: grid([HEADER, ROW], "Daftar") }], [table]);
    const found = await findTableElsewhere(gateway, "Petunjuk", signal);
    expect(found?.sheet).toBe("Daftar");
    expect(reads).toEqual(["Daftar"]);
  });

  it("prefers a table with rows to one with only its header, and calls the latter empty", async () => {
    const { gateway } = workbook([{ grid: grid([["Petunjuk"]], "Petunjuk") }, { grid: grid([HEADER], "Templat") }, { grid: grid([HEADER, ROW], "Data") }]);
    expect((await findTableElsewhere(gateway, "Petunjuk", signal))?.sheet).toBe("Data");
    const onlyHeader = workbook([{ grid: grid([["Petunjuk"]], "Petunjuk") }, { grid: grid([HEADER], "Templat") }]);
    const empty = await findTableElsewhere(onlyHeader.gateway, "Petunjuk", signal);
    expect(describeElsewhere(empty!)).toBe('Tabel pekerja ditemukan di lembar "Templat" (judul di baris 1, tabel kosong).');
  });

  it("never searches hidden sheets, and says nothing when no sheet has a list", async () => {
    const { gateway } = workbook([{ grid: grid([["Petunjuk"]], "Petunjuk") }, { grid: grid([HEADER, ROW], "Arsip"), visible: false }]);
    expect(await findTableElsewhere(gateway, "Petunjuk", signal)).toBeUndefined();
  });
});
