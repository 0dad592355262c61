import ExcelJS from "exceljs";
import { xlsxBytes } from "../../../../src/adapters/xlsx/writer";
import { writeLayoutSheet } from "../../../../src/adapters/xlsx/writer/write-layout";
import type { SheetLayout } from "../../../../src/domain/layout/sheet-layout";

const LAYOUT: SheetLayout = {
  cells: [
    ["Rencana Anggaran Biaya 2026", null, null],
    ["Kode", "Uraian", "Jumlah"],
    ["3.1.90", "Iuran", { formula: "=12*16800" }],
    ["3201012345678901", 5, true],
    [null, 201_600, "alasan yang panjang sekali"],
  ],
  numberFormats: [[], [], [null, null, "#,##0"]],
  columnWidths: [10, 30],
  styles: [
    { range: "A1:C1", bold: true, italic: true },
    { range: "A2:C2", bold: true, fill: "#DDEBF7", wrap: true },
    { range: "B1:B4", fill: "#FFF2CC" },
  ],
  frozenRows: 2,
  textColumns: [1],
  columnFormats: [null, "#,##0"],
  wrapColumns: [3],
};

async function written(): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsxBytes((b) => void writeLayoutSheet(b, "RAB", LAYOUT)) as unknown as ArrayBuffer);
  return book.getWorksheet("RAB")!;
}

describe("a domain SheetLayout written with our writer", () => {
  it("keeps values, formulas, and the layout's text rule: a code or a NIK is text formatted \"@\", in its column too", async () => {
    const sheet = await written();
    expect(sheet.getCell("A3").value).toBe("3.1.90");
    expect(sheet.getCell("A4").value).toBe("3201012345678901");
    expect(sheet.getCell("A4").numFmt).toBe("@");
    expect(sheet.getColumn(1).numFmt).toBe("@");
    expect(sheet.getCell("B4").value).toBe(5);
    expect(sheet.getCell("B5").numFmt).toBe("#,##0");
    expect(sheet.getColumn(2).numFmt).toBe("#,##0");
    expect(sheet.getCell("C3").value).toEqual({ formula: "12*16800" });
    expect(sheet.getCell("C3").numFmt).toBe("#,##0");
    expect(sheet.getCell("C4").value).toBe(true);
  });

  it("styles its ranges (a later range adds to an earlier one), widths and the frozen header rows", async () => {
    const sheet = await written();
    expect(sheet.getCell("A1").font).toEqual(expect.objectContaining({ bold: true, italic: true }));
    expect(sheet.getCell("C2").font?.bold).toBe(true);
    expect(sheet.getCell("C2").alignment?.wrapText).toBe(true);
    expect(sheet.getCell("C2").fill).toEqual(expect.objectContaining({ fgColor: { argb: "FFDDEBF7" } }));
    expect(sheet.getCell("B2").fill).toEqual(expect.objectContaining({ fgColor: { argb: "FFFFF2CC" } }));
    expect(sheet.getCell("B2").font?.bold).toBe(true);
    expect(sheet.getCell("B4").fill).toEqual(expect.objectContaining({ fgColor: { argb: "FFFFF2CC" } }));
    expect((sheet.getCell("C4").fill as ExcelJS.FillPattern | undefined)?.pattern ?? "none").toBe("none");
    expect(sheet.getColumn(2).width).toBe(30);
    expect(sheet.getCell("C5").alignment).toEqual(expect.objectContaining({ wrapText: true, vertical: "top" }));
    expect(sheet.getColumn(3).alignment).toEqual(expect.objectContaining({ wrapText: true }));
    expect(sheet.views[0]).toEqual(expect.objectContaining({ state: "frozen", ySplit: 2 }));
  });
});
