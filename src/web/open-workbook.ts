import { FileExcelGateway, type WorkbookFile } from "../adapters/file/file-excel-gateway";
import { readXlsxBytes } from "../adapters/xlsx/read-workbook";
import { downloadFile } from "./file-access";

/** The file gateway as the page uses it: the project's reader, and new workbooks handed over as downloads. */
export function openWorkbook(file: WorkbookFile): Promise<FileExcelGateway> {
  return FileExcelGateway.open(file, {
    readWorkbook: (bytes, name) => readXlsxBytes(bytes, name),
    deliver: (made) => downloadFile(made.name, made.bytes),
  });
}
