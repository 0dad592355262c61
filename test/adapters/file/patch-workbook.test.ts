import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { patchWorkbook } from "../../../src/adapters/file/patch-workbook";
import { readSettings } from "../../../src/adapters/file/settings-part";
import { XlsxPackage } from "../../../src/adapters/file/xlsx-package";
import { malformedXmlParts } from "../../helpers/xlsx-parts";
import { libreOfficeConvert, libreOfficeCsv, parseCsv } from "../xlsx/soffice";
import { useTempDir } from "../xlsx/temp-files";

const temp = useTempDir();

/** A village list as secretaries keep it: a title row, a bold header, NIKs as text, a note of the user's, a second sheet. */
async function villageWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Data Pekerja");
  sheet.getCell("A1").value = "Daftar Pekerja Rentan Desa Sungai Putri";
  sheet.getRow(3).values = ["No", "NIK", "Nama", "Pekerjaan"];
  sheet.getRow(3).font = { bold: true };
  const rows = [
    [1, "6104011203850001", "Siti Aminah", "Petani"],
    [2, "610401120385000", "Budi Santoso", "Nelayan"],
    [3, "6104015507900003", "Rina Wati", "Pedagang"],
  ];
  rows.forEach((values, i) => {
    const row = sheet.getRow(4 + i);
    row.values = values;
    row.getCell(2).numFmt = "@";
  });
  sheet.getCell("D4").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFC6EFCE" } };
  sheet.getCell("C6").note = "Pindah ke dusun II (catatan sekretaris)";
  sheet.getCell("D5").dataValidation = { type: "list", allowBlank: true, formulae: ['"Petani,Nelayan,Pedagang"'] };
  book.addWorksheet("Rekap").getCell("A1").value = "Rekap bulanan";
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function parts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.type === "pattern" ? fill.fgColor?.argb : undefined;
}

