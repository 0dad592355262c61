import type { WorkbookGrid } from "../../../src/domain/cell/sheet-grid";
import { locateWorkerTable } from "../../../src/domain/table/locate-worker-table";
import type { WorkerTable } from "../../../src/domain/table/worker-table";
import { sheet, textOf } from "./sheet";

function locate(workbook: WorkbookGrid, options: { sheet?: string } = {}): WorkerTable {
  const result = locateWorkerTable(workbook, options);
  if (!result.ok) throw new Error(result.message);
  return result.table;
}

/** The located rows as the user reads them: sheet row number, then the chosen fields' text. */
function rowsOf(table: WorkerTable, fields: Array<keyof WorkerTable["rows"][number]["cells"]> = ["nik", "nama"]) {
  return table.rows.map((r) => [r.row, ...fields.map((f) => textOf(r.cells[f]))]);
}

describe("finding the worker table on a sheet", () => {
  it("finds the header under the title rows and reports which column became which field", () => {
    const table = locate({
      sheets: [
        sheet([
          ["DAFTAR PEKERJA RENTAN DESA SUKAMAJU"],
          ["Tahun Anggaran 2026"],
          [],
          ["No", "NIK", "Nama Lengkap", "Tgl Lahir", "Keterangan"],
          [1, "3201234567890001", "Siti", "01-01-1980", ""],
        ]),
      ],
    });
    expect(table.headerRow).toBe(4);
    expect(table.foundBy).toBe("judul");
    expect(table.mapping).toEqual({
      nik: { column: 2, header: "NIK" },
      nama: { column: 3, header: "Nama Lengkap" },
      tanggal_lahir: { column: 4, header: "Tgl Lahir" },
    });
    expect(table.unmappedHeaders).toEqual([
      { column: 1, header: "No" },
      { column: 5, header: "Keterangan" },
    ]);
    expect(rowsOf(table)).toEqual([[5, "3201234567890001", "Siti"]]);
  });

  it("reads headers with line breaks, an asterisk, '(wajib)' and '(16 digit)'", () => {
    const table = locate({
      sheets: [sheet([["No.", "NIK (16 digit)*", "No. KK\n(wajib)", "Nama\nLengkap", "Tgl. Lahir (dd-mm-yyyy)"], [1, "3201", "3202", "Siti", "1-1-1980"]])],
    });
    expect(Object.keys(table.mapping)).toEqual(["nik", "no_kk", "nama", "tanggal_lahir"]);
    expect(table.mapping.nama).toEqual({ column: 4, header: "Nama Lengkap" });
  });

  it("keeps the first of two columns with the same header and reports the second as not used", () => {
    const table = locate({ sheets: [sheet([["NIK", "Nama", "Tgl Lahir", "NIK"], ["3201", "Siti", "1-1-1980", "3209"]])] });
    expect(table.mapping.nik).toEqual({ column: 1, header: "NIK" });
    expect(table.unmappedHeaders).toEqual([{ column: 4, header: "NIK" }]);
  });

  it("prefers an exact header to one that only contains a field's name", () => {
    const table = locate({ sheets: [sheet([["Nama Pekerja Rentan", "NIK", "Nama", "Alamat"], ["x", "3201", "Siti", "Krajan"]])] });
    expect(table.mapping.nama).toEqual({ column: 3, header: "Nama" });
    expect(table.unmappedHeaders).toEqual([{ column: 1, header: "Nama Pekerja Rentan" }]);
  });

  it("reads a two-row header: 'Identitas' over 'NIK | Nama', with headers merged down beside it", () => {
    const table = locate({
      sheets: [
        sheet(
          [
            ["DAFTAR PEKERJA"],
            ["No", "Identitas", "", "Tanggal Lahir", "Alamat", "", ""],
            ["", "NIK", "Nama", "", "Dusun", "RT", "RW"],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
            [1, "3201", "Siti", "1-1-1980", "Krajan", "001", "002"],
          ],
          { merges: ["A1:G1", "A2:A3", "B2:C2", "D2:D3", "E2:G2"] },
        ),
      ],
    });
    expect(table.headerRow).toBe(3);
    expect(table.mapping).toMatchObject({
      nik: { column: 2 },
      nama: { column: 3 },
      tanggal_lahir: { column: 4, header: "Tanggal Lahir" },
      dusun: { column: 5 },
      rt: { column: 6 },
      rw: { column: 7 },
    });
    expect(rowsOf(table)).toEqual([[5, "3201", "Siti"]]);
  });

  it("reads a two-row header typed without merging", () => {
    const table = locate({
      sheets: [
        sheet([
          ["NIK", "Nama", "Alamat", "", ""],
          ["", "", "Dusun", "RT", "RW"],
          ["3201", "Siti", "Krajan", "1", "2"],
        ]),
      ],
    });
    expect(table.headerRow).toBe(2);
    expect(Object.keys(table.mapping).sort()).toEqual(["dusun", "nama", "nik", "rt", "rw"]);
    expect(rowsOf(table)).toEqual([[3, "3201", "Siti"]]);
  });

  it("reads data under a header whose cells are merged over two rows", () => {
    const table = locate({
      sheets: [sheet([["NIK", "Nama", "Tgl Lahir"], [], ["3201", "Siti", "1-1-1980"]], { merges: ["A1:A2", "B1:B2", "C1:C2"] })],
    });
    expect(table.headerRow).toBe(1);
    expect(rowsOf(table)).toEqual([[3, "3201", "Siti"]]);
  });
});

