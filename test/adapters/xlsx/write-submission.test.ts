import { Workbook, ValueType } from "exceljs";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { companionPath, writeSubmissionXlsx } from "../../../src/adapters/xlsx/write-submission";
import { buildSubmission, describeSubmission, findTemplate, type Submission } from "../../../src/domain/ekspor";
import { BUDI, check, OPTIONS_2026, PAPUA_KK, PAPUA_NIK, SITI, YOHANA } from "../../domain/ekspor/fixtures";
import { libreOfficeConvert, libreOfficeCsv, parseCsv } from "./soffice";

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "ekspor-xlsx-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** 40 synthetic workers, among them a Papua NIK above 2^53 and NIKs with leading-zero-like patterns, plus two rejected rows. */
function sampleSubmission(template = findTemplate("bpu-kolektif")!): Submission {
  const rows = [
    BUDI,
    SITI,
    YOHANA,
    ...Array.from({ length: 37 }, (_, i) => ({
      ...BUDI,
      nik: `91710117088${String(i).padStart(5, "0")}`,
      no_kk: `91710120010${String(i).padStart(5, "0")}`,
      nama: `Warga ${i}`,
    })),
    { ...BUDI, nik: "12345", nama: "NIK Pendek" },
    { ...SITI, nik: 6101014503850000, nama: "NIK Angka" },
  ];
  return buildSubmission(check(rows), template, { ...OPTIONS_2026, kodeDesa: "61.01.01.2001" });
}

function keterangan(s: Submission) {
  return describeSubmission(s, { sourceFile: "desa.xlsx", generatedAt: "23-11-2026 10:00" });
}