describe("the checked copy is the original package with only our changes", () => {
  let original: Uint8Array;
  let copy: Uint8Array;
  let notesSkipped: number;

  beforeAll(async () => {
    original = await villageWorkbook();
    const outcome = patchWorkbook(original, {
      sheets: [
        {
          part: "xl/worksheets/sheet1.xml",
          fills: [
            { row: 5, column: 2, color: "#FCC5CB" },
            { row: 4, column: 4, color: "#FDE9A9" },
            { row: 7, column: 2, color: "#FCC5CB" },
            { row: 6, column: 3, color: "#FDE9A9" },
          ],
          notes: [
            { row: 5, column: 2, text: "[Pekerja Rentan]\n• NIK harus 16 angka" },
            { row: 7, column: 2, text: "[Pekerja Rentan]\n• NIK kosong" },
            { row: 6, column: 3, text: "[Pekerja Rentan]\n• Nama mirip baris lain" },
          ],
        },
      ],
      addedSheets: [
        {
          name: "RAB Iuran",
          layout: {
            cells: [["NIK", "Iuran"], ["6104011203850001", 16800], ["Jumlah", { formula: "=SUM(B2:B2)" }]],
            styles: [{ range: "A1:B1", bold: true }],
            columnWidths: [20, 12],
          },
        },
      ],
      settings: new Map<string, unknown>([["PekerjaRentan.pengaturan", { desa: "6104012011", tahun: 2026 }]]),
    });
    copy = outcome.bytes;
    notesSkipped = outcome.notesSkipped;
  });

  it("leaves every part it had no reason to touch byte-for-byte as it was", () => {
    const before = parts(original);
    const after = parts(copy);
    for (const name of ["xl/sharedStrings.xml", "xl/theme/theme1.xml", "xl/worksheets/sheet2.xml", "docProps/core.xml", "docProps/app.xml"]) {
      expect(Buffer.from(after[name]!).equals(Buffer.from(before[name]!))).toBe(true);
    }
  });

  it("appends its fills and cell formats to styles.xml instead of replacing the user's", () => {
    const before = strFromU8(parts(original)["xl/styles.xml"]!);
    const after = strFromU8(parts(copy)["xl/styles.xml"]!);
    const list = (xml: string, section: string, item: string) =>
      (new RegExp(`<${section}[^>]*>([\\s\\S]*?)</${section}>`).exec(xml)?.[1] ?? "").match(new RegExp(`<${item}\\b[\\s\\S]*?(?:/>|</${item}>)`, "g")) ?? [];
    for (const [section, item] of [["fills", "fill"], ["cellXfs", "xf"], ["fonts", "font"]] as const) {
      const old = list(before, section, item);
      const now = list(after, section, item);
      expect(now.slice(0, old.length)).toEqual(old);
    }
    expect(list(after, "fills", "fill").length).toBeGreaterThan(list(before, "fills", "fill").length);
  });

  it("every XML part of the copy is well-formed", () => {
    const file = temp.path("copy-wellformed.xlsx");
    writeFileSync(file, copy);
    expect(malformedXmlParts(file)).toEqual([]);
  });

  it("opens in exceljs with the marked cells filled, NIKs still text and the user's own note and validation kept", async () => {
    const sheet = (await load(copy)).getWorksheet("Data Pekerja")!;
    expect(fillOf(sheet.getCell("B5"))).toBe("FFFCC5CB");
    expect(fillOf(sheet.getCell("B7"))).toBe("FFFCC5CB");
    // D4 had the user's green: our mark replaces it in the copy, the original file keeps it.
    expect(fillOf(sheet.getCell("D4"))).toBe("FFFDE9A9");
    expect(fillOf(sheet.getCell("B4"))).toBeUndefined();
    expect(sheet.getCell("B4").value).toBe("6104011203850001");
    expect(sheet.getCell("B5").value).toBe("610401120385000");
    expect(sheet.getCell("B4").numFmt).toBe("@");
    expect(sheet.getCell("B5").numFmt).toBe("@");
    expect(sheet.getCell("C3").font?.bold).toBe(true);
    expect(String(sheet.getCell("B5").note && JSON.stringify(sheet.getCell("B5").note))).toContain("NIK harus 16 angka");
    expect(JSON.stringify(sheet.getCell("C6").note)).toContain("Pindah ke dusun II");
    expect(notesSkipped).toBe(1);
    expect(sheet.getCell("D5").dataValidation?.formulae).toEqual(['"Petani,Nelayan,Pedagang"']);
  });

  it("adds the new sheet after the user's, NIKs as text, the formula kept", async () => {
    const book = await load(copy);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Data Pekerja", "Rekap", "RAB Iuran"]);
    const rab = book.getWorksheet("RAB Iuran")!;
    expect(rab.getCell("A2").value).toBe("6104011203850001");
    expect(rab.getCell("A2").numFmt).toBe("@");
    expect((rab.getCell("B3").value as ExcelJS.CellFormulaValue).formula).toBe("SUM(B2:B2)");
    expect(rab.getCell("A1").font?.bold).toBe(true);
  });

  it("stores the settings where the add-in keeps them, readable again", () => {
    expect(readSettings(XlsxPackage.open(copy)).get("PekerjaRentan.pengaturan")).toEqual({ desa: "6104012011", tahun: 2026 });
  });

  it("LibreOffice reads the copy: NIKs intact, the fills and notes there", () => {
    const file = temp.path("diperiksa.xlsx");
    writeFileSync(file, copy);
    const rows = parseCsv(libreOfficeCsv(file, temp.path("")));
    expect(rows[3]).toEqual(["1", "6104011203850001", "Siti Aminah", "Petani"]);
    expect(rows[4]![1]).toBe("610401120385000");
    // Saved again by LibreOffice, the fill and the note are still there: LibreOffice understood them.
    const resaved = libreOfficeConvert(file, temp.path("lo"), "xlsx");
    return load(new Uint8Array(readFileSync(resaved))).then((book) => {
      const sheet = book.getWorksheet("Data Pekerja")!;
      expect(fillOf(sheet.getCell("B5"))).toBe("FFFCC5CB");
      expect(JSON.stringify(sheet.getCell("B7").note)).toContain("NIK kosong");
    });
    // Two LibreOffice runs: slow on a busy 2-core machine.
  }, 240_000);
});

describe("cells the patcher has to create", () => {
  it("a mark on an empty cell, in a row that does not exist yet, lands in row and column order", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Data");
    sheet.getCell("A1").value = "NIK";
    sheet.getCell("C1").value = "Nama";
    sheet.getCell("A3").value = "6104011203850001";
    const original = new Uint8Array(await book.xlsx.writeBuffer());
    const { bytes } = patchWorkbook(original, {
      sheets: [
        {
          part: "xl/worksheets/sheet1.xml",
          fills: [
            { row: 1, column: 2, color: "#FCC5CB" },
            { row: 2, column: 1, color: "#FCC5CB" },
            { row: 9, column: 1, color: "#FDE9A9" },
          ],
          values: [{ row: 1, column: 4, value: "Kecocokan DTKS" }, { row: 3, column: 4, value: "cocok" }],
        },
      ],
    });
    const copy = (await load(bytes)).getWorksheet("Data")!;
    expect(fillOf(copy.getCell("B1"))).toBe("FFFCC5CB");
    expect(fillOf(copy.getCell("A2"))).toBe("FFFCC5CB");
    expect(fillOf(copy.getCell("A9"))).toBe("FFFDE9A9");
    expect(copy.getCell("C1").value).toBe("Nama");
    expect(copy.getCell("D1").value).toBe("Kecocokan DTKS");
    expect(copy.getCell("D3").value).toBe("cocok");
    expect(copy.getCell("A3").value).toBe("6104011203850001");
  });
});
