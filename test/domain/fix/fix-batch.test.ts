import type { RawCell } from "../../../src/domain/cell/raw-cell";
import type { SheetGrid } from "../../../src/domain/cell/sheet-grid";
import {
  cellsChangedSince,
  createFixBatch,
  groupFixes,
  parseFixBatch,
  proposeFixes,
  serialiseFixBatch,
  undoWrites,
  writeCellsToGrid,
} from "../../../src/domain/fix";
import { workerTable } from "../../helpers/worker-table";

const table = workerTable([
  { nik: "3201 0101 0101 0001", nama: "Siti  Aminah", no_hp: { kind: "number", value: 81234567890, numberFormat: "0" } },
  { nik: "3201.0101.0101.0002", nama: "Budi", no_hp: "081234567891" },
]);
const fixes = proposeFixes(table, [], { referenceYear: 2026 });
const batch = createFixBatch("Data", fixes, { id: "perbaikan-1", createdAt: "2026-12-01T22:40:00.000Z" });

describe("the undo record", () => {
  test("undo writes back the exact old cell, a number with its number format", () => {
    const phone = undoWrites(batch).find((w) => w.column === 3)!;
    expect(phone).toEqual({ sheetRow: 2, column: 3, value: { kind: "number", value: 81234567890, numberFormat: "0" }, asText: false });
    expect(undoWrites(batch).find((w) => w.column === 1)).toEqual({ sheetRow: 2, column: 1, value: { kind: "text", text: "3201 0101 0101 0001" }, asText: true });
  });

  test("a damaged or hand-edited record is refused rather than half undone", () => {
    const stored = JSON.parse(serialiseFixBatch(batch));
    expect(parseFixBatch(serialiseFixBatch(batch))).toEqual(batch);
    expect(parseFixBatch("{not json")).toBeUndefined();
    expect(parseFixBatch({ ...stored, version: 2 })).toBeUndefined();
    expect(parseFixBatch({ ...stored, cells: [{ ...stored.cells[0], sheetRow: 0 }] })).toBeUndefined();
    expect(parseFixBatch({ ...stored, cells: [{ ...stored.cells[0], oldValue: { kind: "number", value: "81234567890" } }] })).toBeUndefined();
    expect(parseFixBatch({ ...stored, cells: [{ ...stored.cells[0], field: "gaji" }] })).toBeUndefined();
  });

  test("cells typed over since the fix are named, so undo can ask before replacing them", () => {
    const grid: SheetGrid = { name: "Data", firstRow: 1, firstColumn: 1, rows: [[], [], []] };
    const fixed = writeCellsToGrid(grid, fixes.map((f) => ({ sheetRow: f.sheetRow, column: f.column, value: f.newValue, asText: f.asText })));
    const typedOver = writeCellsToGrid(fixed, [{ sheetRow: 3, column: 1, value: { kind: "text", text: "3201010101019999" }, asText: true }]);
    const read = (g: SheetGrid) => (row: number, column: number): RawCell => g.rows[row - 1]?.[column - 1] ?? { kind: "empty" };
    expect(cellsChangedSince(batch, read(fixed))).toEqual([]);
    expect(cellsChangedSince(batch, read(typedOver)).map((c) => [c.sheetRow, c.column])).toEqual([[3, 1]]);
  });

  test("the preview groups the fixes by kind, with counts", () => {
    expect(groupFixes(fixes).map((g) => [g.label, g.fixes.length])).toEqual([
      ["Spasi/titik di NIK dihapus, disimpan sebagai teks", 2],
      ["Angka 0 di depan No. HP dikembalikan", 1],
      ["Spasi berlebih di nama dihapus", 1],
    ]);
  });
});
