import { newPlainSharedString, readPlainSharedString } from "./plain-shared-string";
import { detached, detachedSlice } from "./shared-cells";
import type { XmlAttributes, XmlHandler } from "./xml-tokenizer";

/**
 * xl/sharedStrings.xml as the list of texts cells point at. A rich-text item (`<r>` runs) is its runs'
 * text joined; phonetic guides (`<rPh>`) are not part of the text. `_xHHHH_` escapes are decoded, as
 * Excel does.
 */
export class SharedStringsHandler implements XmlHandler {
  readonly strings: string[] = [];
  private plain: string | undefined;
  private runs: string | undefined;
  private inItem = false;
  private inRun = false;
  private inPhonetic = false;
  private inText = false;
  private current = "";
  private readonly plainItem = newPlainSharedString();

  /**
   * Plain `<si>` items (`plain-shared-string.ts`) read at once, with the same effect as their events: the
   * one at `at` and those right after it, so that the tokenizer is called back once per run of plain items
   * rather than once per item.
   */
  readElement(text: string, at: number): number {
    if (this.inItem) return -1;
    const item = this.plainItem;
    let end = readPlainSharedString(text, at, item);
    if (end < 0) return -1;
    for (;;) {
      // A copy of its own: a cut of the decoded piece would keep the whole piece alive with the text.
      const copy = detachedSlice(text, item.textFrom, item.textTo);
      this.strings.push(item.mayHaveEscape ? decodeEscapes(copy) : copy);
      const next = readPlainSharedString(text, end, item);
      if (next < 0) return end;
      end = next;
    }
  }

  open(name: string, _attributes: XmlAttributes, selfClosing: boolean): void {
    switch (name) {
      case "si":
        this.inItem = true;
        this.plain = undefined;
        this.runs = undefined;
        break;
      case "r":
        if (this.inItem && !this.inPhonetic) this.inRun = true;
        break;
      case "rPh":
        this.inPhonetic = true;
        break;
      case "t":
        if (this.inItem && !this.inPhonetic && !selfClosing) {
          this.inText = true;
          this.current = "";
        }
        break;
    }
  }

  text(text: string): void {
    if (this.inText) this.current += text;
  }

  close(name: string): void {
    switch (name) {
      case "t":
        if (!this.inText) break;
        this.inText = false;
        if (this.inRun) this.runs = (this.runs ?? "") + decodeEscapes(this.current);
        else this.plain = decodeEscapes(this.current);
        break;
      case "r":
        this.inRun = false;
        break;
      case "rPh":
        this.inPhonetic = false;
        break;
      case "si":
        this.inItem = false;
        // A copy of its own, as the direct reading makes: the cells of a sheet keep these texts.
        this.strings.push(detached(this.runs ?? this.plain ?? ""));
        break;
    }
  }
}

/** `_x000D_` is a carriage return: how OOXML writes characters XML cannot carry. */
export function decodeEscapes(text: string): string {
  return text.indexOf("_x") < 0 ? text : text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
