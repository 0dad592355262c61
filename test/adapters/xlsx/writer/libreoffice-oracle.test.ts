import * as path from "node:path";
import { writeXlsxFile } from "../../../../src/adapters/xlsx/writer/write-xlsx-file";
import { writeLayoutSheet } from "../../../../src/adapters/xlsx/writer/write-layout";
import type { SheetLayout } from "../../../../src/domain/layout/sheet-layout";
import { parseCsv, sofficePath } from "../soffice";
import { libreOfficeShownCsv } from "./libreoffice-csv";
import { tempDir } from "../../../helpers/xlsx";

/**
 * LibreOffice, a second spreadsheet program that shares no code with exceljs, opens what our writer wrote
 * and saves it as CSV: NIKs must stay 16-digit text, and every value must read as a secretary would see it.
 */
const soffice = (() => {
  try {
    return sofficePath();
  } catch {
    return undefined;
  }
})();
const describeWithSoffice = soffice ? describe : describe.skip;
if (!soffice) console.warn("LibreOffice (soffice) tidak terpasang: uji pembacaan ulang dengan LibreOffice dilewati. Pasang libreoffice-calc-nogui untuk menjalankannya.");

const dir = tempDir("writer-lo-");

// NIKs as the village lists hold them: a leading zero would be lost as a number, Papua's (91–96) are above
// 2^53 and every 16-digit one above Excel's 15 significant digits.
const NIKS = ["0012345678901234", "9171010101010001", "3201012345678901", "9603045607890012"];

describeWithSoffice("our writer's output opened by LibreOffice", () => {
  it("NIKs stay 16-digit text; numbers, dates in their format, booleans, spaces, XML specials and emoji read back as written", async () => {
    const file = path.join(dir, "peserta.xlsx");
    await writeXlsxFile(
      file,
      (book) => {
        const text = book.style({ numFmt: "@" });
        const sheet = book.addSheet("Peserta BPU", { columns: [{ style: text }, {}, {}, {}, {}, { style: text }], frozen: { rows: 1 }, printTitleRows: 1, page: { orientation: "landscape", fitToWidth: true } });
        sheet.addRow(["NIK", "Nama", "Tgl. Lahir", "Iuran", "Aktif", "RT"], book.style({ numFmt: "@", bold: true, fill: "#FFF2CC" }));
        sheet.addRow([NIKS[0], "  Budi  Santoso ", new Date(Date.UTC(1990, 4, 17)), 16_800, true, "001"]);
        sheet.addRow([NIKS[1], 'Siti <& "Aminah">', new Date(Date.UTC(2000, 1, 29)), 0.1 + 0.2, false, "002"]);
        sheet.addRow([NIKS[2], "Ke\u0001tut\u000B Sa\uFFFEri", new Date(Date.UTC(1975, 11, 31)), -42, true, "=1+1"]);
        sheet.addRow([NIKS[3], "Yohana 😀 Wenda\nbaris dua", null, 1e15, false, ""]);
      },
      { now: new Date(Date.UTC(2026, 0, 1)) },
    );
    const rows = parseCsv(libreOfficeShownCsv(file, dir));
    expect(rows.slice(0, 5)).toEqual([
      ["NIK", "Nama", "Tgl. Lahir", "Iuran", "Aktif", "RT"],
      [NIKS[0], "  Budi  Santoso ", "17/05/1990", "16800", "TRUE", "001"],
      [NIKS[1], 'Siti <& "Aminah">', "29/02/2000", "0.3", "FALSE", "002"],
      // What XML forbids comes back from its _xHHHH_ escape.
      [NIKS[2], "Ke\u0001tut\u000B Sa\uFFFEri", "31/12/1975", "-42", "TRUE", "=1+1"],
      [NIKS[3], "Yohana 😀 Wenda\nbaris dua", "", "1000000000000000", "FALSE", ""],
    ]);
  });

  it("a RAB layout: formulas written without a cached value are calculated, codes in text columns stay codes", async () => {
    const rab: SheetLayout = {
      cells: [
        ["Kode", "Uraian", "Volume", "Harga", "Jumlah"],
        ["3.1.90", "Iuran JKK+JKM", 12, 16_800, { formula: "=C2*D2" }],
        ["3.1.91", "Iuran JHT", 12, 20_000, { formula: "=C3*D3" }],
        [null, "Jumlah", null, null, { formula: "=SUM(E2:E3)" }],
      ],
      columnWidths: [10, 30, 8, 12, 14],
      numberFormats: [[], [null, null, null, "#,##0", "#,##0"], [null, null, null, "#,##0", "#,##0"], [null, null, null, null, "#,##0"]],
      styles: [{ range: "A1:E1", bold: true, fill: "#DDEBF7" }, { range: "B4:E4", bold: true }],
      frozenRows: 1,
      textColumns: [1],
    };
    const file = path.join(dir, "rab.xlsx");
    await writeXlsxFile(file, (book) => void writeLayoutSheet(book, "RAB", rab, { page: { orientation: "portrait", fitToWidth: true }, printTitleRows: 1 }));
    expect(parseCsv(libreOfficeShownCsv(file, dir)).slice(0, 4)).toEqual([
      ["Kode", "Uraian", "Volume", "Harga", "Jumlah"],
      ["3.1.90", "Iuran JKK+JKM", "12", "16,800", "201,600"],
      ["3.1.91", "Iuran JHT", "12", "20,000", "240,000"],
      ["", "Jumlah", "", "", "441,600"],
    ]);
  });
});
