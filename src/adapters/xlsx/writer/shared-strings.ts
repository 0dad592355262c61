import { xmlText } from "./xml-text";

/**
 * The workbook's shared-string table: each distinct text once (long digit strings aside, see `add`), cells
 * refer to it by index. This is the only part of a workbook the writer holds in memory whole (the sheets
 * stream), and the reason a 100,000-row sheet whose villages, jobs and dusun repeat comes out smaller than
 * with inline strings.
 */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly texts: string[] = [];
  private references = 0;

  /** The index of `text` (already cut to Excel's limit), adding it when new. */
  add(text: string): number {
    this.references++;
    // A NIK, a No. KK or a phone number is nearly always new: it gets its own entry without the lookup,
    // which on 100,000 rows costs more than the rest of the table. The rare repeat (a family's No. KK) is
    // then in the table twice, which readers take as the same text, as the index says nothing else.
    if (isDigitIdentifier(text)) {
      this.texts.push(text);
      return this.texts.length - 1;
    }
    let found = this.index.get(text);
    if (found === undefined) {
      found = this.texts.length;
      this.index.set(text, found);
      this.texts.push(text);
    }
    return found;
  }

  get size(): number {
    return this.texts.length;
  }

  /** xl/sharedStrings.xml, in pieces of about `chunk` characters so a large table is never one huge string. */
  *xml(chunk = 1 << 16): Generator<string> {
    let out = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${this.texts.length}">`;
    for (const text of this.texts) {
      // Leading or trailing spaces (a padded RT "01 ") are kept only with xml:space="preserve".
      out += needsPreserve(text) ? `<si><t xml:space="preserve">${xmlText(text)}</t></si>` : `<si><t>${xmlText(text)}</t></si>`;
      if (out.length >= chunk) {
        yield out;
        out = "";
      }
    }
    yield out + "</sst>";
  }
}

/** True when XML readers would lose whitespace at either end of `text` (or a line break inside). */
export function needsPreserve(text: string): boolean {
  if (text.length === 0) return false;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first === 0x20 || first === 0x09 || first === 0x0a || last === 0x20 || last === 0x09 || last === 0x0a || text.includes("\n");
}

/** Ten or more digits and nothing else: an identifier or a phone number, not a word that repeats. */
function isDigitIdentifier(text: string): boolean {
  if (text.length < 10) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}
