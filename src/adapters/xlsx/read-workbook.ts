import type { WorkbookGrid } from "../../domain/cell/sheet-grid";
import { readFileBytes, sniffContainer } from "./file-bytes";
import { XLSX_LIMITS, type XlsxLimits } from "./reader/limits";
import { PartTooLargeError, readXlsx } from "./reader/read-xlsx";
import { OutOfBoundsError } from "./reader/sheet-part";
import { WorkbookReadError } from "./workbook-read-error";

/** Reads an .xlsx/.xlsm file into the domain's grid. Throws `WorkbookReadError` with an Indonesian message. */
export async function readXlsxFile(path: string): Promise<WorkbookGrid> {
  return readXlsxBytes(await readFileBytes(path), path);
}

/**
 * `path` only names the file in error messages. The reader is our own (src/adapters/xlsx/reader), streamed
 * part by part from the zip, within `XLSX_LIMITS`; it is synchronous, the promise is kept for callers.
 */
export async function readXlsxBytes(bytes: Uint8Array, path: string, limits: XlsxLimits = XLSX_LIMITS): Promise<WorkbookGrid> {
  const container = sniffContainer(bytes);
  if (container === "encrypted") throw new WorkbookReadError("ENCRYPTED", path);
  if (container === "xls") throw new WorkbookReadError("OLD_XLS", path);
  if (container !== "zip") throw new WorkbookReadError("NOT_XLSX", path);
  try {
    return readXlsx(bytes, limits);
  } catch (error) {
    if (error instanceof PartTooLargeError) throw new WorkbookReadError("TOO_LARGE", path, { cause: error });
    if (error instanceof OutOfBoundsError) throw new WorkbookReadError("OUT_OF_BOUNDS", path, { cause: error });
    // A broken zip, broken XML, an entity from a DTD, or a string longer than JavaScript holds.
    throw new WorkbookReadError("NOT_XLSX", path, { cause: error });
  }
}
