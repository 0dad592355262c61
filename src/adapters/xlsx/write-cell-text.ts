import { formatAngka } from "../../domain/format";

/**
 * Text as it may go into a cell of an .xlsx we write, whatever came in from a CSV or a cell:
 *
 * - XML 1.0 forbids U+0000–0008, U+000B, U+000C, U+000E–001F, U+FFFE, U+FFFF and unpaired surrogates. A
 *   part holding one is not well-formed and Excel reports the whole workbook as corrupt. They are written
 *   as `_xHHHH_`, the escape of the OOXML string type that Excel (and exceljs) decode back to the
 *   character, so nothing is lost and the file stays well-formed. A carriage return is escaped the same
 *   way (XML readers would turn it into a line feed), as Excel does.
 * - A literal `_xHHHH_` in the text (a name typed that way) is protected as `_x005F_xHHHH_`, so Excel
 *   shows it as typed instead of decoding it.
 * - Excel keeps at most 32,767 characters in a cell and refuses or cuts longer ones when it opens the
 *   file. Longer text is cut here with a note saying so at the end of the cell, and the writer reports
 *   the cell (`TextCuts`) so the secretary is told.
 */
export const EXCEL_CELL_LIMIT = 32_767;

/** A cell whose text was cut at Excel's limit. */
export interface CutCell {
  readonly sheet: string;
  /** Excel row number on that sheet. */
  readonly row: number;
  readonly column: string;
  /** Characters in the text before it was cut. */
  readonly length: number;
}

/** Collects the cells a writer cut, to report them in its "Keterangan" sheet and on the terminal. */
export class TextCuts {
  readonly cells: CutCell[] = [];

  /** The cell text for `sheet`, row `row`, column `column` (a header or a letter). */
  text(value: string, sheet: string, row: number, column: string): string {
    return cellText(value, (length) => this.cells.push({ sheet, row, column, length }));
  }

  /** A row's values with every text made safe; a cut cell is named by `headers[i]` (or its column letter). */
  row<T>(values: readonly T[], sheet: string, row: number, headers: readonly string[] = []): Array<T | string> {
    return values.map((value, i) => (typeof value === "string" ? this.text(value, sheet, row, headers[i] ?? columnLetter(i + 1)) : value));
  }

  /** "lembar Ditolak baris 5 kolom Alasan (40.120 karakter), …" (at most `shown`). */
  describe(shown = 10): string {
    const listed = this.cells.slice(0, shown).map((c) => `lembar ${c.sheet} baris ${c.row} kolom ${c.column} (${formatAngka(c.length)} karakter)`);
    const more = this.cells.length > shown ? `, dan ${formatAngka(this.cells.length - shown)} sel lain` : "";
    return `${formatAngka(this.cells.length)} sel lebih panjang dari batas Excel ${formatAngka(EXCEL_CELL_LIMIT)} karakter dipotong: ${listed.join(", ")}${more}. Teks lengkapnya ada di berkas masukan.`;
  }
}

/** Any value of a row: strings made safe (see above), everything else as it is. */
export function cellValue<T>(value: T, onCut?: (length: number) => void): T | string {
  return typeof value === "string" ? cellText(value, onCut) : value;
}

/** `text` within Excel's limit and with every XML-illegal character escaped. */
export function cellText(text: string, onCut?: (length: number) => void): string {
  let kept = text;
  if (text.length > EXCEL_CELL_LIMIT) {
    const note = ` … [dipotong: ${formatAngka(text.length)} karakter, batas sel Excel ${formatAngka(EXCEL_CELL_LIMIT)}]`;
    let end = EXCEL_CELL_LIMIT - note.length;
    // Never split a character made of two UTF-16 units (an emoji, a rare CJK name).
    if (isHighSurrogate(text.charCodeAt(end - 1))) end--;
    kept = text.slice(0, end) + note;
    onCut?.(text.length);
  }
  return xmlSafeText(kept);
}

// Everything that needs a look: illegal characters, a carriage return, a surrogate (paired or not), and
// an underscore that starts a literal "_xHHHH_".
const NEEDS_ESCAPE = /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;

/** The escaping alone (no length limit): for a cell, a header, a title. */
export function xmlSafeText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHighSurrogate(code) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      out += text[i]! + text[i + 1]!;
      i++;
    } else if (isIllegal(code)) {
      out += escape(code);
    } else if (code === 0x5f && /^_x[0-9A-Fa-f]{4}_/.test(text.slice(i, i + 7))) {
      out += "_x005F_";
    } else {
      out += text[i]!;
    }
  }
  return out;
}

/** A sheet name (an XML attribute, where Excel decodes no escape): illegal characters dropped. */
export function sheetNameText(name: string): string {
  let out = "";
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (isHighSurrogate(code) && i + 1 < name.length && isLowSurrogate(name.charCodeAt(i + 1))) {
      out += name[i]! + name[i + 1]!;
      i++;
    } else if (!isIllegal(code)) {
      out += name[i]!;
    }
  }
  return out;
}

/** 1 -> "A", 28 -> "AB": the domain's one A1 helper. */
export { columnLetters as columnLetter } from "../../domain/cell/a1";
import { columnLetters as columnLetter } from "../../domain/cell/a1";

function isIllegal(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function escape(code: number): string {
  return `_x${code.toString(16).toUpperCase().padStart(4, "0")}_`;
}
