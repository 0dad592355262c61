import { checkWorkers } from "../../../src/domain/check/check-workers";
import { DtksIndex } from "../../../src/domain/dtks/dtks-index";
import { defaultSettings } from "../../../src/domain/rules/rule-parameters";
import { percent, shortLabel } from "../../../src/taskpane/ringkasan/BarChart";
import { NOT_FILLED, summariseCheck } from "../../../src/taskpane/ringkasan/summarise-check";
import { workerTable } from "../../helpers/worker-table";

function person(i: number, extra: Record<string, string | undefined> = {}) {
  const serial = String(i + 1).padStart(4, "0");
  return { nik: `610401170880${serial}`, nama: `Pekerja ${"abcdefghij"[i % 10]}`, tanggal_lahir: "17-08-1980", jenis_kelamin: "L", ...extra };
}

describe("the Ringkasan figures", () => {
  const rows = [
    person(0, { pekerjaan: "Petani", dusun: "Dusun Parit Raya" }),
    person(1, { pekerjaan: "petani ", dusun: "DUSUN parit raya", jenis_kelamin: "P", nik: "6104015708800002" }),
    person(2, { pekerjaan: "Nelayan", dusun: "Karya Baru" }),
    person(3, { pekerjaan: undefined, dusun: undefined }),
    person(4, { nik: "6104011708800", pekerjaan: "Petani" }),
  ];
  const result = checkWorkers(workerTable(rows, ["nik", "nama", "tanggal_lahir", "jenis_kelamin", "pekerjaan", "dusun"]), { settings: defaultSettings(2026) });

  it("count only the workers that can be enrolled, and the rows still in error apart", () => {
    const summary = summariseCheck(result);
    expect(summary.eligible).toBe(4);
    expect(summary.excluded).toBe(1);
  });

  it("group free-text occupations and dusun ignoring case, spacing and the word Dusun", () => {
    const summary = summariseCheck(result);
    expect(summary.byOccupation.bars).toEqual([
      { label: "Petani", count: 2 },
      { label: NOT_FILLED, count: 1 },
      { label: "Nelayan", count: 1 },
    ]);
    expect(summary.byDusun.bars[0]).toEqual({ label: "Parit Raya", count: 2 });
    expect(summary.byOccupation.total).toBe(4);
  });

  it("show both sexes always and DTKS as not matched until an extract is used", () => {
    const summary = summariseCheck(result);
    expect(summary.bySex.bars).toEqual([
      { label: "Laki-laki", count: 3 },
      { label: "Perempuan", count: 1 },
    ]);
    expect(summary.dtksChecked).toBe(false);
    expect(summary.byDtks.bars).toEqual([{ label: "Belum dicocokkan", count: 4 }]);
    const withDtks = checkWorkers(workerTable(rows.slice(0, 2), ["nik", "nama", "tanggal_lahir", "jenis_kelamin"]), {
      settings: defaultSettings(2026),
      dtks: new DtksIndex([{ nik: rows[0]!.nik, nama: "Pekerja a", row: 2 } as never]),
    });
    expect(summariseCheck(withDtks).byDtks.bars).toEqual([
      { label: "Terdaftar di DTKS", count: 1 },
      { label: "Tidak ditemukan", count: 1 },
    ]);
  });

  it("count as terdaftar only a NIK found under the same name", () => {
    const workers = [person(0), person(1, { nik: "6104015708800002" }), person(2)];
    const checked = checkWorkers(workerTable(workers, ["nik", "nama", "tanggal_lahir", "jenis_kelamin"]), {
      settings: defaultSettings(2026),
      dtks: new DtksIndex([
        { nik: workers[0]!.nik, nama: "Pekerja a", row: 2, part: 0 },
        { nik: workers[1]!.nik, nama: "Hartono Wibisono", row: 3, part: 0 },
      ]),
    });
    expect(summariseCheck(checked).byDtks.bars).toEqual([
      { label: "Terdaftar di DTKS", count: 1 },
      { label: "NIK atas nama lain (periksa)", count: 1 },
      { label: "Tidak ditemukan", count: 1 },
    ]);
  });

  it("cut a long list to the largest categories and Lainnya", () => {
    const many = Array.from({ length: 9 }, (_, i) => person(i, { pekerjaan: `Pekerjaan ${"abcdefghi"[i]}` }));
    const summary = summariseCheck(checkWorkers(workerTable(many), { settings: defaultSettings(2026) }), 4);
    expect(summary.byOccupation.bars).toHaveLength(4);
    expect(summary.byOccupation.bars[3]).toEqual({ label: "Lainnya (6)", count: 6 });
  });
});

describe("chart labels", () => {
  it("shorten long names and round shares", () => {
    expect(shortLabel("Pedagang Keliling")).toBe("Pedagang Keliling");
    expect(shortLabel("Buruh Harian Lepas Pertanian")).toBe("Buruh Harian Lep…");
    expect(percent(1, 3)).toBe("33%");
    expect(percent(0, 0)).toBe("0%");
  });
});
