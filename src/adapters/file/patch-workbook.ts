import type { SheetLayout } from "../../domain/layout/sheet-layout";
import { layoutSheetXml } from "./new-sheet-xml";
import { writeNotes, type NoteRequest } from "./notes-patch";
import { writeSettings } from "./settings-part";
import { patchSheetCells, type CellEdit, type PatchValue } from "./sheet-cells-patch";
import { StylesEditor } from "./styles-editor";
import { appendSheetPart } from "./workbook-sheets";
import { XlsxPackage } from "./xlsx-package";

/** Changes to one worksheet that was in the original file. */
export interface SheetPatch {
  /** The worksheet part, e.g. "xl/worksheets/sheet1.xml". */
  readonly part: string;
  /** Cells to fill, "#RRGGBB". */
  readonly fills?: ReadonlyArray<{ readonly row: number; readonly column: number; readonly color: string }>;
  readonly notes?: ReadonlyArray<NoteRequest>;
  /**
   * Marks of an earlier check to take away: our note there goes, and the fill becomes `restore` (the
   * cell's fill before the first check, "#RRGGBB", when the highlight ledger recorded one) or none.
   */
  readonly unmark?: ReadonlyArray<{ readonly row: number; readonly column: number; readonly restore?: string | null }>;
  /** Values written by the pane (a column it adds, a fix); `null` clears a cell. `numberFormat` ("@" for text) goes on first. */
  readonly values?: ReadonlyArray<{ readonly row: number; readonly column: number; readonly value: PatchValue | null; readonly numberFormat?: string }>;
}

export interface WorkbookPatch {
  readonly sheets?: ReadonlyArray<SheetPatch>;
  /** New worksheets at the end of the tab order. */
  readonly addedSheets?: ReadonlyArray<{ readonly name: string; readonly layout: SheetLayout }>;
  /** The add-in's settings as they should be stored; undefined leaves the file's as they are. */
  readonly settings?: ReadonlyMap<string, unknown>;
}

export interface PatchOutcome {
  readonly bytes: Uint8Array;
  /** Notes not written because the user's own note was on the cell. */
  readonly notesSkipped: number;
  /** The parts that differ from the original (for tests and the save dialog's summary). */
  readonly changedParts: ReadonlyArray<string>;
}

/**
 * The "(diperiksa)" copy: the original package with only the asked-for changes. Marked cells get a new
 * cell format (their own, with our fill) appended to styles.xml; notes, new sheets and settings are new
 * parts; every other part keeps the original's bytes. The user's workbook is never re-written from a
 * model of it, so nothing this project does not read (charts, validation, macros, pivot tables) is lost.
 */
export function patchWorkbook(original: Uint8Array, patch: WorkbookPatch): PatchOutcome {
  const pkg = XlsxPackage.open(original);
  const styles = new StylesEditor(pkg);
  let notesSkipped = 0;

  for (const sheet of patch.sheets ?? []) {
    const xml = pkg.text(sheet.part);
    if (xml === undefined) throw new Error(`bagian ${sheet.part} tidak ada`);
    const edits = new Map<number, Map<number, CellEdit>>();
    const edit = (row: number, column: number, change: CellEdit) => {
      const columns = edits.get(row) ?? new Map<number, CellEdit>();
      const before = columns.get(column);
      // A cell may get a value with its format and a fill: the style changes compose.
      const restyle = before?.restyle && change.restyle ? (s: number) => change.restyle!(before.restyle!(s)) : (change.restyle ?? before?.restyle);
      columns.set(column, { ...before, ...change, ...(restyle ? { restyle } : {}) });
      edits.set(row, columns);
    };
    for (const { row, column, value, numberFormat } of sheet.values ?? []) {
      edit(row, column, {
        value: value === null ? { clear: true } : value,
        ...(numberFormat ? { restyle: (current: number) => styles.derive(current, { numberFormat }) } : {}),
      });
    }
    for (const { row, column, restore } of sheet.unmark ?? []) edit(row, column, { restyle: (current) => styles.derive(current, { fill: restore ?? null }) });
    for (const { row, column, color } of sheet.fills ?? []) edit(row, column, { restyle: (current) => styles.derive(current, { fill: color }) });
    const patched = patchSheetCells(xml, edits);
    if (patched !== xml) pkg.setText(sheet.part, patched);
    notesSkipped += writeNotes(pkg, sheet.part, sheet.notes ?? [], sheet.unmark ?? []).skipped;
  }

  for (const added of patch.addedSheets ?? []) appendSheetPart(pkg, added.name, layoutSheetXml(added.layout, styles));
  if (patch.settings) writeSettings(pkg, patch.settings);
  styles.commit();
  return { bytes: pkg.toBytes(), notesSkipped, changedParts: pkg.changedPaths() };
}
