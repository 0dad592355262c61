import { basename, extname } from "node:path";
import { buildDtksExtract, describeMapping, describePart, type DtksExtract } from "../../domain/dtks/dtks-extract";
import { DtksExtractReader, readExtractWorkbook, type ExtractPart } from "../../domain/dtks/read-dtks-extract";
import { UnusableInputError } from "../unusable-input-error";
import { readFileHead, sniffContainer } from "../xlsx/file-bytes";
import { columnLetters } from "../office/a1";
import { readExtractCsv } from "./read-extract-csv";

export interface DtksLoad {
  readonly files: readonly string[];
  readonly extract: DtksExtract;
  /** One line per file part: what it was read as and which columns were used, so the user can check the reading. */
  readonly description: readonly string[];
}

/**
 * Reads the village's extract files (.xlsx or .csv, any number: a DTSEN family file with its member
 * file, a SIKS-NG desil export, a BNBA list), each recognised by its columns, and joins them. A CSV is
 * read line by line into the reader's columns: a million-row member file never exists as a grid, nor
 * as a million records.
 * A file that is not an extract is an `UnusableInputError` naming the columns it has.
 */
export async function loadDtksExtract(files: readonly string[], referenceYear = new Date().getFullYear()): Promise<DtksLoad> {
  const parts: ExtractPart[] = [];
  for (const file of files) parts.push(...(await readParts(file, referenceYear, parts.length)));
  const extract = buildDtksExtract(parts);
  const description = extract.parts.map((part) => `${part.name}: ${describePart(part)}; ${describeMapping(part, columnLetters)}`);
  return { files, extract, description };
}

async function readParts(file: string, referenceYear: number, firstPartIndex: number): Promise<ExtractPart[]> {
  // The first bytes tell a real text file from a workbook renamed .csv; the text is then read from disk in pieces.
  const head = /^\.(csv|tsv|txt)$/i.test(extname(file)) ? await readFileHead(file, 8) : undefined;
  if (head && sniffContainer(head) === "other") {
    const reader = await readExtractCsv(file, () => new DtksExtractReader(basename(file), basename(file, extname(file)), referenceYear, firstPartIndex));
    const result = reader.finish();
    if (!result.ok) throw new UnusableInputError(`${file}: ${result.message}`);
    return [result.part];
  }
  // The workbook reader (zip, XML, some 25 modules) is loaded only for a workbook: a CSV extract never needs it.
  const { readWorkbookFile } = await import("../xlsx/read-any");
  const read = readExtractWorkbook(await readWorkbookFile(file), basename(file), referenceYear, firstPartIndex);
  if (read.message) throw new UnusableInputError(`${file}: ${read.message}`);
  return read.parts;
}
