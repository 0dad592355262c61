import { checkWorkers } from "../../../src/domain/check/check-workers";
import { DtksIndex } from "../../../src/domain/dtks/dtks-index";
import { nameSimilarity } from "../../../src/domain/dtks/name-similarity";
import { defaultSettings } from "../../../src/domain/rules/rule-parameters";
import { workerTable } from "../../helpers/worker-table";

describe("comparing names with DTKS", () => {
  it.each([
    ["Budi Santoso", "BUDI SANTOSO"],
    ["H. Ahmad Fauzi", "AHMAD FAUZI"],
    ["Siti Aminah, S.Pd.", "SITI AMINAH"],
    ["M. Yusuf", "MUHAMMAD YUSUF"],
    ["Moh. Rizal", "MUHAMMAD RIZAL"],
    ["Suparman S", "SUPARMAN"],
    ["Suparman S.", "SUPARMAN"],
    ["Nur Halizah", "NURHALIZAH"],
    ["Hj. Rohani", "ROHANI"],
  ])("%s is the same person as %s", (a, b) => {
    expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    ["Budi Santoso", "Slamet Riyadi"],
    ["Siti Aminah", "Siti Fatimah"],
    ["Ahmad", "Rahmat Hidayat"],
  ])("%s is not %s", (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(0.8);
  });
});

describe("the DTKS check", () => {
  const settings = defaultSettings(2026);
  const index = new DtksIndex(
    [
      { row: 2, nik: "6101011708800003", nama: "BUDI SANTOSO", tanggalLahir: { year: 1980, month: 8, day: 17 }, desil: 3 },
      { row: 3, nik: "6101015203850002", nama: "SITI AMINAH", tanggalLahir: { year: 1985, month: 3, day: 12 }, desil: 7 },
      { row: 4, nik: "6101010101700001", nama: "SLAMET RIYADI", tanggalLahir: { year: 1970, month: 1, day: 1 }, desil: 2 },
    ],
    true,
  );

  it("a worker in DTKS is found by NIK", () => {
    const result = checkWorkers(workerTable([{ nik: "6101011708800003", nama: "Budi Santoso" }]), { settings, dtks: index });
    expect(result.workers[0]!.dtks.status).toBe("found");
    expect(result.findings).toEqual([]);
  });

  it("a worker outside DTKS is flagged non-DTKS as a warning and stays eligible", () => {
    const result = checkWorkers(workerTable([{ nik: "6101011010900001", nama: "Joko Widodo" }]), { settings, dtks: index });
    expect(result.findings).toEqual([expect.objectContaining({ code: "DTKS_NOT_FOUND", severity: "warning" })]);
    expect(result.summary.eligible).toBe(1);
    expect(result.summary.dtks).toMatchObject({ found: 0, notFound: 1, extractRows: 3 });
  });

  it("a different name on the same NIK is reported", () => {
    const result = checkWorkers(workerTable([{ nik: "6101011708800003", nama: "Slamet Riyadi" }]), { settings, dtks: index });
    expect(result.findings.map((f) => f.code)).toEqual(["DTKS_NAME_MISMATCH"]);
    expect(result.summary.dtks?.nameMismatch).toBe(1);
  });

  it("a desil above the threshold is reported, and the threshold is a setting", () => {
    const rows = [{ nik: "6101015203850002", nama: "Siti Aminah" }];
    expect(checkWorkers(workerTable(rows), { settings, dtks: index }).findings.map((f) => f.code)).toEqual(["DTKS_DESIL_ABOVE"]);
    expect(checkWorkers(workerTable(rows), { settings: { ...settings, desilMaksimal: 7 }, dtks: index }).findings).toEqual([]);
  });

  it("a damaged NIK is matched by name and birth date, and the DTKS NIK is suggested", () => {
    const result = checkWorkers(workerTable([{ nik: 6101011708800000, nama: "BUDI SANTOSO", tanggal_lahir: "17-08-1980" }]), { settings, dtks: index });
    expect(result.workers[0]!.dtks.status).toBe("found-by-name");
    expect(result.findings).toContainEqual(expect.objectContaining({ code: "DTKS_MATCHED_BY_NAME", message: expect.stringContaining("6101011708800003") }));
    expect(result.summary.dtks?.foundByName).toBe(1);
  });
});

describe("reading a DTKS extract", () => {
  const { DtksExtractReader } = require("../../../src/domain/dtks/read-dtks-extract") as typeof import("../../../src/domain/dtks/read-dtks-extract");
  const t = (text: string) => ({ kind: "text" as const, text });

  it("finds the header under title rows and keeps Excel's row numbers", () => {
    const reader = new DtksExtractReader("DTKS", 2026);
    reader.push([t("DATA TERPADU KESEJAHTERAAN SOSIAL")]);
    reader.push([]);
    reader.push([t("IDDTKS"), t("nomor_nik"), t("NAMA"), t("TANGGAL_LAHIR"), t("Desil Nasional")]);
    reader.push([t("D1"), t("6101011708800003"), t("BUDI SANTOSO"), t("1980-08-17"), t("3")]);
    reader.push([t("D2"), { kind: "number", value: 6101015203850000 }, t("SITI AMINAH"), t("1985-03-12"), t("7")]);
    const result = reader.finish();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.headerRow).toBe(3);
    expect(result.index.hasDesil).toBe(true);
    expect(result.index.findByNik("6101011708800003")).toMatchObject({ row: 4, nama: "BUDI SANTOSO", desil: 3 });
    // A NIK the extract itself stores as a number is not trusted, but the person can still be matched by birth date.
    expect(result.index.findByNik("6101015203850000")).toBeUndefined();
    expect(result.index.bornOn("1985-03-12")).toHaveLength(1);
  });

  it("says what is missing when no NIK and name columns are found", () => {
    const reader = new DtksExtractReader("x", 2026);
    reader.push([t("Barang"), t("Harga")]);
    const result = reader.finish();
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("NIK") });
  });
});
