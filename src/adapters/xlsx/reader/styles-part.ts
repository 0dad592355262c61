import { BUILT_IN_NUMBER_FORMATS, isDateFormat } from "./number-formats";
import type { XmlAttributes, XmlHandler } from "./xml-tokenizer";

/** What the reader needs of xl/styles.xml: each cell style's number format (by the cell's `s` index), and whether it shows a date. */
export interface CellStyles {
  /** `undefined` for the General format (numFmtId 0) and for an unknown format id. */
  readonly numberFormats: ReadonlyArray<string | undefined>;
  readonly isDate: ReadonlyArray<boolean>;
}

export const NO_STYLES: CellStyles = { numberFormats: [], isDate: [] };

export class StylesHandler implements XmlHandler {
  private readonly custom = new Map<number, string>();
  private readonly formatIds: number[] = [];
  private inCellXfs = false;

  open(name: string, attributes: XmlAttributes): void {
    if (name === "numFmt") {
      const id = parseInt(attributes.numFmtId ?? "", 10);
      if (Number.isFinite(id) && attributes.formatCode !== undefined) this.custom.set(id, attributes.formatCode);
    } else if (name === "cellXfs") {
      this.inCellXfs = true;
    } else if (name === "xf" && this.inCellXfs) {
      this.formatIds.push(parseInt(attributes.numFmtId ?? "0", 10));
    }
  }

  close(name: string): void {
    if (name === "cellXfs") this.inCellXfs = false;
  }

  text(): void {}

  result(): CellStyles {
    // A custom code wins over the built-in one with the same id, as in Excel.
    const numberFormats = this.formatIds.map((id) => (id ? (this.custom.get(id) ?? BUILT_IN_NUMBER_FORMATS.get(id)) : undefined));
    return { numberFormats, isDate: numberFormats.map(isDateFormat) };
  }
}
