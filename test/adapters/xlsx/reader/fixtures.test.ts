import { strToU8, zipSync } from "fflate";
import { readXlsxBytes } from "../../../../src/adapters/xlsx/read-workbook";
import { XLSX_LIMITS } from "../../../../src/adapters/xlsx/reader/limits";
import type { RawCell } from "../../../../src/domain/cell/raw-cell";
import type { SheetGrid } from "../../../../src/domain/cell/sheet-grid";
import { readWithExceljs } from "../../../helpers/exceljs-oracle";

/*
 * Workbooks written by hand, part by part, for what exceljs cannot write (the oracle test covers what
 * it can): the 1904 date system, an error in a date-formatted cell, rich-text shared strings with
 * phonetic guides, inline strings, prefixed element names (.NET's OpenXML SDK), and broken or hostile parts.
 */
const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const STYLES = `<styleSheet ${MAIN}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="49"/></cellXfs></styleSheet>`;

interface Parts {
  sheet: string;
  sharedStrings?: string;
  workbookPr?: string;
  extra?: Record<string, string>;
}

function workbook({ sheet, sharedStrings, workbookPr = "", extra = {} }: Parts): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "xl/workbook.xml": strToU8(`<workbook ${MAIN}>${workbookPr}<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    "xl/styles.xml": strToU8(STYLES),
    "xl/worksheets/sheet1.xml": strToU8(sheet.startsWith("<?xml") || sheet.includes("worksheet") ? sheet : `<worksheet ${MAIN}><sheetData>${sheet}</sheetData></worksheet>`),
  };
  if (sharedStrings !== undefined) files["xl/sharedStrings.xml"] = strToU8(`<sst ${MAIN}>${sharedStrings}</sst>`);
  for (const [name, text] of Object.entries(extra)) files[name] = strToU8(text);
  return zipSync(files);
}

async function firstSheet(bytes: Uint8Array): Promise<SheetGrid> {
  return (await readXlsxBytes(bytes, "tangan.xlsx")).sheets[0]!;
}

const at = (sheet: SheetGrid, row: number, column: number): RawCell => sheet.rows[row - 1]?.[column - 1] ?? { kind: "empty" };

describe("workbooks exceljs cannot write", () => {
  it("reads dates in the 1904 date system (old Mac workbooks) on their real day", async () => {
    const sheet = '<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="2"><v>29220</v></c></row>';
    for (const value of ["1", "true"]) {
      const grid = await firstSheet(workbook({ sheet, workbookPr: `<workbookPr date1904="${value}"/>` }));
      expect(at(grid, 1, 1)).toEqual({ kind: "date", year: 1904, month: 1, day: 1 });
      expect(at(grid, 1, 2)).toEqual({ kind: "date", year: 1984, month: 1, day: 1 });
    }
    const grid1900 = await firstSheet(workbook({ sheet }));
    expect(at(grid1900, 1, 2)).toEqual({ kind: "date", year: 1979, month: 12, day: 31 });
  });

  it("keeps the error code of a formula error in a date-formatted cell (exceljs said #VALUE! for every one)", async () => {
    const bytes = workbook({ sheet: '<row r="1"><c r="A1" s="1" t="e"><f>DATE(2026,1,1)/0</f><v>#DIV/0!</v></c><c r="B1" s="1" t="e"><v>#N/A</v></c></row>' });
    const grid = await firstSheet(bytes);
    expect(at(grid, 1, 1)).toEqual({ kind: "error", code: "#DIV/0!" });
    expect(at(grid, 1, 2)).toEqual({ kind: "error", code: "#N/A" });
    expect(at((await readWithExceljs(bytes)).sheets[0]!, 1, 1)).toEqual({ kind: "error", code: "#VALUE!" });
  });

  it("joins rich-text runs of a shared string, without the phonetic guide, and decodes _xHHHH_", async () => {
    const sharedStrings =
      '<si><r><t xml:space="preserve">Budi </t></r><r><rPr><b/></rPr><t>Santoso</t></r><rPh sb="0" eb="4"><t>ぶでぃ</t></rPh></si>' +
      "<si><t>baris_x000D_baru</t></si><si/>";
    const grid = await firstSheet(workbook({ sharedStrings, sheet: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' }));
    expect(grid.rows[0]).toEqual([
      { kind: "text", text: "Budi Santoso" },
      { kind: "text", text: "baris\rbaru" },
    ]);
  });

  it("reads inline strings (t=\"inlineStr\"), plain, rich or in CDATA, spaces kept", async () => {
    const sheet =
      '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">  Siti Aminah </t></is></c>' +
      '<c r="B1" t="inlineStr"><is><r><t>Budi </t></r><r><rPr><i/></rPr><t>Santoso</t></r></is></c>' +
      '<c r="C1" t="inlineStr"><is><t><![CDATA[A & B <C>]]></t></is></c><c r="D1" t="inlineStr"><is><t/></is></c></row>';
    const grid = await firstSheet(workbook({ sheet }));
    expect(grid.rows[0]).toEqual([
      { kind: "text", text: "  Siti Aminah " },
      { kind: "text", text: "Budi Santoso" },
      { kind: "text", text: "A & B <C>" },
    ]);
  });

  it("reads the prefixed names .NET's OpenXML SDK writes (x:c, x:v)", async () => {
    const sheet = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="B2" t="str"><x:v>NIK</x:v></x:c><x:c r="C2"><x:v>17</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const grid = await firstSheet(workbook({ sheet }));
    expect(at(grid, 2, 2)).toEqual({ kind: "text", text: "NIK" });
    expect(at(grid, 2, 3)).toMatchObject({ kind: "number", value: 17 });
  });

  it("places rows and cells without an r attribute after the ones before them", async () => {
    const grid = await firstSheet(workbook({ sheet: '<row r="3"><c r="B3"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>' }));
    expect(at(grid, 3, 2)).toMatchObject({ value: 1 });
    expect(at(grid, 3, 3)).toMatchObject({ value: 2 });
    expect(at(grid, 4, 1)).toMatchObject({ value: 3 });
  });

  it("reads a shared formula's other cells, ISO dates (t=\"d\") and a number under the Text format", async () => {
    const sheet =
      '<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1*2</f><v>4</v></c><c r="B1" t="d"><v>2026-03-01T00:00:00</v></c><c r="C1" s="3"><v>6104011708800003</v></c></row>' +
      '<row r="2"><c r="A2"><f t="shared" si="0"/><v>6</v></c></row>';
    const grid = await firstSheet(workbook({ sheet }));
    expect(at(grid, 2, 1)).toMatchObject({ kind: "number", value: 6 });
    expect(at(grid, 1, 2)).toEqual({ kind: "date", year: 2026, month: 3, day: 1 });
    expect(at(grid, 1, 3)).toMatchObject({ kind: "number", numberFormat: "@" });
  });

  it("finds a sheet part wherever the workbook's relationships point, and skips a chart sheet", async () => {
    const bytes = workbook({
      sheet: '<row r="1"><c r="A1"><v>1</v></c></row>',
      extra: {
        "xl/workbook.xml": `<workbook ${MAIN}><sheets><sheet name="Grafik" sheetId="2" r:id="rId2"/><sheet name="Daftar" sheetId="1" r:id="rId1"/></sheets></workbook>`,
        "xl/_rels/workbook.xml.rels":
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="/xl/worksheets/daftar.xml"/><Relationship Id="rId2" Type="chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/daftar.xml": `<worksheet ${MAIN}><sheetData><row r="1"><c r="A1" t="str"><v>di sini</v></c></row></sheetData></worksheet>`,
      },
    });
    const { sheets } = await readXlsxBytes(bytes, "x.xlsx");
    expect(sheets.map((s) => [s.name, s.rows[0]?.[0]])).toEqual([["Daftar", { kind: "text", text: "di sini" }]]);
  });
});

describe("broken and hostile workbooks", () => {
  it("refuses an entity from a DTD in the shared strings (XXE) as not a readable workbook", async () => {
    const bytes = workbook({ sheet: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' });
    const hostile = workbook({
      sheet: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
      extra: { "xl/sharedStrings.xml": '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst><si><t>&xxe;</t></si></sst>' },
    });
    await expect(readXlsxBytes(hostile, "xxe.xlsx")).rejects.toMatchObject({ reason: "NOT_XLSX", message: expect.stringContaining("xxe.xlsx bukan buku kerja Excel") });
    await expect(readXlsxBytes(bytes, "baik.xlsx")).resolves.toBeDefined();
  });

  it("stops inflating a part that grows past the limit, whatever the zip's directory declares", async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");
    const bytes = workbook({ sheet: rows });
    const lying = declareSmall(bytes, "xl/worksheets/sheet1.xml");
    const limits = { ...XLSX_LIMITS, partBytes: 10_000 };
    await expect(readXlsxBytes(lying, "bom.xlsx", limits)).rejects.toMatchObject({ reason: "TOO_LARGE" });
    await expect(readXlsxBytes(bytes, "bom.xlsx", limits)).rejects.toMatchObject({ reason: "TOO_LARGE" });
    expect((await firstSheet(bytes)).rows).toHaveLength(2000);
  });

  it("refuses unbalanced sheet XML as not a readable workbook", async () => {
    const bytes = workbook({ sheet: `<worksheet ${MAIN}><sheetData><row r="1"><c r="A1"><v>1</c></row></sheetData></worksheet>` });
    await expect(readXlsxBytes(bytes, "rusak.xlsx")).rejects.toMatchObject({ reason: "NOT_XLSX" });
  });

  it("reads a zip with no workbook part as a workbook without sheets", async () => {
    const bytes = zipSync({ "hello.txt": strToU8("bukan buku kerja") });
    await expect(readXlsxBytes(bytes, "arsip.xlsx")).resolves.toEqual({ sheets: [] });
  });
});

/** The zip with one entry's uncompressed size set to 100 bytes in both its headers: how a zip bomb lies. */
function declareSmall(zip: Uint8Array, name: string): Uint8Array {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer);
  const encoded = strToU8(name);
  for (let at = 0; at + 46 < bytes.length; at++) {
    const signature = view.getUint32(at, true);
    const nameAt = signature === 0x04034b50 ? at + 30 : signature === 0x02014b50 ? at + 46 : -1;
    if (nameAt < 0 || !encoded.every((b, i) => bytes[nameAt + i] === b)) continue;
    view.setUint32(signature === 0x04034b50 ? at + 22 : at + 24, 100, true);
  }
  return bytes;
}
