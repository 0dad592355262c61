import { checkWorkers } from "../../../src/domain/check/check-workers";
import { dtksStatusText } from "../../../src/domain/dtks/status-text";
import { defaultSettings } from "../../../src/domain/rules/rule-parameters";
import { workerTable } from "../../helpers/worker-table";
import { ANGGOTA_HEADER, anggotaRow, extractOf, KELUARGA_HEADER, keluargaRow } from "./extract-fixtures";

const settings = defaultSettings(2026);
const KK = "6104010101100001";
const pair = extractOf(
  { name: "keluarga.csv", rows: [KELUARGA_HEADER, keluargaRow(KK, "BUDI", ["6", "6", "6"])] },
  { name: "anggota.csv", rows: [ANGGOTA_HEADER, anggotaRow("6104011708800003", KK, "BUDI SANTOSO", "1980-08-17", { status: "Buruh/karyawan/pegawai swasta" })] },
);

function statusOf(row: Parameters<typeof workerTable>[0][number], index = pair.index): string {
  const worker = checkWorkers(workerTable([row]), { settings, dtks: index }).workers[0]!;
  return dtksStatusText(worker, settings);
}

describe("the Status DTKS cell", () => {
  it("YA only for a NIK match under the same name, with the desil and the wage-earner note", () => {
    expect(statusOf({ nik: "6104011708800003", nama: "Budi Santoso" })).toBe("YA (desil 6, di atas batas 4; penerima upah menurut DTSEN)");
  });

  it("a name mismatch asks the secretary to check, naming the extract's name", () => {
    expect(statusOf({ nik: "6104011708800003", nama: "Joko Widodo" })).toMatch(/^PERIKSA \(NIK di DTKS atas nama BUDI SANTOSO/);
  });

  it("a match by name is a suggestion with the extract's NIK; a family match says so", () => {
    expect(statusOf({ nik: "", no_kk: KK, nama: "Budi Santoso" })).toMatch(/^COCOK NAMA \(NIK DTKS 6104011708800003/);
    const familiesOnly = extractOf({ name: "keluarga.csv", rows: [KELUARGA_HEADER, keluargaRow(KK, "BUDI", ["3", "3", "3"])] });
    expect(statusOf({ nik: "6104011708800003", no_kk: KK, nama: "Budi" }, familiesOnly.index)).toBe("KK DI DTSEN (desil 3)");
    expect(statusOf({ nik: "6104011010900001", nama: "Joko" })).toBe("TIDAK DITEMUKAN");
  });
});
