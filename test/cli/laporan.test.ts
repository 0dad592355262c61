import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { runCli } from "../helpers/run-cli";
import { malformedXmlParts, xlsxPartText } from "../helpers/xlsx-parts";
import { tempDir, writeWorkbook } from "../helpers/xlsx";

/*
 * `periksa --laporan` end to end on real .xlsx files: a village list with Dusun and RT columns, typed the
 * way lists arrive (a NIK a digit short, a NIK Excel turned into a number, a phone without its 0, a name missing).
 */
const HEADER = ["No", "NIK", "Nama Lengkap", "Tgl. Lahir", "L/P", "No. HP", "RT", "Dusun"];
const ROWS: ExcelJS.CellValue[][] = [
  [1, "6104015708800001", "Siti Aminah", "17-08-1980", "P", "081234567890", "001", "Sukamaju"],
  [2, "610401170880002", "Budi Santoso", "17-08-1980", "L", "081234567891", "002", "Sukamaju"],
  [3, "6104011708800003", "Joko Susilo", "17-08-1980", "L", 81234567892, "001", "Sukamaju"],
  [4, 6104015708800004, "Wati", "17-08-1980", "P", "081234567893", "003", "Mekar Sari"],
  [5, "6104011708800005", "", "17-08-1980", "L", "081234567894", "003", "mekar sari "],
  [6, "6104011708800006", "Dedi Kurniawan", "17-08-1980", "L", "081234567895", "004", "Mekar Sari"],
];

let dir: string;
beforeAll(() => {
  dir = tempDir("pekerja-rentan-laporan-");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

/** The data rows of a report sheet, as header -> cell, under its heading row. */
function listed(sheet: ExcelJS.Worksheet): Array<Record<string, ExcelJS.Cell>> {
  let headerRow = 0;
  sheet.eachRow((row, n) => {
    if (!headerRow && row.getCell(1).value === "No.") headerRow = n;
  });
  const headers = (sheet.getRow(headerRow).values as ExcelJS.CellValue[]).slice(1).map(String);
  const out: Array<Record<string, ExcelJS.Cell>> = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    out.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1)])));
  }
  return out;
}

