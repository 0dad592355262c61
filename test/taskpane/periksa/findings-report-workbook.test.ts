import { readXlsxGrid } from "../../../src/adapters/xlsx/reader/read-xlsx-grid";
import { checkWorkers } from "../../../src/domain/check/check-workers";
import { buildFindingsReport } from "../../../src/domain/report";
import { defaultSettings } from "../../../src/domain/rules/rule-parameters";
import { findingsReportBytes } from "../../../src/taskpane/periksa/findings-report-workbook";
import { workerTable } from "../../helpers/worker-table";
import { unzipSync, strFromU8 } from "fflate";

// The pane's "Buat laporan temuan" bytes, made by our writer (no exceljs): read back by our reader and
// by looking at the workbook part Excel takes its print titles from.

const options = { tanggal: { year: 2026, month: 12, day: 1 }, tahun: 2026, desa: "Sungai Putri", berkas: "daftar.xlsx" };
const good = { nik: "0104015708800001", nama: "Siti Aminah", tanggal_lahir: "17-08-1980", jenis_kelamin: "P", dusun: "Krajan" };

async function reportBytes(): Promise<Uint8Array> {
  const table = workerTable([good, { ...good, nik: "123", nama: "Budi" }]);
  return findingsReportBytes(buildFindingsReport(checkWorkers(table, { settings: defaultSettings(2026) }), table, options));
}

describe("the pane's findings report workbook", () => {
  it("lists the dusun's workers on the report's sheets, a short NIK as the text it was, not a number", async () => {
    const book = readXlsxGrid(await reportBytes(), "laporan.xlsx");
    expect(book.sheets.map((s) => s.name)).toEqual(["Ringkasan", "Dusun Krajan"]);
    const cells = book.sheets[1]!.rows.flat();
    expect(cells).toContainEqual(expect.objectContaining({ kind: "text", text: "123" }));
    expect(cells.some((c) => c.kind === "number")).toBe(true);
  });

  it("repeats the heading row, not the title block, on every printed page, with page numbers", async () => {
    const parts = unzipSync(await reportBytes());
    const workbook = strFromU8(parts["xl/workbook.xml"]!);
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">'Dusun Krajan'!$6:$6</definedName>`);
    const sheet = strFromU8(parts["xl/worksheets/sheet2.xml"]!);
    expect(sheet).toMatch(/<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"\/>/);
    expect(sheet).toContain("<oddFooter>Halaman &amp;P dari &amp;N</oddFooter>");
  });
});
