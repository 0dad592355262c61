import type { CheckResult } from "../../../src/domain/check/check-workers";
import { finding, type Finding } from "../../../src/domain/finding";
import { groupByProblem, groupTitle, summaryLine } from "../../../src/taskpane/periksa/finding-groups";

function result(findings: Finding[], names: Record<number, string> = {}): Pick<CheckResult, "findings" | "workers"> {
  return { findings, workers: Object.entries(names).map(([row, nama]) => ({ row: Number(row), nama })) as unknown as CheckResult["workers"] };
}

describe("findings grouped by problem", () => {
  const nonDtks = Array.from({ length: 18 }, (_, i) => finding(10 + i, "nik", "DTKS_NOT_FOUND", "warning", "Tidak ditemukan di DTKS."));

  it("one group per problem with its count, not one card per row with the same message", () => {
    const view = groupByProblem(result([...nonDtks, finding(5, "no_hp", "PHONE_INVALID", "warning", "HP salah")]));
    expect(view.groups.map(groupTitle)).toEqual(["Tidak ditemukan di DTKS (18)", "Nomor HP tidak valid (1)"]);
    expect(view.groups[0]!.items.map((item) => item.finding.row)).toEqual(nonDtks.map((f) => f.row));
  });

  it("lists kesalahan before peringatan, whatever the sizes", () => {
    const view = groupByProblem(result([...nonDtks, finding(3, "nama", "NAME_MISSING", "error", "Nama kosong")]));
    expect(view.groups.map((g) => g.code)).toEqual(["NAME_MISSING", "DTKS_NOT_FOUND"]);
  });

  it("a row whose NIK is broken gets no 'tidak ditemukan di DTKS': it is folded under the NIK finding", () => {
    const view = groupByProblem(
      result([
        finding(7, "nik", "NIK_FORMAT", "error", "NIK 15 digit"),
        finding(7, "nik", "DTKS_NOT_FOUND", "warning", "Tidak ditemukan di DTKS."),
        finding(7, "tanggal_lahir", "NIK_DOB_MISMATCH", "warning", "Tanggal beda"),
        finding(8, "nik", "DTKS_NOT_FOUND", "warning", "Tidak ditemukan di DTKS."),
      ]),
    );
    expect(view.groups.map(groupTitle)).toEqual(["NIK bukan 16 digit (1)", "Tidak ditemukan di DTKS (1)"]);
    expect(view.groups[0]!.items[0]!.folded.map((f) => f.code)).toEqual(["DTKS_NOT_FOUND", "NIK_DOB_MISMATCH"]);
    expect(view.bySeverity).toEqual({ error: 1, warning: 1, info: 0 });
  });

  it("filters by severity and by column, the counts of the choices staying those of the whole list", () => {
    const findings = [
      finding(2, "nik", "NIK_FORMAT", "error", "a"),
      finding(3, "no_hp", "PHONE_INVALID", "warning", "b"),
      finding(4, "no_hp", "PHONE_INVALID", "warning", "c"),
      finding(4, "nama", "NAME_SUSPICIOUS", "warning", "d"),
    ];
    const bySeverity = groupByProblem(result(findings), { severity: "warning" });
    expect(bySeverity.steps).toHaveLength(3);
    const byField = groupByProblem(result(findings), { field: "no_hp" });
    expect(byField.groups.map(groupTitle)).toEqual(["Nomor HP tidak valid (2)"]);
    expect(byField.byField.get("no_hp")).toBe(2);
    expect(byField.bySeverity).toEqual({ error: 1, warning: 3, info: 0 });
  });

  it("steps through the listed cells top to bottom, with the worker's name", () => {
    const view = groupByProblem(
      result([finding(9, "nama", "NAME_MISSING", "error", "x"), finding(4, "no_hp", "PHONE_INVALID", "warning", "y"), finding(6, "nik", "NIK_FORMAT", "error", "z")], { 4: "Siti" }),
    );
    expect(view.steps.map((s) => s.finding.row)).toEqual([4, 6, 9]);
    expect(view.steps[0]!.name).toBe("Siti");
  });

  it("groups 10,000 rows' findings into one group per problem", () => {
    const many: Finding[] = [];
    for (let row = 2; row < 10_002; row++) many.push(finding(row, "nik", "NIK_FORMAT", "error", "x"), finding(row, "no_hp", "PHONE_INVALID", "warning", "y"));
    const view = groupByProblem(result(many));
    expect(view.groups.map(groupTitle)).toEqual(["NIK bukan 16 digit (10.000)", "Nomor HP tidak valid (10.000)"]);
  });

  it("writes the summary with the office's words", () => {
    expect(summaryLine({ rows: 10_120, errors: 8, warnings: 27, eligible: 10_112 })).toBe("10.120 baris · 8 kesalahan · 27 peringatan · 10.112 siap didaftarkan");
  });
});
