/**
 * The custom functions, in Excel as =DESA.NAMA(...). Each is a thin wrapper over formulas.ts (plain
 * functions over the domain): no Excel calls, no state, synchronous. custom-functions-metadata-plugin
 * turns the JSDoc below into functions.json (the descriptions and parameter help Excel shows, in
 * Indonesian) and appends a `CustomFunctions.associate(id, function)` line per function when webpack
 * bundles this file. Optional arguments arrive as null, never undefined.
 */
import { formulaError } from "./formula-error";
import * as formulas from "./formulas";

/**
 * Mengeja jumlah rupiah dengan kata-kata, seperti di bawah total RAB atau pada kuitansi. Contoh: =DESA.TERBILANG(20160000) menghasilkan "dua puluh juta seratus enam puluh ribu rupiah".
 * @customfunction TERBILANG
 * @param angka Jumlah rupiah bulat, 0 atau lebih (tanpa sen).
 * @returns Jumlah dalam kata-kata, huruf kecil.
 */
export function terbilangRupiah(angka: number): string {
  try {
    return formulas.terbilangRupiah(angka);
  } catch (error) {
    throw formulaError(error);
  }
}
