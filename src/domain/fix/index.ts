/**
 * Safe automatic fixes ("Perbaiki otomatis") and their undo record ("Batalkan perbaikan").
 *
 * A face calls `proposeFixes(table, check.findings, { referenceYear: settings.tahun })`, shows each
 * fix's `shownBefore → shownAfter` and `reason`, writes `fixWrites(fixes)` in one batch (Text format
 * first where `asText`), and stores `serialiseFixBatch(createFixBatch(table.sheet, fixes, { id, createdAt }))`
 * in the workbook. To undo: `parseFixBatch(stored)`, warn about `cellsChangedSince(batch, read)`, then
 * write `undoWrites(batch)`.
 */
export type { CellFix, FixCode, FixedCell } from "./cell-fix";
export { proposeFixes, type ProposeFixesOptions } from "./propose-fixes";
export { FIX_LABELS, groupFixes } from "./fix-labels";
export {
  FIX_BATCH_SETTING,
  type CellWrite,
  type FixBatch,
  type FixBatchCell,
  cellsChangedSince,
  createFixBatch,
  fixWrites,
  parseFixBatch,
  sameCell,
  serialiseFixBatch,
  undoWrites,
} from "./fix-batch";
export { applyFixesToGrid, undoFixBatchOnGrid, writeCellsToGrid } from "./write-cells-to-grid";
