import type { RawCell } from "../../../src/domain/cell/raw-cell";
import type { SheetGrid, WorkbookGrid } from "../../../src/domain/cell/sheet-grid";
import { checkWorkers } from "../../../src/domain/check/check-workers";
import { buildSubmission, findTemplate, readOpenSidPeserta } from "../../../src/domain/ekspor";
import { defaultSettings } from "../../../src/domain/rules/rule-parameters";
import { cell } from "../../helpers/worker-table";
import { BUDI, check, OPTIONS_2026, PAPUA_NIK, SITI, YOHANA } from "./fixtures";

function sheet(name: string, rows: Array<Array<string | number | RawCell | null>>): SheetGrid {
  return { name, firstRow: 1, firstColumn: 1, rows: rows.map((r) => r.map(cell)) };
}

const PESERTA_HEADER = ["Peserta", "No. Peserta", "NIK", "Nama", "Tempat Lahir", "Tanggal Lahir", "Alamat"];

function programSheet(sasaran: string): SheetGrid {
  return sheet("Program", [
    ["id", "12"],
    ["Nama Program", "Pekerja Rentan BPJS Ketenagakerjaan 2026"],
    ["Sasaran Program", sasaran],
    ["Keterangan", "Iuran JKK+JKM"],
    ["Asal Dana", "Dana Desa"],
    ["Rentang Waktu (Awal)", { kind: "date", year: 2026, month: 1, day: 1 }],
    ["Rentang Waktu (Akhir)", "2026-12-31"],
  ]);
}

describe("reading an OpenSID Program Bantuan export", () => {
  it("an OpenSID participant list comes back as worker rows with NIK, name, place and date of birth and address", () => {
    const workbook: WorkbookGrid = {
      sheets: [
        programSheet("1"),
        sheet("Peserta", [PESERTA_HEADER, [BUDI.nik, "K-001", BUDI.nik, "BUDI SANTOSO", "Sambas", "1980-08-17", "Jl. Mawar No. 3"], [PAPUA_NIK, "", PAPUA_NIK, "YOHANA WENDA", "Jayapura", "1990-01-01", ""]]),
      ],
    };
    const read = readOpenSidPeserta(workbook);
    if (!read.ok) throw new Error(read.message);
    expect(read.program).toEqual({
      id: "12",
      nama: "Pekerja Rentan BPJS Ketenagakerjaan 2026",
      sasaran: 1,
      keterangan: "Iuran JKK+JKM",
      asalDana: "Dana Desa",
      mulai: "2026-01-01",
      selesai: "2026-12-31",
    });
    expect(Object.keys(read.table.mapping).sort()).toEqual(["alamat", "nama", "nik", "tanggal_lahir", "tempat_lahir"]);
    expect(read.table.unmappedHeaders.map((h) => h.header)).toEqual(expect.arrayContaining(["Peserta", "No. Peserta"]));
    const result = checkWorkers(read.table, { settings: defaultSettings(2026) });
    expect(result.workers.map((w) => [w.row, w.nik.status === "ok" && w.nik.digits, w.nama, w.birthDate])).toEqual([
      [2, BUDI.nik, "BUDI SANTOSO", { year: 1980, month: 8, day: 17 }],
      [3, PAPUA_NIK, "YOHANA WENDA", { year: 1990, month: 1, day: 1 }],
    ]);
    expect(result.summary.errors).toBe(0);
  });

  it("the Peserta column stands in for an empty NIK when the programme targets residents", () => {
    const read = readOpenSidPeserta({ sheets: [programSheet("1"), sheet("Peserta", [PESERTA_HEADER, [BUDI.nik, "", "", "BUDI", "", "", ""]])] });
    expect(read.ok && read.table.rows[0]!.cells.nik).toEqual({ kind: "text", text: BUDI.nik });
  });

  it("for a programme that targets families the Peserta column is the No. KK", () => {
    const read = readOpenSidPeserta({ sheets: [programSheet("2"), sheet("Peserta", [PESERTA_HEADER, [BUDI.no_kk, "", BUDI.nik, "BUDI", "", "", ""]])] });
    expect(read.ok && read.table.rows[0]!.cells).toMatchObject({ nik: { text: BUDI.nik }, no_kk: { text: BUDI.no_kk } });
  });

  it("rows after OpenSID's ### end marker are not participants", () => {
    const read = readOpenSidPeserta({ sheets: [sheet("Peserta", [PESERTA_HEADER, [BUDI.nik, "", BUDI.nik, "BUDI", "", "", ""], ["###"], [SITI.nik, "", SITI.nik, "SITI", "", "", ""]])] });
    expect(read.ok && read.table.rows.map((r) => r.row)).toEqual([2]);
  });

  it("a workbook with no participant sheet says in Indonesian which headers were expected", () => {
    const read = readOpenSidPeserta({ sheets: [programSheet("1"), sheet("Catatan", [["Tidak ada apa-apa"]])] });
    expect(read).toEqual({ ok: false, message: expect.stringContaining("Tidak menemukan daftar peserta OpenSID") });
  });

  it("what the OpenSID template writes, OpenSID's format reads back with every NIK intact", () => {
    const submission = buildSubmission(check([BUDI, SITI, YOHANA]), findTemplate("opensid-program-bantuan")!, OPTIONS_2026);
    const program = submission.extraSheets[0]!;
    const workbook: WorkbookGrid = {
      sheets: [
        sheet("Program", program.rows.map(([label, value]) => [label, value])),
        sheet("Peserta", [[...submission.headers], ...submission.rows.map((r) => [...r])]),
      ],
    };
    const read = readOpenSidPeserta(workbook);
    if (!read.ok) throw new Error(read.message);
    expect(read.program?.mulai).toBe("2026-01-01");
    const back = checkWorkers(read.table, { settings: defaultSettings(2026) });
    expect(back.workers.map((w) => (w.nik.status === "ok" ? w.nik.digits : w.nik.status))).toEqual([BUDI.nik, SITI.nik, PAPUA_NIK]);
    expect(back.workers.map((w) => w.nama)).toEqual(["BUDI SANTOSO", "SITI AMINAH", "YOHANA WENDA"]);
    expect(back.summary.errors).toBe(0);
  });
});
