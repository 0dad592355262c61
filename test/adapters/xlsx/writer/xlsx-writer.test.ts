import * as path from "node:path";
import ExcelJS from "exceljs";
import { xlsxBytes } from "../../../../src/adapters/xlsx/writer";
import { writeXlsxFile } from "../../../../src/adapters/xlsx/writer/write-xlsx-file";
import type { CutCell } from "../../../../src/adapters/xlsx/write-cell-text";
import { readOutputMarker, markWorkbook } from "../../../../src/adapters/xlsx/write-marker";
import { malformedXmlParts, xlsxPartText } from "../../../helpers/xlsx-parts";
import { tempDir } from "../../../helpers/xlsx";

const dir = tempDir("writer-");

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

/** A submission-like sheet with everything the outputs use, written once for the tests below. */
async function participantsFile(): Promise<string> {
  const file = path.join(dir, "peserta.xlsx");
  await writeXlsxFile(file, (book) => {
    markWorkbook(book, "pengajuan");
    const text = book.style({ numFmt: "@" });
    const header = book.style({ numFmt: "@", bold: true, fill: "#FFF2CC", wrap: true });
    const rupiah = book.style({ numFmt: '"Rp"#,##0' });
    const sheet = book.addSheet("Peserta BPU", {
      columns: [{ width: 5 }, { width: 19, style: text }, { width: 28 }, { width: 12 }, { width: 14, style: rupiah }],
      frozen: { rows: 1 },
      page: { orientation: "landscape", fitToWidth: true },
      printTitleRows: 1,
    });
    sheet.addRow(["No", "NIK", "Nama", "Tgl. Lahir", "Iuran"], header);
    sheet.addRow([1, "0012345678901234", "Budi Santoso", new Date(Date.UTC(1990, 4, 17)), 16_800]);
    sheet.addRow([2, "9171010101010001", "Siti <& \"Aminah\">", new Date(Date.UTC(1985, 0, 1)), 16_800]);
    sheet.addRow([null, undefined, "Jumlah", "", { formula: "=SUM(E2:E3)", result: 33_600 }]);
    sheet.autoFilter();
    const notes = book.addSheet("Keterangan", { columns: [{ width: 30 }, { width: 100 }] });
    notes.addRow(["Judul laporan yang digabung", ""], book.style({ bold: true, italic: true }));
    notes.merge("A1:B1");
    notes.addRow(["Dibuat", true]);
  });
  return file;
}

describe("the streaming .xlsx writer, read back by exceljs", () => {
  let file = "";
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    file = await participantsFile();
    book = await readBack(file);
  });

  it("writes well-formed parts that exceljs opens, with the sheets in order", () => {
    expect(malformedXmlParts(file)).toEqual([]);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Peserta BPU", "Keterangan"]);
  });

  it("a NIK, even with a leading zero or above 2^53, stays 16-digit text formatted as \"@\", in its cell and its column", () => {
    const sheet = book.getWorksheet("Peserta BPU")!;
    expect(sheet.getCell("B2").value).toBe("0012345678901234");
    expect(sheet.getCell("B3").value).toBe("9171010101010001");
    expect(sheet.getCell("B2").numFmt).toBe("@");
    expect(sheet.getColumn(2).numFmt).toBe("@");
  });

  it("numbers, dates, booleans, XML-special text and a formula with its cached value come back as written", () => {
    const sheet = book.getWorksheet("Peserta BPU")!;
    expect(sheet.getCell("A2").value).toBe(1);
    expect(sheet.getCell("D2").value).toEqual(new Date(Date.UTC(1990, 4, 17)));
    expect(sheet.getCell("D2").numFmt).toBe("dd/mm/yyyy");
    expect(sheet.getCell("C3").value).toBe('Siti <& "Aminah">');
    expect(sheet.getCell("E4").value).toEqual({ formula: "SUM(E2:E3)", result: 33_600 });
    expect(sheet.getCell("E2").numFmt).toBe('"Rp"#,##0');
    expect(book.getWorksheet("Keterangan")!.getCell("B2").value).toBe(true);
  });

  it("the header is bold on a fill, wrapped, frozen, filtered, repeated on every printed page of a landscape page one wide", () => {
    const sheet = book.getWorksheet("Peserta BPU")!;
    const header = sheet.getCell("C1");
    expect(header.font?.bold).toBe(true);
    expect(header.fill).toEqual(expect.objectContaining({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } }));
    expect(header.alignment?.wrapText).toBe(true);
    expect(sheet.views[0]).toEqual(expect.objectContaining({ state: "frozen", ySplit: 1 }));
    expect(sheet.autoFilter).toBe("A1:E4");
    expect(sheet.pageSetup).toEqual(expect.objectContaining({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 }));
    expect(sheet.pageSetup.printTitlesRow).toBe("1:1");
    expect(sheet.getColumn(3).width).toBe(28);
  });

  it("merges, italics and document properties that say the file is ours and nothing about the people in it", async () => {
    const notes = book.getWorksheet("Keterangan")!;
    expect(notes.getCell("B1").master.address).toBe("A1");
    expect(notes.getCell("A1").font).toEqual(expect.objectContaining({ bold: true, italic: true }));
    const core = xlsxPartText(file, "docProps/core.xml");
    expect(core).not.toMatch(/Budi|Siti|0012345678901234/);
    expect(await readOutputMarker(file)).toBe("pengajuan");
  });
});

