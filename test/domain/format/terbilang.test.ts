import fc from "fast-check";
import { terbilang, terbilangAngka } from "../../../src/domain/format";

/**
 * Reads Indonesian number words back into a number: written independently of the implementation,
 * so the round trip checks the spelling rather than repeating it.
 */
function parseTerbilang(text: string): number {
  const words = text.replace(/ rupiah$/, "").split(" ");
  if (words.length === 1 && words[0] === "nol") return 0;
  const digits: Record<string, number> = { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9 };
  const scales: Record<string, number> = { ribu: 1e3, juta: 1e6, miliar: 1e9, triliun: 1e12, kuadriliun: 1e15 };
  let total = 0;
  let group = 0;
  let pending = 0;
  for (const word of words) {
    if (word in digits) {
      if (pending !== 0) throw new Error(`two digits in a row: ${text}`);
      pending = digits[word];
    } else if (word === "sepuluh") group += 10;
    else if (word === "sebelas") group += 11;
    else if (word === "seratus") group += 100;
    else if (word === "seribu") total += 1000;
    else if (word === "belas") [group, pending] = [group + pending + 10, 0];
    else if (word === "puluh") [group, pending] = [group + pending * 10, 0];
    else if (word === "ratus") [group, pending] = [group + pending * 100, 0];
    else if (word in scales) {
      total += (group + pending) * scales[word];
      group = 0;
      pending = 0;
    } else throw new Error(`unknown word "${word}" in: ${text}`);
  }
  return total + group + pending;
}

describe("terbilang", () => {
  test.each([
    [0, "nol"],
    [1, "satu"],
    [10, "sepuluh"],
    [11, "sebelas"],
    [12, "dua belas"],
    [19, "sembilan belas"],
    [20, "dua puluh"],
    [21, "dua puluh satu"],
    [100, "seratus"],
    [101, "seratus satu"],
    [110, "seratus sepuluh"],
    [111, "seratus sebelas"],
    [200, "dua ratus"],
    [999, "sembilan ratus sembilan puluh sembilan"],
    [1_000, "seribu"],
    [1_001, "seribu satu"],
    [1_100, "seribu seratus"],
    [2_000, "dua ribu"],
    [11_000, "sebelas ribu"],
    [100_000, "seratus ribu"],
    [101_000, "seratus satu ribu"],
    [1_000_000, "satu juta"],
    [1_001_000, "satu juta seribu"],
    [16_800, "enam belas ribu delapan ratus"],
    [201_600, "dua ratus satu ribu enam ratus"],
    [1_680_000, "satu juta enam ratus delapan puluh ribu"],
    [12_600_000, "dua belas juta enam ratus ribu"],
    [1_000_000_000, "satu miliar"],
    [1_234_000_000_000, "satu triliun dua ratus tiga puluh empat miliar"],
    [999_000_000_000_000, "sembilan ratus sembilan puluh sembilan triliun"],
  ])("%d is spelled %s", (n, words) => {
    expect(terbilangAngka(n)).toBe(words);
  });

  test("the village's yearly cost is written out in rupiah", () => {
    expect(terbilang(20_160_000)).toBe("dua puluh juta seratus enam puluh ribu rupiah");
  });

  test("zero rupiah is written nol rupiah", () => {
    expect(terbilang(0)).toBe("nol rupiah");
  });

  test("billions are spelled miliar, never milyar", () => {
    expect(terbilangAngka(2_500_000_000)).toBe("dua miliar lima ratus juta");
  });

  test("the largest safe integer can still be spelled", () => {
    expect(terbilangAngka(Number.MAX_SAFE_INTEGER)).toBe(
      "sembilan kuadriliun tujuh triliun seratus sembilan puluh sembilan miliar dua ratus lima puluh empat juta " +
        "tujuh ratus empat puluh ribu sembilan ratus sembilan puluh satu",
    );
  });

  test("a negative amount is refused with an Indonesian RangeError", () => {
    expect(() => terbilang(-1)).toThrow(RangeError);
    expect(() => terbilang(-1)).toThrow(/negatif/);
  });

  test("an amount with a fraction is refused with an Indonesian RangeError", () => {
    expect(() => terbilang(1.5)).toThrow(RangeError);
    expect(() => terbilang(1.5)).toThrow(/bilangan bulat/);
  });

  test.each([NaN, Infinity])("%s is refused", (n) => {
    expect(() => terbilang(n)).toThrow(RangeError);
  });

  test("a number beyond JavaScript's exact range is refused rather than misspelled", () => {
    expect(() => terbilang(2 ** 53)).toThrow(/terlalu besar/);
  });

  describe("for every safe whole number", () => {
    test("it never throws and never leaves double or edge spaces", () => {
      fc.assert(
        fc.property(fc.maxSafeNat(), (n) => {
          const words = terbilang(n);
          expect(words).not.toMatch(/ {2}|^ | $/);
          expect(words).not.toMatch(/milyar|^satu ribu|satu ratus|satu puluh|satu belas/);
        }),
      );
    });

    test("it reads back to the same number", () => {
      fc.assert(fc.property(fc.maxSafeNat(), (n) => parseTerbilang(terbilang(n)) === n));
    });

    test("amounts up to 999 triliun read back to the same number", () => {
      fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999_999_999 }), (n) => parseTerbilang(terbilangAngka(n)) === n));
    });
  });

  test("any non-integer is refused", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Number.isInteger(x)),
        (x) => {
          expect(() => terbilang(x)).toThrow(RangeError);
        },
      ),
    );
  });
});
