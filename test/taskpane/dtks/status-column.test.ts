import type { CheckedWorker } from "../../../src/domain/check/check-workers";
import type { WorkerTable } from "../../../src/domain/table/worker-table";
import { chooseStatusColumn, findStatusColumn, statusColumnValues, STATUS_HEADER, withColumn } from "../../../src/taskpane/dtks/status-column";
import { grid } from "../grid";

const TABLE: Pick<WorkerTable, "headerRow" | "mapping" | "unmappedHeaders"> = {
  headerRow: 2,
  mapping: { nik: { column: 2, header: "NIK" }, nama: { column: 3, header: "Nama" } },
  unmappedHeaders: [{ column: 1, header: "No" }, { column: 4, header: "Keterangan" }],
};

describe("where the Status DTKS column goes", () => {
  it("in the first column right of the table when it is empty", () => {
    const sheet = grid([["DAFTAR"], ["No", "NIK", "Nama", "Keterangan"], [1, "6104", "Siti", null]]);
    expect(chooseStatusColumn(sheet, TABLE)).toEqual({ column: 5, replaces: false });
  });

  it("past a column that holds anything on any row, such as a signature block far below", () => {
    const sheet = grid([
      ["DAFTAR"],
      ["No", "NIK", "Nama", "Keterangan"],
      [1, "6104", "Siti", null],
      [],
      [null, null, null, null, "Kepala Desa", null, "catatan"],
    ]);
    expect(chooseStatusColumn(sheet, TABLE)).toEqual({ column: 6, replaces: false });
  });

  it("back in its own column when a check wrote it before", () => {
    const sheet = grid([["DAFTAR"], ["No", "NIK", "Nama", "Keterangan", null, " status dtks "], [1, "6104", "Siti", null, null, "YA"]]);
    expect(findStatusColumn(sheet, TABLE)).toBe(6);
    expect(chooseStatusColumn(sheet, TABLE)).toEqual({ column: 6, replaces: true });
  });

  it("counts a table's own unnamed columns from where the grid starts", () => {
    const sheet = grid([["No", "NIK", "Nama", "Keterangan"], [1, "6104", "Siti", null]], "Data", 2, 1);
    expect(chooseStatusColumn(sheet, TABLE).column).toBe(5);
  });
});

describe("what the Status DTKS column says", () => {
  const SETTINGS = { desilMaksimal: 4, desilSumber: "nasional" } as const;
  const record = { row: 10, part: 0, nik: "6104011102940101", nama: "SITI AMINAH", desil: { nasional: 3 } };

  it("YA only for a NIK found under the same name; a NIK under another name reads PERIKSA", () => {
    const workers = [
      { row: 3, dtks: { status: "found", record, nameMismatch: false }, findings: [] },
      { row: 4, dtks: { status: "found", record: { ...record, desil: { nasional: 7 } }, nameMismatch: true }, findings: [] },
      { row: 5, dtks: { status: "found-by-name", record, nameSimilarity: 0.9 }, findings: [] },
    ] as unknown as CheckedWorker[];
    expect(statusColumnValues({ headerRow: 2 }, { workers }, SETTINGS)).toEqual([
      STATUS_HEADER,
      "YA (desil 3)",
      "PERIKSA (NIK di DTKS atas nama SITI AMINAH; desil 7, di atas batas 4)",
      "COCOK NAMA (NIK DTKS 6104011102940101; desil 3)",
    ]);
  });

  it("one value per row from the header down, blank where a row holds no worker", () => {
    const workers = [
      { row: 4, dtks: { status: "not-found" }, findings: [] },
      { row: 6, dtks: { status: "not-checked" }, findings: [] },
    ] as unknown as CheckedWorker[];
    expect(statusColumnValues({ headerRow: 2 }, { workers }, { desilMaksimal: 4, desilSumber: "nasional" })).toEqual([STATUS_HEADER, "", "TIDAK DITEMUKAN", "", "BELUM DICEK"]);
  });

  it("keeps the session's copy of the sheet true after writing and after removing", () => {
    const sheet = grid([["No", "NIK"], [1, "6104"]]);
    const written = withColumn(sheet, 4, 1, [STATUS_HEADER, "YA"]);
    expect(written.rows[0]![3]).toEqual({ kind: "text", text: STATUS_HEADER });
    expect(written.rows[1]![3]).toEqual({ kind: "text", text: "YA" });
    expect(sheet.rows[0]).toHaveLength(2);
    const removed = withColumn(written, 4, 1, undefined);
    expect(removed.rows[0]![3]).toEqual({ kind: "empty" });
    expect(removed.rows[1]![3]).toEqual({ kind: "empty" });
  });
});
