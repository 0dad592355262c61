import type { RawCell } from "../../../src/domain/cell/raw-cell";
import type { SheetGrid } from "../../../src/domain/cell/sheet-grid";
import { readXlsxFile } from "../../../src/adapters/xlsx/read-workbook";
import { WorkbookReadError } from "../../../src/adapters/xlsx/workbook-read-error";
import { useTempDir, writeBytes, writeWorkbook } from "./temp-files";

const temp = useTempDir();

/** Rows are ragged: a cell past the last filled one in its row is empty. */
function at(sheet: SheetGrid, address: string): RawCell {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  const column = [...match[1]!].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
  return sheet.rows[Number(match[2]) - sheet.firstRow]?.[column - sheet.firstColumn] ?? { kind: "empty" };
}

describe("reading an .xlsx file into cells", () => {
  let sheet: SheetGrid;
  let sheetNames: string[];

  beforeAll(async () => {
    const file = await writeWorkbook(temp.path("sel.xlsx"), (workbook) => {
      workbook.addWorksheet("Petunjuk").getCell("A1").value = "Isi lembar Data.";
      const ws = workbook.addWorksheet("Data");
      ws.getCell("A1").value = "  Siti Aminah  ";
      ws.getCell("A2").value = { richText: [{ text: "Budi " }, { font: { bold: true }, text: "Santoso" }] };
      ws.getCell("A3").value = { text: "Lihat berkas", hyperlink: "https://example.org" };
      ws.getCell("A4").value = { formula: "1+1", result: 2 };
      ws.getCell("A5").value = { formula: 'VLOOKUP(B1,C:D,2,FALSE)', result: { error: "#N/A" } };
      ws.getCell("A6").value = { formula: "B1&B2" } as never;
      ws.getCell("A7").value = { formula: 'UPPER("budi")', result: "BUDI" };
      ws.getCell("B1").value = 3201234567890123;
      ws.getCell("B1").numFmt = "0";
      ws.getCell("B2").value = 123456789012345;
      ws.getCell("B2").numFmt = "0000000000000000";
      ws.getCell("B3").value = 3.2012345678901e15;
      ws.getCell("B4").value = 1500000;
      ws.getCell("B4").numFmt = "#,##0";
      ws.getCell("C1").value = new Date(Date.UTC(1985, 7, 17));
      ws.getCell("C1").numFmt = "dd-mm-yyyy";
      ws.getCell("C2").value = new Date(Date.UTC(2000, 1, 29, 23, 59));
      ws.getCell("D1").value = true;
      ws.getCell("D2").value = { error: "#REF!" };
      ws.getCell("D3").value = "";
      ws.getCell("E1").value = "DAFTAR PEKERJA";
      ws.mergeCells("E1:G2");
      ws.getColumn("H").hidden = true;
      ws.getCell("H1").value = "catatan";
    });
    const workbook = await readXlsxFile(file);
    sheetNames = workbook.sheets.map((s) => s.name);
    sheet = workbook.sheets[1]!;
  });

  it("keeps the sheets in tab order", () => {
    expect(sheetNames).toEqual(["Petunjuk", "Data"]);
  });

  it("keeps text exactly as typed, spaces included", () => {
    expect(at(sheet, "A1")).toEqual({ kind: "text", text: "  Siti Aminah  " });
  });

  it("reads formatted (rich) text and link text as plain text", () => {
    expect(at(sheet, "A2")).toEqual({ kind: "text", text: "Budi Santoso" });
    expect(at(sheet, "A3")).toEqual({ kind: "text", text: "Lihat berkas" });
  });

  it("reads a formula as the value Excel last calculated", () => {
    expect(at(sheet, "A4")).toMatchObject({ kind: "number", value: 2 });
    expect(at(sheet, "A7")).toEqual({ kind: "text", text: "BUDI" });
  });

  it("reads a formula showing #N/A as an error cell, not as the text '#N/A'", () => {
    expect(at(sheet, "A5")).toEqual({ kind: "error", code: "#N/A" });
    expect(at(sheet, "D2")).toEqual({ kind: "error", code: "#REF!" });
  });

  it("reads a formula that was never calculated as empty", () => {
    expect(at(sheet, "A6")).toEqual({ kind: "empty" });
  });

  it("keeps a NIK stored as a number a number, with its number format, so it can be flagged", () => {
    expect(at(sheet, "B1")).toEqual({ kind: "number", value: 3201234567890123, numberFormat: "0", display: "3201234567890123" });
    expect(at(sheet, "B3")).toMatchObject({ kind: "number", value: 3201234567890100 });
  });

  it("shows a number under a 0000… format with the leading zeros Excel shows", () => {
    expect(at(sheet, "B2")).toMatchObject({ kind: "number", numberFormat: "0000000000000000", display: "0123456789012345" });
  });

  it("does not guess how a locale-dependent number format displays", () => {
    expect(at(sheet, "B4")).toEqual({ kind: "number", value: 1500000, numberFormat: "#,##0", display: undefined });
  });

  it("reads a date cell as its calendar day, whatever the time zone", () => {
    expect(at(sheet, "C1")).toEqual({ kind: "date", year: 1985, month: 8, day: 17 });
    expect(at(sheet, "C2")).toEqual({ kind: "date", year: 2000, month: 2, day: 29 });
  });

  it("reads booleans, and an empty string as an empty cell", () => {
    expect(at(sheet, "D1")).toEqual({ kind: "boolean", value: true });
    expect(at(sheet, "D3")).toEqual({ kind: "empty" });
  });

  it("keeps a merged title only in its top-left cell and reports the merge", () => {
    expect(at(sheet, "E1")).toEqual({ kind: "text", text: "DAFTAR PEKERJA" });
    expect(at(sheet, "F1")).toEqual({ kind: "empty" });
    expect(at(sheet, "E2")).toEqual({ kind: "empty" });
    expect(sheet.merges).toEqual([{ top: 1, left: 5, bottom: 2, right: 7 }]);
  });

  it("reports hidden columns and still reads them", () => {
    expect(sheet.hiddenColumns).toEqual([8]);
    expect(at(sheet, "H1")).toEqual({ kind: "text", text: "catatan" });
  });

  it("gives every row a dense array of cells", () => {
    for (const row of sheet.rows) {
      for (let i = 0; i < row.length; i++) expect(row[i]).toBeDefined();
    }
  });
});

