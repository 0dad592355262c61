import { checkWorkers } from "../../../src/domain/check/check-workers";
import type { WorkerTable } from "../../../src/domain/table/worker-table";
import { defaultSettings } from "../../../src/domain/rules/rule-parameters";
import { proposeFixes } from "../../../src/domain/fix";
import { workerTable } from "../../helpers/worker-table";

const settings = defaultSettings(2026);

function fixesOf(table: WorkerTable) {
  const check = checkWorkers(table, { settings });
  return proposeFixes(table, check.findings, { referenceYear: settings.tahun });
}

describe("automatic fixes", () => {
  test("spaces, dots and dashes typed into a NIK are removed and the NIK is stored as 16-digit text", () => {
    const fixes = fixesOf(workerTable([{ nik: "3201.0101.0101.0001", nama: "Siti Aminah" }, { nik: "3201 0101 0101 0002", nama: "Budi" }, { nik: "'3201010101010003", nama: "Ani" }]));
    expect(fixes.map((f) => [f.sheetRow, f.code, f.newValue, f.asText])).toEqual([
      [2, "NIK_SEPARATORS", { kind: "text", text: "3201010101010001" }, true],
      [3, "NIK_SEPARATORS", { kind: "text", text: "3201010101010002" }, true],
      [4, "NIK_SEPARATORS", { kind: "text", text: "3201010101010003" }, true],
    ]);
  });

  test("a NIK Excel stored as a number is never fixed: it must be retyped from the KTP", () => {
    const table = workerTable([{ nik: 3201010101010000, nama: "Siti" }, { nik: "3,20101E+15", nama: "Budi" }, { nik: "320101010101000", nama: "Ani" }]);
    expect(fixesOf(table).filter((f) => f.field === "nik")).toEqual([]);
  });

  test("a phone number that lost its leading 0 gets it back, as text", () => {
    const [fix] = fixesOf(workerTable([{ nik: "3201010101010001", nama: "Siti", no_hp: 81234567890 }]));
    expect(fix).toMatchObject({ field: "no_hp", code: "PHONE_LEADING_ZERO", newValue: { kind: "text", text: "081234567890" }, asText: true, resolves: "PHONE_INVALID" });
    expect(fix!.oldValue).toEqual({ kind: "number", value: 81234567890 });
  });

  test("+62 numbers are left alone when the column has no clear habit, and follow it when it has one", () => {
    const mixed = fixesOf(workerTable([{ nama: "Siti", no_hp: "+6281234567890" }, { nama: "Budi", no_hp: "081234567891" }]));
    expect(mixed).toEqual([]);
    const national = fixesOf(workerTable([{ nama: "Siti", no_hp: "+6281234567890" }, { nama: "Budi", no_hp: "081234567891" }, { nama: "Ani", no_hp: "0812-3456-7892" }]));
    expect(national.map((f) => f.shownAfter)).toEqual(["081234567890"]);
  });

  test("sex is written the way most of the column writes it", () => {
    const table = workerTable([
      { nama: "Siti", jenis_kelamin: "P" },
      { nama: "Budi", jenis_kelamin: "L" },
      { nama: "Ani", jenis_kelamin: "Perempuan" },
      { nama: "Joko", jenis_kelamin: "Laki-laki" },
      { nama: "Wati", jenis_kelamin: " P " },
      { nama: "Dedi", jenis_kelamin: "L" },
    ]);
    expect(fixesOf(table).map((f) => [f.sheetRow, f.shownBefore, f.shownAfter])).toEqual([
      [4, "Perempuan", "P"],
      [5, "Laki-laki", "L"],
      [6, " P ", "P"],
    ]);
  });

  test("a date typed as text follows the column's form; a tempat, tanggal cell keeps its place", () => {
    const table = workerTable([
      { nama: "Siti", tanggal_lahir: "17-08-1980" },
      { nama: "Budi", tanggal_lahir: "01-02-1975" },
      { nama: "Ani", tanggal_lahir: "5/3/1990" },
      { nama: "Joko", tanggal_lahir: "12 Maret 1985" },
      { nama: "Wati", tanggal_lahir: "Sambas, 12/03/1985" },
    ]);
    expect(fixesOf(table).map((f) => [f.sheetRow, f.shownAfter])).toEqual([
      [4, "05-03-1990"],
      [5, "12-03-1985"],
    ]);
  });

  test("text dates become real date cells when most of the column is real dates", () => {
    const table = workerTable([
      { nama: "Siti", tanggal_lahir: { kind: "date", year: 1980, month: 8, day: 17 } },
      { nama: "Budi", tanggal_lahir: { kind: "date", year: 1975, month: 2, day: 1 } },
      { nama: "Ani", tanggal_lahir: "5 Maret 1990" },
    ]);
    expect(fixesOf(table)).toMatchObject([{ sheetRow: 4, newValue: { kind: "date", year: 1990, month: 3, day: 5 }, asText: false, shownAfter: "05-03-1990 (sel tanggal)" }]);
  });

  test("names lose their outer and doubled spaces", () => {
    expect(fixesOf(workerTable([{ nama: "  Siti   Aminah\n" }])).map((f) => f.shownAfter)).toEqual(["Siti Aminah"]);
  });
});

describe("automatic fixes on the bundled example workbook", () => {
  test("the NIKs typed with the KTP's spaces and the phone that lost its 0 are fixed; the NIKs Excel damaged are not", async () => {
    const { readWorkbookFile } = await import("../../../src/adapters/xlsx/read-any");
    const { locateWorkerTable } = await import("../../../src/domain/table/locate-worker-table");
    const located = locateWorkerTable(await readWorkbookFile(`${__dirname}/../../../contoh/desa-contoh.xlsx`));
    if (!located.ok) throw new Error(located.message);
    const check = checkWorkers(located.table, { settings });
    const fixes = proposeFixes(located.table, check.findings, { referenceYear: settings.tahun });
    const at = (f: { sheetRow: number; field: string }) => `${f.sheetRow}:${f.field}`;
    const damaged = check.findings.filter((f) => f.code === "NIK_PRECISION_LOST" || f.code === "NIK_FORMAT").map((f) => `${f.row}:${f.field}`);
    expect(damaged.length).toBeGreaterThan(0);
    expect(fixes.filter((f) => damaged.includes(at(f)))).toEqual([]);
    const lostZero = check.findings.filter((f) => f.code === "PHONE_INVALID" && /0 di depan/.test(f.message)).map((f) => `${f.row}:${f.field}`);
    expect(lostZero.length).toBeGreaterThan(0);
    expect(fixes.filter((f) => f.code === "PHONE_LEADING_ZERO").map(at)).toEqual(lostZero);
    const spaced = located.table.rows.filter((r) => r.cells.nik?.kind === "text" && /^\d{4} \d{4} \d{4} \d{4}$/.test(r.cells.nik.text));
    expect(fixes.filter((f) => f.code === "NIK_SEPARATORS").map((f) => f.sheetRow)).toEqual(spaced.map((r) => r.row));
    expect(spaced.length).toBeGreaterThan(0);
  });
});
