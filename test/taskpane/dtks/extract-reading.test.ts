import { desilOf } from "../../../src/domain/dtks/desil";
import {
  correctedHeaderRow,
  joinParts,
  readCsvPart,
  readGridPart,
  tableGrid,
  withExtractOverride,
  workerTableConflict,
  type ReadPart,
} from "../../../src/taskpane/dtks/extract-reading";
import { anggotaRow, ANGGOTA_HEADER, keluargaRow, KELUARGA_HEADER } from "../../domain/dtks/extract-fixtures";
import { grid } from "../grid";

/** DTSEN v3 as the kabupaten sends it: pipe-separated, every field double-quoted. */
function dtsenCsv(rows: ReadonlyArray<ReadonlyArray<string>>): Uint8Array {
  return new TextEncoder().encode(rows.map((row) => row.map((v) => `"${v.replace(/"/g, '""')}"`).join("|")).join("\r\n") + "\r\n");
}

const KK = "6104010101100001";
const KELUARGA = dtsenCsv([KELUARGA_HEADER, keluargaRow(KK, "BUDI", ["6", "5", "3"])]);
const ANGGOTA = dtsenCsv([ANGGOTA_HEADER, anggotaRow("6104011708800003", KK, "BUDI SANTOSO", "1980-08-17"), anggotaRow("6104015203950002", KK, "SITI AMINAH", "1995-03-12")]);

async function read(bytes: Uint8Array, name: string, partIndex = 0, options: Parameters<typeof readCsvPart>[4] = {}): Promise<ReadPart> {
  const result = await readCsvPart(bytes, name, 2026, partIndex, options);
  if (!result.ok) throw new Error(result.message);
  return result.read;
}

describe("reading an extract file in the pane, in memory", () => {
  it("reads the DTSEN keluarga and anggota pair and joins them on No. KK: the desil comes from the family file", async () => {
    const keluarga = await read(KELUARGA, "keluarga_dtsen_v3_2026_61.04.csv", 0);
    const anggota = await read(ANGGOTA, "anggota_keluarga_dtsen_v3_2026_61.04.csv", 1);
    expect(keluarga.part.kind).toBe("keluarga");
    expect(anggota.part.kind).toBe("anggota");
    expect(anggota.headerCells.slice(0, 3)).toEqual([
      { column: 1, header: "nomor_induk_kependudukan" },
      { column: 2, header: "nomor_kartu_keluarga" },
      { column: 3, header: "nama" },
    ]);
    const extract = joinParts([keluarga.part, anggota.part]);
    const siti = extract.index.findByNik("6104015203950002")!;
    expect(desilOf(siti, "nasional")).toMatchObject({ value: 6, fromFamily: true });
    expect(desilOf(siti, "kabupaten_kota")).toMatchObject({ value: 3 });
  });

  it("pauses between slices of a large file, so the pane can show progress", async () => {
    const many = dtsenCsv([ANGGOTA_HEADER, ...Array.from({ length: 40_000 }, (_, i) => anggotaRow(`61040117088${String(i).padStart(5, "0")}`, KK, `WARGA ${i}`, "1980-08-17"))]);
    let pauses = 0;
    const part = await read(many, "anggota.csv", 0, { pause: async () => void pauses++ });
    expect(part.part.persons).toHaveLength(40_000);
    expect(pauses).toBeGreaterThanOrEqual(1);
  });

  it("falls back to Windows-1252 for a CSV Excel saved on Windows", async () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode("NIK;NAMA;NO_KK\n6104011708800003;SUTARJ"), 0xc9, ...new TextEncoder().encode(";6104010101100001\n")]);
    const part = await read(bytes, "bnba.csv");
    expect(part.part.persons[0]!.nama).toBe("SUTARJÉ");
  });

  it("says which columns a file that is not an extract has", async () => {
    const result = await readCsvPart(new TextEncoder().encode("Tanggal;Uraian;Jumlah\n1;Honor;100\n"), "kas.csv", 2026, 0);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/tidak dikenali sebagai ekstrak DTSEN\/DTKS\. Kolom yang ditemukan: Tanggal, Uraian, Jumlah/) });
  });
});

