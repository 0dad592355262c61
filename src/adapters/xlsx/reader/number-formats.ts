/**
 * Excel's built-in number formats by id, as exceljs 4.4.0 (the reader this one replaced) knew them, so
 * that a cell reads the same as before: ids 27–36 and 50–58 are locale-dependent (CJK calendars) and
 * have no code here. Source: ECMA-376 Part 1, §18.8.30 (numFmt), and exceljs lib/xlsx/defaultnumformats.js.
 */
export const BUILT_IN_NUMBER_FORMATS: ReadonlyMap<number, string> = new Map([
  [0, "General"], [1, "0"], [2, "0.00"], [3, "#,##0"], [4, "#,##0.00"], [9, "0%"], [10, "0.00%"], [11, "0.00E+00"],
  [12, "# ?/?"], [13, "# ??/??"], [14, "mm-dd-yy"], [15, "d-mmm-yy"], [16, "d-mmm"], [17, "mmm-yy"], [18, "h:mm AM/PM"],
  [19, "h:mm:ss AM/PM"], [20, "h:mm"], [21, "h:mm:ss"], [22, 'm/d/yy "h":mm'], [37, "#,##0 ;(#,##0)"],
  [38, "#,##0 ;[Red](#,##0)"], [39, "#,##0.00 ;(#,##0.00)"], [40, "#,##0.00 ;[Red](#,##0.00)"], [45, "mm:ss"],
  [46, "[h]:mm:ss"], [47, "mmss.0"], [48, "##0.0E+0"], [49, "@"],
]);

/**
 * True when a format shows a date or time: a y, m, d, h, s or b outside quoted text and [brackets]
 * ("[Red]", "[$-421]"). The test exceljs used, kept so that the same cells read as dates.
 */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}
