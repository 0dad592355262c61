import { cellAddress } from "../../domain/cell/a1";
import type { RawCell } from "../../domain/cell/raw-cell";
import type { CellWrite } from "../../domain/fix/fix-batch";
import { toExcelSerial } from "../../domain/values/calendar-date";

/** A date the add-in writes (a fixed birth date, or an undone one) is shown the way Indonesian forms write it. */
export const WRITTEN_DATE_FORMAT = "dd/mm/yyyy";

/** What one cell gets: its number format first, then its value (so "081234567890" is never parsed as a number). */
export function officeCellOf(write: Pick<CellWrite, "value" | "asText">): { readonly numberFormat: string; readonly value: string | number | boolean } {
  const cell: RawCell = write.value;
  switch (cell.kind) {
    case "text":
      return { numberFormat: write.asText ? "@" : "General", value: cell.text };
    case "number":
      return { numberFormat: cell.numberFormat ?? "General", value: cell.value };
    case "date":
      return { numberFormat: WRITTEN_DATE_FORMAT, value: toExcelSerial(cell) };
    case "boolean":
      return { numberFormat: "General", value: cell.value };
    case "empty":
      return { numberFormat: "General", value: "" };
    case "error":
      // An error cannot be written as a value; its code as text keeps what the secretary saw.
      return { numberFormat: "@", value: cell.code };
  }
}

/**
 * Queues the writes on `worksheet` (no sync): per cell its number format, then its value. The caller
 * syncs once, so a "Perbaiki otomatis" of 300 cells is one round trip.
 */
export function queueCellWrites(worksheet: Excel.Worksheet, writes: ReadonlyArray<CellWrite>): void {
  for (const write of writes) {
    const { numberFormat, value } = officeCellOf(write);
    const range = worksheet.getRange(cellAddress(write.sheetRow, write.column));
    range.numberFormat = [[numberFormat]];
    range.values = [[value]];
  }
}
