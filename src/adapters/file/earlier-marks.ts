import { columnNumber } from "../../domain/cell/a1";
import { HIGHLIGHT_FILLS } from "../office/highlight-plan";
import { readRelationships, REL, workbookPart } from "./package-parts";
import type { XlsxPackage } from "./xlsx-package";
import { attribute, elements } from "./xml-text";

const OUR_RGB = new Set(Object.values(HIGHLIGHT_FILLS).map((color) => `FF${color.slice(1).toUpperCase()}`));

/**
 * Cells of a sheet painted in the add-in's colours: the marks of an earlier check, in a "(diperiksa)"
 * copy opened again. A new check replaces them, and "Hapus tanda" removes them, as in Excel.
 */
export function earlierMarks(pkg: XlsxPackage, sheetPart: string): Array<{ readonly row: number; readonly column: number }> {
  const ours = ourCellFormats(pkg);
  if (ours.size === 0) return [];
  const xml = pkg.text(sheetPart) ?? "";
  const cells: Array<{ row: number; column: number }> = [];
  for (const match of xml.matchAll(/<c\s[^>]*>/g)) {
    const s = attribute(match[0], "s");
    const ref = attribute(match[0], "r");
    if (s === undefined || ref === undefined || !ours.has(Number(s))) continue;
    const parts = /^([A-Z]+)(\d+)$/.exec(ref);
    if (parts) cells.push({ row: Number(parts[2]), column: columnNumber(parts[1]!) });
  }
  return cells;
}

/** Indexes of the cell formats (cellXfs) whose fill is one of the add-in's two colours. */
function ourCellFormats(pkg: XlsxPackage): Set<number> {
  const part = readRelationships(pkg, workbookPart(pkg)).find((rel) => rel.type === REL.styles)?.part;
  const xml = part ? pkg.text(part) : undefined;
  if (!xml) return new Set();
  const section = (name: string) => new RegExp(`<${name}(?=[\\s>])[^>]*>([\\s\\S]*?)</${name}>`).exec(xml)?.[1] ?? "";
  const fills = new Set<number>();
  elements(section("fills"), "fill").forEach((fill, i) => {
    const rgb = /<fgColor[^>]*\srgb="([0-9A-Fa-f]{8})"/.exec(fill.text)?.[1]?.toUpperCase();
    if (rgb && OUR_RGB.has(rgb)) fills.add(i);
  });
  const formats = new Set<number>();
  elements(section("cellXfs"), "xf").forEach((xf, i) => {
    if (fills.has(Number(attribute(xf.startTag, "fillId") ?? -1))) formats.add(i);
  });
  return formats;
}
