import { mkdirSync, readFileSync } from "node:fs";
import { cellText } from "../../../src/domain/cell/raw-cell";
import { readWorkbookBytes, readWorkbookFile } from "../../../src/adapters/xlsx/read-any";
import { locateWorkerTable } from "../../../src/domain/table/locate-worker-table";
import type { WorkerTable } from "../../../src/domain/table/worker-table";
import { useTempDir, writeBytes, writeWorkbook } from "./temp-files";

const temp = useTempDir();

/**
 * The workbook a village really keeps: an instructions sheet first; on the data sheet a merged
 * two-line title, a two-row header with notes in it, a numbering row, a hidden column, a NIK typed
 * as a number, a VLOOKUP showing #N/A, a dusun merged down, a blank row, a JUMLAH row and a signature.
 */
async function writeVillageWorkbook(path: string): Promise<string> {
  return writeWorkbook(path, (workbook) => {
    workbook.addWorksheet("Petunjuk").addRows([["Petunjuk pengisian"], ["Isi NIK sebagai teks (16 digit)."]]);
    const ws = workbook.addWorksheet("Data Pekerja");
    ws.getCell("A1").value = "DAFTAR PEKERJA RENTAN CALON PESERTA BPJS KETENAGAKERJAAN";
    ws.mergeCells("A1:J1");
    ws.getCell("A2").value = "DESA SUKADANA TAHUN 2026";
    ws.mergeCells("A2:J2");
    ws.getRow(4).values = ["No", "Identitas", null, null, "Tgl. Lahir\n(dd-mm-yyyy)", "JK (L/P)", "Alamat", null, "Pekerjaan", "Catatan Internal"];
    ws.getRow(5).values = [null, "NIK (16 digit)*", "No. KK", "Nama Lengkap", null, null, "Dusun", "RT", null, null];
    for (const range of ["A4:A5", "B4:D4", "E4:E5", "F4:F5", "G4:H4", "I4:I5", "J4:J5"]) ws.mergeCells(range);
    ws.getRow(6).values = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"];
    ws.getRow(7).values = [1, "6111014101900001", "6111010101200001", "Siti Aminah", new Date(Date.UTC(1990, 0, 1)), "P", "Krajan", "001", "Petani", "cek"];
    ws.getRow(8).values = [2, 6111015101900002, { formula: "VLOOKUP(B8,KK!A:B,2,FALSE)", result: { error: "#N/A" } }, "Wati", "11-01-1990", "P", null, "001", "Petani", null];
    ws.getRow(10).values = [3, "6111010101850003", "6111010101200003", { richText: [{ text: "Budi " }, { text: "Santoso" }] }, new Date(Date.UTC(1985, 0, 1)), "L", "Sidorejo", "002", "Nelayan", null];
    ws.mergeCells("G7:G8");
    ws.getCell("B8").numFmt = "0";
    ws.getCell("E7").numFmt = "dd-mm-yyyy";
    ws.getCell("E10").numFmt = "dd-mm-yyyy";
    ws.getRow(11).values = ["JUMLAH", null, null, null, null, null, null, null, null, "3 orang"];
    ws.mergeCells("A11:D11");
    ws.getCell("G13").value = "Sukadana, 5 Januari 2026";
    ws.getCell("G14").value = "Kepala Desa";
    ws.getColumn("J").hidden = true;
  });
}

describe("reading a village's workbook from disk and finding its workers", () => {
  let table: WorkerTable;
  let hiddenColumns: ReadonlyArray<number> | undefined;

  beforeAll(async () => {
    const workbook = await readWorkbookFile(await writeVillageWorkbook(temp.path("Daftar Pekerja Desa.xlsx")));
    hiddenColumns = workbook.sheets[1]!.hiddenColumns;
    const located = locateWorkerTable(workbook);
    if (!located.ok) throw new Error(located.message);
    table = located.table;
  });

  it("passes over the instructions sheet and finds the two-row header under the title", () => {
    expect(table.sheet).toBe("Data Pekerja");
    expect(table.headerRow).toBe(5);
    expect(table.foundBy).toBe("judul");
    expect(table.mapping).toEqual({
      nik: { column: 2, header: "NIK (16 digit)*" },
      no_kk: { column: 3, header: "No. KK" },
      nama: { column: 4, header: "Nama Lengkap" },
      tanggal_lahir: { column: 5, header: "Tgl. Lahir (dd-mm-yyyy)" },
      jenis_kelamin: { column: 6, header: "JK (L/P)" },
      dusun: { column: 7, header: "Dusun" },
      rt: { column: 8, header: "RT" },
      pekerjaan: { column: 9, header: "Pekerjaan" },
    });
    expect(table.unmappedHeaders).toEqual([
      { column: 1, header: "No" },
      { column: 10, header: "Catatan Internal" },
    ]);
    expect(hiddenColumns).toEqual([10]);
  });

  it("returns the three workers only: no numbering, blank, JUMLAH or signature rows", () => {
    expect(table.rows.map((r) => [r.row, cellText(r.cells.nama)])).toEqual([
      [7, "Siti Aminah"],
      [8, "Wati"],
      [10, "Budi Santoso"],
    ]);
  });

  it("hands over the damaged NIK as a number and the #N/A as an error, for the rules to report", () => {
    const wati = table.rows[1]!.cells;
    expect(wati.nik).toEqual({ kind: "number", value: 6111015101900002, numberFormat: "0", display: "6111015101900002" });
    expect(wati.no_kk).toEqual({ kind: "error", code: "#N/A" });
    expect(wati.tanggal_lahir).toEqual({ kind: "text", text: "11-01-1990" });
  });

  it("gives Wati the dusun merged over her row, and reads real dates as dates", () => {
    expect(table.rows.map((r) => cellText(r.cells.dusun))).toEqual(["Krajan", "Krajan", "Sidorejo"]);
    expect(table.rows[0]!.cells.tanggal_lahir).toEqual({ kind: "date", year: 1990, month: 1, day: 1 });
  });
});

