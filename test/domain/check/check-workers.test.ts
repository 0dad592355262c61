import { checkWorkers, type CheckOptions } from "../../../src/domain/check/check-workers";
import type { RegionLookup } from "../../../src/domain/check/rule-context";
import type { FindingCode } from "../../../src/domain/finding";
import { defaultSettings } from "../../../src/domain/rules/rule-parameters";
import { workerTable } from "../../helpers/worker-table";

// Kec. Sambas (61.01.01) and a made-up second kecamatan elsewhere, standing in for the Kemendagri list.
const regions: RegionLookup = {
  lookupDistrict: (code) =>
    ({
      "610101": { kecamatan: "Sambas", kabupaten: "Kabupaten Sambas", provinsi: "Kalimantan Barat" },
      "320411": { kecamatan: "Banjaran", kabupaten: "Kabupaten Bandung", provinsi: "Jawa Barat" },
    })[code],
  regencyOf: (code) => (["6101", "3204"].includes(code) ? {} : undefined),
};
const options: CheckOptions = { settings: { ...defaultSettings(2026), kodeDesa: "61.01.01.2001" }, regions };

const good = { nik: "6101011708800003", nama: "Budi Santoso", tanggal_lahir: "17-08-1980", jenis_kelamin: "L", no_hp: "081234567890" };

function codes(rows: Parameters<typeof workerTable>[0], opts = options): FindingCode[] {
  return checkWorkers(workerTable(rows), opts).findings.map((f) => f.code);
}

