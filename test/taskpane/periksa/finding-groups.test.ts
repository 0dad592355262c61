import type { CheckResult } from "../../../src/domain/check/check-workers";
import { finding, type Finding } from "../../../src/domain/finding";
import { groupFindings, summaryLine } from "../../../src/taskpane/periksa/finding-groups";

function result(findings: Finding[], names: Record<number, string>): Pick<CheckResult, "findings" | "workers"> {
  return { findings, workers: Object.entries(names).map(([row, nama]) => ({ row: Number(row), nama })) as unknown as CheckResult["workers"] };
}

describe("grouping findings for the list", () => {
  const findings = [
    finding(5, "nik", "NIK_PRECISION_LOST", "error", "NIK rusak"),
    finding(5, "no_hp", "PHONE_INVALID", "warning", "HP salah"),
    finding(5, "nama", "DTKS_NAME_MISMATCH", "warning", "Nama beda"),
    finding(7, "nik", "NIK_DUPLICATE", "error", "NIK ganda"),
    finding(9, "tanggal_lahir", "DTKS_DOB_MISMATCH", "info", "Tanggal beda"),
  ];

  it("groups by severity, then by row, with the worker's name and the counts", () => {
    const grouped = groupFindings(result(findings, { 5: "Siti", 7: "Budi" }));
    expect(grouped.counts).toEqual({ error: 2, warning: 2, info: 1 });
    expect(grouped.rows.error.map((g) => [g.row, g.name, g.findings.length])).toEqual([
      [5, "Siti", 1],
      [7, "Budi", 1],
    ]);
    expect(grouped.rows.warning).toEqual([{ row: 5, name: "Siti", findings: [findings[1], findings[2]] }]);
    expect(grouped.rows.info).toEqual([{ row: 9, findings: [findings[4]] }]);
  });

  it("groups 10,000 rows' findings, one group per row", () => {
    const many: Finding[] = [];
    for (let row = 2; row < 10_002; row++) many.push(finding(row, "nik", "NIK_FORMAT", "error", "x"), finding(row, "no_hp", "PHONE_INVALID", "warning", "y"));
    const grouped = groupFindings(result(many, {}));
    expect(grouped.rows.error).toHaveLength(10_000);
    expect(grouped.rows.warning).toHaveLength(10_000);
  });

  it("writes the summary as the CLI does", () => {
    expect(summaryLine({ rows: 10_120, errors: 8, warnings: 27, eligible: 10_112 })).toBe("10.120 baris · 8 galat · 27 peringatan · 10.112 siap didaftarkan");
  });
});
