import {
  BPU_RATE_TABLE,
  findOverlaps,
  incomeLevels,
  parseRateTable,
  rateTableSchema,
  type DatedRule,
  type RateTableInput,
} from "../../../src/domain/iuran";

/**
 * Lampiran II PP 44/2015 as the public BPU simulator github.com/hibahtiar/jaga-pekerja (simulasi-bpu.html) lists it: [level, band from, nominal base, JKK 1%,
 * JKK+JKM, JHT 2%]. Typed here a second time on purpose, so an edit to the table has to be made twice.
 */
const LAMPIRAN_II: ReadonlyArray<[number, number, number, number, number, number]> = [
  [1, 1_000_000, 1_000_000, 10_000, 16_800, 20_000],
  [2, 1_100_000, 1_200_000, 12_000, 18_800, 24_000],
  [3, 1_300_000, 1_400_000, 14_000, 20_800, 28_000],
  [4, 1_500_000, 1_600_000, 16_000, 22_800, 32_000],
  [5, 1_700_000, 1_800_000, 18_000, 24_800, 36_000],
  [6, 1_900_000, 2_000_000, 20_000, 26_800, 40_000],
  [7, 2_100_000, 2_200_000, 22_000, 28_800, 44_000],
  [8, 2_300_000, 2_400_000, 24_000, 30_800, 48_000],
  [9, 2_500_000, 2_600_000, 26_000, 32_800, 52_000],
  [10, 2_700_000, 2_950_000, 29_500, 36_300, 59_000],
  [11, 3_200_000, 3_450_000, 34_500, 41_300, 69_000],
  [12, 3_700_000, 3_950_000, 39_500, 46_300, 79_000],
  [13, 4_200_000, 4_450_000, 44_500, 51_300, 89_000],
  [14, 4_700_000, 4_950_000, 49_500, 56_300, 99_000],
  [15, 5_200_000, 5_450_000, 54_500, 61_300, 109_000],
  [16, 5_700_000, 5_950_000, 59_500, 66_300, 119_000],
  [17, 6_200_000, 6_450_000, 64_500, 71_300, 129_000],
  [18, 6_700_000, 6_950_000, 69_500, 76_300, 139_000],
  [19, 7_200_000, 7_450_000, 74_500, 81_300, 149_000],
  [20, 7_700_000, 7_950_000, 79_500, 86_300, 159_000],
  [21, 8_200_000, 8_700_000, 87_000, 93_800, 174_000],
  [22, 9_200_000, 9_700_000, 97_000, 103_800, 194_000],
  [23, 10_200_000, 10_700_000, 107_000, 113_800, 214_000],
  [24, 11_200_000, 11_700_000, 117_000, 123_800, 234_000],
  [25, 12_200_000, 12_700_000, 127_000, 133_800, 254_000],
  [26, 13_200_000, 13_700_000, 137_000, 143_800, 274_000],
  [27, 14_200_000, 14_700_000, 147_000, 153_800, 294_000],
  [28, 15_200_000, 15_700_000, 157_000, 163_800, 314_000],
  [29, 16_200_000, 16_700_000, 167_000, 173_800, 334_000],
  [30, 17_200_000, 17_700_000, 177_000, 183_800, 354_000],
  [31, 18_200_000, 18_700_000, 187_000, 193_800, 374_000],
  [32, 19_200_000, 19_700_000, 197_000, 203_800, 394_000],
  [33, 20_200_000, 20_700_000, 207_000, 213_800, 414_000],
];

