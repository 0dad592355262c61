import { groupThousands } from "./group-thousands";
import { assertWholeRupiah } from "./whole-rupiah";

/**
 * "Rp 20.160.000": dot thousands, no decimals, an ordinary space after "Rp" (as printed RAB documents
 * write it; whether EYD wants the space is UNCONFIRMED: its own examples write "Rp5.000,00"). A negative amount reads "-Rp 1.000",
 * the order Intl's id-ID locale also uses.
 * @throws RangeError (Indonesian message) for a fraction, NaN, Infinity or an amount beyond 2^53.
 */
export function formatRupiah(n: number): string {
  assertWholeRupiah(n, "Format rupiah");
  const body = `Rp ${groupThousands(Math.abs(n))}`;
  return n < 0 ? `-${body}` : body;
}

/**
 * A whole number with dot thousands and no currency, for volumes such as "1.200 OB".
 * @throws RangeError (Indonesian message) for a fraction, NaN, Infinity or a number beyond 2^53.
 */
export function formatAngka(n: number): string {
  assertWholeRupiah(n, "Format angka");
  return groupThousands(n);
}
