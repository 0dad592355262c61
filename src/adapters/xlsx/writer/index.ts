/** The project's streaming .xlsx writer (Node and browser); exceljs is only its test oracle. */
export type { CellInput, FormulaInput } from "./cell-input";
export { DEFAULT_DATE_FORMAT, DEFAULT_STYLE, type CellStyle, type StyleId } from "./cell-style";
export type { ColumnOptions, PageOptions, SheetOptions, SheetWriter } from "./sheet-writer";
export { validSheetName, XlsxWriter, type XlsxWriterOptions } from "./xlsx-writer";
export { xlsxBytes } from "./write-xlsx-bytes";
