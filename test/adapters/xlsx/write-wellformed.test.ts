import * as fs from "node:fs";
import * as path from "node:path";
import { Workbook } from "exceljs";
import { writeCandidatesXlsx } from "../../../src/adapters/xlsx/write-candidates";
import { writeRekapWorkbook } from "../../../src/adapters/xlsx/write-rekap";
import { writeSubmissionXlsx } from "../../../src/adapters/xlsx/write-submission";
import { readOutputMarker } from "../../../src/adapters/xlsx/write-marker";
import { buildSubmission, findTemplate } from "../../../src/domain/ekspor";
import { BUDI, check, OPTIONS_2026 } from "../../domain/ekspor/fixtures";
import { writeExampleExtract } from "../../helpers/dtsen";
import { runCli } from "../../helpers/run-cli";
import { malformedXmlParts, xlsxPartText } from "../../helpers/xlsx-parts";
import { cleanWorkers, tempDir } from "../../helpers/xlsx";

const EXAMPLE = path.join(__dirname, "../../../contoh/desa-contoh.xlsx");
// The characters of the QA case I04, as they come in from a CSV, and the rest of what XML forbids.
const HOSTILE = "\u0001\u000B\u001B\uFFFE";
const ALL_ILLEGAL = "\u0000\u0001\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF\uD800\r";

const dir = tempDir("wellformed-");

/** A village list saved as CSV whose names, jobs and addresses carry control characters, one address of 40,000 characters, and one bad NIK. */
function hostileCsv(name = "desa-kontrol.csv"): string {
  const rows = cleanWorkers(4).map((r, i) => {
    const [no, nik, nama, tanggal, jk, pekerjaan, hp] = r as string[];
    const alamat = i === 2 ? "Jalan panjang ".repeat(3_000) : `Dusun${HOSTILE}Satu`;
    return [no, i === 3 ? "12345" : nik, `${nama}${HOSTILE}`, tanggal, jk, `${pekerjaan}\u001B`, hp, alamat].join(";");
  });
  const file = path.join(dir, name);
  fs.writeFileSync(file, ["No;NIK;Nama Lengkap;Tgl. Lahir;L/P;Pekerjaan;No. HP;Alamat", ...rows].join("\r\n") + "\r\n");
  return file;
}

