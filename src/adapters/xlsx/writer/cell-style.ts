import { xmlAttribute } from "./xml-text";

/** How a cell looks. Only what the project's outputs use; every field is optional. */
export interface CellStyle {
  /** A number format: "@" (text: NIK, No. KK), "0", "#,##0", "dd/mm/yyyy", or any custom code. */
  readonly numFmt?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Solid background, "#RRGGBB" (or "RRGGBB"). */
  readonly fill?: string;
  /** Font colour, "#RRGGBB". */
  readonly color?: string;
  readonly wrap?: boolean;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "center" | "bottom";
  /** A thin border on all four sides (the RAB's table). */
  readonly border?: boolean;
}

/** A registered style: the index of its `<xf>` in styles.xml, what a cell's `s` attribute holds. */
export type StyleId = number & { readonly __style: unique symbol };

/** The default look (General, Calibri 11): cells without a style. */
export const DEFAULT_STYLE = 0 as StyleId;

// Excel's built-in number formats by code: a file that redefines them confuses older readers, so they are
// referred to by id. (ECMA-376 §18.8.30; 14 is the locale's short date.)
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "mm-dd-yy": 14,
  "d-mmm-yy": 15,
  "d-mmm": 16,
  "mmm-yy": 17,
  "h:mm": 20,
  "h:mm:ss": 21,
  "m/d/yy h:mm": 22,
  "@": 49,
};

/** The date format a `Date` cell gets when its style names none. */
export const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";

/**
 * Collects the distinct styles a workbook uses and writes them as xl/styles.xml. A style is registered
 * once (`register`) and cells refer to its id, so writing a row costs no lookup.
 */
export class StyleRegistry {
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly xfIndex = new Map<string, StyleId>([[this.xfs[0]!, DEFAULT_STYLE]]);
  private readonly styles: CellStyle[] = [{}];
  private readonly customFormats = new Map<string, number>();
  // Fills 0 and 1 are reserved by Excel (none, gray125); fonts and borders start with the default.
  private readonly fonts: string[] = ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'];
  private readonly fills: string[] = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private readonly borders: string[] = ["<border><left/><right/><top/><bottom/><diagonal/></border>"];
  private readonly dateVariant = new Map<StyleId, StyleId>();

  register(style: CellStyle): StyleId {
    const numFmtId = style.numFmt === undefined ? 0 : this.formatId(style.numFmt);
    const fontId = this.fontId(style);
    const fillId = style.fill ? indexOf(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
    const borderId = style.border ? indexOf(this.borders, '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>') : 0;
    const alignment = [
      style.horizontal ? ` horizontal="${style.horizontal}"` : "",
      style.vertical ? ` vertical="${style.vertical}"` : "",
      style.wrap ? ' wrapText="1"' : "",
    ].join("");
    const applied = [
      numFmtId ? ' applyNumberFormat="1"' : "",
      fontId ? ' applyFont="1"' : "",
      fillId ? ' applyFill="1"' : "",
      borderId ? ' applyBorder="1"' : "",
      alignment ? ' applyAlignment="1"' : "",
    ].join("");
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}${alignment ? `><alignment${alignment}/></xf>` : "/>"}`;
    let id = this.xfIndex.get(xf);
    if (id === undefined) {
      id = this.xfs.length as StyleId;
      this.xfs.push(xf);
      this.xfIndex.set(xf, id);
      this.styles.push(style);
    }
    return id;
  }

  /** The style `id` with the default date format when it has no number format of its own (for a `Date`). */
  forDate(id: StyleId): StyleId {
    let variant = this.dateVariant.get(id);
    if (variant === undefined) {
      const style = this.styles[id] ?? {};
      variant = style.numFmt === undefined || style.numFmt === "General" ? this.register({ ...style, numFmt: DEFAULT_DATE_FORMAT }) : id;
      this.dateVariant.set(id, variant);
    }
    return variant;
  }

  xml(): string {
    const formats = [...this.customFormats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlAttribute(code)}"/>`);
    return [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
      formats.length ? `<numFmts count="${formats.length}">${formats.join("")}</numFmts>` : "",
      `<fonts count="${this.fonts.length}">${this.fonts.join("")}</fonts>`,
      `<fills count="${this.fills.length}">${this.fills.join("")}</fills>`,
      `<borders count="${this.borders.length}">${this.borders.join("")}</borders>`,
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
      `<cellXfs count="${this.xfs.length}">${this.xfs.join("")}</cellXfs>`,
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
      '<dxfs count="0"/><tableStyles count="0"/></styleSheet>',
    ].join("");
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.customFormats.get(code);
    if (id === undefined) {
      // Custom formats are numbered from 164, after the range Excel reserves for built-in ones.
      id = 164 + this.customFormats.size;
      this.customFormats.set(code, id);
    }
    return id;
  }

  private fontId(style: CellStyle): number {
    if (!style.bold && !style.italic && !style.color) return 0;
    const font = `<font>${style.bold ? "<b/>" : ""}${style.italic ? "<i/>" : ""}<sz val="11"/>${style.color ? `<color rgb="${argb(style.color)}"/>` : ""}<name val="Calibri"/><family val="2"/></font>`;
    return indexOf(this.fonts, font);
  }
}

function indexOf(list: string[], entry: string): number {
  const found = list.indexOf(entry);
  if (found >= 0) return found;
  list.push(entry);
  return list.length - 1;
}

/** "#FFF2CC" -> "FFFFF2CC" (opaque ARGB, as styles.xml wants). */
function argb(colour: string): string {
  const hex = colour.replace(/^#/, "").toUpperCase();
  if (!/^([0-9A-F]{6}|[0-9A-F]{8})$/.test(hex)) throw new RangeError(`Warna "${colour}" bukan #RRGGBB.`);
  return hex.length === 6 ? `FF${hex}` : hex;
}
