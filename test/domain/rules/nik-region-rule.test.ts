import * as fs from "node:fs";
import * as path from "node:path";
import { loadRegions } from "../../../src/adapters/node/load-wilayah";
import { parseRow } from "../../../src/domain/check/parsed-row";
import type { RegionLookup, RuleContext } from "../../../src/domain/check/rule-context";
import type { Finding } from "../../../src/domain/finding";
import { nikRegionRule } from "../../../src/domain/rules/nik-rules";
import { defaultSettings } from "../../../src/domain/rules/rule-parameters";
import type { RegionIndex } from "../../../src/domain/wilayah/region-index";

/** A NIK whose region digits are `code` (2, 4 or 6 digits), padded with a real district and date. */
function nikWith(code: string): string {
  return (code + "0101010101").slice(0, 6) + "1708800003";
}

function findingsFor(nik: string, regions: RegionLookup | undefined): readonly Finding[] {
  const ctx: RuleContext = { settings: defaultSettings(2026), referenceDate: { year: 2026, month: 1, day: 1 }, regions, hasColumn: () => true };
  const row = parseRow({ row: 2, cells: { nik: { kind: "text", text: nik } } }, 2026);
  return nikRegionRule(row, ctx);
}

const severityOf = (nik: string, regions: RegionLookup | undefined) => findingsFor(nik, regions).map((f) => f.severity);

describe("an unknown region code in a NIK, judged by how certain it is wrong", () => {
  let regions: RegionIndex;
  beforeAll(async () => {
    regions = await loadRegions({ villages: false });
  });

  it("a province code that no Kemendagri edition has is an error, even without the region list", () => {
    for (const code of ["00", "10", "20", "37", "54", "66", "77", "90", "97", "99"]) {
      expect(severityOf(nikWith(code), regions)).toEqual(["error"]);
      expect(severityOf(nikWith(code), undefined)).toEqual(["error"]);
    }
  });

  it("an unknown regency code is an error outside Papua and Papua Barat", () => {
    const [f] = findingsFor("6199011708800003", regions);
    expect(f).toMatchObject({ code: "NIK_REGION_UNKNOWN", severity: "error", message: expect.stringContaining("61.99") });
    expect(severityOf("3299011708800003", regions)).toEqual(["error"]);
  });

  it("in Papua (91) and Papua Barat (92) an unknown regency code is a warning naming the old codes of 2022", () => {
    const [f] = findingsFor("9101011708800003", regions); // Kab. Merauke before Papua Selatan (now 93.01)
    expect(f).toMatchObject({ code: "NIK_REGION_UNKNOWN", severity: "warning", message: expect.stringContaining("kode lama") });
    expect(severityOf("9201011708800003", regions)).toEqual(["warning"]);
  });

  it("an unknown kecamatan of a known regency is a warning everywhere", () => {
    const [f] = findingsFor("6102021708800003", regions); // 61.02.02: left when Kubu Raya was formed (2007)
    expect(f).toMatchObject({ code: "NIK_REGION_UNKNOWN", severity: "warning", message: expect.stringContaining("kode lama") });
  });

  it("a list without regencies cannot tell old from impossible, so it only warns", () => {
    const districtsOnly: RegionLookup = { lookupDistrict: (code) => regions.lookupDistrict(code) };
    expect(severityOf("6199011708800003", districtsOnly)).toEqual(["warning"]);
  });

  it("the real district codes of the bundled example and tests raise nothing", () => {
    expect(findingsFor("6104011708800003", regions)).toEqual([]);
    expect(findingsFor("6101011708800003", regions)).toEqual([]);
  });
});

// Cross-checks against the public Kemendagri lists of ../shared/vectors/turn2 (cahyadsn/wilayah, MIT),
// kept outside the repository; skipped where that folder is absent.
const VECTORS = path.resolve(__dirname, "../../../../shared/vectors/turn2");
const withVectors = fs.existsSync(path.join(VECTORS, "wilayah-historic-codes.csv")) ? describe : describe.skip;

function csvRows(file: string): string[][] {
  return fs
    .readFileSync(path.join(VECTORS, file), "utf8")
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line !== "")
    .map((line) => line.split(","));
}

withVectors("region codes against the Kemendagri editions 2016–2025 (shared vectors)", () => {
  let regions: RegionIndex;
  beforeAll(async () => {
    regions = await loadRegions({ villages: false });
  });

  it("every kecamatan of Kepmendagri 300.2.2-2138/2025 raises nothing", () => {
    const codes = csvRows("wilayah-cahyadsn-2025-kecamatan.csv").map(([code]) => code!.replace(/\./g, ""));
    expect(codes.length).toBeGreaterThan(7000);
    const flagged = codes.filter((code) => findingsFor(nikWith(code), regions).length > 0);
    expect(flagged).toEqual([]);
  });

  it("every regency and kecamatan code dropped since 2016 is a warning, never an error (all are in 91 and 92)", () => {
    const historic = csvRows("wilayah-historic-codes.csv").filter(([level]) => level === "kabupaten" || level === "kecamatan");
    expect(historic.length).toBeGreaterThan(600);
    const errors = historic.filter(([, code]) => severityOf(nikWith(code!.replace(/\./g, "")), regions).includes("error"));
    expect(errors).toEqual([]);
  });

  it("a BPS regency code that Kemendagri never had is an error outside Papua (python-stdnum loc.dat)", () => {
    const onlyBps = csvRows("stdnum-regency-codes-vs-kemendagri.csv").filter(([, bps, kemendagri]) => bps !== "" && kemendagri === "");
    expect(onlyBps.length).toBeGreaterThan(10);
    for (const [code] of onlyBps) {
      const expected = code!.startsWith("91") || code!.startsWith("92") ? "warning" : "error";
      expect([code, severityOf(nikWith(code!), regions)]).toEqual([code, [expected]]);
    }
  });
});
