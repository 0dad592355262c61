import type { WorkbookGrid } from "../../domain/cell/sheet-grid";
import { readFileBytes } from "./file-bytes";
import { inflateWorker } from "./inflate-worker";
import { nodeInflater, WORKER_MIN_COMPRESSED_BYTES } from "./node-inflater";
import type { XlsxLimits } from "./reader/limits";
import { readXlsxGrid } from "./reader/read-xlsx-grid";

/** Reads an .xlsx/.xlsm file into the domain's grid. Throws `WorkbookReadError` with an Indonesian message. */
export async function readXlsxFile(path: string): Promise<WorkbookGrid> {
  return readXlsxBytes(await readFileBytes(path), path);
}

/**
 * `path` only names the file in error messages. Read by our own streaming reader (./reader), part by
 * part from the zip, within `XLSX_LIMITS`, inflated by zlib; it is synchronous, the promise is kept for callers.
 */
export async function readXlsxBytes(bytes: Uint8Array, path: string, limits?: XlsxLimits): Promise<WorkbookGrid> {
  // A file this large holds an entry the worker thread will inflate: started now, it is up by the time the
  // reader reaches that entry, past the workbook, styles and shared strings.
  if (bytes.length >= WORKER_MIN_COMPRESSED_BYTES) inflateWorker();
  return readXlsxGrid(bytes, path, limits, nodeInflater);
}
