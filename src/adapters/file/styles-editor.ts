import { addRelationship, CONTENT_TYPE, declareContentType, readRelationships, REL, workbookPart } from "./package-parts";
import type { XlsxPackage } from "./xlsx-package";
import { attribute, elements, escapeXml, withAttribute } from "./xml-text";

/** What a new cell format asks for; everything else is taken from the format it starts from. */
export interface FormatRequest {
  /** "#RRGGBB" solid fill; null for no fill (an earlier mark of ours taken away). */
  readonly fill?: string | null;
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly wrap?: boolean;
}

const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  "</styleSheet>";

/** Number formats Excel knows by id without declaring them. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "@": 49 };

/**
 * Appends to the workbook's styles.xml without changing any existing entry: a new fill, font or
 * number format goes at the end of its list, and a new cell format (xf) is a copy of the cell's own
 * one with only the requested property changed, so its borders, font and number format stay. Cells
 * the patcher does not touch keep their `s=` index and therefore look exactly as before.
 */
export class StylesEditor {
  private readonly pkg: XlsxPackage;
  private readonly part: string;
  private xml: string;
  private readonly cellXfs: string[];
  private readonly added = new Map<string, number>();
  private dirty = false;

  constructor(pkg: XlsxPackage) {
    this.pkg = pkg;
    const book = workbookPart(pkg);
    const existing = readRelationships(pkg, book).find((rel) => rel.type === REL.styles)?.part;
    if (existing && pkg.has(existing)) {
      this.part = existing;
      this.xml = pkg.text(existing)!;
    } else {
      // A workbook without styles (some generators write none): cells then all use format 0.
      this.part = `${book.slice(0, book.lastIndexOf("/") + 1)}styles.xml`;
      this.xml = MINIMAL_STYLES;
      addRelationship(pkg, book, REL.styles, this.part);
      declareContentType(pkg, this.part, CONTENT_TYPE.styles);
      this.dirty = true;
    }
    const section = this.section("cellXfs");
    this.cellXfs = section ? elements(section.inner, "xf").map((xf) => xf.text) : [];
    if (this.cellXfs.length === 0) {
      this.cellXfs.push('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
      this.writeSection("cellXfs", this.cellXfs);
    }
  }

  /** Index of a cell format equal to format `base` with `request` applied; made once per combination. */
  derive(base: number, request: FormatRequest): number {
    const from = base >= 0 && base < this.cellXfs.length ? base : 0;
    const key = `${from}|${request.fill === null ? "none" : (request.fill ?? "")}|${request.numberFormat ?? ""}|${request.bold ?? ""}|${request.italic ?? ""}|${request.wrap ?? ""}`;
    const known = this.added.get(key);
    if (known !== undefined) return known;

    let xf = this.cellXfs[from]!;
    let start = startTagOf(xf);
    if (request.fill === null) {
      start = withAttribute(start, "fillId", "0");
    } else if (request.fill !== undefined) {
      start = withAttribute(withAttribute(start, "fillId", String(this.appendFill(request.fill))), "applyFill", "1");
    }
    if (request.numberFormat !== undefined) {
      start = withAttribute(withAttribute(start, "numFmtId", String(this.numberFormatId(request.numberFormat))), "applyNumberFormat", "1");
    }
    if (request.bold !== undefined || request.italic !== undefined) {
      const fontId = Number(attribute(start, "fontId") ?? 0);
      start = withAttribute(withAttribute(start, "fontId", String(this.appendFont(fontId, request))), "applyFont", "1");
    }
    xf = start.endsWith("/>") ? start : `${start}${xf.slice(startTagOf(xf).length)}`;
    if (request.wrap) xf = withAlignment(xf);
    this.cellXfs.push(xf);
    this.writeSection("cellXfs", this.cellXfs);
    const index = this.cellXfs.length - 1;
    this.added.set(key, index);
    return index;
  }

  /** Writes styles.xml back into the package, only if something was added. */
  commit(): void {
    if (this.dirty) this.pkg.setText(this.part, this.xml);
  }

  private appendFill(color: string): number {
    const rgb = `FF${color.replace(/^#/, "").toUpperCase()}`;
    const fill = `<fill><patternFill patternType="solid"><fgColor rgb="${escapeXml(rgb)}"/><bgColor indexed="64"/></patternFill></fill>`;
    return this.appendTo("fills", "fill", fill);
  }

  private appendFont(baseFont: number, request: FormatRequest): number {
    const section = this.section("fonts");
    const fonts = section ? elements(section.inner, "font").map((font) => font.text) : [];
    let inner = (fonts[baseFont] ?? "<font/>").replace(/^<font[^>]*?\/?>|<\/font>$/g, "");
    inner = inner.replace(/<b(\s[^>]*)?\/>|<i(\s[^>]*)?\/>/g, "");
    // <b> and <i> come first in a font's sequence.
    const flags = `${request.bold ? "<b/>" : ""}${request.italic ? "<i/>" : ""}`;
    return this.appendTo("fonts", "font", `<font>${flags}${inner}</font>`);
  }

  private numberFormatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const section = this.section("numFmts");
    const existing = section ? elements(section.inner, "numFmt") : [];
    for (const { startTag } of existing) {
      if (attribute(startTag, "formatCode") === code) return Number(attribute(startTag, "numFmtId"));
    }
    const id = Math.max(163, ...existing.map(({ startTag }) => Number(attribute(startTag, "numFmtId") ?? 0))) + 1;
    const entry = `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`;
    if (section) {
      this.writeSection("numFmts", [...existing.map((e) => e.text), entry]);
    } else {
      // numFmts is the stylesheet's first child.
      const open = /<styleSheet[^>]*>/.exec(this.xml)!;
      const at = open.index + open[0].length;
      this.xml = `${this.xml.slice(0, at)}<numFmts count="1">${entry}</numFmts>${this.xml.slice(at)}`;
      this.dirty = true;
    }
    return id;
  }

