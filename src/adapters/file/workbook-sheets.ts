import { addRelationship, CONTENT_TYPE, declareContentType, readRelationships, REL, workbookPart } from "./package-parts";
import type { XlsxPackage } from "./xlsx-package";
import { attribute, elements, escapeXml } from "./xml-text";

export interface PackageSheet {
  readonly name: string;
  /** The worksheet part, e.g. "xl/worksheets/sheet1.xml". */
  readonly part: string;
  readonly visible: boolean;
  /** Excel's sheetId: stable across renames, so it keys the highlight ledger as the add-in's worksheet id does. */
  readonly sheetId: string;
}

/** The worksheets of the package in tab order (chart sheets and dialog sheets are left out). */
export function packageSheets(pkg: XlsxPackage): PackageSheet[] {
  const book = workbookPart(pkg);
  const xml = pkg.text(book) ?? "";
  const rels = new Map(readRelationships(pkg, book).map((rel) => [rel.id, rel]));
  return elements(xml, "sheet").flatMap(({ startTag }) => {
    const rel = rels.get(attribute(startTag, "r:id") ?? "");
    if (!rel || rel.type !== REL.worksheet) return [];
    const state = attribute(startTag, "state");
    return [{ name: attribute(startTag, "name") ?? "", part: rel.part, visible: state !== "hidden" && state !== "veryHidden", sheetId: attribute(startTag, "sheetId") ?? "" }];
  });
}

/** Adds worksheet XML as a new part at the end of the tab order, declared everywhere Excel looks. */
export function appendSheetPart(pkg: XlsxPackage, name: string, worksheetXml: string): string {
  const book = workbookPart(pkg);
  const dir = book.slice(0, book.lastIndexOf("/") + 1);
  const part = pkg.freePath(`${dir}worksheets/sheet`, ".xml");
  pkg.setText(part, worksheetXml);
  declareContentType(pkg, part, CONTENT_TYPE.worksheet);
  const relId = addRelationship(pkg, book, REL.worksheet, part);
  const xml = pkg.text(book) ?? "";
  const ids = elements(xml, "sheet").map(({ startTag }) => Number(attribute(startTag, "sheetId") ?? 0));
  const sheetId = Math.max(0, ...ids) + 1;
  const entry = `<sheet name="${escapeXml(name)}" sheetId="${sheetId}" r:id="${relId}"/>`;
  const close = xml.indexOf("</sheets>");
  if (close < 0) throw new Error("workbook.xml tanpa <sheets>");
  pkg.setText(book, xml.slice(0, close) + entry + xml.slice(close));
  return part;
}
