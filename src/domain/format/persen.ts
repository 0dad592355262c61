/**
 * A rate held in basis points (1% = 100, so that rates stay integers) written the Indonesian way:
 * 5000 -> "50%", 24 -> "0,24%", 370 -> "3,7%".
 */
export function formatPersen(basisPoints: number): string {
  return `${String(basisPoints / 100).replace(".", ",")}%`;
}
