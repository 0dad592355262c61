/**
 * Stands in for node:fs and node:fs/promises in the browser build. The reader's entry point
 * (read-workbook.ts) can also open a file by its path for the CLI; the page only ever hands it bytes,
 * so these are never called there.
 */
export const constants = {};

export function open(): never {
  throw new Error("Halaman ini membaca berkas yang Anda pilih, bukan berkas lewat jalurnya.");
}