describe("correcting an extract's mapping", () => {
  const BNBA = new TextEncoder().encode("No;Nama Penerima;NIK;NIK Lama;Tgl Lahir\n1;SITI AMINAH;6104015203950002;6104015203950099;12-03-1995\n");

  it("reads a column given to a field under that field, and the column that had the field as nothing", async () => {
    const first = await read(BNBA, "bnba.csv");
    expect(first.part.mapping.nik?.column).toBe(3);
    const fields = withExtractOverride({}, "nik", 4);
    const again = await read(BNBA, "bnba.csv", 0, { overrides: { headerRow: first.part.headerRow, fields }, automatic: first.automatic });
    expect(again.part.mapping.nik?.column).toBe(4);
    expect(again.part.persons[0]!.nik).toBe("6104015203950099");
    // What the file's header says stays what the editor shows; the automatic mapping is the first reading's.
    expect(again.headerCells.find((cell) => cell.column === 4)?.header).toBe("NIK Lama");
    expect(again.automatic.nik?.column).toBe(3);
  });

  it("a field set to no column is not read, even where another column's header names it too", async () => {
    const first = await read(BNBA, "bnba.csv");
    const again = await read(BNBA, "bnba.csv", 0, { overrides: { headerRow: first.part.headerRow, fields: { tanggal_lahir: null } } });
    expect(again.part.mapping.tanggal_lahir).toBeUndefined();
    expect(again.part.persons[0]!.tanggalLahir).toBeUndefined();
  });

  it("rewrites only the header row: a column given to a field takes that field's DTSEN name", () => {
    const row = grid([["No", "Nama Penerima", "NIK", "NIK Lama"]]).rows[0]!;
    expect(correctedHeaderRow(row, { nik: 4 }).map((cell) => (cell.kind === "text" ? cell.text : ""))).toEqual(["No", "Nama Penerima", "(diabaikan)", "nomor_induk_kependudukan"]);
    expect(withExtractOverride({ nik: 4, nama: 2 }, "nama", 4)).toEqual({ nik: null, nama: 4 });
  });

  it("a sheet's grid is corrected the same way, and an Excel table is read within its range", () => {
    const sheet = grid(
      [
        ["Catatan operator"],
        [null, "NIK", "Nama", "Desil"],
        [null, "6104015203950002", "SITI", "7"],
        [null, "6104011708800003", "BUDI", "2"],
        [],
        [null, "Jumlah", null, null],
      ],
      "Desil",
    );
    const first = readGridPart(sheet, 'lembar "Desil"', 2026, 0);
    if (!first.ok) throw new Error(first.message);
    expect(first.read.part).toMatchObject({ kind: "desil", headerRow: 2 });
    const corrected = readGridPart(sheet, 'lembar "Desil"', 2026, 0, { overrides: { headerRow: 2, fields: { desil_nasional: null, desil_kabupaten_kota: 4 } } });
    if (!corrected.ok) throw new Error(corrected.message);
    expect(desilOf(corrected.read.part.persons[0]!, "kabupaten_kota")).toMatchObject({ value: 7, fallback: false });
    const table = readGridPart(tableGrid(sheet, { headerRow: 2, firstColumn: 2, lastColumn: 4, lastRow: 3 }), "tabel Desil", 2026, 0);
    expect(table.ok && table.read.part.persons.map((p) => p.nama)).toEqual(["SITI"]);
  });

  it("joining again after a family file was read anew leaves no member tied to a family that is gone", async () => {
    const keluarga = await read(KELUARGA, "keluarga.csv", 0);
    const anggota = await read(ANGGOTA, "anggota.csv", 1);
    joinParts([keluarga.part, anggota.part]);
    expect(anggota.part.persons[0]!.family).toBeDefined();
    // The No. KK moved to the head's name column: no family of this file matches a member any more.
    const moved = await read(KELUARGA, "keluarga.csv", 0, { overrides: { headerRow: 1, fields: { no_kk: 13 } } });
    const extract = joinParts([moved.part, anggota.part]);
    expect(extract.index.findByNik("6104011708800003")!.family).toBeUndefined();
  });
});

describe("an extract that is the worker list itself", () => {
  const worker = { sheet: "Data Pekerja", headers: ["No", "NIK", "No. KK", "Nama Lengkap", "Tgl. Lahir"] };
  const part = (headers: string[]) => ({ part: { name: 'lembar "DTKS"' }, headerCells: headers.map((header, i) => ({ column: i + 1, header })) }) as unknown as ReadPart;

  it("is refused on the worker table's own sheet, saying what to pick instead", () => {
    expect(workerTableConflict(part(["NIK", "Nama"]), worker, "data pekerja")).toMatch(/^Lembar "Data Pekerja" adalah daftar pekerja yang diperiksa, bukan ekstrak DTKS.*Pilih lembar ekstrak DTSEN\/DTKS.*"Impor berkas…"/);
  });

  it("is refused on another sheet when its header row is the worker table's", () => {
    expect(workerTableConflict(part(["No", "NIK", "No KK", "Nama lengkap", "Tgl Lahir"]), worker, "DTKS")).toMatch(/berjudul kolom sama persis dengan tabel pekerja di lembar "Data Pekerja"/);
    expect(workerTableConflict(part(["NIK", "NO_KK", "NAMA", "DESIL"]), worker, "DTKS")).toBeUndefined();
    expect(workerTableConflict(part(["NIK", "Nama"]), undefined, "Data Pekerja")).toBeUndefined();
  });
});
