import { assertWholeRupiah } from "./whole-rupiah";

const ONES = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"] as const;

/**
 * Scale words by power of 1.000. "miliar", not "milyar": KBBI's spelling, which the npm packages
 * @develoka/angka-terbilang-js 1.4.2 and terbilang-ts 2.1.0 both get wrong. "kuadriliun" (10^15) is only here so that every safe integer can be spelled.
 */
const SCALES = ["", "ribu", "juta", "miliar", "triliun", "kuadriliun"] as const;

/** 1..999 in words; the "se-" forms (seratus, sepuluh, sebelas) are the standard reading. */
function spellBelowThousand(n: number): string {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 1) words.push("seratus");
  else if (hundreds > 1) words.push(`${ONES[hundreds]} ratus`);
  if (rest === 10) words.push("sepuluh");
  else if (rest === 11) words.push("sebelas");
  else if (rest > 11 && rest < 20) words.push(`${ONES[rest - 10]} belas`);
  else if (rest >= 20) {
    words.push(`${ONES[Math.floor(rest / 10)]} puluh`);
    if (rest % 10 > 0) words.push(ONES[rest % 10]);
  } else if (rest > 0) words.push(ONES[rest]);
  return words.join(" ");
}

/**
 * A whole number in Indonesian words, lower case, without a currency: 1200 -> "seribu dua ratus", 0 -> "nol".
 * Only a thousand takes "se-" ("seribu"); a million is "satu juta", as in standard usage.
 * @throws RangeError (Indonesian message) for a negative number, a fraction, NaN, Infinity or beyond 2^53.
 */
export function terbilangAngka(n: number): string {
  assertWholeRupiah(n, "Terbilang");
  if (n < 0) throw new RangeError(`Terbilang: nilai negatif (${n}) tidak dapat dieja.`);
  if (n === 0) return "nol";
  const groups: string[] = [];
  let rest = n;
  for (let scale = 0; rest > 0; scale++) {
    const group = rest % 1000;
    // (rest - group) / 1000 is an exact division; Math.floor(rest / 1000) can round up near 2^53.
    rest = (rest - group) / 1000;
    if (group === 0) continue;
    const words = scale === 1 && group === 1 ? "seribu" : [spellBelowThousand(group), SCALES[scale]].filter(Boolean).join(" ");
    groups.unshift(words);
  }
  return groups.join(" ");
}

/**
 * The amount in words as written under a RAB total or on a kuitansi:
 * 20160000 -> "dua puluh juta seratus enam puluh ribu rupiah", 0 -> "nol rupiah".
 * Lower case; capitalise where the document needs it.
 * @throws RangeError (Indonesian message) for a negative number, a fraction, NaN, Infinity or beyond 2^53.
 */
export function terbilang(n: number): string {
  return `${terbilangAngka(n)} rupiah`;
}
