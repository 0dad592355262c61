import { coverage, type CoverageInput } from "../../../src/domain/anggaran";

function covered(input: CoverageInput) {
  const result = coverage(input);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  return result;
}

describe("coverage", () => {
  test("Rp 20.160.000 covers 100 workers for a year with nothing left", () => {
    expect(covered({ amount: 20_160_000, year: 2026 })).toMatchObject({ workers: 100, costPerWorker: 201_600, used: 20_160_000, remainder: 0 });
  });

  test("Rp 20.000.000 covers 99 workers and leaves Rp 41.600", () => {
    expect(covered({ amount: 20_000_000, year: 2026 })).toMatchObject({ workers: 99, used: 19_958_400, remainder: 41_600 });
  });

  test("Rp 10.080.000 covers 100 workers for six months", () => {
    expect(covered({ amount: 10_080_000, year: 2026, months: 6 })).toMatchObject({ workers: 100, remainder: 0, from: "2026-01", to: "2026-06" });
  });

  test("with the PP 50/2025 discount Rp 12.600.000 covers 100 workers in 2026", () => {
    const c = covered({ amount: 12_600_000, year: 2026, pp50: true });
    expect(c).toMatchObject({ workers: 100, costPerWorker: 126_000, remainder: 0 });
    expect(c.perWorkerMonthly).toEqual([
      { from: "2026-01", to: "2026-03", months: 3, amount: 16_800 },
      { from: "2026-04", to: "2026-12", months: 9, amount: 8_400 },
    ]);
  });

  test("transport workers cost less under the discount, so the same money covers more of them", () => {
    expect(covered({ amount: 12_600_000, year: 2026, pp50: true, transport: true }).workers).toBe(125);
  });

  test("an amount smaller than one worker's year covers nobody and is all left over", () => {
    expect(covered({ amount: 200_000, year: 2026 })).toMatchObject({ workers: 0, used: 0, remainder: 200_000 });
  });

  test("a negative amount is reported in Indonesian", () => {
    const result = coverage({ amount: -1, year: 2026 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toEqual({ field: "amount", message: "Jumlah dana tidak boleh negatif" });
  });

  test("an amount with sen is reported in Indonesian", () => {
    const result = coverage({ amount: 1_000.5, year: 2026 });
    if (result.ok) throw new Error("expected a problem");
    expect(result.problems[0].message).toBe("Jumlah dana harus bilangan bulat rupiah");
  });
});
