import { computeBudget, danaDesaRulesFor, DANA_DESA_RULES, type Budget } from "../../../src/domain/anggaran";
import { runCli } from "../../helpers/run-cli";
import * as path from "node:path";

function ok(input: Parameters<typeof computeBudget>[0]): Budget {
  const result = computeBudget(input);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  return result;
}

describe("dated rules into 2027", () => {
  test("2027 keeps the Rp 16.800 package, and with PP 50/2025 the transport sector is discounted January–March 2027 only", () => {
    const plain = ok({ year: 2027, workers: 10, transportWorkers: 4 });
    expect(plain.total).toBe(10 * 12 * 16_800);
    expect(plain.lines).toHaveLength(1);

    const discounted = ok({ year: 2027, workers: 10, transportWorkers: 4, pp50: true });
    expect(discounted.total).toBe(4 * (3 * 8_400 + 9 * 16_800) + 6 * 12 * 16_800);
    const transport = discounted.lines.filter((l) => l.sektor === "transportasi");
    expect(transport.map((l) => [l.from, l.to, l.hargaSatuan])).toEqual([
      ["2027-01", "2027-03", 8_400],
      ["2027-04", "2027-12", 16_800],
    ]);
  });

  test("PP 50/2025 stays off by default for APBDes in 2027", () => {
    expect(ok({ year: 2027, workers: 10, transportWorkers: 10 }).total).toBe(10 * 12 * 16_800);
  });

  test("a budget that crosses a rate change is split into one RAB line per period", () => {
    // October 2026 – September 2027, everyone discounted until December 2026, transport until March 2027.
    const b = ok({ year: 2026, startMonth: 10, months: 12, workers: 5, transportWorkers: 2, pp50: true });
    expect(b.lines.map((l) => [l.sektor, l.from, l.to, l.hargaSatuan])).toEqual([
      ["lainnya", "2026-10", "2026-12", 8_400],
      ["lainnya", "2027-01", "2027-09", 16_800],
      ["transportasi", "2026-10", "2027-03", 8_400],
      ["transportasi", "2027-04", "2027-09", 16_800],
    ]);
    expect(b.lines.reduce((s, l) => s + l.jumlah, 0)).toBe(b.total);
  });
});

describe("the Dana Desa rules of the budget year", () => {
  test("2026: Permendes PDT 16/2025 forbids Dana Desa for the BPJS of kepala desa, perangkat and BPD, not for pekerja rentan", () => {
    const rules = danaDesaRulesFor(2026)!;
    expect(rules.regulation).toBe("Permendes PDT 16/2025");
    expect(rules.mayNotPay).toMatch(/kepala desa, perangkat desa dan anggota BPD/);
    expect(rules.pekerjaRentan).toMatch(/pekerja rentan/);
    expect(rules.provisional).toBeUndefined();
    expect(rules.source).toMatch(/Permendes PDT 16\/2025/);
  });

  test("2027 is a copy of 2026 marked as having no Permendes yet, and less sure", () => {
    const rules = danaDesaRulesFor(2027)!;
    expect(rules.provisional).toMatch(/belum ada Permendes 2027/);
    expect(rules.confidence).toBe("UNCONFIRMED");
    expect(rules.mayNotPay).toBe(danaDesaRulesFor(2026)!.mayNotPay);
    expect(DANA_DESA_RULES.map((r) => r.tahun)).toEqual([2026, 2027]);
    expect(danaDesaRulesFor(2025)).toBeUndefined();
  });

  test("is shown with the budget: in its notes (pane, RAB sheet, CLI text) and in the CLI's JSON", async () => {
    expect(ok({ year: 2026, workers: 1 }).notes.join("\n")).toMatch(/Dana Desa TA 2026 menurut Permendes PDT 16\/2025: Dana Desa tidak boleh membayar iuran BPJS/);
    expect(ok({ year: 2027, workers: 1 }).notes.join("\n")).toMatch(/belum ada Permendes 2027/);
    expect(ok({ year: 2025, workers: 1 }).notes.join("\n")).not.toMatch(/Permendes/);

    const example = path.resolve(__dirname, "../../../contoh/desa-contoh.xlsx");
    const json = JSON.parse((await runCli("anggaran", example, "--tahun", "2027", "--json")).stdout) as { danaDesa: { provisional: string } };
    expect(json.danaDesa.provisional).toMatch(/belum ada Permendes 2027/);
    const text = (await runCli("anggaran", example, "--tahun", "2027")).stdout;
    expect(text).toMatch(/Dana Desa TA 2027 menurut Permendes PDT 16\/2025 \(belum ada Permendes 2027/);
  });
});
