import { loadRegions } from "../../src/adapters/node/load-wilayah";
import * as f from "../../src/functions/formulas";

beforeAll(async () => {
  f.useRegions(await loadRegions());
});

const NOW = { "2026": 46023 /* 1 Jan 2026 */, jun2026: 46174 /* 1 Jun 2026 */ };

describe("DESA.PREMI_* formulas", () => {
  it("PREMI_JKK is 1% of the minimum declared income by default", () => {
    expect(f.premiJkk(null, null, NOW["2026"])).toBe(10_000);
    expect(f.premiJkk(2_000_000, 12, NOW["2026"])).toBe(240_000);
  });
  it("PREMI_JKM is Rp 6.800 a month", () => {
    expect(f.premiJkm(12, NOW["2026"])).toBe(81_600);
  });
  it("PREMI_JHT is 2% of the declared income", () => {
    expect(f.premiJht(null, 1, NOW["2026"])).toBe(20_000);
  });
  it("PREMI_BPU is the Rp 16.800 package, or Rp 36.800 with JHT", () => {
    expect(f.premiBpu(null, null, null, NOW.jun2026)).toBe(16_800);
    expect(f.premiBpu(null, 12, true, NOW["2026"])).toBe(12 * 36_800);
  });
  it("an income below the lowest level is priced at the lowest level, Rp 1.000.000", () => {
    expect(f.premiBpu(500_000, 1, null, NOW.jun2026)).toBe(16_800);
    expect(f.premiBpu(0, 12, true, NOW["2026"])).toBe(12 * 36_800);
    expect(f.premiJkk(999_999, 1, NOW["2026"])).toBe(10_000);
  });
  it("an income above the highest level is an error that names the level to declare", () => {
    expect(() => f.premiBpu(25_000_000)).toThrow(/Rp 20\.700\.000/);
  });
});

describe("DESA.ANGGARAN and DESA.KUOTA", () => {
  it("100 workers for 12 months is Rp 20.160.000", () => {
    expect(f.anggaran(100, null, null, 2026)).toBe(20_160_000);
  });
  it("with the PP 50/2025 switch it is Rp 12.600.000 for 2026", () => {
    expect(f.anggaran(100, 12, 1, 2026, false, true)).toBe(12_600_000);
  });
  it("KUOTA tells how many whole workers an amount covers", () => {
    expect(f.kuota(20_160_000, 12, 1, 2026)).toBe(100);
    expect(f.kuota(20_000_000, 12, 1, 2026)).toBe(99);
  });
  it("a missing worker count is an error, not zero", () => {
    expect(() => f.anggaran(null)).toThrow(f.FormulaProblem);
  });
});

describe("DESA.NIK_* formulas", () => {
  const nik = "6104015708800003"; // a woman born 17-08-1980, Kec. Matan Hilir Utara

  it("NIK_VALID is TRUE for a good NIK and FALSE for a short one", () => {
    expect(f.nikValid(nik)).toBe(true);
    expect(f.nikValid("610401570880")).toBe(false);
  });

  it("a NIK typed as a number is never valid, and NIK_CEK says it was damaged by the number format", () => {
    expect(f.nikValid(6104015708800000)).toBe(false);
    expect(f.nikCek(6104015708800000)).toMatch(/angka/);
  });

  it("NIK_CEK says OK for a good NIK and the first problem otherwise", () => {
    expect(f.nikCek(nik)).toBe("OK");
    expect(f.nikCek("6104013508800003")).toMatch(/tanggal lahir/);
  });

  it("NIK_TGL_LAHIR returns the birth date as an Excel date", () => {
    expect(f.nikTglLahir(nik)).toBe(29450); // 17-08-1980
  });

  it("NIK_JK reads the sex from the day (+40 for women)", () => {
    expect(f.nikJk(nik)).toBe("P");
    expect(f.nikJk("6104011708800003")).toBe("L");
  });

  it("NIK_WILAYAH names the kecamatan, kabupaten and province", () => {
    expect(f.nikWilayah(nik)).toBe("Kec. Matan Hilir Utara, Kab. Ketapang, Prov. Kalimantan Barat");
  });

  it("part functions refuse a damaged NIK instead of answering wrongly", () => {
    expect(() => f.nikJk(6104015708800000)).toThrow(/angka/);
    expect(() => f.nikTglLahir("6104013508800003")).toThrow(f.FormulaProblem);
  });

  it("USIA takes a NIK or a date", () => {
    expect(f.usia(nik, NOW["2026"])).toBe(45);
    expect(f.usia(29450, NOW["2026"])).toBe(45);
    expect(f.usia("17-08-1980", NOW["2026"])).toBe(45);
  });
});

describe("DESA.CEK_DTKS and DESA.TERBILANG", () => {
  const range = [
    ["NIK", "NAMA", "DESIL"],
    ["6104015708800003", "SITI", 3],
    ["6104011708800003", "BUDI", null],
  ];
  it("says YA with the desil when the NIK is in the range", () => {
    expect(f.cekDtks("6104015708800003", range)).toBe("YA (desil 3)");
    expect(f.cekDtks("6104011708800003", range)).toBe("YA");
  });
  it("says TIDAK when it is not", () => {
    expect(f.cekDtks("6104012708800003", range)).toBe("TIDAK");
  });
  it("a damaged NIK is an error, not TIDAK", () => {
    expect(() => f.cekDtks(6104015708800000, range)).toThrow(/angka/);
  });
  it("TERBILANG spells rupiah", () => {
    expect(f.terbilangRupiah(20_160_000)).toBe("dua puluh juta seratus enam puluh ribu rupiah");
    expect(() => f.terbilangRupiah("dua")).toThrow(f.FormulaProblem);
  });
});

describe("DESA.ANGGARAN and the transport sector", () => {
  it("prices the transport-sector workers apart under PP 50/2025, as the CLI's anggaran does, and ignores them without it", () => {
    // 2026, 10 workers of whom 4 are transport: those 4 are discounted January–December, the 6 others April–December.
    const withSplit = f.anggaran(10, 12, 1, 2026, false, true, 4);
    expect(withSplit).toBe(4 * 12 * 8_400 + 6 * (3 * 16_800 + 9 * 8_400));
    expect(f.anggaran(10, 12, 1, 2026, false, false, 4)).toBe(10 * 12 * 16_800);
    expect(() => f.anggaran(3, 12, 1, 2026, false, true, 4)).toThrow(/transportasi/);
  });
});
