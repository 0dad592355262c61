import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { csvLine, neutraliseFormula, submissionCsv, writeSubmissionCsv } from "../../../src/adapters/xlsx/write-csv";
import { buildSubmission, findTemplate, parseTemplate } from "../../../src/domain/ekspor";
import { BUDI, check, OPTIONS_2026, PAPUA_NIK, SITI, YOHANA } from "../../domain/ekspor/fixtures";
import { parseCsv } from "./soffice";

const BPU = findTemplate("bpu-kolektif")!;

describe("writing the submission as CSV", () => {
  it.each(["=HYPERLINK(\"http://x\",\"klik\")", "+628123", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"])(
    "a cell beginning like a formula (%j) gets an apostrophe so no spreadsheet runs it",
    (text) => {
      expect(neutraliseFormula(text)).toBe("'" + text);
    },
  );

  it("ordinary names, addresses and digit strings are written untouched", () => {
    for (const text of ["BUDI SANTOSO", "Jl. Mawar No. 3", PAPUA_NIK, "081234567890", "D'Angelo", "17-08-1980"]) expect(neutraliseFormula(text)).toBe(text);
  });

  it("a worker whose name was typed as a formula is exported with the formula made harmless", () => {
    const csv = submissionCsv(buildSubmission(check([{ ...BUDI, nama: "=cmd|' /C calc'!A0" }]), BPU, OPTIONS_2026));
    expect(csv).toContain(";'=CMD|' /C CALC'!A0;");
  });

  it("a phone typed +62 is written 08… by the template, so the apostrophe never lands on a phone number", () => {
    const csv = submissionCsv(buildSubmission(check([SITI]), BPU, OPTIONS_2026));
    expect(csv).toContain(";081298765432;");
    expect(csv).not.toContain("'0812");
    expect(csv).not.toContain("+62");
  });

  it("the file starts with a UTF-8 byte-order mark, separates with ';' and ends lines with CRLF", () => {
    const csv = submissionCsv(buildSubmission(check([BUDI]), BPU, OPTIONS_2026));
    expect(csv.startsWith("\uFEFFNo;NIK;Nama Lengkap;")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(3);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("a field holding the separator, a quote or a line break is quoted", () => {
    expect(csvLine(["a;b", 'kata "kutip"', "dua\nbaris", "biasa", null, 5], ";")).toBe('"a;b";"kata ""kutip""";"dua\nbaris";biasa;;5');
  });

  it("a template may choose the comma separator", () => {
    const parsed = parseTemplate({ ...BPU, name: "koma", csvDelimiter: "," });
    if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
    const csv = submissionCsv(buildSubmission(check([BUDI]), parsed.template, OPTIONS_2026));
    expect(parseCsv(csv, ",")[1]![1]).toBe(BUDI.nik);
  });

  it("every NIK, a Papua NIK above 2^53 included, is written digit for digit", () => {
    const submission = buildSubmission(check([BUDI, SITI, YOHANA]), BPU, OPTIONS_2026);
    const rows = parseCsv(submissionCsv(submission), ";");
    expect(rows.slice(1).map((r) => r[1])).toEqual([BUDI.nik, SITI.nik, PAPUA_NIK]);
  });

  it("the file is written whole under its name with no temporary file left behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ekspor-csv-"));
    try {
      const submission = buildSubmission(check([BUDI, YOHANA]), BPU, OPTIONS_2026);
      await writeSubmissionCsv(join(dir, "pengajuan.csv"), submission);
      expect(readdirSync(dir)).toEqual(["pengajuan.csv"]);
      expect(readFileSync(join(dir, "pengajuan.csv"), "utf8")).toBe(submissionCsv(submission));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
