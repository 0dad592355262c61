import type { XmlAttributes, XmlHandler } from "./xml-tokenizer";

export interface WorkbookSheet {
  readonly name: string;
  readonly relationshipId: string;
  readonly hidden: boolean;
}

/** xl/workbook.xml: the sheets in tab order, their state, and the date system. */
export class WorkbookHandler implements XmlHandler {
  readonly sheets: WorkbookSheet[] = [];
  /** Serial 0 is 1 January 1904 instead of 31 December 1899 (old Mac workbooks). */
  date1904 = false;

  open(name: string, attributes: XmlAttributes): void {
    if (name === "sheet") {
      const relationshipId = attributes.id;
      if (relationshipId === undefined) return;
      const state = attributes.state;
      this.sheets.push({ name: attributes.name ?? "", relationshipId, hidden: state === "hidden" || state === "veryHidden" });
    } else if (name === "workbookPr") {
      const value = attributes.date1904;
      this.date1904 = value === "1" || value === "true";
    }
  }

  close(): void {}
  text(): void {}
}
