import type { RawCell } from "./raw-cell";

/**
 * One worksheet's used range, as read by an adapter in a single pass.
 * `rows[i][j]` is the cell at Excel row `firstRow + i`, column `firstColumn + j` (both 1-based).
 */
export interface SheetGrid {
  readonly name: string;
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly rows: ReadonlyArray<ReadonlyArray<RawCell>>;
  /** Excel tables (ListObjects) on the sheet, when the adapter can see them. Ranges are 1-based and inclusive. */
  readonly tables?: ReadonlyArray<GridTable>;
  /** 1-based column numbers that are hidden; kept for reporting, never dropped. */
  readonly hiddenColumns?: ReadonlyArray<number>;
  /**
   * Merged ranges. Only the top-left (master) cell of a range holds the value in `rows`; the
   * other covered cells are empty, as in Excel, so a locator decides when to copy a label down.
   */
  readonly merges?: ReadonlyArray<GridRange>;
  /** True for a sheet hidden (or very hidden) in Excel: an old copy, a lookup list; passed over when a visible sheet has the table. */
  readonly hidden?: boolean;
}

/** A rectangle of cells, 1-based and inclusive. */
export interface GridRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface GridTable {
  readonly name: string;
  /** Header row number and the data rows' range, 1-based, inclusive. */
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly lastRow: number;
}

/** The workbook as the domain sees it: its sheets in tab order. */
export interface WorkbookGrid {
  readonly sheets: ReadonlyArray<SheetGrid>;
}
