import { FileExcelGateway, type WorkbookFile } from "../adapters/file/file-excel-gateway";
import { readXlsxGrid } from "../adapters/xlsx/reader/read-xlsx-grid";
import { downloadFile } from "./file-access";

/**
 * The file gateway as the page uses it: the project's reader on the file's bytes (its browser entry,
 * which needs neither Node's file system nor `Buffer`), and new workbooks handed over as downloads.
 */
export function openWorkbook(file: WorkbookFile): Promise<FileExcelGateway> {
  return FileExcelGateway.open(file, {
    readWorkbook: async (bytes, name) => readXlsxGrid(bytes, name),
    deliver: (made) => downloadFile(made.name, made.bytes),
  });
}
