import type { WorkbookGrid } from "../../../domain/cell/sheet-grid";
import { WorkbookReadError } from "../workbook-read-error";
import { sniffContainer } from "./container";
import { fflateInflater, type RawInflater } from "./inflater";
import { XLSX_LIMITS, type XlsxLimits } from "./limits";
import { PartTooLargeError, readXlsx } from "./read-xlsx";
import { OutOfBoundsError } from "./sheet-part";

/**
 * An .xlsx/.xlsm file's bytes as the domain's grid, or a `WorkbookReadError` with the Indonesian
 * message for the secretary: a password-protected workbook, an old .xls, anything that is not a
 * readable workbook, a part too large, a row or column past Excel's limits. `fileName` only names the
 * file in those messages. Pure of Node, so the CLI and the pane read workbooks the same way; only the
 * inflater differs (the CLI passes zlib's, `../node-inflater.ts`).
 */
export function readXlsxGrid(bytes: Uint8Array, fileName: string, limits: XlsxLimits = XLSX_LIMITS, inflate: RawInflater = fflateInflater): WorkbookGrid {
  const container = sniffContainer(bytes);
  if (container === "encrypted") throw new WorkbookReadError("ENCRYPTED", fileName);
  if (container === "xls") throw new WorkbookReadError("OLD_XLS", fileName);
  if (container !== "zip") throw new WorkbookReadError("NOT_XLSX", fileName);
  try {
    return readXlsx(bytes, limits, inflate);
  } catch (error) {
    if (error instanceof PartTooLargeError) throw new WorkbookReadError("TOO_LARGE", fileName, { cause: error });
    if (error instanceof OutOfBoundsError) throw new WorkbookReadError("OUT_OF_BOUNDS", fileName, { cause: error });
    // A broken zip, broken XML, an entity from a DTD, or a string longer than JavaScript holds.
    throw new WorkbookReadError("NOT_XLSX", fileName, { cause: error });
  }
}