describe("periksa --laporan", () => {
  let input: string;
  let report: string;
  let result: { code: number; stdout: string; stderr: string };
  let inputBefore: Buffer;

  beforeAll(async () => {
    input = await writeWorkbook(path.join(dir, "daftar.xlsx"), [HEADER, ...ROWS], "Data", [2, 6, 7]);
    inputBefore = fs.readFileSync(input);
    report = path.join(dir, "temuan.xlsx");
    result = await runCli("periksa", input, "--tahun", "2026", "--laporan", report);
  });

  test("exits 1 like periksa (rows with a kesalahan) and says where the report is", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`Laporan temuan ditulis ke ${report}: 4 baris perlu diperbaiki, di lembar Dusun Mekar Sari, Dusun Sukamaju.`);
  });

  test("writes a new, well-formed workbook: a summary, then one sheet per dusun, and leaves the list untouched", async () => {
    const book = await readBook(report);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Ringkasan", "Dusun Mekar Sari", "Dusun Sukamaju"]);
    expect(malformedXmlParts(report)).toEqual([]);
    expect(fs.readFileSync(input).equals(inputBefore)).toBe(true);
    const summary = book.getWorksheet("Ringkasan")!;
    expect(String(summary.getCell("A1").value)).toMatch(/^Laporan Temuan Daftar Pekerja Rentan/);
    expect(String(summary.getCell("A2").value)).toMatch(/^Dibuat \d{1,2} \p{L}+ \d{4} · tahun anggaran 2026 · dari berkas daftar\.xlsx$/u);
  });

  test("each dusun sheet lists its rows with their problems, what to bring, and the NIK as text", async () => {
    const book = await readBook(report);
    const sukamaju = listed(book.getWorksheet("Dusun Sukamaju")!);
    expect(sukamaju.map((r) => r["Baris di daftar"]!.value)).toEqual([3, 4]);
    const short = sukamaju[0]!;
    expect(short.NIK!.value).toBe("610401170880002");
    expect(short.NIK!.numFmt).toBe("@");
    expect(short.Nama!.value).toBe("Budi Santoso");
    expect(short.RT!.value).toBe("002");
    expect(short.Tingkat!.value).toBe("Kesalahan");
    expect(String(short.Masalah!.value)).toContain("NIK harus tepat 16 digit angka");
    expect(short["Yang perlu dibawa"]!.value).toBe("KTP atau Kartu Keluarga");
    const phone = sukamaju[1]!;
    expect(phone.Tingkat!.value).toBe("Peringatan");
    expect(String(phone.Masalah!.value)).toContain("No. HP");
    expect(phone["Yang perlu dibawa"]!.value).toBe("Nomor HP yang aktif");

    const mekar = listed(book.getWorksheet("Dusun Mekar Sari")!);
    expect(mekar.map((r) => r["Baris di daftar"]!.value)).toEqual([5, 6]);
    // Excel already rounded this NIK: it is shown as text, and the row says to retype it from the KTP.
    expect(typeof mekar[0]!.NIK!.value).toBe("string");
    expect(String(mekar[0]!.Masalah!.value)).toContain("ketik ulang NIK dari KTP/KK");
    expect(String(mekar[1]!.Masalah!.value)).toContain("Nama kosong");
  });

  test("prints landscape, fitted to the page width, with the heading row repeated on every page", () => {
    const workbookXml = xlsxPartText(report, "xl/workbook.xml");
    expect(workbookXml).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="1">('|&apos;)?Dusun Mekar Sari('|&apos;)?!\$6:\$6<\/definedName>/);
    const sheetXml = xlsxPartText(report, "xl/worksheets/sheet2.xml");
    expect(sheetXml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(sheetXml).toMatch(/<pageSetup[^>]*orientation="landscape"/);
    expect(sheetXml).toMatch(/<pageSetup[^>]*fitToWidth="1"[^>]*fitToHeight="0"|<pageSetup[^>]*fitToHeight="0"[^>]*fitToWidth="1"/);
    expect(sheetXml).toContain("Halaman &amp;P dari &amp;N");
  });

  test("never writes over the list it reads, even with --timpa", async () => {
    const out = await runCli("periksa", input, "--tahun", "2026", "--laporan", input, "--timpa");
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("tidak pernah menimpa berkas masukan");
    expect(fs.readFileSync(input).equals(inputBefore)).toBe(true);
  });

  test("keeps an existing report unless --timpa is given", async () => {
    const again = await runCli("periksa", input, "--tahun", "2026", "--laporan", report);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("sudah ada");
    const replaced = await runCli("periksa", input, "--tahun", "2026", "--laporan", report, "--timpa");
    expect(replaced.code).toBe(1);
  });

  test("refuses a report name that is not .xlsx", async () => {
    const out = await runCli("periksa", input, "--tahun", "2026", "--laporan", path.join(dir, "temuan.csv"));
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("harus berakhiran .xlsx");
  });

  test("a list without a dusun or RT column gets one sheet; a clean list exits 0 and says nothing needs fixing", async () => {
    const plain = await writeWorkbook(path.join(dir, "tanpa-dusun.xlsx"), [HEADER.slice(0, 6), ...ROWS.map((r) => r.slice(0, 6))], "Data", [2, 6]);
    const one = path.join(dir, "satu.xlsx");
    expect((await runCli("periksa", plain, "--tahun", "2026", "--laporan", one)).code).toBe(1);
    expect((await readBook(one)).worksheets.map((s) => s.name)).toEqual(["Ringkasan", "Semua baris"]);

    const clean = await writeWorkbook(path.join(dir, "bersih.xlsx"), [HEADER, ROWS[0]!, ROWS[5]!], "Data", [2, 6, 7]);
    const none = path.join(dir, "kosong.xlsx");
    const out = await runCli("periksa", clean, "--tahun", "2026", "--laporan", none, "--json");
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).laporan).toEqual({ file: none, rows: 0, sheets: ["Ringkasan", "Temuan"], cutCells: 0 });
    const book = await readBook(none);
    expect(String(book.getWorksheet("Temuan")!.getCell("A2").value)).toBe("Tidak ada temuan: semua baris siap didaftarkan.");
  });
});