describe("checking worker rows", () => {
  it("a one-column RT/RW ('001/002') gives the row its RT and its RW; a sheet with its own RW column is read as typed", () => {
    const [combined] = checkWorkers(workerTable([{ ...good, rt: "001/002" }]), options).workers;
    expect([combined!.rt, combined!.rw]).toEqual(["001", "002"]);
    const [separate] = checkWorkers(workerTable([{ ...good, rt: "001", rw: "002" }]), options).workers;
    expect([separate!.rt, separate!.rw]).toEqual(["001", "002"]);
  });

  it("a clean row has no finding", () => {
    const result = checkWorkers(workerTable([good]), options);
    expect(result.findings).toEqual([]);
    expect(result.summary).toMatchObject({ rows: 1, errors: 0, eligible: 1, excluded: 0 });
  });

  it("findings carry the Excel row, the field, the code, the severity and an Indonesian message", () => {
    const [f] = checkWorkers(workerTable([good, { ...good, nik: "123" }]), options).findings;
    expect(f).toEqual({ row: 3, field: "nik", code: "NIK_FORMAT", severity: "error", message: expect.stringContaining("16 digit") });
  });

  it("a NIK typed as a number is flagged as damaged and the worker is excluded", () => {
    const result = checkWorkers(workerTable([{ ...good, nik: 6101011708800000 }]), options);
    expect(result.findings.map((f) => f.code)).toContain("NIK_PRECISION_LOST");
    expect(result.summary.eligible).toBe(0);
  });

  it("an empty NIK is an error", () => {
    expect(codes([{ ...good, nik: "" }])).toContain("NIK_MISSING");
  });

  it("an impossible birth date inside the NIK is an error", () => {
    expect(codes([{ ...good, nik: "6101013508800003" }])).toContain("NIK_DATE_INVALID");
  });

  it("a birth date column that disagrees with the NIK is a warning", () => {
    const result = checkWorkers(workerTable([{ ...good, tanggal_lahir: "18-08-1980" }]), options);
    expect(result.findings).toEqual([expect.objectContaining({ code: "NIK_DOB_MISMATCH", severity: "warning", field: "tanggal_lahir" })]);
    expect(result.summary.eligible).toBe(1);
  });

  it("a woman's NIK on a row marked L is a sex mismatch", () => {
    expect(codes([{ ...good, nik: "6101015708800003", jenis_kelamin: "L" }])).toEqual(["NIK_SEX_MISMATCH"]);
  });

  it("a kecamatan code that is not in the official list is a warning: it may be an old one", () => {
    const result = checkWorkers(workerTable([{ ...good, nik: "6101991708800003" }]), options);
    expect(result.findings).toEqual([expect.objectContaining({ code: "NIK_REGION_UNKNOWN", severity: "warning", message: expect.stringContaining("kode lama") })]);
  });

  it("a regency code that never existed is an error and the worker is excluded", () => {
    const result = checkWorkers(workerTable([{ ...good, nik: "6199011708800003" }]), options);
    expect(result.findings).toEqual([expect.objectContaining({ code: "NIK_REGION_UNKNOWN", severity: "error", message: expect.stringContaining("61.99") })]);
    expect(result.summary.eligible).toBe(0);
  });

  it("a NIK from another regency is a warning, never an error (NIKs keep their first code)", () => {
    const result = checkWorkers(workerTable([{ ...good, nik: "3204111708800003" }]), options);
    expect(result.findings).toEqual([expect.objectContaining({ code: "NIK_REGION_OUTSIDE", severity: "warning", message: expect.stringContaining("Banjaran") })]);
  });

  it("without a village code no regency check is made", () => {
    expect(codes([{ ...good, nik: "3204111708800003" }], { ...options, settings: defaultSettings(2026) })).toEqual([]);
  });

  it("the same NIK on two rows is an error on both, naming the other row", () => {
    const result = checkWorkers(workerTable([good, { ...good, nama: "Budi S" }]), options);
    const dup = result.findings.filter((f) => f.code === "NIK_DUPLICATE");
    expect(dup.map((f) => f.row)).toEqual([2, 3]);
    expect(dup[0]!.message).toContain("baris 3");
    expect(dup[1]!.message).toContain("baris 2");
  });

  it("a missing name is an error", () => {
    expect(codes([{ ...good, nama: "  " }])).toContain("NAME_MISSING");
  });

  it("a name with digits is a warning", () => {
    expect(codes([{ ...good, nama: "Budi 2" }])).toEqual(["NAME_SUSPICIOUS"]);
  });

  it("a birth date that is no date is an error", () => {
    expect(codes([{ ...good, tanggal_lahir: "31-02-1980" }])).toContain("DATE_INVALID");
  });

  it("a formula error in a cell is reported on its field", () => {
    const result = checkWorkers(workerTable([{ ...good, tanggal_lahir: { kind: "error", code: "#N/A" } }]), options);
    expect(result.findings).toEqual([expect.objectContaining({ code: "CELL_ERROR", field: "tanggal_lahir", message: expect.stringContaining("#N/A") })]);
  });

  it("an age outside the configured range is a warning that says the limit is unconfirmed", () => {
    const result = checkWorkers(workerTable([{ ...good, nik: "6101011708500003", tanggal_lahir: "17-08-1950" }]), options);
    expect(result.findings).toEqual([expect.objectContaining({ code: "AGE_OUT_OF_RANGE", severity: "warning", message: expect.stringContaining("belum terkonfirmasi") })]);
  });

  it("an age no worker can have is an error", () => {
    expect(checkWorkers(workerTable([{ ...good, nik: "6101011708150003", tanggal_lahir: "17-08-2015" }]), options).findings).toContainEqual(
      expect.objectContaining({ code: "AGE_OUT_OF_RANGE", severity: "error" }),
    );
  });

  it("the age range is a setting", () => {
    const settings = { ...options.settings, usiaMaksimal: 80 };
    expect(codes([{ ...good, nik: "6101011708500003", tanggal_lahir: "17-08-1950" }], { ...options, settings })).toEqual([]);
  });

  it("a landline in the phone column is a warning", () => {
    expect(codes([{ ...good, no_hp: "0562-123456" }])).toEqual(["PHONE_INVALID"]);
  });

  it("a No. KK that is not 16 digits is a warning", () => {
    expect(codes([{ ...good, no_kk: "61010112" }])).toEqual(["KK_FORMAT"]);
  });

  it("a No. KK typed as a number is a warning about lost digits", () => {
    expect(codes([{ ...good, no_kk: 6101011201090010 }])).toEqual(["KK_PRECISION_LOST"]);
  });

  it("an unreadable sex is a warning", () => {
    expect(codes([{ ...good, jenis_kelamin: "-?" }])).toEqual(["SEX_INVALID"]);
  });

  it("validation never changes the rows it reads", () => {
    const table = workerTable([good, { ...good, nik: 6101011708800000 }]);
    const before = JSON.stringify(table);
    checkWorkers(table, options);
    expect(JSON.stringify(table)).toBe(before);
  });

  it("fills sex and birth date from the NIK when the columns are absent", () => {
    const result = checkWorkers(workerTable([{ nik: "6101015708800003", nama: "Siti Aminah" }]), options);
    expect(result.workers[0]).toMatchObject({ sex: "P", birthDate: { year: 1980, month: 8, day: 17 } });
  });
});

describe("declared income on a worker row", () => {
  it("an income below the lowest level is priced at that level and said as info; the worker stays eligible", () => {
    const result = checkWorkers(workerTable([{ ...good, penghasilan: "500.000" }]), options);
    expect(result.findings).toEqual([
      expect.objectContaining({ code: "INCOME_OUT_OF_RANGE", severity: "info", message: expect.stringContaining("dihitung dari tingkat terendah itu, Rp 1.000.000") }),
    ]);
    expect(result.summary.eligible).toBe(1);
  });
  it("an income above the highest level is a warning", () => {
    const result = checkWorkers(workerTable([{ ...good, penghasilan: 25_000_000 }]), options);
    expect(result.findings).toEqual([expect.objectContaining({ code: "INCOME_OUT_OF_RANGE", severity: "warning" })]);
  });
  it("an income in the table is fine", () => {
    expect(codes([{ ...good, penghasilan: 1500000 }])).toEqual([]);
  });
  it("words in the income column are reported", () => {
    expect(codes([{ ...good, penghasilan: "tidak tentu" }])).toEqual(["INCOME_INVALID"]);
  });
});