describe("choosing how to read a file", () => {
  it("reads a .csv file as text", async () => {
    const file = writeBytes(temp.path("dtks.csv"), "IDDTKS|NIK|NAMA\nD1|0012345678901234|SITI\n");
    const { sheets } = await readWorkbookFile(file);
    expect(sheets[0]!.name).toBe("dtks");
    expect(sheets[0]!.rows[1]![1]).toEqual({ kind: "text", text: "0012345678901234" });
  });

  it("reads a workbook that was renamed to .csv as a workbook", async () => {
    const file = await writeVillageWorkbook(temp.path("salah-nama.xlsx"));
    const renamed = writeBytes(temp.path("salah-nama.csv"), readFileSync(file));
    const { sheets } = await readWorkbookFile(renamed);
    expect(sheets.map((s) => s.name)).toEqual(["Petunjuk", "Data Pekerja"]);
  });

  it("asks to save an old .xls file as .xlsx", async () => {
    const file = writeBytes(temp.path("lama.xls"), "<html><table><tr><td>NIK</td></tr></table></html>");
    await expect(readWorkbookFile(file)).rejects.toThrow(
      `Berkas ${file} berformat Excel lama (.xls) yang tidak dapat dibaca. Buka di Excel, pilih File > Simpan Sebagai > Buku Kerja Excel (.xlsx), lalu coba lagi dengan berkas .xlsx itu.`,
    );
  });

  it("names a missing file", async () => {
    const file = temp.path("hilang.xlsx");
    await expect(readWorkbookFile(file)).rejects.toThrow(`Berkas tidak ditemukan: ${file}`);
  });

  it("says a folder is not a file, and an empty file is empty", async () => {
    const folder = temp.path("folder.xlsx");
    mkdirSync(folder);
    await expect(readWorkbookFile(folder)).rejects.toMatchObject({ reason: "NOT_A_FILE" });
    await expect(readWorkbookFile(writeBytes(temp.path("kosong.csv"), ""))).rejects.toThrow(/kosong/);
  });

  it("refuses a file type it does not know, saying which ones it reads", async () => {
    const file = writeBytes(temp.path("daftar.pdf"), "%PDF-1.4");
    await expect(readWorkbookFile(file)).rejects.toThrow("Gunakan buku kerja Excel (.xlsx) atau teks CSV (.csv, .tsv, .txt).");
  });
});

describe("reading bytes already read from a file (gabung hashes them, then reads them)", () => {
  /** What reading the file gave: its grid, or the reason it was refused and the message. */
  const outcome = (reading: Promise<unknown>) =>
    reading.then(
      (grid) => ({ grid }),
      (error: { reason?: string; message: string }) => ({ reason: error.reason, message: error.message }),
    );

  it("gives the same grid or the same refusal as reading the file, for every kind of file", async () => {
    const workbook = await writeVillageWorkbook(temp.path("desa.xlsx"));
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const files = [
      workbook,
      writeBytes(temp.path("desa-salah-nama.csv"), readFileSync(workbook)),
      writeBytes(temp.path("dtks.csv"), "IDDTKS|NIK|NAMA\nD1|0012345678901234|SITI\n"),
      writeBytes(temp.path("kosong.xlsx"), ""),
      writeBytes(temp.path("kosong.csv"), ""),
      writeBytes(temp.path("lama.xls"), "<html><table><tr><td>NIK</td></tr></table></html>"),
      writeBytes(temp.path("lama-ganti-nama.xlsx"), ole),
      writeBytes(temp.path("teks.xlsx"), "bukan buku kerja"),
      writeBytes(temp.path("acak.xlsx"), "PK\u0003\u0004 bukan zip sungguhan"),
      writeBytes(temp.path("daftar.pdf"), "%PDF-1.4"),
      writeBytes(temp.path("kosong.pdf"), ""),
    ];
    for (const file of files) {
      const fromFile = await outcome(readWorkbookFile(file));
      const fromBytes = await outcome(readWorkbookBytes(readFileSync(file), file));
      expect([file, fromBytes]).toEqual([file, fromFile]);
    }
  });
});