async function readBack(path: string): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe("writing the submission workbook", () => {
  it("the submission is the first sheet, followed by Ditolak and Keterangan", async () => {
    const path = join(dir, "pengajuan.xlsx");
    expect(await writeSubmissionXlsx(path, sampleSubmission(), keterangan(sampleSubmission()))).toEqual({ main: path, cut: [] });
    const wb = await readBack(path);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Peserta BPU", "Ditolak", "Keterangan"]);
  });

  it("every NIK and No. KK read back with exceljs is a text cell in the text format with all 16 digits, a Papua NIK included", async () => {
    const submission = sampleSubmission();
    const path = join(dir, "pengajuan.xlsx");
    await writeSubmissionXlsx(path, submission, keterangan(submission));
    const sheet = (await readBack(path)).getWorksheet("Peserta BPU")!;
    const nikColumn = submission.headers.indexOf("NIK") + 1;
    const kkColumn = submission.headers.indexOf("No. KK") + 1;
    expect(sheet.getRow(1).getCell(nikColumn).value).toBe("NIK");
    const niks: unknown[] = [];
    submission.rows.forEach((_, i) => {
      const nik = sheet.getRow(i + 2).getCell(nikColumn);
      const kk = sheet.getRow(i + 2).getCell(kkColumn);
      expect([nik.type, nik.numFmt, kk.numFmt]).toEqual([ValueType.String, "@", "@"]);
      if (submission.rows[i]![kkColumn - 1] !== null) expect(kk.type).toBe(ValueType.String);
      niks.push(nik.value);
    });
    expect(niks).toEqual(submission.rows.map((r) => r[nikColumn - 1]));
    expect(niks).toContain(PAPUA_NIK);
    expect(sheet.getRow(4).getCell(kkColumn).value).toBe(PAPUA_KK);
  });

  it("the income is a number cell and the dates are text in the template's format", async () => {
    const submission = sampleSubmission();
    const path = join(dir, "pengajuan.xlsx");
    await writeSubmissionXlsx(path, submission, keterangan(submission));
    const row = (await readBack(path)).getWorksheet("Peserta BPU")!.getRow(2);
    const at = (header: string) => row.getCell(submission.headers.indexOf(header) + 1);
    expect(at("Penghasilan Dilaporkan").value).toBe(1000000);
    expect(at("Tanggal Lahir").value).toBe("17-08-1980");
    expect(at("Tanggal Lahir").numFmt).toBe("@");
  });

  it("LibreOffice reads every NIK back intact, including one above 2^53", async () => {
    const submission = sampleSubmission();
    const path = join(dir, "pengajuan.xlsx");
    await writeSubmissionXlsx(path, submission, keterangan(submission));
    const csv = libreOfficeCsv(path, dir);
    const nikColumn = submission.headers.indexOf("NIK");
    const kkColumn = submission.headers.indexOf("No. KK");
    const cells = parseCsv(csv).slice(1);
    expect(cells.map((c) => c[nikColumn])).toEqual(submission.rows.map((r) => r[nikColumn]));
    expect(cells.map((c) => c[kkColumn])).toEqual(submission.rows.map((r) => r[kkColumn] ?? ""));
    expect(csv).toContain(PAPUA_NIK);
    expect(csv).not.toMatch(/E\+15/);
  }, 120_000);

  it("a file opened and saved again by LibreOffice still holds every NIK as 16-digit text", async () => {
    const submission = sampleSubmission();
    const path = join(dir, "pengajuan.xlsx");
    await writeSubmissionXlsx(path, submission, keterangan(submission));
    const again = libreOfficeConvert(path, mkdtempSync(join(dir, "lo-")), "xlsx");
    const sheet = (await readBack(again)).worksheets[0]!;
    const nikColumn = submission.headers.indexOf("NIK") + 1;
    const niks = submission.rows.map((_, i) => sheet.getRow(i + 2).getCell(nikColumn).value);
    expect(niks).toEqual(submission.rows.map((r) => r[nikColumn - 1]));
    expect(sheet.getRow(4).getCell(nikColumn).numFmt).toBe("@");
  }, 120_000);

  it("the Ditolak sheet lists each rejected row with its name, the NIK as written and the reasons in Indonesian", async () => {
    const submission = sampleSubmission();
    const path = join(dir, "pengajuan.xlsx");
    await writeSubmissionXlsx(path, submission, keterangan(submission));
    const sheet = (await readBack(path)).getWorksheet("Ditolak")!;
    const rows = sheet.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(["Baris", "Nama", "NIK (seperti tertulis)", "Alasan singkat", "Alasan"]);
    expect(rows.slice(1)).toEqual([
      [42, "NIK Pendek", "12345", "NIK bukan 16 digit", expect.stringContaining("NIK bukan 16 digit: NIK \"12345\"")],
      [43, "NIK Angka", "6101014503850000", "NIK rusak karena disimpan sebagai angka", expect.stringContaining("NIK rusak karena disimpan sebagai angka:")],
    ]);
    expect(sheet.getRow(3).getCell(3).numFmt).toBe("@");
  });

  it("the Keterangan sheet says which template, how sure, which period and programme, and how to treat personal data", async () => {
    const submission = sampleSubmission();
    const path = join(dir, "pengajuan.xlsx");
    await writeSubmissionXlsx(path, submission, keterangan(submission));
    const sheet = (await readBack(path)).getWorksheet("Keterangan")!;
    const text = sheet.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1).join(": ") : "")).join("\n");
    expect(text).toContain("bpu-kolektif, versi 2026.1");
    // The pane badge's words, never the English level, a research note or a repository link (the sheet goes to the BPJS branch).
    expect(text).toContain("Belum terkonfirmasi");
    expect(text).not.toMatch(/UNCONFIRMED|SECONDARY|CONFIRMED|\.md\b|§|github/);
    expect(text).toContain("Januari–Desember 2026");
    expect(text).toContain("JKK + JKM");
    expect(text).toContain("Dibuat: 23-11-2026 10:00");
    expect(text).toContain("simpan dan kirim hanya lewat saluran resmi");
  });

  it("an OpenSID workbook holds only Program and Peserta, and Ditolak and Keterangan go to a companion workbook", async () => {
    const submission = sampleSubmission(findTemplate("opensid-program-bantuan")!);
    const path = join(dir, "opensid.xlsx");
    const written = await writeSubmissionXlsx(path, submission, keterangan(submission));
    expect(written).toEqual({ main: path, companion: join(dir, "opensid-keterangan.xlsx"), cut: [] });
    const main = await readBack(path);
    expect(main.worksheets.map((s) => s.name)).toEqual(["Program", "Peserta"]);
    expect(main.getWorksheet("Program")!.getRow(6).values).toEqual([undefined, "Rentang Waktu (Awal)", "2026-01-01"]);
    expect(main.getWorksheet("Peserta")!.getRow(4).getCell(1).value).toBe(PAPUA_NIK);
    expect((await readBack(written.companion!)).worksheets.map((s) => s.name)).toEqual(["Ditolak", "Keterangan"]);
  });

  it("a name typed as a formula is written as text, never as a formula Excel would run", async () => {
    const submission = buildSubmission(check([{ ...BUDI, nama: "=HYPERLINK(\"http://contoh\")" }]), findTemplate("bpu-kolektif")!, OPTIONS_2026);
    const path = join(dir, "rumus.xlsx");
    await writeSubmissionXlsx(path, submission, keterangan(submission));
    const cell = (await readBack(path)).getWorksheet("Peserta BPU")!.getRow(2).getCell(3);
    expect([cell.type, cell.value]).toEqual([ValueType.String, '=HYPERLINK("HTTP://CONTOH")']);
  });

  it("an empty Ditolak sheet says that nothing was rejected", async () => {
    const submission = buildSubmission(check([BUDI]), findTemplate("bpu-kolektif")!, OPTIONS_2026);
    const path = join(dir, "bersih.xlsx");
    await writeSubmissionXlsx(path, submission, keterangan(submission));
    expect((await readBack(path)).getWorksheet("Ditolak")!.getRow(2).getCell(2).value).toBe("Tidak ada baris yang ditolak.");
  });

  it("no temporary file is left beside the result", async () => {
    const submission = sampleSubmission();
    await writeSubmissionXlsx(join(dir, "pengajuan.xlsx"), submission, keterangan(submission));
    expect(readdirSync(dir)).toEqual(["pengajuan.xlsx"]);
  });

  it("the companion of a .csv or .xlsx result is named after it", () => {
    expect(companionPath(join("out", "desa.csv"))).toBe(join("out", "desa-keterangan.xlsx"));
  });
});
