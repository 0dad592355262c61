import { checkWorkers } from "../../../src/domain/check/check-workers";
import type { Finding } from "../../../src/domain/finding";
import { buildFindingsReport, sheetNames, whatToBring } from "../../../src/domain/report";
import { defaultSettings } from "../../../src/domain/rules/rule-parameters";
import { workerTable } from "../../helpers/worker-table";

const settings = defaultSettings(2026);
const options = { tanggal: { year: 2026, month: 12, day: 1 }, tahun: 2026, desa: "Sungai Putri", berkas: "daftar.xlsx" };

function reportOf(rows: Parameters<typeof workerTable>[0]) {
  const table = workerTable(rows);
  return buildFindingsReport(checkWorkers(table, { settings }), table, options);
}

const good = { nik: "6104015708800001", nama: "Siti Aminah", tanggal_lahir: "17-08-1980", jenis_kelamin: "P" };

describe("the findings report layout", () => {
  test("one sheet per dusun, spelled however the rows spell it, and the rows without a dusun last", () => {
    const report = reportOf([
      { ...good, nik: "123", dusun: "Sukamaju" },
      { ...good, nik: "456", dusun: "MEKAR SARI" },
      { ...good, nik: "789", dusun: " mekar  sari" },
      { ...good, nik: "12", dusun: "" },
      { ...good, dusun: "Sukamaju" },
    ]);
    expect(report.sheets.map((s) => [s.name, s.rows])).toEqual([
      ["Ringkasan", 0],
      ["Dusun MEKAR SARI", 2],
      ["Dusun Sukamaju", 1],
      ["Tanpa dusun", 1],
    ]);
    expect(report.title).toBe("Laporan Temuan Daftar Pekerja Rentan · Desa Sungai Putri");
  });

  test("by RT (with its RW) when there is no dusun column; RT numbers written 001", () => {
    const report = reportOf([
      { ...good, nik: "1", rt: "1", rw: "2" },
      { ...good, nik: "2", rt: "01", rw: "02" },
      { ...good, nik: "3", rt: "10", rw: "2" },
    ]);
    expect(report.sheets.map((s) => s.name)).toEqual(["Ringkasan", "RW 002 RT 001", "RW 002 RT 010"]);
  });

  test("the title, the date and the source file head every sheet; the heading row repeats on each printed page", () => {
    const [summary, sheet] = reportOf([{ ...good, nik: "123", dusun: "Sukamaju" }]).sheets;
    expect(summary!.layout.cells[1]).toEqual(["Dibuat 1 Desember 2026 · tahun anggaran 2026 · dari berkas daftar.xlsx"]);
    expect(sheet!.layout.cells[0]).toEqual(["Laporan Temuan Daftar Pekerja Rentan · Desa Sungai Putri"]);
    expect(sheet!.layout.cells[1]).toEqual(["Dusun Sukamaju · 1 baris perlu diperbaiki: 1 dengan kesalahan, 0 hanya peringatan"]);
    const headingRow = sheet!.pageSetup.printTitleRows.first;
    expect(sheet!.layout.cells[headingRow - 1]).toEqual(["No.", "Baris di daftar", "NIK", "Nama", "Tingkat", "Masalah", "Yang perlu dibawa", "Sudah diperbaiki (paraf)"]);
    expect(sheet!.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: true, printTitleRows: { first: headingRow, last: headingRow } });
    expect(sheet!.layout.textColumns).toEqual([3]);
  });

  test("a row with several problems lists them numbered, kesalahan first, and what to bring once each", () => {
    const [, sheet] = reportOf([{ nik: "610401570880001", nama: "Siti 2", tanggal_lahir: "31-02-1980", jenis_kelamin: "P", no_kk: "12" }]).sheets;
    const row = sheet!.layout.cells[sheet!.layout.cells.length - 1]!;
    const problems = String(row[5]);
    expect(problems.split("\n").map((l) => l.slice(0, 3))).toEqual(["1. ", "2. ", "3. ", "4. "]);
    expect(problems).toMatch(/^1\. NIK .*\n2\. Tanggal lahir .*\n3\. Nama .*\n4\. No\. KK/s);
    expect(row[6]).toBe("KTP atau Kartu Keluarga, KTP, Kartu Keluarga");
    expect(row[2]).toBe("610401570880001");
  });

  test("DTKS findings are left off a row whose NIK is wrong, and notes are never listed", () => {
    const findings: Finding[] = [
      { row: 2, field: "nik", code: "NIK_FORMAT", severity: "error", message: "NIK salah." },
      { row: 2, field: "nik", code: "DTKS_NOT_FOUND", severity: "warning", message: "Tidak ditemukan di DTKS." },
      { row: 2, field: "tanggal_lahir", code: "DTKS_DOB_MISMATCH", severity: "info", message: "Catatan." },
    ];
    const table = workerTable([{ ...good, nik: "123" }]);
    const check = checkWorkers(table, { settings });
    const worker = { ...check.workers[0]!, findings };
    const [, sheet] = buildFindingsReport({ ...check, workers: [worker] }, table, options).sheets;
    expect(sheet!.layout.cells[sheet!.layout.cells.length - 1]![5]).toBe("NIK salah.");
  });

  test("a list with nothing to fix still gets a sheet that says so", () => {
    const report = reportOf([good]);
    expect(report.rowsListed).toBe(0);
    expect(report.sheets[1]!.layout.cells[1]).toEqual(["Tidak ada temuan: semua baris siap didaftarkan."]);
  });

  test("sheet names follow Excel's rules: 31 characters, no : / ? * [ ], unique ignoring case", () => {
    expect(sheetNames(["Dusun Sukamaju/Barat", "dusun sukamaju barat", "Dusun Yang Namanya Sangat Panjang Sekali", "History", "Ringkasan"], ["Ringkasan"])).toEqual([
      "Dusun Sukamaju Barat",
      "dusun sukamaju barat (2)",
      "Dusun Yang Namanya Sangat Panja",
      "History 1",
      "Ringkasan (2)",
    ]);
  });

  test("what to bring follows the field, and DTKS problems go to the village's DTSEN operator", () => {
    const f = (field: Finding["field"], code: Finding["code"]): Finding => ({ row: 2, field, code, severity: "warning", message: "" });
    expect(whatToBring([f("no_hp", "PHONE_INVALID"), f("no_kk", "KK_FORMAT"), f("no_kk", "KK_PRECISION_LOST")])).toEqual(["nomor HP yang aktif", "Kartu Keluarga"]);
    expect(whatToBring([f("nik", "DTKS_NOT_FOUND")])).toEqual(["Kartu Keluarga (untuk dicek operator SIKS-NG/DTSEN desa)"]);
  });
});
