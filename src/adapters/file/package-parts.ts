import type { XlsxPackage } from "./xlsx-package";
import { attribute, elements, escapeXml } from "./xml-text";

/**
 * Relationships and content types: how the parts of an .xlsx find each other. A part added by the
 * patcher is declared here, or Excel reports the copy as damaged.
 */

export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  webextensionTaskpanes: "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes",
  webextension: "http://schemas.microsoft.com/office/2011/relationships/webextension",
} as const;

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  webextensionTaskpanes: "application/vnd.ms-office.webextensiontaskpanes+xml",
  webextension: "application/vnd.ms-office.webextension+xml",
} as const;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Resolved to a part name ("xl/worksheets/sheet1.xml"); external targets are left as written. */
  readonly part: string;
  readonly external: boolean;
}

/** "xl/worksheets/sheet1.xml" -> "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) -> "_rels/.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function readRelationships(pkg: XlsxPackage, part: string): Relationship[] {
  const xml = pkg.text(relsPathOf(part));
  if (xml === undefined) return [];
  return elements(xml, "Relationship").map(({ startTag }) => {
    const target = attribute(startTag, "Target") ?? "";
    const external = attribute(startTag, "TargetMode") === "External";
    return {
      id: attribute(startTag, "Id") ?? "",
      type: attribute(startTag, "Type") ?? "",
      part: external ? target : resolvePart(part, target),
      external,
    };
  });
}

/** Adds a relationship from `from` to the part `to`; returns its new id. */
export function addRelationship(pkg: XlsxPackage, from: string, type: string, to: string): string {
  const path = relsPathOf(from);
  const xml =
    pkg.text(path) ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const taken = new Set(elements(xml, "Relationship").map(({ startTag }) => attribute(startTag, "Id")));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const entry = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(relativeTarget(from, to))}"/>`;
  pkg.setText(path, closeWith(xml, "Relationships", entry));
  return id;
}

/** Declares the content type of a new part (an Override) or of an extension (a Default). */
export function declareContentType(pkg: XlsxPackage, part: string, contentType: string): void {
  const path = "[Content_Types].xml";
  const xml = pkg.text(path) ?? "";
  const overrides = elements(xml, "Override").map(({ startTag }) => attribute(startTag, "PartName"));
  if (overrides.includes(`/${part}`)) return;
  pkg.setText(path, closeWith(xml, "Types", `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(contentType)}"/>`));
}

export function declareDefaultContentType(pkg: XlsxPackage, extension: string, contentType: string): void {
  const path = "[Content_Types].xml";
  const xml = pkg.text(path) ?? "";
  const defaults = elements(xml, "Default").map(({ startTag }) => (attribute(startTag, "Extension") ?? "").toLowerCase());
  if (defaults.includes(extension.toLowerCase())) return;
  pkg.setText(path, closeWith(xml, "Types", `<Default Extension="${escapeXml(extension)}" ContentType="${escapeXml(contentType)}"/>`));
}

/** The workbook part named by the package's officeDocument relationship (nearly always xl/workbook.xml). */
export function workbookPart(pkg: XlsxPackage): string {
  return readRelationships(pkg, "").find((rel) => rel.type === REL.officeDocument)?.part ?? "xl/workbook.xml";
}

/** `xml` with `entry` inserted before `</root>` (or a self-closing root opened up). */
export function closeWith(xml: string, root: string, entry: string): string {
  const close = xml.lastIndexOf(`</${root}>`);
  if (close >= 0) return xml.slice(0, close) + entry + xml.slice(close);
  const selfClosing = new RegExp(`<${root}(\\s[^>]*)?/>`).exec(xml);
  if (!selfClosing) throw new Error(`<${root}> tidak ditemukan`);
  const open = selfClosing[0].slice(0, -2) + ">";
  return xml.slice(0, selfClosing.index) + open + entry + `</${root}>` + xml.slice(selfClosing.index + selfClosing[0].length);
}

function resolvePart(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = from.includes("/") ? from.slice(0, from.lastIndexOf("/")).split("/") : [];
  for (const piece of target.split("/")) {
    if (piece === "..") base.pop();
    else if (piece !== "." && piece !== "") base.push(piece);
  }
  return base.join("/");
}

function relativeTarget(from: string, to: string): string {
  const fromDir = from.includes("/") ? from.slice(0, from.lastIndexOf("/")).split("/") : [];
  const toParts = to.split("/");
  let common = 0;
  while (common < fromDir.length && common < toParts.length - 1 && fromDir[common] === toParts[common]) common++;
  return [...fromDir.slice(common).map(() => ".."), ...toParts.slice(common)].join("/");
}