describe("a report sheet whose heading row sits under a title block", () => {
  it("repeats only the heading row 6 on every printed page, with the page footer and the document title", async () => {
    const file = path.join(dir, "laporan.xlsx");
    await writeXlsxFile(file, (book) => {
      book.title = "Laporan Temuan";
      const sheet = book.addSheet("Dusun Krajan", {
        page: { orientation: "landscape", fitToWidth: true, footer: "Halaman &P dari &N" },
        printTitleRows: { first: 6, last: 6 },
      });
      for (const line of ["Laporan Temuan", "Desa Sungai Putri", "", "Dusun Krajan", ""]) sheet.addRow([line]);
      sheet.addRow(["No", "NIK", "Nama"]);
      sheet.addRow([1, "0012345678901234", "Budi"]);
    });
    const book = await readBack(file);
    const sheet = book.getWorksheet("Dusun Krajan")!;
    expect(sheet.pageSetup.printTitlesRow).toBe("6:6");
    expect(sheet.headerFooter.oddFooter).toBe("Halaman &P dari &N");
    expect(xlsxPartText(file, "xl/workbook.xml")).toContain("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'Dusun Krajan'!$6:$6</definedName>");
    expect(book.title).toBe("Laporan Temuan");
  });

  it("a print-title span that is no span of rows is refused", () => {
    expect(() => xlsxBytes((book) => book.addSheet("A", { printTitleRows: { first: 7, last: 6 } }).end())).toThrow(/7:6/);
  });
});

describe("the writer's guards", () => {
  it("a sheet of several megabytes, deflated by zlib a megabyte at a time in Node, unzips whole and reads back row for row", async () => {
    const file = path.join(dir, "besar.xlsx");
    const rows = 40_000;
    await writeXlsxFile(file, (book) => {
      const sheet = book.addSheet("Besar");
      for (let i = 1; i <= rows; i++) sheet.addRow([i, `3201${String(i).padStart(12, "0")}`, `Nama ke-${i} ${"x".repeat(i % 50)}`]);
    });
    expect(malformedXmlParts(file)).toEqual([]);
    const sheet = (await readBack(file)).getWorksheet("Besar")!;
    expect(sheet.rowCount).toBe(rows);
    expect(sheet.getRow(rows).values).toEqual([undefined, rows, `3201${String(rows).padStart(12, "0")}`, `Nama ke-${rows} ${"x".repeat(rows % 50)}`]);
    expect(sheet.getRow(25_000).getCell(2).value).toBe("3201000000025000");
  });

  it("a text longer than Excel's 32,767 characters is cut with a note, and the cut is reported with its column name", async () => {
    const cuts: CutCell[] = [];
    const bytes = xlsxBytes(
      (book) => {
        const sheet = book.addSheet("Ditolak", { columnNames: ["NIK", "Alasan"] });
        sheet.addRow(["NIK", "Alasan"]);
        sheet.addRow(["3201", "x\u0001".repeat(20_000)]);
      },
      { onCut: (cell) => cuts.push(cell) },
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const text = book.getWorksheet("Ditolak")!.getCell("B2").value as string;
    expect(text.length).toBeLessThanOrEqual(32_767);
    expect(text.startsWith("x\u0001x\u0001")).toBe(true);
    expect(text).toMatch(/dipotong: 40\.000 karakter/);
    expect(cuts).toEqual([{ sheet: "Ditolak", row: 2, column: "Alasan", length: 40_000 }]);
  });

  it("a row wider than Excel's 16,384 columns is refused with the sheet and row named", () => {
    expect(() => xlsxBytes((book) => book.addSheet("Lebar").addRow(new Array(16_385).fill(1)))).toThrow("Baris 1 lembar Lebar melebihi 16.384 kolom");
  });

  it("sheet names Excel refuses are made valid, and a name used twice is refused", () => {
    expect(() =>
      xlsxBytes((book) => {
        book.addSheet("Rekap");
        book.addSheet("REKAP");
      }),
    ).toThrow(/sudah dipakai/);
  });

  it("inline strings, for the lowest memory, read back the same", async () => {
    const bytes = xlsxBytes(
      (book) => {
        const sheet = book.addSheet("Rekap: 2026/27 [final]?");
        sheet.addRow(["  spasi di tepi ", "baris\nkedua", "0812 3456 7890"]);
      },
      { strings: "inline" },
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe("Rekap- 2026-27 -final--");
    expect(sheet.getRow(1).values).toEqual([undefined, "  spasi di tepi ", "baris\nkedua", "0812 3456 7890"]);
  });
});
