/**
 * How a report sheet prints, as data every writer renders the same way (the project's streaming writer
 * for the CLI's and the pane's .xlsx, Office.js for new sheets in the pane). A dusun head gets paper:
 * landscape A4, every column on the page width, the column headings repeated at the top of each page, and
 * page numbers.
 */
export interface PageSetup {
  readonly orientation: "landscape" | "portrait";
  readonly paperSize: "A4";
  /** Shrink so all columns fit one page wide; pages run down as long as the list is. */
  readonly fitToWidth: true;
  /** Rows printed at the top of every page (1-based, inclusive): the column headings. */
  readonly printTitleRows: { readonly first: number; readonly last: number };
  /** Footer in Excel's header/footer codes (&P page, &N pages). */
  readonly footer: string;
}

export const REPORT_PAGE_SETUP = {
  orientation: "landscape",
  paperSize: "A4",
  fitToWidth: true,
  footer: "Halaman &P dari &N",
} as const;
