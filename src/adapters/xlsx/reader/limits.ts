/**
 * Bounds on what one workbook may cost to read. Excel's own sheet limits, and part sizes well above
 * any village or regency file (the bench's 100,000-row sheet is 58 MB of XML) but below what a
 * 2-core, modest-memory PC can hold.
 */
export const XLSX_LIMITS = {
  rows: 1_048_576,
  columns: 16_384,
  /** Uncompressed bytes of one part, from the zip's central directory (and counted again while inflating). */
  partBytes: 400 * 1024 * 1024,
  /** Uncompressed bytes of all the parts read. */
  totalBytes: 800 * 1024 * 1024,
  /** Merged areas kept per sheet: each one empties the cells it covers, so their number is bounded. */
  merges: 5_000,
} as const;

export type XlsxLimits = { readonly [K in keyof typeof XLSX_LIMITS]: number };
