/**
 * Digits grouped by three with a dot, as Indonesian documents print them: 1200 -> "1.200".
 * Written by hand rather than with Intl.NumberFormat("id-ID"): the ICU data differs between Excel hosts and
 * browsers, and Intl puts a no-break space after "Rp" (Node 20: "Rp\u00a01.000"), which breaks string comparisons.
 * Expects a safe integer; callers check (see whole-rupiah.ts).
 */
export function groupThousands(n: number): string {
  const digits = String(Math.abs(n));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return n < 0 ? `-${grouped}` : grouped;
}
