import { notesLayout, rekapLayouts, type RekapWorkbook } from "../../domain/gabung/rekap-layout";
import type { AtomicWriteOptions } from "./write-atomic";
import { TextCuts, type CutCell } from "./write-cell-text";
import { markWorkbook } from "./write-marker";
import { writeLayoutSheet } from "./writer/write-layout";
import { writeXlsxFile } from "./writer/write-xlsx-file";

export type { RekapDuplicateRow, RekapVillageRow, RekapWorkbook } from "../../domain/gabung/rekap-layout";

/**
 * Writes the regency's consolidation workbook laid out by the domain (`rekap-layout.ts`). Every text is
 * made safe for the file and cut at Excel's limit by our writer; "Keterangan", written last, names the
 * cells cut. Streamed under a temporary name and renamed (`write-atomic.ts`), marked as our rekap so the
 * next `gabung` over the same folder skips it (`write-marker.ts`).
 */
export async function writeRekapWorkbook(file: string, rekap: RekapWorkbook, options: AtomicWriteOptions = {}): Promise<{ readonly cut: readonly CutCell[] }> {
  const cuts = new TextCuts();
  await writeXlsxFile(
    file,
    (book) => {
      markWorkbook(book, "rekap");
      for (const sheet of rekapLayouts(rekap)) {
        const written = sheet.name === "Keterangan" && cuts.cells.length > 0 ? notesLayout([...rekap.notes, cuts.describe()]) : sheet;
        writeLayoutSheet(book, written.name, written.layout);
      }
    },
    { ...options, onCut: (cell) => cuts.cells.push(cell) },
  );
  return { cut: cuts.cells };
}
