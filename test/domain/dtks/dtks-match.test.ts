import { checkWorkers } from "../../../src/domain/check/check-workers";
import { defaultSettings } from "../../../src/domain/rules/rule-parameters";
import { workerTable } from "../../helpers/worker-table";
import { ANGGOTA_HEADER, anggotaRow, extractOf, KELUARGA_HEADER, keluargaRow } from "./extract-fixtures";

const settings = defaultSettings(2026);
const KK_BUDI = "6104010101100001";
const KK_SLAMET = "6104010202100002";

/** A village's DTSEN pair: Budi's family is desil 3 nationally, Slamet's desil 6 (5 in the regency). */
const keluarga = {
  name: "keluarga_dtsen_v3_2026_61.04.csv",
  rows: [KELUARGA_HEADER, keluargaRow(KK_BUDI, "BUDI SANTOSO", ["3", "3", "2"]), keluargaRow(KK_SLAMET, "SLAMET RIYADI", ["6", "6", "5"])],
};
const anggota = {
  name: "anggota_keluarga_dtsen_v3_2026_61.04.csv",
  rows: [
    ANGGOTA_HEADER,
    anggotaRow("6104011708800003", KK_BUDI, "BUDI SANTOSO", "1980-08-17"),
    anggotaRow("6104015203850002", KK_BUDI, "SITI AMINAH", "1985-03-12", { jk: "Perempuan", status: "Buruh/karyawan/pegawai swasta" }),
    anggotaRow("6104010101700001", KK_SLAMET, "SLAMET RIYADI", "1970-01-01", { status: "Pekerja bebas pertanian" }),
  ],
};

const codes = (result: ReturnType<typeof checkWorkers>) => result.findings.map((f) => f.code);

describe("matching workers against a DTSEN family + member pair", () => {
  const extract = extractOf(keluarga, anggota);

  it("each member carries the family's desil, so a desil above the threshold is seen", () => {
    const result = checkWorkers(workerTable([{ nik: "6104010101700001", nama: "Slamet Riyadi" }]), { settings, dtks: extract.index });
    expect(result.workers[0]!.dtks.status).toBe("found");
    expect(result.findings).toEqual([expect.objectContaining({ code: "DTKS_DESIL_ABOVE", severity: "warning" })]);
    expect(result.findings[0]!.message).toMatch(/Desil nasional keluarganya 6, di atas batas desil 1–4 \(pekerja rentan BPJS Ketenagakerjaan, Inpres 8\/2025\)/);
    expect(result.summary.dtks).toMatchObject({ found: 1, desilAbove: 1, extractRows: 3, extractFamilies: 2 });
  });

  it("the order of the files does not matter", () => {
    const other = extractOf(anggota, keluarga);
    const rows = [{ nik: "6104010101700001", nama: "Slamet Riyadi" }];
    expect(codes(checkWorkers(workerTable(rows), { settings, dtks: other.index }))).toEqual(codes(checkWorkers(workerTable(rows), { settings, dtks: extract.index })));
  });

  it("the desil ranking is a setting: the regency ranking puts Slamet's family at 5", () => {
    const rows = [{ nik: "6104010101700001", nama: "Slamet Riyadi" }];
    const regency = { ...settings, desilSumber: "kabupaten_kota" as const, desilMaksimal: 5 };
    expect(checkWorkers(workerTable(rows), { settings: regency, dtks: extract.index }).findings).toEqual([]);
  });

  it("a member who works as an employee is flagged as a wage earner, not a BPU worker", () => {
    const result = checkWorkers(workerTable([{ nik: "6104015203850002", nama: "Siti Aminah" }]), { settings, dtks: extract.index });
    expect(result.findings).toEqual([expect.objectContaining({ code: "DTKS_WAGE_EARNER", severity: "warning", field: "pekerjaan" })]);
    expect(result.workers[0]!.eligible).toBe(true);
    expect(result.summary.dtks?.wageEarner).toBe(1);
  });

  it("a damaged NIK is matched by No. KK + name, as a suggestion naming the extract's NIK", () => {
    const result = checkWorkers(workerTable([{ nik: 6104015203850000, no_kk: KK_BUDI, nama: "Siti Aminah" }]), { settings, dtks: extract.index });
    expect(result.workers[0]!.dtks.status).toBe("found-by-kk");
    expect(result.findings).toContainEqual(expect.objectContaining({ code: "DTKS_MATCHED_BY_NAME", message: expect.stringContaining("No. KK dan nama cocok") }));
    expect(result.findings.find((f) => f.code === "DTKS_MATCHED_BY_NAME")!.message).toContain("6104015203850002");
    expect(result.summary.dtks).toMatchObject({ found: 0, foundByName: 1 });
  });

  it("by No. KK + name, a birth date known on both sides must agree", () => {
    const result = checkWorkers(workerTable([{ nik: "", no_kk: KK_BUDI, nama: "Siti Aminah", tanggal_lahir: "01-01-1999" }]), { settings, dtks: extract.index });
    expect(result.workers[0]!.dtks.status).toBe("not-found");
  });

  it("without a usable No. KK, name + birth date is the last path", () => {
    const result = checkWorkers(workerTable([{ nik: 6104011708800000, nama: "BUDI SANTOSO", tanggal_lahir: "17-08-1980" }]), { settings, dtks: extract.index });
    expect(result.workers[0]!.dtks.status).toBe("found-by-name");
    expect(result.findings).toContainEqual(expect.objectContaining({ code: "DTKS_MATCHED_BY_NAME", message: expect.stringContaining("nama dan tanggal lahir cocok") }));
  });

  it("a NIK found under another person's name is not counted as found", () => {
    const result = checkWorkers(workerTable([{ nik: "6104011708800003", nama: "Joko Widodo" }]), { settings, dtks: extract.index });
    expect(codes(result)).toContain("DTKS_NAME_MISMATCH");
    expect(result.summary.dtks).toMatchObject({ found: 0, nameMismatch: 1 });
  });

  it("a worker outside the extract is flagged non-DTKS as a warning and stays eligible", () => {
    const result = checkWorkers(workerTable([{ nik: "6104011010900001", nama: "Joko Widodo" }]), { settings, dtks: extract.index });
    expect(result.findings).toEqual([expect.objectContaining({ code: "DTKS_NOT_FOUND", severity: "warning" })]);
    expect(result.summary).toMatchObject({ eligible: 1, dtks: expect.objectContaining({ notFound: 1 }) });
  });
});

