import fc from "fast-check";
import { formatAngka, formatPersen, formatRupiah } from "../../../src/domain/format";

describe("formatRupiah", () => {
  test.each([
    [0, "Rp 0"],
    [999, "Rp 999"],
    [1_000, "Rp 1.000"],
    [16_800, "Rp 16.800"],
    [201_600, "Rp 201.600"],
    [20_160_000, "Rp 20.160.000"],
    [1_000_000_000_000, "Rp 1.000.000.000.000"],
  ])("%d is printed as %s", (n, text) => {
    expect(formatRupiah(n)).toBe(text);
  });

  test("a negative amount is printed with the minus before Rp", () => {
    expect(formatRupiah(-16_800)).toBe("-Rp 16.800");
  });

  test("the space after Rp is an ordinary space, so printed text compares equal", () => {
    expect(formatRupiah(16_800)).not.toContain("\u00A0");
  });

  test("an amount with sen is refused with an Indonesian message", () => {
    expect(() => formatRupiah(16_800.5)).toThrow(RangeError);
    expect(() => formatRupiah(16_800.5)).toThrow(/bilangan bulat rupiah/);
  });

  test.each([NaN, Infinity, -Infinity, 2 ** 53])("%s is refused", (n) => {
    expect(() => formatRupiah(n)).toThrow(RangeError);
  });

  test("any whole amount reads back to the same number", () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const text = formatRupiah(n);
        expect(text).toMatch(/^-?Rp \d{1,3}(\.\d{3})*$/);
        expect(Number(text.replace(/[^\d-]/g, ""))).toBe(n);
      }),
    );
  });
});

describe("formatAngka", () => {
  test("a volume of 1200 OB is printed 1.200", () => {
    expect(formatAngka(1_200)).toBe("1.200");
    expect(formatAngka(100)).toBe("100");
  });
});

describe("formatPersen", () => {
  test("rates in basis points are printed with a decimal comma", () => {
    expect(formatPersen(5_000)).toBe("50%");
    expect(formatPersen(100)).toBe("1%");
    expect(formatPersen(24)).toBe("0,24%");
    expect(formatPersen(370)).toBe("3,7%");
  });
});
