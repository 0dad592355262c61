/**
 * A value to write in a cell. Strings are written as text whatever they look like ("0812…", a 16-digit NIK,
 * "=SUM" typed by a user), never converted to a number or a formula; numbers as numbers; a `Date` as an
 * Excel serial with a date format; `null`/`undefined`/"" leave the cell empty (it keeps its style, so a NIK
 * typed into it later is still text).
 */
export type CellInput = string | number | boolean | Date | null | undefined | FormulaInput;

/**
 * A native formula in English, as Excel stores it ("D8*F8" or "=D8*F8"), with the value it had when written
 * (shown by readers that do not calculate; Excel recalculates on opening).
 */
export interface FormulaInput {
  readonly formula: string;
  readonly result?: string | number | boolean;
}

export function isFormula(value: CellInput): value is FormulaInput {
  return typeof value === "object" && value !== null && !(value instanceof Date);
}
