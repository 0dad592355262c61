/**
 * The DESA.* functions as Excel calls them (functions.ts): omitted arguments arrive as null, and a
 * problem becomes a CustomFunctions.Error, #VALUE! or #N/A, with the Indonesian message.
 */
import { loadRegions } from "../../src/adapters/node/load-wilayah";
import * as desa from "../../src/functions/functions";
import { FormulaProblem, useRegions } from "../../src/functions/formulas";

/** What Excel passes for an omitted optional argument. */
const OMITTED = null as unknown as undefined;
const JUNE_2026 = 46174;
const NIK = "6104015708800003"; // a woman born 17-08-1980, Kec. Matan Hilir Utara
const NIK_AS_NUMBER = 6104015708800000; // the same NIK typed into a General cell: Excel kept 15 digits

/** A stand-in for the runtime's error class, as Excel's shared runtime provides it. */
class RuntimeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

function withRuntime(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: RuntimeError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
}

function withoutRuntime(): void {
  delete (globalThis as unknown as { CustomFunctions?: unknown }).CustomFunctions;
}

/** The error a call throws, for assertions on its code and message. */
function thrown(call: () => unknown): RuntimeError {
  try {
    call();
  } catch (error) {
    return error as RuntimeError;
  }
  throw new Error("the call did not throw");
}

beforeAll(async () => {
  useRegions(await loadRegions({ villages: false }));
});

describe("optional arguments arrive as null", () => {
  it("PREMI_* and ANGGARAN use their defaults for null", () => {
    expect(desa.premiJkk(OMITTED, OMITTED, JUNE_2026)).toBe(10_000);
    expect(desa.premiJkm(OMITTED, JUNE_2026)).toBe(6_800);
    expect(desa.premiJht(OMITTED, 12, JUNE_2026)).toBe(240_000);
    expect(desa.premiBpu(OMITTED, OMITTED, OMITTED, JUNE_2026)).toBe(16_800);
    expect(desa.premiBpu(OMITTED, 12, "YA", JUNE_2026)).toBe(12 * 36_800);
    expect(desa.anggaran(100, OMITTED, OMITTED, 2026, OMITTED, OMITTED)).toBe(20_160_000);
    expect(desa.kuota(20_160_000, OMITTED, OMITTED, 2026, OMITTED, OMITTED)).toBe(100);
  });

  it("ANGGARAN takes the PP 50/2025 switch as its sixth argument", () => {
    expect(desa.anggaran(100, 12, 1, 2026, false, true)).toBe(12_600_000);
    expect(desa.anggaran(100, 12, 1, 2026, OMITTED, "ya")).toBe(12_600_000);
  });

  it("USIA measures to today when per_tanggal is omitted", () => {
    const today = new Date();
    const expected = today.getFullYear() - 1980 - (today.getMonth() + 1 < 8 || (today.getMonth() + 1 === 8 && today.getDate() < 17) ? 1 : 0);
    expect(desa.usia(NIK, OMITTED)).toBe(expected);
  });
});

describe("the NIK functions", () => {
  it("read the parts of a NIK typed as text", () => {
    expect(desa.nikValid(NIK)).toBe(true);
    expect(desa.nikCek(NIK)).toBe("OK");
    expect(desa.nikTglLahir(NIK)).toBe(29450);
    expect(desa.nikJk(NIK)).toBe("P");
    expect(desa.nikWilayah(NIK)).toBe("Kec. Matan Hilir Utara, Kab. Ketapang, Prov. Kalimantan Barat");
    expect(desa.cekDtks(NIK, [["NIK", "Desil"], [NIK, 2]])).toBe("YA (desil 2)");
  });

  it("a NIK typed as a number is reported as damaged by the number format, never answered", () => {
    withRuntime();
    try {
      expect(desa.nikValid(NIK_AS_NUMBER)).toBe(false);
      expect(desa.nikCek(NIK_AS_NUMBER)).toMatch(/angka/);
      for (const call of [desa.nikJk, desa.nikTglLahir, desa.nikWilayah, desa.usia, (n: number) => desa.cekDtks(n, [[NIK]])]) {
        const error = thrown(() => call(NIK_AS_NUMBER));
        expect(error).toBeInstanceOf(RuntimeError);
        expect(error.code).toBe("#VALUE!");
        expect(error.message).toMatch(/angka/);
      }
    } finally {
      withoutRuntime();
    }
  });
});

describe("errors in Excel", () => {
  beforeEach(withRuntime);
  afterEach(withoutRuntime);

  it("a wrong argument is #VALUE! with the Indonesian message", () => {
    const error = thrown(() => desa.premiBpu(25_000_000, 1, OMITTED, JUNE_2026));
    expect(error).toEqual(new RuntimeError("#VALUE!", expect.stringMatching(/Rp 20\.700\.000/)));
    expect(thrown(() => desa.anggaran(OMITTED as unknown as number)).code).toBe("#VALUE!");
    expect(thrown(() => desa.terbilangRupiah(-5)).message).toMatch(/negatif/);
  });

  it("a district the list does not have is #N/A", () => {
    const error = thrown(() => desa.nikWilayah("9999015708800003"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe("Kode 999901 bukan kecamatan dalam daftar Kemendagri.");
  });

  it("an unexpected failure is still #VALUE!, not a crash of the runtime", () => {
    const error = thrown(() => desa.cekDtks(NIK, null as unknown as unknown[][]));
    expect(error).toBeInstanceOf(RuntimeError);
    expect(error.code).toBe("#VALUE!");
  });
});

describe("outside Excel (no custom-functions runtime)", () => {
  it("the original problem is thrown, so tests and the CLI see it", () => {
    expect(() => desa.premiBpu(25_000_000)).toThrow(FormulaProblem);
  });
});
