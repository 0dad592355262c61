import { extname } from "node:path";
import { DtksExtractReader, readDtksExtract, type DtksExtractResult } from "../../domain/dtks/read-dtks-extract";
import type { DtksIndex } from "../../domain/dtks/dtks-index";
import { UnusableInputError } from "../unusable-input-error";
import { readWorkbookFile } from "../xlsx/read-any";
import { streamCsvBytes } from "../xlsx/read-csv";
import { readFileBytes, sniffContainer } from "../xlsx/file-bytes";

export interface DtksLoad {
  readonly file: string;
  readonly index: DtksIndex;
  /** "lembar DTKS, 300 baris, dengan desil" — shown to the user so they can check the reading. */
  readonly description: string;
}

/**
 * Reads a DTKS/DTSEN extract (.xlsx or .csv) and indexes it. A CSV is streamed row by row into the
 * index: a million-row SIKS-NG export never exists as a grid.
 */
export async function loadDtksIndex(file: string, referenceYear = new Date().getFullYear()): Promise<DtksLoad> {
  let extract: DtksExtractResult;
  const bytes = /^\.(csv|tsv|txt)$/i.test(extname(file)) ? await readFileBytes(file) : undefined;
  if (bytes && sniffContainer(bytes) === "other") {
    const reader = new DtksExtractReader(file, referenceYear);
    streamCsvBytes(bytes, (row) => reader.push(row));
    extract = reader.finish();
  } else {
    extract = readDtksExtract(await readWorkbookFile(file), referenceYear);
  }
  if (!extract.ok) throw new UnusableInputError(`${file}: ${extract.message}`);
  const columns = Object.entries(extract.mapping)
    .map(([field, col]) => `${field} ← "${col!.header}"`)
    .join(", ");
  return {
    file,
    index: extract.index,
    description: `${extract.index.size.toLocaleString("id-ID")} baris, ${extract.index.hasDesil ? "dengan" : "tanpa"} kolom desil (${columns})`,
  };
}
