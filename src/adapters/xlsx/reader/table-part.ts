import type { XmlAttributes, XmlHandler } from "./xml-tokenizer";

/** The `<table>` element of xl/tables/tableN.xml: an Excel table (ListObject). */
export interface TablePart {
  readonly name: string;
  readonly displayName: string;
  readonly ref: string;
  readonly hasTotalsRow: boolean;
}

export class TableHandler implements XmlHandler {
  table: TablePart | undefined;

  open(name: string, attributes: XmlAttributes): void {
    if (name !== "table" || this.table) return;
    const tableName = attributes.name ?? "";
    this.table = {
      name: tableName,
      displayName: attributes.displayName || tableName,
      ref: attributes.ref ?? "",
      // Excel writes totalsRowCount="1" when the totals row shows.
      hasTotalsRow: attributes.totalsRowCount === "1",
    };
  }

  close(): void {}
  text(): void {}
}