describe("the Lampiran II income table", () => {
  const levels = incomeLevels("2026-01");

  test("has the 33 levels of PP 44/2015", () => {
    expect(levels).toHaveLength(33);
  });

  test.each(LAMPIRAN_II)("level %d starts at %d with base %d", (level, bandMin, dasar, jkk, jkkJkm, jht) => {
    const row = levels[level - 1];
    expect(row.level).toBe(level);
    expect(row.bandMin).toBe(bandMin);
    expect(row.dasarPenghasilan).toBe(dasar);
    // The derived columns of the followup table: 1%, + JKM 6.800, 2%.
    expect(dasar / 100).toBe(jkk);
    expect(jkk + 6_800).toBe(jkkJkm);
    expect((dasar * 2) / 100).toBe(jht);
  });

  test("each band ends one rupiah before the next begins, so no income falls between bands", () => {
    for (let i = 0; i + 1 < levels.length; i++) expect(levels[i].bandMax).toBe(levels[i + 1].bandMin - 1);
  });

  test("the top band ends at the Rp 20.700.000 level", () => {
    expect(levels[32].bandMax).toBe(20_700_000);
  });

  test("only level 1 is CONFIRMED; other bases are SECONDARY and every band edge UNCONFIRMED", () => {
    expect(levels[0].dasarConfidence).toBe("CONFIRMED");
    expect(levels.slice(1).every((l) => l.dasarConfidence === "SECONDARY")).toBe(true);
    expect(levels.every((l) => l.bandConfidence === "UNCONFIRMED")).toBe(true);
  });

  test("it names Lampiran II PP 44/2015 and the secondary copy it was read from", () => {
    expect(levels[0].source).toMatch(/PP 44\/2015 Lampiran II/);
    expect(levels[0].source).toMatch(/jaga-pekerja/);
  });
});

describe("the BPU rates", () => {
  const byId = (id: string) => BPU_RATE_TABLE.bpuRates.find((r) => r.id === id);

  test("JKK is 1% of the declared-income base since July 2015, CONFIRMED", () => {
    expect(byId("BPU_JKK_1_PERSEN")).toMatchObject({ program: "JKK", kind: "percent", rateBp: 100, berlaku_mulai: "2015-07", berlaku_sampai: null, confidence: "CONFIRMED" });
  });

  test("JKM is a flat Rp 6.800 a month, CONFIRMED", () => {
    expect(byId("BPU_JKM_6800")).toMatchObject({ program: "JKM", kind: "flat", amount: 6_800, confidence: "CONFIRMED" });
  });

  test("the optional JHT is 2% of the base, CONFIRMED", () => {
    expect(byId("BPU_JHT_2_PERSEN")).toMatchObject({ program: "JHT", kind: "percent", rateBp: 200, confidence: "CONFIRMED" });
  });

  test("PP 50/2025 halves JKK and JKM for transport workers from January 2026 to March 2027", () => {
    expect(BPU_RATE_TABLE.discounts.find((d) => d.sektor === "transportasi")).toMatchObject({
      id: "PP50_2025_TRANSPORTASI",
      programs: ["JKK", "JKM"],
      discountBp: 5_000,
      berlaku_mulai: "2026-01",
      berlaku_sampai: "2027-03",
    });
  });

  test("PP 50/2025 halves JKK and JKM for every other worker from April to December 2026", () => {
    expect(BPU_RATE_TABLE.discounts.find((d) => d.sektor === "lainnya")).toMatchObject({
      id: "PP50_2025_LAINNYA",
      programs: ["JKK", "JKM"],
      discountBp: 5_000,
      berlaku_mulai: "2026-04",
      berlaku_sampai: "2026-12",
    });
  });

  test("both PP 50/2025 rows say APBN/APBD-paid workers are excluded", () => {
    for (const d of BPU_RATE_TABLE.discounts) expect(d.source).toMatch(/APBN\/APBD dikecualikan/);
  });
});