describe("reading the worker rows", () => {
  const header = ["No", "NIK", "Nama", "Tgl Lahir", "Dusun", "Keterangan"];

  it("skips blank rows in the middle without ending the list, and drops trailing ones", () => {
    const table = locate({
      sheets: [sheet([header, [1, "3201", "Siti", "", "", ""], [], ["", "", "", "", "", ""], [2, "3202", "Budi"], [], [], [null]])],
    });
    expect(rowsOf(table)).toEqual([
      [2, "3201", "Siti"],
      [5, "3202", "Budi"],
    ]);
  });

  it("keeps a worker whose NIK is missing but whose name is there, so the missing NIK is reported", () => {
    const table = locate({ sheets: [sheet([header, [1, "", "Siti"]])] });
    expect(rowsOf(table)).toEqual([[2, undefined, "Siti"]]);
  });

  it("does not take a 'JUMLAH' footer, a signature line or a pre-numbered empty row for a worker", () => {
    const table = locate({
      sheets: [
        sheet(
          [
            header,
            [1, "3201", "Siti", "1-1-1980", "Krajan", ""],
            [2, "", "", "", "", ""],
            ["JUMLAH", "", "", "", "", "1 orang"],
            ["TOTAL", "", "Dua orang", "", "", ""],
            [],
            ["", "", "", "", "Sukamaju, 5 Januari 2026", ""],
            ["", "", "", "", "Kepala Desa", ""],
          ],
          { merges: ["A4:D4"] },
        ),
      ],
    });
    expect(rowsOf(table)).toEqual([[2, "3201", "Siti"]]);
  });

  it("does not take the column numbering row (1) (2) (3) under the header for a worker", () => {
    const table = locate({ sheets: [sheet([header, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"], [1, "3201", "Siti"]])] });
    expect(rowsOf(table)).toEqual([[3, "3201", "Siti"]]);
    const plain = locate({ sheets: [sheet([header, [1, 2, 3, 4, 5, 6], [1, "3201", "Siti"]])] });
    expect(rowsOf(plain)).toEqual([[3, "3201", "Siti"]]);
  });

  it("skips the header repeated on each printed page, and its numbering row", () => {
    const table = locate({
      sheets: [sheet([header, [1, "3201", "Siti"], header, [1, 2, 3, 4, 5, 6], [2, "3202", "Budi"]])],
    });
    expect(rowsOf(table)).toEqual([
      [2, "3201", "Siti"],
      [5, "3202", "Budi"],
    ]);
  });

  it("labels every worker under a dusun merged down, but never copies a merged name or NIK", () => {
    const table = locate({
      sheets: [
        sheet(
          [
            header,
            [1, "3201", "Siti", "", "Krajan", ""],
            [2, "3202", "", "", "", ""],
            [3, "3203", "Budi", "", "", ""],
            [4, "3204", "Wati", "", "Sidorejo", ""],
          ],
          { merges: ["E2:E4", "C2:C3"] },
        ),
      ],
    });
    expect(rowsOf(table, ["nik", "nama", "dusun"])).toEqual([
      [2, "3201", "Siti", "Krajan"],
      [3, "3202", undefined, "Krajan"],
      [4, "3203", "Budi", "Krajan"],
      [5, "3204", "Wati", "Sidorejo"],
    ]);
  });

  it("does not turn an empty template row under a merged dusun into a worker", () => {
    const table = locate({
      sheets: [sheet([header, [1, "3201", "Siti", "", "Krajan", ""], [2, "", "", "", "", ""]], { merges: ["E2:E3"] })],
    });
    expect(rowsOf(table)).toEqual([[2, "3201", "Siti"]]);
  });

  it("keeps each cell as it was read: a NIK stored as a number stays a number", () => {
    const table = locate({ sheets: [sheet([header, [1, 3201234567890120, "Siti"]])] });
    expect(table.rows[0]!.cells.nik).toEqual({ kind: "number", value: 3201234567890120 });
  });

  it("reads a grid that starts at row 5, column C, in sheet coordinates", () => {
    const table = locate({
      sheets: [sheet([["NIK", "Nama", "Tgl Lahir"], ["3201", "Siti", "1-1-1980"]], { firstRow: 5, firstColumn: 3 })],
    });
    expect(table.headerRow).toBe(5);
    expect(table.mapping.nik).toEqual({ column: 3, header: "NIK" });
    expect(rowsOf(table)).toEqual([[6, "3201", "Siti"]]);
  });
});

describe("Excel tables and choosing a sheet", () => {
  it("uses an Excel table whose headers are worker fields, and only its rows", () => {
    const table = locate({
      sheets: [
        sheet(
          [
            ["Rekap"],
            [],
            ["", "NIK", "Nama", "Tgl Lahir"],
            ["", "3201", "Siti", "1-1-1980"],
            ["", "3202", "Budi", "2-2-1981"],
            [],
            ["", "NIK", "Nama", "Tgl Lahir"],
            ["", "9999", "Bukan pekerja", ""],
          ],
          { tables: [{ name: "TabelPekerja", headerRow: 3, firstColumn: 2, lastColumn: 4, lastRow: 5 }] },
        ),
      ],
    });
    expect(table.foundBy).toBe("tabel");
    expect(table.tableName).toBe("TabelPekerja");
    expect(rowsOf(table)).toEqual([
      [4, "3201", "Siti"],
      [5, "3202", "Budi"],
    ]);
  });

  it("looks for the header itself when the Excel table holds something else", () => {
    const table = locate({
      sheets: [
        sheet([["Kode", "Jumlah"], ["A", 1], [], ["NIK", "Nama", "JK"], ["3201", "Siti", "P"]], {
          tables: [{ name: "Rekap", headerRow: 1, firstColumn: 1, lastColumn: 2, lastRow: 2 }],
        }),
      ],
    });
    expect(table.foundBy).toBe("judul");
    expect(table.headerRow).toBe(4);
  });

  it("without a sheet name, chooses the sheet that names the most fields", () => {
    const table = locate({
      sheets: [
        sheet([["Petunjuk pengisian: isi NIK, Nama dan Tgl Lahir"]], { name: "Petunjuk" }),
        sheet([["NIK", "Nama", "Alamat"], ["3201", "Siti", "Krajan"]], { name: "Rekap" }),
        sheet([["NIK", "Nama", "Tgl Lahir", "JK"], ["3201", "Siti", "1-1-1980", "P"]], { name: "Data" }),
        sheet([["NIK", "Nama", "Tgl Lahir", "JK"], ["3209", "Budi", "1-1-1980", "L"]], { name: "Data (2)" }),
      ],
    });
    expect(table.sheet).toBe("Data");
  });

  it("reads the named sheet, matching its name without regard to case", () => {
    const workbook = {
      sheets: [
        sheet([["NIK", "Nama", "Tgl Lahir", "JK"], ["3201", "Siti", "1-1-1980", "P"]], { name: "Data" }),
        sheet([["NIK", "Nama", "Alamat"], ["3202", "Budi", "Krajan"]], { name: "Dusun II" }),
      ],
    };
    expect(locate(workbook, { sheet: "dusun ii" }).sheet).toBe("Dusun II");
  });
});

describe("when no worker table can be found", () => {
  it("answers a sheet name that does not exist with the sheets that do", () => {
    const result = locateWorkerTable({ sheets: [sheet([], { name: "Data" }), sheet([], { name: "Rekap" })] }, { sheet: "Pekerja" });
    expect(result).toEqual({ ok: false, message: "Lembar 'Pekerja' tidak ada. Lembar yang tersedia: Data, Rekap." });
  });

  it("says which headers to check, and which ones it did recognise", () => {
    const result = locateWorkerTable({ sheets: [sheet([["Judul"], ["No", "NIK", "Nama Warga", "Umur"], [1, "3201", "Siti", 40]])] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toBe(
      "Tidak menemukan tabel pekerja: tidak ada baris judul dengan sedikitnya 3 kolom yang dikenal (NIK, Nama, Tanggal Lahir, …) " +
        "dalam 20 baris pertama lembar mana pun. Periksa judul kolom. Paling mendekati: baris 2 lembar 'Data', yang hanya dikenali: NIK, Nama.",
    );
  });

  it("says an empty sheet is empty", () => {
    const result = locateWorkerTable({ sheets: [sheet([], { name: "Data" })] }, { sheet: "Data" });
    expect(result).toEqual({ ok: false, message: "Lembar 'Data' kosong. Pilih lembar yang berisi daftar pekerja." });
  });

  it("does not look below the first 20 rows for the header", () => {
    const rows = [...Array.from({ length: 20 }, () => ["catatan"]), ["NIK", "Nama", "Tgl Lahir"], ["3201", "Siti", "1-1-1980"]];
    expect(locateWorkerTable({ sheets: [sheet(rows)] }).ok).toBe(false);
  });
});

describe("hidden sheets", () => {
  const visible = { ...sheet([["NIK", "Nama", "Tgl Lahir"], ["6104011708800003", "Budi", "17-08-1980"]]), name: "Data Pekerja" };
  const archive = {
    ...sheet([["NIK", "No. KK", "Nama", "Tgl Lahir", "L/P", "Pekerjaan", "No. HP", "Alamat"], ["6104015203850002", "6104010101100001", "Siti", "12-03-1985", "P", "Petani", "081234567890", "Krajan"]]),
    name: "Arsip Lama",
    hidden: true,
  };

  it("the visible list wins over a hidden old copy that names more columns", () => {
    const table = locate({ sheets: [archive, visible] });
    expect(table.sheet).toBe("Data Pekerja");
    expect(table.hiddenSheet).toBeUndefined();
  });

  it("a hidden sheet is used when it alone holds the table, and the table says so", () => {
    const table = locate({ sheets: [archive, { ...sheet([["Petunjuk pengisian"]]), name: "Petunjuk" }] });
    expect(table).toMatchObject({ sheet: "Arsip Lama", hiddenSheet: true });
  });
});
