import { marksFromFindings, type ExcelGateway, type HighlightResult, type TableInfo } from "../../adapters/office";
import { UnusableInputError } from "../../adapters/unusable-input-error";
import type { SheetGrid } from "../../domain/cell/sheet-grid";
import { checkWorkers } from "../../domain/check/check-workers";
import type { RegionLookup } from "../../domain/check/rule-context";
import type { DtksIndex } from "../../domain/dtks/dtks-index";
import { groupThousands } from "../../domain/format/group-thousands";
import type { Settings } from "../../domain/settings";
import { nextPaint, throwIfCancelled, type Report } from "../operation/use-operation";
import type { CheckState } from "../session/session-context";
import { locateOnSheet, type LocatedSheet, type MappingOverrides } from "./column-mapping";
import { findTableElsewhere, TableElsewhereError } from "./table-elsewhere";

/** Where the worker table is: the active sheet, a named sheet, or an Excel table. */
export type CheckSource =
  | { readonly kind: "active" }
  | { readonly kind: "sheet"; readonly sheet: string }
  | { readonly kind: "table"; readonly sheet: string; readonly table: TableInfo };

/** Corrections the secretary made for one header row of one sheet; elsewhere they do not apply. */
export interface SheetOverrides {
  readonly sheet: string;
  readonly headerRow: number;
  readonly overrides: MappingOverrides;
}

export interface RunCheckOptions {
  readonly gateway: ExcelGateway;
  readonly source: CheckSource;
  readonly settings: Settings;
  readonly dtks?: DtksIndex;
  /** The Kemendagri districts, for the NIK region checks. */
  readonly regions?: RegionLookup;
  readonly overrides?: SheetOverrides;
  /** Fill and note the invalid cells in the same check (one read, one write). */
  readonly highlight: boolean;
  /** A grid already read (a corrected mapping is re-checked without reading again). */
  readonly grid?: SheetGrid;
  readonly signal: AbortSignal;
  readonly report: Report;
}

export interface RunCheckOutcome {
  readonly state: CheckState;
  readonly located: LocatedSheet;
  readonly highlights?: HighlightResult;
}

/**
 * A check as the pane runs it: read the sheet's used range (one sync, which also prepares the
 * highlights), find the table, run the engine, then write the highlights (one sync). Cancelling
 * stops it between steps; nothing is written after a cancel.
 */
export async function runCheck(options: RunCheckOptions): Promise<RunCheckOutcome> {
  const { gateway, source, signal, report } = options;
  let grid = options.grid;
  if (!grid) {
    report(source.kind === "active" ? "Membaca lembar aktif…" : `Membaca lembar "${source.sheet}"…`, 0.1);
    const read = await gateway.readUsedRange(source.kind === "active" ? undefined : source.sheet, { prepareHighlights: options.highlight });
    grid = source.kind === "table" ? { ...read, tables: [source.table] } : read;
  }
  throwIfCancelled(signal);

  report(`Memeriksa ${groupThousands(grid.rows.length)} baris lembar "${grid.name}"…`, 0.45);
  await nextPaint(signal);
  const overrides = options.overrides?.sheet === grid.name ? options.overrides : undefined;
  let found = locateOnSheet(grid, overrides?.overrides);
  if (found.ok && overrides && found.located.header.headerRow !== overrides.headerRow) found = locateOnSheet(grid);
  if (!found.ok) {
    // The active sheet is often an instructions sheet: look where the CLI would, every other sheet.
    if (source.kind === "active" && !options.grid) {
      report("Mencari tabel pekerja di lembar lain…", 0.5);
      const elsewhere = await findTableElsewhere(gateway, grid.name, signal);
      if (elsewhere) throw new TableElsewhereError(grid.name, elsewhere);
    }
    throw new UnusableInputError(found.message);
  }
  const { located } = found;
  if (located.table.rows.length === 0) {
    throw new UnusableInputError(`Tabel pekerja di lembar "${grid.name}" kosong: hanya ada baris judul (baris ${located.table.headerRow}). Isi data pekerja di bawahnya, lalu periksa lagi.`);
  }
  const result = checkWorkers(located.table, { settings: options.settings, dtks: options.dtks, regions: options.regions });
  throwIfCancelled(signal);

  let highlights: HighlightResult | undefined;
  if (options.highlight) {
    report("Menandai sel yang bermasalah…", 0.8);
    highlights = await gateway.writeHighlights(grid.name, marksFromFindings(result.findings, located.table.mapping));
  }
  return { state: { sheet: grid.name, grid, table: located.table, result, checkedAt: new Date(), settingsUsed: options.settings }, located, highlights };
}
