import { checkWorkers } from "../../../src/domain/check/check-workers";
import { candidateRows, CANDIDATE_COLUMNS } from "../../../src/domain/dtks/candidate-sheet";
import { describeExclusions, proposeCandidates } from "../../../src/domain/dtks/candidates";
import { defaultSettings } from "../../../src/domain/rules/rule-parameters";
import { workerTable } from "../../helpers/worker-table";
import { ANGGOTA_HEADER, anggotaRow, extractOf, KELUARGA_HEADER, keluargaRow } from "./extract-fixtures";

const settings = { ...defaultSettings(2026), kodeDesa: "61.04.01.2014" };
const POOR = "6104010101100001";
const RICH = "6104010202100002";
const ELSEWHERE = "6104020303100003";

const extract = extractOf(
  {
    name: "keluarga.csv",
    rows: [
      KELUARGA_HEADER,
      keluargaRow(POOR, "BUDI", ["2", "2", "2"]),
      keluargaRow(RICH, "HARTONO", ["8", "8", "8"]),
      keluargaRow(ELSEWHERE, "JAUH", ["1", "1", "1"], { desa: "6104022001" }),
    ],
  },
  {
    name: "anggota.csv",
    rows: [
      ANGGOTA_HEADER,
      anggotaRow("6104011708800003", POOR, "BUDI SANTOSO", "1980-08-17"),
      anggotaRow("6104015203950002", POOR, "SITI AMINAH", "1995-03-12", { jk: "Perempuan", status: "Pekerja keluarga/tidak dibayar" }),
      anggotaRow("6104011010100004", POOR, "ANAK BUDI", "2010-10-10", { bekerja: "Tidak", status: "" }),
      anggotaRow("6104010101500005", POOR, "KAKEK BUDI", "1950-01-01"),
      anggotaRow("6104010505900006", POOR, "ADIK BUDI", "1990-05-05", { status: "Buruh/karyawan/pegawai swasta" }),
      anggotaRow("6104010606920007", POOR, "IPAR BUDI", "1992-06-06", { bekerja: "Tidak", status: "" }),
      anggotaRow("6104011212850008", RICH, "HARTONO", "1985-12-12"),
      anggotaRow("6104020707880009", ELSEWHERE, "JAUH SEKALI", "1988-07-07"),
    ],
  },
);

describe("proposing candidates from the extract", () => {
  it("takes working-age residents of the village within the desil threshold who are not employees or not working", () => {
    const result = proposeCandidates(extract.index, { settings, target: 100 });
    if (!result.ok) throw new Error("expected candidates");
    expect(result.candidates.map((c) => c.record.nama)).toEqual(["SITI AMINAH", "BUDI SANTOSO"]);
    expect(result.excluded).toMatchObject({ otherVillage: 1, ageOutOfRange: 2, desilAbove: 1, wageEarner: 1, notWorking: 1 });
    expect(result).toMatchObject({ needed: 100, village: { by: "kode", code: "6104012014" } });
    expect(describeExclusions(result.excluded)).toContain("1 penerima upah menurut DTSEN");
  });

  it("does not propose people already on the worker list, and counts the list's eligible workers against the target", () => {
    const workers = checkWorkers(workerTable([{ nik: "6104011708800003", nama: "Budi Santoso" }]), { settings, dtks: extract.index }).workers;
    const result = proposeCandidates(extract.index, { settings, workers, target: 100 });
    expect(result.ok && result.candidates.map((c) => c.record.nama)).toEqual(["SITI AMINAH"]);
    expect(result.ok && [result.enrolled, result.needed, result.excluded.onList]).toEqual([1, 99, 1]);
  });

  it("a worker whose damaged NIK was matched by No. KK + name is on the list too", () => {
    const workers = checkWorkers(workerTable([{ nik: 6104015203950000, no_kk: POOR, nama: "Siti Aminah" }]), { settings, dtks: extract.index }).workers;
    const result = proposeCandidates(extract.index, { settings, workers, target: 100 });
    expect(result.ok && result.candidates.map((c) => c.record.nama)).toEqual(["BUDI SANTOSO"]);
  });

  it("an extract of several villages needs the village code", () => {
    const result = proposeCandidates(extract.index, { settings: { ...settings, kodeDesa: undefined }, target: 100 });
    expect(result).toEqual({ ok: false, villages: [{ code: "6104012014", count: 7 }, { code: "6104022001", count: 1 }] });
  });

  it("writes rows the worker-table locator recognises, NIK and No. KK as text", () => {
    const result = proposeCandidates(extract.index, { settings, target: 100 });
    if (!result.ok) throw new Error("expected candidates");
    const rows = candidateRows(result.candidates);
    expect(rows[0]).toEqual(CANDIDATE_COLUMNS.map((c) => c.header));
    expect(rows[1]!.slice(0, 6)).toEqual([1, "6104015203950002", POOR, "SITI AMINAH", "12-03-1995", "P"]);
    expect(CANDIDATE_COLUMNS.filter((c) => c.text).map((c) => c.header)).toEqual(expect.arrayContaining(["NIK", "No. KK"]));
  });

  it("a resident is placed by the family's domicile, not the KTP code of the member file; one with no village at all is counted apart", () => {
    const header = [...ANGGOTA_HEADER, "kode_kelurahan_desa_ktp"];
    const both = extractOf(
      { name: "keluarga.csv", rows: [KELUARGA_HEADER, keluargaRow(POOR, "BUDI", ["2", "2", "2"])] },
      {
        name: "anggota.csv",
        rows: [
          header,
          [...anggotaRow("6104011708800003", POOR, "BUDI SANTOSO", "1980-08-17"), "3171011001"],
          [...anggotaRow("6104015203950002", "6104019999999999", "SITI AMINAH", "1995-03-12", { jk: "Perempuan" }), ""],
        ],
      },
    );
    const result = proposeCandidates(both.index, { settings, target: 100 });
    expect(result.ok && result.candidates.map((c) => c.record.nama)).toEqual(["BUDI SANTOSO"]);
    expect(result.ok && result.excluded).toMatchObject({ otherVillage: 0, villageUnknown: 1 });
  });
});
