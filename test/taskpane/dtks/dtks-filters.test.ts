import { checkWorkers } from "../../../src/domain/check/check-workers";
import { defaultSettings } from "../../../src/domain/rules/rule-parameters";
import { dtksCountLines, dtksFindings, filterHeading, paneDtksSummary, workersIn, type DtksFilter } from "../../../src/taskpane/dtks/dtks-filters";
import { suggestedExtractSheet } from "../../../src/taskpane/dtks/extract-sheet";
import { workerTable } from "../../helpers/worker-table";
import { anggotaRow, ANGGOTA_HEADER, extractOf, keluargaRow, KELUARGA_HEADER } from "../../domain/dtks/extract-fixtures";

const KK = "6104010101100001";
const KK_RICH = "6104010202100002";
const extract = extractOf(
  { name: "keluarga.csv", rows: [KELUARGA_HEADER, keluargaRow(KK, "BUDI", ["2", "2", "2"]), keluargaRow(KK_RICH, "HARTONO", ["8", "8", "8"])] },
  {
    name: "anggota.csv",
    rows: [
      ANGGOTA_HEADER,
      anggotaRow("6104011708800003", KK, "BUDI SANTOSO", "1980-08-17"),
      anggotaRow("6104015203950002", KK, "SITI AMINAH", "1995-03-12", { jk: "Perempuan" }),
      anggotaRow("6104011212850008", KK_RICH, "HARTONO", "1985-12-12", { status: "Buruh/karyawan/pegawai swasta" }),
    ],
  },
);
const workers = [
  { nik: "6104011708800003", nama: "Budi Santoso", tanggal_lahir: "17-08-1980", no_kk: KK },
  { nik: "6104015203950002", nama: "Rahmat Hidayat", tanggal_lahir: "12-03-1995", no_kk: KK },
  { nik: "6104011212850008", nama: "Hartono", tanggal_lahir: "12-12-1985", no_kk: KK_RICH },
  { nik: "6104010101900009", nama: "Warga Baru", tanggal_lahir: "01-01-1990" },
  // 15 digits: looked up by name only and not found, which says nothing until the NIK is fixed.
  { nik: "610401050591000", nama: "Yanti", tanggal_lahir: "05-05-1991" },
];
const result = checkWorkers(workerTable(workers, ["nik", "nama", "tanggal_lahir", "no_kk"]), { settings: defaultSettings(2026), dtks: extract.index });
const summary = paneDtksSummary(result.summary.dtks!, result.workers);

describe("the DTKS counts as filters", () => {
  it("each count lists exactly the workers it counts", () => {
    for (const line of dtksCountLines(summary, 4)) expect([line.filter, workersIn(result.workers, line.filter).length]).toEqual([line.filter, line.count]);
    const names = (filter: DtksFilter) => workersIn(result.workers, filter).map((w) => w.nama);
    expect(names("found")).toEqual(["Budi Santoso", "Hartono"]);
    expect(names("nameMismatch")).toEqual(["Rahmat Hidayat"]);
    expect(names("desilAbove")).toEqual(["Hartono"]);
    expect(names("wageEarner")).toEqual(["Hartono"]);
    expect(names("notFound")).toEqual(["Warga Baru"]);
    expect(names("nikInvalid")).toEqual(["Yanti"]);
    expect(result.summary.dtks!.notFound).toBe(2);
    expect(summary.notFound).toBe(1);
  });

  it("shows the five lines of every extract, and the others only when someone is in them", () => {
    expect(dtksCountLines(summary, 4).map((line) => line.filter)).toEqual(["found", "nameMismatch", "foundByName", "notFound", "nikInvalid", "desilAbove", "wageEarner"]);
    expect(dtksCountLines({ ...summary, nikInvalid: 0 }, 4).map((line) => line.filter)).not.toContain("nikInvalid");
    expect(dtksCountLines(summary, 4).find((line) => line.filter === "desilAbove")!.label).toBe("Di luar sasaran desil 1–4");
    expect(dtksCountLines({ ...summary, wageEarner: 0 }, 1).find((line) => line.filter === "desilAbove")!.label).toBe("Di luar sasaran desil 1");
    expect(dtksCountLines({ ...summary, extractRows: 0, extractFamilies: 3 }, 4).map((line) => line.filter)).toContain("foundByFamily");
    expect(filterHeading({ label: "Nama berbeda (NIK atas nama lain)", count: 1 })).toBe("Nama berbeda: 1 pekerja");
  });

  it("under each worker, the matching's own messages", () => {
    const rahmat = workersIn(result.workers, "nameMismatch")[0]!;
    expect(dtksFindings(rahmat).map((f) => f.code)).toEqual(["DTKS_NAME_MISMATCH"]);
  });
});

describe("the extract sheet the DTKS tab offers", () => {
  const sheet = (name: string, visible = true, active = false) => ({ name, visible, active });

  it("is only a sheet named like an extract, never the worker sheet or the active sheet by default", () => {
    expect(suggestedExtractSheet([sheet("Data Pekerja", true, true), sheet("Rekap")], "Data Pekerja")).toBeUndefined();
    expect(suggestedExtractSheet([sheet("Data Pekerja", true, true), sheet("Desil SIKS-NG")], undefined)).toBe("Desil SIKS-NG");
    expect(suggestedExtractSheet([sheet("DTKS Pekerja", true, true), sheet("BNBA 2026")], "DTKS Pekerja")).toBe("BNBA 2026");
    expect(suggestedExtractSheet([sheet("DTSEN", false)], undefined)).toBeUndefined();
  });
});
