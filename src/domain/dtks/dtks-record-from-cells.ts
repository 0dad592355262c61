import type { RawCell } from "../cell/raw-cell";
import { cellText } from "../cell/raw-cell";
import { readIdNumber } from "../nik/read-id-number";
import { parseDateCell } from "../values/parse-date";
import type { DtksField, DtksRecord } from "./dtks-record";

/**
 * One extract row as a DtksRecord. A damaged NIK in the extract itself (a number cell) is left
 * out of the NIK index rather than trusted: the row can still be matched by name and birth date.
 */
export function dtksRecordFromCells(row: number, cells: Partial<Record<DtksField, RawCell>>, referenceYear: number): DtksRecord {
  const nik = readIdNumber(cells.nik);
  const date = parseDateCell(cells.tanggal_lahir, referenceYear);
  // Only what matching and messages use is kept: an extract can hold a million people.
  return {
    row,
    nik: nik.status === "ok" ? nik.digits : undefined,
    nama: cellText(cells.nama),
    tanggalLahir: date.status === "ok" ? date.date : undefined,
    desil: readDesil(cells.desil),
  };
}

/** "3", 3, "Desil 3" -> 3; anything outside 1..10 is treated as unknown. */
function readDesil(cell: RawCell | undefined): number | undefined {
  const text = cellText(cell);
  if (text === undefined) return undefined;
  const m = /(\d{1,2})/.exec(text);
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= 10 ? n : undefined;
}
