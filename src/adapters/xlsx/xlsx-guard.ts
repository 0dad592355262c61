import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from "fflate";
import { columnLetters, columnNumber } from "../office/a1";
import { XLSX_LIMITS, type XlsxLimits } from "./reader/limits";
import { WorkbookReadError } from "./workbook-read-error";

export { XLSX_LIMITS, type XlsxLimits } from "./reader/limits";

/** The parts the reader uses. Drawings, images, comments, printer settings, macros and the like are never inflated. */
const NEEDED_PART =
  /^(\[Content_Types\]\.xml|_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml|xl\/theme\/[^/]+\.xml|xl\/worksheets\/[^/]+\.xml|xl\/worksheets\/_rels\/[^/]+\.rels|xl\/tables\/[^/]+\.xml)$/;
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const SHEET_RELS_PART = /^xl\/worksheets\/_rels\/[^/]+\.rels$/;

/**
 * The bounding pass the exceljs-based reader needed; exceljs is now only the tests' oracle
 * (test/helpers/exceljs-oracle.ts), and ./reader applies the same bounds while it streams.
 * Checks a workbook's zip before exceljs sees it, and hands back a workbook of only the parts that are read, each sheet stripped of what the check never uses and what makes the reader's work
 * explode on small files: data validations and conditional formats (whole-column ranges are normal and
 * were expanded cell by cell), formatted but empty cells, and merged areas reaching past the data.
 * Row numbers past 1,048,576 and columns past XFD, and parts too large to hold, are refused with a
 * `WorkbookReadError` that names the limit. Cell values are never changed.
 */
export function guardXlsx(bytes: Uint8Array, path: string, limits: XlsxLimits = XLSX_LIMITS): Uint8Array {
  let total = 0;
  let tooLarge: string | undefined;
  let parts: Unzipped;
  try {
    parts = unzipSync(bytes, {
      filter(file) {
        if (!NEEDED_PART.test(file.name)) return false;
        total += file.originalSize;
        if (file.originalSize > limits.partBytes || total > limits.totalBytes) {
          tooLarge ??= file.name;
          return false;
        }
        return true;
      },
    });
  } catch (error) {
    throw new WorkbookReadError("NOT_XLSX", path, { cause: error });
  }
  if (tooLarge) throw new WorkbookReadError("TOO_LARGE", path);

  for (const name of Object.keys(parts)) {
    if (SHEET_PART.test(name)) {
      const xml = decode(parts[name]!, path);
      const cleaned = cleanSheetXml(xml, path, limits);
      if (cleaned !== xml) parts[name] = strToU8(cleaned);
    } else if (SHEET_RELS_PART.test(name)) {
      parts[name] = strToU8(keepTableAndLinkRelationships(decode(parts[name]!, path)));
    }
  }
  // Stored, not deflated: the reader inflates nothing again, and the bytes never leave memory.
  return zipSync(parts, { level: 0 });
}

function decode(bytes: Uint8Array, path: string): string {
  try {
    return strFromU8(bytes);
  } catch (error) {
    throw new WorkbookReadError("TOO_LARGE", path, { cause: error });
  }
}

const ROW_NUMBER = /<row\b[^>]*?\sr="(\d+)"/g;
const CELL_REF = /<c\b[^>]*?\sr="([A-Za-z]+)(\d+)"/g;
/** A cell with no value, formula or inline string: `<c r="B7" s="3"/>` or `<c r="B7" s="3"></c>`. */
const EMPTY_CELL = /<c\b[^>]*?(?:\/>|>\s*<\/c>)/g;
const EMPTY_ROW = /<row\b[^>]*?(?:\/>|>\s*<\/row>)/g;
/** Parts of a sheet the check never reads; the last ones refer to drawings and controls left out above. */
const UNUSED_ELEMENTS = [
  /<dataValidations\b[\s\S]*?<\/dataValidations>|<dataValidations\b[^>]*\/>/g,
  /<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g,
  /<extLst\b[\s\S]*?<\/extLst>/g,
  /<(drawing|legacyDrawing|legacyDrawingHF|picture)\b[^>]*\/>/g,
  /<(oleObjects|controls)\b[\s\S]*?<\/\1>/g,
];
const MERGE_CELL = /<mergeCell\b[^>]*?\sref="([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?"[^>]*\/>/g;

function cleanSheetXml(xml: string, path: string, limits: XlsxLimits): string {
  let out = xml;
  for (const pattern of UNUSED_ELEMENTS) out = out.replace(pattern, "");

  // Empty cells and rows can only go when every row and cell says where it is; otherwise the
  // position of the ones after them depends on them.
  const rows = count(out, /<row\b/g);
  const cells = count(out, /<c\b/g);
  let maxRow = 0;
  for (const m of out.matchAll(ROW_NUMBER)) maxRow = Math.max(maxRow, Number(m[1]));
  if (maxRow > limits.rows) throw new WorkbookReadError("OUT_OF_BOUNDS", path);
  if (rows === count(out, ROW_NUMBER) && cells === count(out, CELL_REF)) {
    out = out.replace(EMPTY_CELL, "").replace(EMPTY_ROW, "");
  }

  let lastRow = 0;
  let lastColumn = 0;
  for (const m of out.matchAll(CELL_REF)) {
    const column = columnNumber(m[1]!);
    if (m[1]!.length > 3 || column > limits.columns) throw new WorkbookReadError("OUT_OF_BOUNDS", path);
    lastColumn = Math.max(lastColumn, column);
    lastRow = Math.max(lastRow, Number(m[2]));
  }
  if (lastRow > limits.rows) throw new WorkbookReadError("OUT_OF_BOUNDS", path);

  let merges = 0;
  return out.replace(MERGE_CELL, (whole, c1: string, r1: string, c2: string | undefined, r2: string | undefined) => {
    if (!c2 || !r2) return whole;
    const top = Number(r1);
    const left = columnNumber(c1);
    if (top > lastRow || left > lastColumn || ++merges > limits.merges) return "";
    // A merge reaching far below the data (A12:Z1048576) ends at the last row with a value.
    const bottom = Math.min(Number(r2), Math.max(top, lastRow));
    const right = Math.min(columnNumber(c2), Math.max(left, lastColumn));
    if (right > limits.columns || bottom > limits.rows) return "";
    return `<mergeCell ref="${c1.toUpperCase()}${top}:${columnLetters(right)}${bottom}"/>`;
  });
}

function count(text: string, pattern: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

/** A sheet's relationships, less those pointing at parts not read (drawings, comments, printer settings). */
function keepTableAndLinkRelationships(xml: string): string {
  return xml.replace(/<Relationship\b[^>]*\/>/g, (rel) => (/\/(table|hyperlink)"/.test(rel) ? rel : ""));
}