describe("every .xlsx pekerja-rentan writes is well-formed XML, whatever the input held", () => {
  it("ekspor: the submission, Ditolak and Keterangan from a CSV with U+0001, U+000B, U+001B and U+FFFE", async () => {
    const out = path.join(dir, "pengajuan.xlsx");
    const run = await runCli("ekspor", hostileCsv(), "--keluar", out, "--tahun", "2026", "--json");
    expect([run.code, run.stderr]).toEqual([1, ""]);
    expect(malformedXmlParts(out)).toEqual([]);
    expect(xlsxPartText(out, "xl/sharedStrings.xml")).not.toMatch(/[\u0001\u000B\u001B\uFFFE]/);
    // The 40,000-character address is cut at Excel's limit, and both the terminal and Keterangan say so.
    const json = JSON.parse(run.stdout);
    expect(json.cutCells).toEqual([expect.objectContaining({ sheet: "Peserta BPU", column: "Alamat", length: expect.any(Number) })]);
    const book = new Workbook();
    await book.xlsx.readFile(out);
    const longest = Math.max(...book.worksheets.flatMap((s) => s.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : []).map((v) => (typeof v === "string" ? v.length : 0)))));
    expect(longest).toBeLessThanOrEqual(32_767);
    const keterangan = book.getWorksheet("Keterangan")!;
    expect(keterangan.getColumn(1).values).toContain("Sel dipotong");
    expect(await readOutputMarker(out)).toBe("pengajuan");
  });

  it("ekspor to .csv: the companion workbook; with the OpenSID template: both workbooks", async () => {
    const csv = path.join(dir, "pengajuan.csv");
    expect((await runCli("ekspor", hostileCsv(), "--keluar", csv, "--tahun", "2026")).code).toBe(1);
    expect(malformedXmlParts(path.join(dir, "pengajuan-keterangan.xlsx"))).toEqual([]);
    expect(await readOutputMarker(path.join(dir, "pengajuan-keterangan.xlsx"))).toBe("keterangan");
    const opensid = path.join(dir, "opensid.xlsx");
    expect((await runCli("ekspor", hostileCsv(), "--keluar", opensid, "--templat", "opensid-program-bantuan", "--tahun", "2026")).code).toBe(1);
    expect(malformedXmlParts(opensid)).toEqual([]);
    expect(malformedXmlParts(path.join(dir, "opensid-keterangan.xlsx"))).toEqual([]);
  });

  it("gabung: the rekap, with village, file names and reasons carrying control characters", async () => {
    const folder = path.join(dir, "kabupaten");
    fs.mkdirSync(folder);
    fs.copyFileSync(hostileCsv(), path.join(folder, "desa\u001B\uFFFE-kontrol.csv"));
    fs.writeFileSync(path.join(folder, "rusak\u0001\uFFFF.xlsx"), "bukan xlsx");
    const rekap = path.join(dir, "rekap.xlsx");
    const run = await runCli("gabung", folder, "--tahun", "2026", "--keluar", rekap);
    expect(run.code).toBe(1);
    expect(malformedXmlParts(rekap)).toEqual([]);
    expect(await readOutputMarker(rekap)).toBe("rekap");
  });

  it("calon: the candidate list from an extract whose names carry control characters", async () => {
    const x = await writeExampleExtract(dir, EXAMPLE);
    const anggota = fs.readFileSync(x.anggota, "utf8").replace(/"SUPARMAN HADI"/, `"SUPARMAN${HOSTILE} HADI"`).replace(/"MURNIATI"/, `"MURNI\u000CATI"`);
    fs.writeFileSync(x.anggota, anggota);
    const out = path.join(dir, "calon.xlsx");
    const run = await runCli("calon", "--dtks", x.keluarga, "--dtks", x.anggota, "--desa", "61.04.01.2014", "--tahun", "2026", "--keluar", out);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(malformedXmlParts(out)).toEqual([]);
    expect(await readOutputMarker(out)).toBe("calon");
  });

  it("each writer: what XML forbids comes back from the file exactly as it went in (escaped, not dropped)", async () => {
    const text = `awal${ALL_ILLEGAL}_x0041_akhir`;
    const submission = buildSubmission(check([BUDI]), findTemplate("bpu-kolektif")!, OPTIONS_2026);
    const files = {
      pengajuan: path.join(dir, "langsung-pengajuan.xlsx"),
      rekap: path.join(dir, "langsung-rekap.xlsx"),
      calon: path.join(dir, "langsung-calon.xlsx"),
    };
    await writeSubmissionXlsx(files.pengajuan, submission, [["Catatan", text]]);
    await writeRekapWorkbook(files.rekap, { villages: [{ desa: text, file: "a.xlsx", rows: 1, eligible: 1, errors: 0, warnings: 0, target: 100, shortfall: 99, total: 201_600 }], duplicates: [], notes: [text] });
    await writeCandidatesXlsx(files.calon, [], [["Catatan", text]]);
    const cells: Record<keyof typeof files, [string, string]> = { pengajuan: ["Keterangan", "B1"], rekap: ["Rekap Desa", "A2"], calon: ["Keterangan", "B1"] };
    for (const [kind, file] of Object.entries(files) as Array<[keyof typeof files, string]>) {
      expect(malformedXmlParts(file)).toEqual([]);
      const book = new Workbook();
      await book.xlsx.readFile(file);
      const [sheet, address] = cells[kind];
      expect([kind, book.getWorksheet(sheet)!.getCell(address).value]).toEqual([kind, text]);
    }
  });
});
