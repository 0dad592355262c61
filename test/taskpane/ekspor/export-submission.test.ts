import path from "node:path";
import ExcelJS from "exceljs";
import { OfficeExcelGateway, type ExcelHost } from "../../../src/adapters/office";
import { loadAndCheck, type LoadedCheck } from "../../../src/cli/load-and-check";
import { findTemplate, submissionLayouts } from "../../../src/domain/ekspor";
import { addAsSheets, openAsNewWorkbook } from "../../../src/taskpane/ekspor/export-submission";
import { REJECTION_LABELS } from "../../../src/taskpane/ekspor/rejection-labels";
import { previewSubmission } from "../../../src/taskpane/ekspor/submission-preview";
import { bytesToBase64 } from "../../../src/taskpane/ekspor/submission-workbook";
import { defaultPaneSettings } from "../../../src/taskpane/session/pane-settings";
import { createFakeExcel } from "../../support/fake-excel/fake-excel";

const EXAMPLE = path.resolve(__dirname, "../../../contoh/desa-contoh.xlsx");
const settings = defaultPaneSettings(2026);
let loaded: LoadedCheck;

beforeAll(async () => {
  loaded = await loadAndCheck(EXAMPLE, { tahun: 2026 });
});

function preview(templateName = "bpu-kolektif") {
  const result = previewSubmission(loaded.result, findTemplate(templateName)!, settings);
  if (!result.ok) throw new Error(result.message);
  return result;
}

function setUp(excelApi?: string) {
  const fake = createFakeExcel({ sheets: [{ name: "Data" }], excelApi });
  const gateway = new OfficeExcelGateway({ excel: fake.Excel as unknown as ExcelHost, supports: fake.supports });
  return { fake, gateway };
}

async function readBase64(base64: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64, "base64") as unknown as ArrayBuffer);
  return book;
}

const context = { source: 'lembar "Data Pekerja Rentan"', now: new Date(2026, 10, 23, 16, 55) };

describe("the export preview", () => {
  it("counts who goes into the file and why the others do not, largest reason first, with Indonesian names", () => {
    const { submission, excludedBy } = preview();
    expect(submission.included).toBe(112);
    expect(submission.rejected).toHaveLength(8);
    expect(excludedBy[0]).toEqual({ code: "NIK_DUPLICATE", label: "NIK ganda dalam daftar", count: 2 });
    expect(excludedBy.map((e) => e.code)).toContain("NIK_PRECISION_LOST");
    expect(excludedBy.every((e) => e.label === REJECTION_LABELS[e.code])).toBe(true);
  });

  it("turns an option the submission cannot use into an Indonesian message instead of a crash", () => {
    const broken = { ...settings, budget: { ...settings.budget, declaredIncome: 1.5 } };
    const result = previewSubmission(loaded.result, findTemplate("bpu-kolektif")!, broken);
    expect(result).toEqual({ ok: false, message: expect.stringContaining("Penghasilan bawaan harus bilangan bulat") });
  });
});

describe("opening the submission as a new workbook", () => {
  it("hands Excel an .xlsx whose NIKs are all 16-digit text cells, with Ditolak and Keterangan", async () => {
    const { fake, gateway } = setUp();
    const { submission } = preview();

    const result = await openAsNewWorkbook(gateway, submission, context);

    expect(result.workbooks).toBe(1);
    expect(fake.workbook.createdWorkbooks).toHaveLength(1);
    const book = await readBase64(fake.workbook.createdWorkbooks[0]!);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Peserta BPU", "Ditolak", "Keterangan"]);
    const sheet = book.getWorksheet("Peserta BPU")!;
    const nikColumn = submission.headers.indexOf("NIK") + 1;
    const kkColumn = submission.headers.indexOf("No. KK") + 1;
    expect(sheet.rowCount).toBe(1 + 112);
    let kkWritten = 0;
    for (let r = 2; r <= sheet.rowCount; r++) {
      const nik = sheet.getRow(r).getCell(nikColumn);
      expect(nik.type).toBe(ExcelJS.ValueType.String);
      expect(String(nik.value)).toMatch(/^\d{16}$/);
      expect(nik.numFmt).toBe("@");
      // No. KK is not required: an empty one stays empty, a written one is text too.
      const kk = sheet.getRow(r).getCell(kkColumn);
      if (kk.value === null) continue;
      kkWritten++;
      expect(kk.type).toBe(ExcelJS.ValueType.String);
      expect(String(kk.value)).toMatch(/^\d{16}$/);
    }
    expect(kkWritten).toBeGreaterThan(100);
    const rejected = book.getWorksheet("Ditolak")!;
    expect(rejected.rowCount).toBe(1 + 8);
    // The damaged NIK stays as the village wrote it, as text, for the secretary to search.
    const damaged = submission.rejected.find((r) => r.reasons.some((x) => x.code === "NIK_PRECISION_LOST"))!;
    const damagedRow = rejected.getRows(2, 8)!.find((row) => row.getCell(1).value === damaged.row)!;
    expect(damagedRow.getCell(3).value).toBe(damaged.nikShown);
    expect(String(damagedRow.getCell(5).value)).toContain("NIK rusak karena disimpan sebagai angka");
    expect(String(damagedRow.getCell(5).value)).not.toContain("NIK_PRECISION_LOST");
  });

  it("opens Ditolak and Keterangan as a second workbook for a template that reads every sheet", async () => {
    const { fake, gateway } = setUp();
    const result = previewSubmission(loaded.result, findTemplate("opensid-program-bantuan")!, { ...settings, check: { ...settings.check, kodeDesa: "61.04.01.2014" } });
    if (!result.ok) throw new Error(result.message);

    await openAsNewWorkbook(gateway, result.submission, context);

    expect(fake.workbook.createdWorkbooks).toHaveLength(2);
    const [main, companion] = await Promise.all(fake.workbook.createdWorkbooks.map(readBase64));
    expect(main!.worksheets.map((s) => s.name)).not.toContain("Ditolak");
    expect(companion!.worksheets.map((s) => s.name)).toEqual(["Ditolak", "Keterangan"]);
  });
});

describe("adding the submission as sheets where Excel cannot open a workbook", () => {
  it("formats the NIK and No. KK columns as text before writing, so the digits survive", async () => {
    const { fake, gateway } = setUp("1.7");
    expect(gateway.canCreateWorkbook()).toBe(false);
    const { submission } = preview();

    const result = await addAsSheets(gateway, submission, context);

    expect(result.sheets).toEqual(["Peserta BPU", "Ditolak", "Keterangan"]);
    expect(fake.workbook.activeSheet.name).toBe("Peserta BPU");
    const sheet = fake.workbook.sheetByName("Peserta BPU")!;
    const nikColumn = submission.headers.indexOf("NIK") + 1;
    for (let r = 2; r <= 113; r++) {
      const cell = sheet.peek(r, nikColumn)!;
      expect(cell.numberFormat).toBe("@");
      expect(cell.value).toMatch(/^\d{16}$/);
    }
  });
});

describe("the sheets of a submission", () => {
  it("list every left-out row with its reasons, and say so when there is none", () => {
    const { submission } = preview();
    const rejected = submissionLayouts(submission, []).find((s) => s.name === "Ditolak")!;
    expect(rejected.layout.cells).toHaveLength(9);
    const none = submissionLayouts({ ...submission, rejected: [] }, []).find((s) => s.name === "Ditolak")!;
    expect(none.layout.cells[1]).toEqual([null, "Tidak ada baris yang ditolak."]);
  });

  it("encode to base64 in slices, as createWorkbook takes it", () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => i % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});
