import type { GridTable, SheetGrid, WorkbookGrid } from "../../../domain/cell/sheet-grid";
import { fflateInflater, type RawInflater } from "./inflater";
import { XLSX_LIMITS, type XlsxLimits } from "./limits";
import { folderOf, relationshipsPartOf, RelationshipsHandler, resolvePartName } from "./relationships-part";
import { SharedStringsHandler } from "./shared-strings-part";
import { parseRange, SheetHandler } from "./sheet-part";
import { NO_STYLES, StylesHandler } from "./styles-part";
import { TableHandler, type TablePart } from "./table-part";
import { WorkbookHandler } from "./workbook-part";
import { readXmlPart } from "./xml-part";
import type { XmlHandler } from "./xml-tokenizer";
import { zipEntries, type ZipEntry } from "./zip-archive";

/** A part larger than the limits allow (declared, or found while inflating). */
export class PartTooLargeError extends Error {
  override readonly name = "PartTooLargeError";
}

/** The parts that may be read; drawings, images, comments, printer settings and macros are never inflated, whatever their size. */
const READ_PART = /^(_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml|xl\/worksheets\/[^/]+\.xml|xl\/worksheets\/_rels\/[^/]+\.rels|xl\/tables\/[^/]+\.xml)$/;
const OFFICE_DOCUMENT = "xl/workbook.xml";

/**
 * Reads an .xlsx held in memory into the domain's grid: each sheet in tab order, streamed from the zip.
 * Throws `PartTooLargeError`, `OutOfBoundsError` (sheet-part), `ZipFormatError` or `XmlError`; the
 * adapter turns them into the user's messages. Pure of Node: the pane can use it on a file's bytes
 * (with fflate's inflate; the CLI passes zlib's).
 */
export function readXlsx(bytes: Uint8Array, limits: XlsxLimits = XLSX_LIMITS, inflate: RawInflater = fflateInflater): WorkbookGrid {
  const entries = zipEntries(bytes);
  // Checked on the declared sizes first, so a bomb is refused before any of it is inflated.
  let declared = 0;
  for (const entry of entries.values()) {
    if (!READ_PART.test(entry.name)) continue;
    declared += entry.uncompressedSize;
    if (entry.uncompressedSize > limits.partBytes || declared > limits.totalBytes) throw new PartTooLargeError(entry.name);
  }
  let inflated = 0;
  const read = (name: string, handler: XmlHandler): boolean => {
    const entry: ZipEntry | undefined = entries.get(name);
    if (!entry || !READ_PART.test(name)) return false;
    const budget = Math.min(limits.partBytes, limits.totalBytes - inflated);
    inflated += readXmlPart(bytes, entry, budget, handler, () => new PartTooLargeError(name), inflate);
    return true;
  };

  const workbook = new WorkbookHandler();
  if (!read(OFFICE_DOCUMENT, workbook)) return { sheets: [] };
  const workbookRels = new RelationshipsHandler(folderOf(OFFICE_DOCUMENT));
  read(relationshipsPartOf(OFFICE_DOCUMENT), workbookRels);

  const styles = new StylesHandler();
  const sharedStrings = new SharedStringsHandler();
  const stylesRead = read("xl/styles.xml", styles);
  read("xl/sharedStrings.xml", sharedStrings);
  const context = { sharedStrings: sharedStrings.strings, styles: stylesRead ? styles.result() : NO_STYLES, date1904: workbook.date1904, limits };

  const sheets: SheetGrid[] = [];
  for (const sheet of workbook.sheets) {
    const part = workbookRels.targets.get(sheet.relationshipId);
    // A chart sheet, or a sheet whose part is missing, holds no cells.
    if (!part || !/^xl\/worksheets\/[^/]+\.xml$/.test(part)) continue;
    const handler = new SheetHandler(context);
    if (!read(part, handler)) continue;
    const { grid, tableRelationshipIds } = handler.result();
    sheets.push({
      name: sheet.name,
      ...grid,
      tables: tableRelationshipIds.length > 0 ? tablesOf(part, tableRelationshipIds, read) : [],
      ...(sheet.hidden ? { hidden: true } : {}),
    });
  }
  return { sheets };
}

function tablesOf(sheetPart: string, ids: ReadonlyArray<string>, read: (name: string, handler: XmlHandler) => boolean): GridTable[] {
  const rels = new RelationshipsHandler(folderOf(sheetPart));
  read(relationshipsPartOf(sheetPart), rels);
  // Tables are known by name: two with the same name are one (the later one's range).
  const byName = new Map<string, TablePart>();
  for (const id of ids) {
    const target = rels.targets.get(id);
    if (!target) continue;
    const handler = new TableHandler();
    if (read(resolvePartName("", target), handler) && handler.table) byName.set(handler.table.name, handler.table);
  }
  const tables: GridTable[] = [];
  for (const table of byName.values()) {
    const range = parseRange(table.ref);
    if (!range) continue;
    // Tables without a header row are rare enough that the first row is always taken as the header.
    tables.push({
      name: table.displayName,
      headerRow: range.top,
      firstColumn: range.left,
      lastColumn: range.right,
      lastRow: table.hasTotalsRow ? range.bottom - 1 : range.bottom,
    });
  }
  return tables;
}