describe("a family file without its member file", () => {
  const extract = extractOf(keluarga);

  it("matches workers by their No. KK, says the match is by family, and uses the family's desil", () => {
    const result = checkWorkers(workerTable([{ nik: "6104010101700001", no_kk: KK_SLAMET, nama: "Slamet Riyadi" }]), { settings, dtks: extract.index });
    expect(result.workers[0]!.dtks.status).toBe("found-by-family");
    expect(codes(result)).toEqual(["DTKS_DESIL_ABOVE", "DTKS_MATCHED_BY_FAMILY"]);
    expect(result.summary.dtks).toMatchObject({ found: 0, foundByFamily: 1 });
  });

  it("a worker whose No. KK is not a DTSEN family is not found, and the message says it looked by No. KK", () => {
    const result = checkWorkers(workerTable([{ nik: "6104010101700001", no_kk: "6104019999999999", nama: "Slamet Riyadi" }]), { settings, dtks: extract.index });
    expect(result.findings).toEqual([expect.objectContaining({ code: "DTKS_NOT_FOUND", message: expect.stringContaining("No. KK 6104019999999999 tidak ada") })]);
  });

  it("says so in the extract's notes", () => {
    expect(extract.notes.map((n) => n.code)).toContain("FAMILIES_ONLY");
  });
});

describe("the SIKS-NG desil export and a BNBA list", () => {
  const desil = { name: "desil.xlsx", rows: [["No KK", "NIK", "Nama", "Desil"], [KK_BUDI, "6104011708800003", "BUDI SANTOSO", "5"]] };
  const bnba = { name: "bnba.xlsx", rows: [["NIK", "NAMA"], ["6104010101700001", "SLAMET RIYADI"]] };

  it("the desil of a SIKS-NG row is the person's own, read as national", () => {
    const result = checkWorkers(workerTable([{ nik: "6104011708800003", nama: "Budi Santoso" }]), { settings, dtks: extractOf(desil).index });
    expect(result.findings[0]!.message).toMatch(/^Desil nasional 5, di atas batas desil 1–4/);
  });

  it("when the chosen ranking is not in the file, the one used is named", () => {
    const result = checkWorkers(workerTable([{ nik: "6104011708800003", nama: "Budi Santoso" }]), {
      settings: { ...settings, desilSumber: "provinsi" },
      dtks: extractOf(desil).index,
    });
    expect(result.findings[0]!.message).toContain("kolom desil provinsi tidak ada di ekstrak");
  });

  it("a BNBA list (NIK and NAMA only) finds and misses by NIK, with no desil check", () => {
    const extract = extractOf(bnba);
    const result = checkWorkers(workerTable([{ nik: "6104010101700001", nama: "Slamet Riyadi" }, { nik: "6104011708800003", nama: "Budi Santoso" }]), { settings, dtks: extract.index });
    expect(result.workers.map((w) => w.dtks.status)).toEqual(["found", "not-found"]);
    expect(extract.notes.map((n) => n.code)).toContain("NO_DESIL");
  });
});
