import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { writeSubmissionXlsx } from "../../../src/adapters/xlsx/write-submission";
import { buildSubmission, findTemplate, submissionLayouts } from "../../../src/domain/ekspor";
import { submissionWorkbooks } from "../../../src/taskpane/ekspor/submission-workbook";
import { BUDI, check, OPTIONS_2026, SITI } from "../../domain/ekspor/fixtures";
import { malformedXmlParts } from "../../helpers/xlsx-parts";
import { tempDir } from "../../helpers/xlsx";

const dir = tempDir("pane-xlsx-");
// What a CSV pasted into the sheet can carry: characters XML 1.0 forbids, and an address past Excel's cell limit.
const HOSTILE = "\u0001\u000B\u001B\uFFFE";
const KETERANGAN: ReadonlyArray<readonly [string, string]> = [["Sumber", 'lembar "Data"']];

function hostileSubmission() {
  const rows = [
    { ...BUDI, nama: `Budi${HOSTILE}Santoso` },
    { ...SITI, alamat: "Jalan panjang ".repeat(3_000) },
  ];
  return buildSubmission(check(rows), findTemplate("bpu-kolektif")!, OPTIONS_2026);
}

async function sheetsOf(bytes: Uint8Array | string): Promise<Record<string, unknown[][]>> {
  const book = new ExcelJS.Workbook();
  if (typeof bytes === "string") await book.xlsx.readFile(bytes);
  else await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const out: Record<string, unknown[][]> = {};
  book.eachSheet((sheet) => {
    out[sheet.name] = (sheet.getSheetValues() as unknown[][]).slice(1).map((row) => (Array.isArray(row) ? row.slice(1).map((v) => v ?? null) : []));
  });
  return out;
}

describe("the pane's submission .xlsx", () => {
  it("is well-formed XML when names carry control characters, and cuts an over-long cell as the CLI does", async () => {
    const submission = hostileSubmission();
    const { main } = await submissionWorkbooks(submissionLayouts(submission, KETERANGAN));
    const file = path.join(dir, "pane.xlsx");
    fs.writeFileSync(file, main);
    expect(malformedXmlParts(file)).toEqual([]);

    const sheets = await sheetsOf(main);
    // The escaped characters come back as they were typed: nothing is lost, nothing breaks the file.
    expect(sheets["Peserta BPU"]!.flat()).toContain(`BUDI${HOSTILE}SANTOSO`);
    const longest = Math.max(...Object.values(sheets).flatMap((rows) => rows.flat().map((v) => (typeof v === "string" ? v.length : 0))));
    expect(longest).toBeLessThanOrEqual(32_767);
    const cutNote = sheets["Keterangan"]!.find((row) => row[0] === "Sel dipotong");
    expect(cutNote?.[1]).toMatch(/lembar Peserta BPU baris \d+ kolom Alamat/);
  });

  it("holds the same cells as the CLI's file for the same submission", async () => {
    const submission = buildSubmission(check([BUDI, SITI, { ...BUDI, nik: "12345", nama: "NIK rusak" }]), findTemplate("bpu-kolektif")!, OPTIONS_2026);
    const { main } = await submissionWorkbooks(submissionLayouts(submission, KETERANGAN));
    const file = path.join(dir, "cli.xlsx");
    await writeSubmissionXlsx(file, submission, KETERANGAN);
    const [pane, cli] = [await sheetsOf(main), await sheetsOf(file)];
    // The CLI marks its files for gabung in a hidden sheet; the rest is the same layout.
    expect(Object.keys(cli).filter((name) => name in pane)).toEqual(Object.keys(pane));
    for (const name of Object.keys(pane)) expect([name, pane[name]]).toEqual([name, cli[name]]);
  });
});
