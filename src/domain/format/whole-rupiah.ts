import { groupThousands } from "./group-thousands";

/**
 * Money in this project is whole rupiah held in a JavaScript number. Above 2^53 a number can no longer
 * hold every integer, so a larger "amount" would already be wrong before it is formatted: refuse it.
 * Thrown messages are Indonesian because they can reach the secretary through the task pane.
 */
export function assertWholeRupiah(n: number, what: string): void {
  if (typeof n !== "number" || Number.isNaN(n)) {
    throw new RangeError(`${what}: nilai harus berupa angka, diterima ${String(n)}.`);
  }
  if (!Number.isFinite(n)) {
    throw new RangeError(`${what}: nilai tidak terhingga tidak dapat diproses.`);
  }
  if (!Number.isInteger(n)) {
    throw new RangeError(`${what}: hanya untuk bilangan bulat rupiah (tanpa sen); diterima ${String(n).replace(".", ",")}.`);
  }
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(
      `${what}: nilai terlalu besar untuk dihitung dengan tepat (batas ${groupThousands(Number.MAX_SAFE_INTEGER)}).`,
    );
  }
}
