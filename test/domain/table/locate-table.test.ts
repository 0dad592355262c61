import { locateTable } from "../../../src/domain/table/locate-table";
import { sheet, textOf } from "./sheet";

const DTKS_SYNONYMS = {
  id_dtks: ["IDDTKS", "ID DTKS"],
  nik: ["NIK", "nomor_nik"],
  nama: ["Nama"],
  desil: ["Desil"],
} as const;

describe("the table locator with another list's own headers", () => {
  it("finds a DTKS extract by its own headers and returns its rows", () => {
    const result = locateTable(
      sheet([
        ["IDDTKS", "provinsi", "nomor_nik", "nama", "desil"],
        ["D1", "KALIMANTAN BARAT", "6111014101900001", "SITI", "3"],
        ["D2", "KALIMANTAN BARAT", "", "", ""],
        ["D3", "KALIMANTAN BARAT", "6111015101900002", "BUDI", "7"],
      ]),
      { synonyms: DTKS_SYNONYMS, minFields: 2, identityFields: ["nik", "nama"] },
    );
    expect(result.found).toBe(true);
    if (!result.found) return;
    expect(result.table.mapping).toEqual({
      id_dtks: { column: 1, header: "IDDTKS" },
      nik: { column: 3, header: "nomor_nik" },
      nama: { column: 4, header: "nama" },
      desil: { column: 5, header: "desil" },
    });
    expect(result.table.unmappedHeaders).toEqual([{ column: 2, header: "provinsi" }]);
    expect(result.table.rows.map((r) => [r.row, textOf(r.cells.nik), textOf(r.cells.desil)])).toEqual([
      [2, "6111014101900001", "3"],
      [4, "6111015101900002", "7"],
    ]);
  });

  it("prefers the row that names the most fields to the first one that names enough", () => {
    const result = locateTable(
      sheet([
        ["Nama", "NIK", "catatan"],
        ["IDDTKS", "NIK", "Nama", "Desil"],
        ["D1", "3201", "Siti", "2"],
      ]),
      { synonyms: DTKS_SYNONYMS, minFields: 2 },
    );
    expect(result.found && result.table.headerRow).toBe(2);
  });

  it("reports the closest header row when none names enough fields", () => {
    const result = locateTable(sheet([["Judul"], ["NIK", "Alamat"], ["3201", "Krajan"]]), { synonyms: DTKS_SYNONYMS, minFields: 2 });
    expect(result).toEqual({ found: false, closest: { row: 2, fields: ["nik"] } });
  });

  it("reports nothing close on a sheet without any known header", () => {
    expect(locateTable(sheet([["a", "b"], ["1", "2"]]), { synonyms: DTKS_SYNONYMS })).toEqual({ found: false, closest: undefined });
  });
});
