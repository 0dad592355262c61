import { readWorkbookFile } from "../xlsx/read-any";
import type { DtksIndex } from "../../domain/dtks/dtks-index";
import { readDtksExtract } from "../../domain/dtks/read-dtks-extract";
import { UnusableInputError } from "../unusable-input-error";

export interface DtksLoad {
  readonly file: string;
  readonly index: DtksIndex;
  /** "lembar DTKS, 300 baris, dengan desil" — shown to the user so they can check the reading. */
  readonly description: string;
}

/** Reads a DTKS/DTSEN extract (.xlsx or .csv) and indexes it. */
export async function loadDtksIndex(file: string, referenceYear = new Date().getFullYear()): Promise<DtksLoad> {
  const workbook = await readWorkbookFile(file);
  const extract = readDtksExtract(workbook, referenceYear);
  if (!extract.ok) throw new UnusableInputError(`${file}: ${extract.message}`);
  const columns = Object.entries(extract.mapping)
    .map(([field, col]) => `${field} ← "${col!.header}"`)
    .join(", ");
  return {
    file,
    index: extract.index,
    description: `lembar "${extract.sheet}", ${extract.index.size.toLocaleString("id-ID")} baris, ${extract.index.hasDesil ? "dengan" : "tanpa"} kolom desil (${columns})`,
  };
}
