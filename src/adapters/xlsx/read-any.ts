import { basename, extname } from "node:path";
import type { WorkbookGrid } from "../../domain/cell/sheet-grid";
import { csvBytesToGrid } from "./read-csv";
import { readFileBytes, sniffContainer } from "./file-bytes";
import { readXlsxBytes } from "./read-workbook";
import { WorkbookReadError } from "./workbook-read-error";

const XLSX_EXTENSIONS = new Set([".xlsx", ".xlsm"]);
const TEXT_EXTENSIONS = new Set([".csv", ".tsv", ".txt"]);

/**
 * Reads a worker list or DTKS extract from disk: .xlsx/.xlsm through our own streaming reader, .csv/.tsv/.txt as text.
 * The file's first bytes win over its extension when they disagree (a renamed .xlsx is still read,
 * a renamed .xls still gets the "save as .xlsx" advice). Throws `WorkbookReadError`.
 */
export async function readWorkbookFile(path: string): Promise<WorkbookGrid> {
  refuseUnknownType(path);
  return readKnownType(await readFileBytes(path), path);
}

/**
 * `readWorkbookFile` on bytes the caller has already read whole from `path` (gabung hashes them too, so each
 * village file is read once); `path` gives the extension and names the file in messages. Same refusals, same order:
 * an unknown extension, an empty file, an old .xls, something that is not an .xlsx.
 */
export async function readWorkbookBytes(bytes: Uint8Array, path: string): Promise<WorkbookGrid> {
  refuseUnknownType(path);
  // `readFileBytes` refuses an empty file itself.
  if (bytes.length === 0) throw new WorkbookReadError("EMPTY", path);
  return readKnownType(bytes, path);
}

/** The bytes of a file whose extension was accepted: an .xlsx, else refused as old .xls or not .xlsx, else a CSV. */
async function readKnownType(bytes: Uint8Array, path: string): Promise<WorkbookGrid> {
  const extension = extname(path).toLowerCase();
  const container = sniffContainer(bytes);
  if (container === "zip" || container === "encrypted") return readXlsxBytes(bytes, path);
  if (container === "xls" || extension === ".xls") throw new WorkbookReadError("OLD_XLS", path);
  if (XLSX_EXTENSIONS.has(extension)) throw new WorkbookReadError("NOT_XLSX", path);
  return csvBytesToGrid(bytes, basename(path, extname(path)));
}

/** Checked before a byte is read: a .docx or a photo is refused by its name alone. */
function refuseUnknownType(path: string): void {
  const extension = extname(path).toLowerCase();
  const known = XLSX_EXTENSIONS.has(extension) || TEXT_EXTENSIONS.has(extension) || extension === ".xls";
  if (!known) throw new WorkbookReadError("UNSUPPORTED_TYPE", path);
}
