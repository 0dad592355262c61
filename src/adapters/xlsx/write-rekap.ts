import ExcelJS from "exceljs";
import { notesLayout, rekapLayouts, type RekapWorkbook } from "../../domain/gabung/rekap-layout";
import { addLayoutSheet } from "./render-layout";
import { writeAtomically, type AtomicWriteOptions } from "./write-atomic";
import { TextCuts, type CutCell } from "./write-cell-text";
import { markWorkbook } from "./write-marker";

export type { RekapDuplicateRow, RekapVillageRow, RekapWorkbook } from "../../domain/gabung/rekap-layout";

/**
 * Writes the regency's consolidation workbook laid out by the domain (`rekap-layout.ts`). Every text is
 * made safe for the file and cut at Excel's limit (`write-cell-text.ts`); "Keterangan", written last,
 * names the cells cut. Written under a temporary name and renamed (`write-atomic.ts`), marked as our rekap
 * so the next `gabung` over the same folder skips it (`write-marker.ts`).
 */
export async function writeRekapWorkbook(file: string, rekap: RekapWorkbook, options: AtomicWriteOptions = {}): Promise<{ readonly cut: readonly CutCell[] }> {
  const cuts = new TextCuts();
  const book = new ExcelJS.Workbook();
  markWorkbook(book, "rekap");
  for (const sheet of rekapLayouts(rekap)) {
    const written = sheet.name === "Keterangan" && cuts.cells.length > 0 ? notesLayout([...rekap.notes, cuts.describe()]) : sheet;
    addLayoutSheet(book, written.name, written.layout, cuts);
  }
  await writeAtomically(file, (temporary) => book.xlsx.writeFile(temporary), options);
  return { cut: cuts.cells };
}