describe("a bad edit to the rates table", () => {
  const clone = (): RateTableInput => JSON.parse(JSON.stringify(BPU_RATE_TABLE)) as RateTableInput;

  test("the table as shipped passes its own schema", () => {
    expect(rateTableSchema.safeParse(BPU_RATE_TABLE).success).toBe(true);
  });

  test("a second JKK rate for the same months is caught as an overlap", () => {
    const table = clone();
    table.bpuRates.push({ ...table.bpuRates[0], id: "BPU_JKK_BARU", berlaku_mulai: "2027-01" });
    expect(() => parseRateTable(table)).toThrow(/tumpang tindih untuk JKK: BPU_JKK_1_PERSEN dan BPU_JKK_BARU/);
  });

  test("a new rate that starts after the old one ends is accepted", () => {
    const table = clone();
    table.bpuRates[1] = { ...table.bpuRates[1], berlaku_sampai: "2026-12" };
    table.bpuRates.push({ ...table.bpuRates[1], id: "BPU_JKM_BARU", berlaku_mulai: "2027-01", berlaku_sampai: null });
    expect(() => parseRateTable(table)).not.toThrow();
  });

  test("two discounts for the same sector in the same month are caught", () => {
    const table = clone();
    table.discounts.push({ ...table.discounts[1], id: "PP50_TAMBAHAN", berlaku_mulai: "2026-12", berlaku_sampai: "2027-02" });
    expect(() => parseRateTable(table)).toThrow(/tumpang tindih untuk sektor lainnya/);
  });

  test("a rule that ends before it starts is caught", () => {
    const table = clone();
    table.discounts[0] = { ...table.discounts[0], berlaku_sampai: "2025-12" };
    expect(() => parseRateTable(table)).toThrow(/sebelum berlaku_mulai/);
  });

  test("levels out of order are caught", () => {
    const table = clone();
    const levels = table.incomeEditions[0].levels;
    [levels[3], levels[4]] = [levels[4], levels[3]];
    expect(() => parseRateTable(table)).toThrow(/tingkat ke-4 bernomor 5/);
  });

  test("a base outside its own band is caught", () => {
    const table = clone();
    table.incomeEditions[0].levels[1] = { ...table.incomeEditions[0].levels[1], dasarPenghasilan: 1_350_000 };
    expect(() => parseRateTable(table)).toThrow(/dasar penghasilan di luar rentangnya/);
  });

  test("a rate that would bill a fraction of a rupiah is caught", () => {
    const table = clone();
    const jkk = table.bpuRates[0];
    if (jkk.kind !== "percent") throw new Error("JKK is a percentage");
    table.bpuRates[0] = { ...jkk, rateBp: 33 };
    expect(() => parseRateTable(table)).toThrow(/pecahan rupiah/);
  });

  test("a discount that would leave a fraction of a rupiah is caught", () => {
    const table = clone();
    table.discounts[0] = { ...table.discounts[0], discountBp: 3_333 };
    expect(() => parseRateTable(table)).toThrow(/potongan menghasilkan pecahan rupiah/);
  });

  test("a rupiah amount written with sen is caught", () => {
    const table = clone();
    table.bpuRates[1] = { ...table.bpuRates[1], kind: "flat", amount: 6_800.5 } as RateTableInput["bpuRates"][number];
    expect(() => parseRateTable(table)).toThrow(/Rupiah harus bilangan bulat/);
  });

  test("a rule without its legal source is caught", () => {
    const table = clone();
    table.bpuRates[0] = { ...table.bpuRates[0], source: "" };
    expect(() => parseRateTable(table)).toThrow(/Sumber hukum wajib diisi/);
  });

  test("a month written as a date is caught", () => {
    const table = clone();
    table.discounts[0] = { ...table.discounts[0], berlaku_mulai: "2026-01-01" };
    expect(() => parseRateTable(table)).toThrow(/TTTT-BB/);
  });

  test("a duplicated id is caught", () => {
    const table = clone();
    table.discounts[1] = { ...table.discounts[1], id: table.discounts[0].id };
    expect(() => parseRateTable(table)).toThrow(/id ganda/);
  });

  test("a table without a JKM rate is caught", () => {
    const table = clone();
    table.bpuRates = table.bpuRates.filter((r) => r.program !== "JKM");
    expect(() => parseRateTable(table)).toThrow(/Tidak ada tarif JKM/);
  });
});

describe("findOverlaps", () => {
  const rule = (id: string, berlaku_mulai: string, berlaku_sampai: string | null): DatedRule => ({
    id,
    berlaku_mulai,
    berlaku_sampai,
    source: "uji",
    confidence: "CONFIRMED",
  });
  const key = () => "k";

  test("adjacent periods do not overlap", () => {
    expect(findOverlaps([rule("A", "2026-01", "2026-03"), rule("B", "2026-04", null)], key)).toEqual([]);
  });

  test("a shared month is an overlap", () => {
    expect(findOverlaps([rule("A", "2026-01", "2026-04"), rule("B", "2026-04", null)], key)).toEqual([{ key: "k", first: "A", second: "B" }]);
  });

  test("two open-ended rules always overlap", () => {
    expect(findOverlaps([rule("A", "2015-07", null), rule("B", "2030-01", null)], key)).toHaveLength(1);
  });

  test("rules with different keys never overlap", () => {
    expect(findOverlaps([rule("A", "2015-07", null), rule("B", "2015-07", null)], (r) => r.id)).toEqual([]);
  });
});