describe("reading an Excel table (ListObject)", () => {
  it("reports the table's name, header row and data range, without its totals row", async () => {
    const file = await writeWorkbook(temp.path("tabel.xlsx"), (workbook) => {
      const ws = workbook.addWorksheet("Data");
      ws.getCell("A1").value = "Daftar pekerja";
      ws.addTable({
        name: "TabelPekerja",
        ref: "B3",
        headerRow: true,
        totalsRow: true,
        columns: [{ name: "NIK" }, { name: "Nama" }, { name: "Tgl Lahir" }],
        rows: [
          ["3201234567890001", "Siti", "01-01-1980"],
          ["3201234567890002", "Budi", "02-02-1981"],
        ],
      });
    });
    const [sheet] = (await readXlsxFile(file)).sheets;
    expect(sheet!.tables).toEqual([{ name: "TabelPekerja", headerRow: 3, firstColumn: 2, lastColumn: 4, lastRow: 5 }]);
  });
});

describe("files that are not readable workbooks", () => {
  it("names a missing file", async () => {
    const missing = temp.path("tidak-ada.xlsx");
    await expect(readXlsxFile(missing)).rejects.toThrow(`Berkas tidak ditemukan: ${missing}`);
  });

  it("asks to save a file that is not an .xlsx again from Excel", async () => {
    const file = writeBytes(temp.path("bukan.xlsx"), "NIK;Nama\n3201;Siti\n");
    const error = await readXlsxFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).reason).toBe("NOT_XLSX");
    expect((error as Error).message).toBe(`Berkas ${file} bukan buku kerja Excel (.xlsx) yang dapat dibaca. Simpan ulang dari Excel sebagai .xlsx.`);
  });

  it("asks to save an old .xls workbook as .xlsx", async () => {
    const file = writeBytes(temp.path("lama.xlsx"), oleFile("Workbook"));
    await expect(readXlsxFile(file)).rejects.toMatchObject({ reason: "OLD_XLS", message: expect.stringContaining("Simpan Sebagai") });
  });

  it("explains that a password-protected workbook must be opened and saved without its password", async () => {
    const file = writeBytes(temp.path("sandi.xlsx"), oleFile("EncryptionInfo"));
    await expect(readXlsxFile(file)).rejects.toMatchObject({ reason: "ENCRYPTED", message: expect.stringContaining("kata sandi") });
  });

  it("says a zip file that is not a workbook cannot be read", async () => {
    const file = writeBytes(temp.path("arsip.xlsx"), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60)]));
    await expect(readXlsxFile(file)).rejects.toMatchObject({ reason: "NOT_XLSX" });
  });
});

/** The OLE2 signature Excel 97-2003 files and encrypted .xlsx files share, with one stream name. */
function oleFile(streamName: string): Buffer {
  const signature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([signature, Buffer.alloc(504), Buffer.from(streamName, "utf16le"), Buffer.alloc(64)]);
}

describe("sheet visibility", () => {
  it("a hidden or very hidden sheet is marked hidden; a visible one is not", async () => {
    const file = await writeWorkbook(temp.path("tersembunyi.xlsx"), (workbook) => {
      workbook.addWorksheet("Data").getCell("A1").value = "NIK";
      workbook.addWorksheet("Arsip Lama", { state: "hidden" }).getCell("A1").value = "NIK";
      workbook.addWorksheet("Kode", { state: "veryHidden" }).getCell("A1").value = "x";
    });
    const { sheets } = await readXlsxFile(file);
    expect(sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ["Data", false],
      ["Arsip Lama", true],
      ["Kode", true],
    ]);
  });
});
