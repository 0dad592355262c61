import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../helpers/run-cli";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "pekerja-rentan-hidden-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function workbook(name: string, sheets: Array<{ name: string; hidden?: boolean; rows: string[][] }>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name, sheet.hidden ? { state: "hidden" } : {});
    for (const row of sheet.rows) ws.addRow(row);
  }
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

const VISIBLE = [["NIK", "Nama", "Tgl. Lahir"], ["6104011708800003", "BUDI SANTOSO", "17-08-1980"]];
const ARCHIVE = [
  ["NIK", "No. KK", "Nama", "Tgl. Lahir", "L/P", "Pekerjaan", "No. HP", "Alamat"],
  ["6104015203850002", "6104010101100001", "SITI AMINAH", "12-03-1985", "P", "Petani", "081234567890", "Krajan"],
  ["6104010101700001", "6104010101100002", "SLAMET RIYADI", "01-01-1970", "L", "Nelayan", "081234567891", "Krajan"],
];

describe("periksa and hidden sheets", () => {
  it("checks the visible list, not a hidden old copy that names more columns", async () => {
    const file = await workbook("arsip.xlsx", [{ name: "Arsip Lama", hidden: true, rows: ARCHIVE }, { name: "Data Pekerja", rows: VISIBLE }]);
    const { stdout } = await runCli("periksa", file, "--json", "--tahun", "2026");
    expect(JSON.parse(stdout)).toMatchObject({ sheet: "Data Pekerja", hiddenSheet: false, rows: 1 });
  });

  it("uses a hidden sheet only when it alone holds the table, and says so", async () => {
    const file = await workbook("tersembunyi.xlsx", [{ name: "Petunjuk", rows: [["Isi lembar data"]] }, { name: "Arsip Lama", hidden: true, rows: ARCHIVE }]);
    const text = await runCli("periksa", file, "--tahun", "2026");
    expect(text.stdout).toContain('Lembar "Arsip Lama" tersembunyi di Excel');
    expect(JSON.parse((await runCli("periksa", file, "--json", "--tahun", "2026")).stdout)).toMatchObject({ sheet: "Arsip Lama", hiddenSheet: true });
  });
});
