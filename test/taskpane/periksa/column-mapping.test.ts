import { applyOverrides, fieldUsingColumn, findHeader, locateOnSheet, overridesBetween, reassign, REQUIRED_FIELDS, withOverride } from "../../../src/taskpane/periksa/column-mapping";
import { grid } from "../grid";

const SHEET = grid([
  ["DAFTAR PEKERJA RENTAN"],
  [],
  ["No", "NIK", "Nama Lengkap", "Tgl Lahir", "HP Keluarga", "No. HP"],
  [1, "6104011102940101", "Sahril", "11-02-1994", "081234567890", "0812"],
  [2, "6104011102940102", "Wati", "12-02-1994", "081234567891", "0813"],
]);

describe("the column mapping of the Periksa tab", () => {
  it("lists every header cell with text, left to right, and what the names map to", () => {
    const found = findHeader(SHEET);
    if (!found.ok) throw new Error(found.message);
    expect(found.found.header.headerRow).toBe(3);
    expect(found.found.headerCells.map((cell) => cell.column)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(found.found.automatic.nik).toEqual({ column: 2, header: "NIK" });
    expect(found.found.automatic.no_hp?.column).toBe(6);
  });

  it("a corrected column is read from the grid already in memory", () => {
    const located = locateOnSheet(SHEET, { no_hp: 5 });
    if (!located.ok) throw new Error(located.message);
    expect(located.located.table.mapping.no_hp).toEqual({ column: 5, header: "HP Keluarga" });
    expect(located.located.table.rows[0]!.cells.no_hp).toEqual({ kind: "text", text: "081234567890" });
    // The column it left is now one of the village's own columns.
    expect(located.located.table.unmappedHeaders.map((cell) => cell.column)).toContain(6);
  });

  it("a field set to no column is left out of the table", () => {
    const located = locateOnSheet(SHEET, { no_hp: null });
    if (!located.ok) throw new Error(located.message);
    expect(located.located.table.mapping.no_hp).toBeUndefined();
    expect(located.located.table.rows[0]!.cells.no_hp).toBeUndefined();
  });

  it("giving a column to a field takes it from the field that had it", () => {
    const found = findHeader(SHEET);
    if (!found.ok) throw new Error(found.message);
    const mapping = applyOverrides(found.found.automatic, found.found.headerCells, { nama: 2 });
    expect(mapping.nama?.column).toBe(2);
    expect(mapping.nik).toBeUndefined();
    expect(withOverride({ nik: 3, nama: 2 }, "no_kk", 3)).toEqual({ nik: null, nama: 2, no_kk: 3 });
  });

  it("restores the corrections from a check's mapping", () => {
    const found = findHeader(SHEET);
    if (!found.ok) throw new Error(found.message);
    const located = locateOnSheet(SHEET, { no_hp: 5, tanggal_lahir: null });
    if (!located.ok) throw new Error(located.message);
    expect(overridesBetween(found.found.automatic, located.located.table.mapping)).toEqual({ no_hp: 5, tanggal_lahir: null });
  });

  it("says in Indonesian what is missing when no worker table is on the sheet", () => {
    const result = locateOnSheet(grid([["Rekap"], ["Jumlah", 10]], "Rekap"));
    expect(result).toEqual({ ok: false, message: expect.stringContaining("Tidak menemukan tabel pekerja") });
  });
});

describe("choosing a column another field already has", () => {
  const found = findHeader(SHEET);
  if (!found.ok) throw new Error(found.message);
  const { automatic, headerCells } = found.found;

  it("swap gives the other field the old column: NIK is never silently unmapped", () => {
    const swapped = reassign(automatic, headerCells, "no_kk", 2, "swap");
    expect(swapped.no_kk?.column).toBe(2);
    expect(swapped.nik).toBeUndefined();
    const nikToName = reassign(automatic, headerCells, "nik", 3, "swap");
    expect(nikToName.nik?.column).toBe(3);
    expect(nikToName.nama?.column).toBe(2);
  });

  it("move leaves the other field without a column, and the pane can name it first", () => {
    expect(fieldUsingColumn(automatic, 2, "no_kk")).toBe("nik");
    const moved = reassign(automatic, headerCells, "no_hp", 5, "move");
    expect(moved.no_hp?.column).toBe(5);
    expect(Object.values(moved).filter((cell) => cell?.column === 5)).toHaveLength(1);
  });

  it("a swapped mapping is read back through the same corrections, with NIK and Nama both in place", () => {
    const swapped = reassign(automatic, headerCells, "nik", 3, "swap");
    const located = locateOnSheet(SHEET, overridesBetween(automatic, swapped));
    if (!located.ok) throw new Error(located.message);
    expect(located.located.table.mapping.nik?.column).toBe(3);
    expect(located.located.table.mapping.nama?.column).toBe(2);
  });

  it("NIK, Nama and Tanggal Lahir are the required fields", () => {
    expect(REQUIRED_FIELDS).toEqual(["nik", "nama", "tanggal_lahir"]);
  });
});