  private appendTo(sectionName: string, itemName: string, item: string): number {
    const section = this.section(sectionName);
    const items = section ? elements(section.inner, itemName).map((e) => e.text) : [];
    items.push(item);
    this.writeSection(sectionName, items);
    return items.length - 1;
  }

  private section(name: string): { start: number; end: number; inner: string } | undefined {
    const match = new RegExp(`<${name}(?=[\\s/>])[^>]*?(/>|>([\\s\\S]*?)</${name}>)`).exec(this.xml);
    if (!match) return undefined;
    return { start: match.index, end: match.index + match[0].length, inner: match[2] ?? "" };
  }

  /** Rewrites one list with its own start tag (other attributes such as x14ac:knownFonts kept), count updated. */
  private writeSection(name: string, items: ReadonlyArray<string>): void {
    const section = this.section(name);
    if (!section) throw new Error(`styles.xml tanpa <${name}>`);
    const startTag = withAttribute(startTagOf(this.xml.slice(section.start)).replace(/\s*\/>$/, ">"), "count", String(items.length));
    const text = `${startTag}${items.join("")}</${name}>`;
    this.xml = this.xml.slice(0, section.start) + text + this.xml.slice(section.end);
    this.dirty = true;
  }
}

function startTagOf(element: string): string {
  return /^<[^>]*>/.exec(element)![0];
}

function withAlignment(xf: string): string {
  const start = withAttribute(startTagOf(xf), "applyAlignment", "1");
  if (start.endsWith("/>")) return `${start.slice(0, -2)}><alignment wrapText="1" vertical="top"/></xf>`;
  const body = xf.slice(startTagOf(xf).length);
  if (/<alignment\b/.test(body)) return start + body.replace(/<alignment\b([^>]*?)(\/?)>/, (_, attrs: string, slash: string) => withAttribute(`<alignment${attrs}${slash}>`, "wrapText", "1"));
  return `${start}<alignment wrapText="1" vertical="top"/>${body}`;
}
