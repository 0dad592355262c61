import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readXlsxBytes } from "../../../src/adapters/xlsx/read-workbook";
import { WorkbookReadError } from "../../../src/adapters/xlsx/workbook-read-error";
import { guardXlsx, XLSX_LIMITS } from "../../../src/adapters/xlsx/xlsx-guard";
import { cellText } from "../../../src/domain/cell/raw-cell";

/** A small worker list as Excel would save it: header in row 1, three workers. */
async function workerList(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Data");
  ws.addRow(["NIK", "Nama", "Tgl. Lahir"]);
  ws.addRow(["6104011708800003", "BUDI SANTOSO", "17-08-1980"]);
  ws.addRow(["6104015203850002", "SITI AMINAH", "12-03-1985"]);
  ws.addRow(["6104010101700001", "SLAMET RIYADI", "01-01-1970"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The same file with its sheet XML changed the way a broken or hostile generator writes it. */
async function withSheet(edit: (xml: string) => string, extra: Record<string, Uint8Array> = {}): Promise<Buffer> {
  const parts = unzipSync(await workerList());
  parts["xl/worksheets/sheet1.xml"] = strToU8(edit(strFromU8(parts["xl/worksheets/sheet1.xml"]!)));
  return Buffer.from(zipSync({ ...parts, ...extra }));
}

const beforeSheetData = (xml: string, insert: string) => xml.replace("</sheetData>", `</sheetData>${insert}`);
const names = async (bytes: Buffer) => (await readXlsxBytes(bytes, "x.xlsx")).sheets[0]!.rows.slice(1).map((r) => cellText(r[1]));

describe("reading a workbook within bounds", () => {
  it("a row number past Excel's last row is refused in one line, not a crash", async () => {
    const bytes = await withSheet((xml) => xml.replace("</sheetData>", '<row r="4294967294"><c r="A4294967294" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'));
    await expect(readXlsxBytes(bytes, "rusak.xlsx")).rejects.toMatchObject({ reason: "OUT_OF_BOUNDS", message: expect.stringContaining("1.048.576") });
  });

  it("a column past XFD is refused", async () => {
    const bytes = await withSheet((xml) => xml.replace('r="A2"', 'r="ZZZZ2"'));
    await expect(readXlsxBytes(bytes, "rusak.xlsx")).rejects.toBeInstanceOf(WorkbookReadError);
  });

  it("one merge down to row 1,048,576 ends at the last row with data", async () => {
    const bytes = await withSheet((xml) => xml.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="C2:Z1048576"/><mergeCell ref="E7:F1048576"/></mergeCells>'));
    const sheet = (await readXlsxBytes(bytes, "x.xlsx")).sheets[0]!;
    // Clipped to the data (rows 2–4, columns A–C); a merge wholly outside it is dropped.
    expect(sheet.merges).toEqual([{ top: 2, left: 3, bottom: 4, right: 3 }]);
    expect(await names(bytes)).toEqual(["BUDI SANTOSO", "SITI AMINAH", "SLAMET RIYADI"]);
  });

  it("data validations over whole columns and conditional formats cost nothing", async () => {
    const dv = '<dataValidations count="1"><dataValidation type="list" sqref="A2:I1048576 A1:XFD1048576"><formula1>"L,P"</formula1></dataValidation></dataValidations>';
    const cf = '<conditionalFormatting sqref="A:XFD"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>';
    const bytes = await withSheet((xml) => beforeSheetData(xml, cf + dv));
    expect(await names(bytes)).toEqual(["BUDI SANTOSO", "SITI AMINAH", "SLAMET RIYADI"]);
  });

  it("keeps at most 5,000 merged areas (30,000 small merges took minutes)", async () => {
    const merges = Array.from({ length: 30_000 }, (_, i) => `<mergeCell ref="B${i + 2}:C${i + 2}"/>`).join("");
    const bytes = await withSheet((xml) =>
      xml.replace("</sheetData>", `<row r="30001"><c r="A30001" t="inlineStr"><is><t>x</t></is></c></row></sheetData><mergeCells count="30000">${merges}</mergeCells>`),
    );
    const sheet = (await readXlsxBytes(bytes, "x.xlsx")).sheets[0]!;
    expect(sheet.merges).toHaveLength(XLSX_LIMITS.merges);
  });

  it("formatted but empty rows below the list are not read as rows", async () => {
    const empty = Array.from({ length: 50_000 }, (_, i) => `<row r="${i + 10}" s="1" customFormat="1"><c r="A${i + 10}" s="1"/><c r="B${i + 10}" s="1"></c></row>`).join("");
    const bytes = await withSheet((xml) => xml.replace("</sheetData>", `${empty}</sheetData>`));
    expect((await readXlsxBytes(bytes, "x.xlsx")).sheets[0]!.rows).toHaveLength(4);
  });

  it("an empty shared string does not break the reading", async () => {
    const parts = unzipSync(await workerList());
    // exceljs writes inline text as shared strings: make the first one empty.
    parts["xl/sharedStrings.xml"] = strToU8(strFromU8(parts["xl/sharedStrings.xml"]!).replace(/<si><t>NIK<\/t><\/si>/, "<si></si>"));
    const sheet = (await readXlsxBytes(Buffer.from(zipSync(parts)), "x.xlsx")).sheets[0]!;
    expect(cellText(sheet.rows[0]![0])).toBeUndefined();
    expect(cellText(sheet.rows[1]![1])).toBe("BUDI SANTOSO");
  });

  it("a part larger than the limit is refused before it is inflated; unused parts are never inflated", async () => {
    const bomb = new Uint8Array(64 * 1024 * 1024); // zeros: a few KB once deflated
    const withBomb = await withSheet((xml) => xml, { "xl/media/image1.png": bomb });
    expect(await names(withBomb)).toEqual(["BUDI SANTOSO", "SITI AMINAH", "SLAMET RIYADI"]);
    const small = { ...XLSX_LIMITS, partBytes: 1024 };
    expect(() => guardXlsx(withBomb, "bom.xlsx", small)).toThrow(expect.objectContaining({ reason: "TOO_LARGE" }));
  });

  it("never changes a value: the guarded workbook reads the same cells", async () => {
    const bytes = Buffer.from(await workerList());
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(bytes as unknown as ArrayBuffer);
    const expected = plain.worksheets[0]!.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));
    const sheet = (await readXlsxBytes(bytes, "x.xlsx")).sheets[0]!;
    expect(sheet.rows.map((r) => r.map((c) => cellText(c)))).toEqual(expected);
  });
});
