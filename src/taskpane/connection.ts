import { ExcelGatewayError, OfficeExcelGateway, officeRequirements, unavailableGateway, type ExcelGateway, type SheetLayout } from "../adapters/office";

export type ConnectionStatus = "excel" | "outside-excel" | "office-missing";

export interface Connection {
  readonly status: ConnectionStatus;
  readonly gateway: ExcelGateway;
}

/** If office.js never answers (Microsoft's CDN unreachable), stop waiting after this long. */
const OFFICE_TIMEOUT_MS = 15_000;

/**
 * Waits for office.js and picks the gateway: Office.js inside Excel, a refusing one elsewhere.
 * The pane renders before this settles; only the workbook calls wait for it.
 */
export function connectToExcel(): Promise<Connection> {
  if (typeof Office === "undefined") return Promise.resolve(officeMissing());
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(officeMissing()), OFFICE_TIMEOUT_MS);
    void Office.onReady((info) => {
      clearTimeout(timer);
      const inExcel = String(info.host) === "Excel" && typeof Excel !== "undefined";
      resolve(
        inExcel
          ? { status: "excel", gateway: new OfficeExcelGateway({ excel: Excel, supports: officeRequirements }) }
          : { status: "outside-excel", gateway: unavailableGateway() },
      );
    });
  });
}

function officeMissing(): Connection {
  const reason = new ExcelGatewayError(
    "NOT_IN_EXCEL",
    "Office.js tidak termuat, jadi panel tidak bisa menghubungi Excel. Periksa koneksi internet, lalu tutup dan buka kembali panel ini.",
  );
  return { status: "office-missing", gateway: unavailableGateway(reason) };
}

/** A gateway usable at once: each call waits for the connection, then goes to the real gateway. */
export function deferredGateway(connection: Promise<Connection>): ExcelGateway {
  let settled: ExcelGateway | undefined;
  void connection.then((c) => (settled = c.gateway));
  const later =
    <A extends unknown[], R>(call: (gateway: ExcelGateway, ...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> =>
      call((await connection).gateway, ...args);
  return {
    listSheets: later((g) => g.listSheets()),
    listTables: later((g) => g.listTables()),
    readUsedRange: later((g, sheet?: string, options?) => g.readUsedRange(sheet, options)),
    writeHighlights: later((g, sheet: string, marks) => g.writeHighlights(sheet, marks)),
    clearHighlights: later((g, sheet?: string) => g.clearHighlights(sheet)),
    selectCell: later((g, sheet: string, row: number, column: number) => g.selectCell(sheet, row, column)),
    addSheet: later((g, name: string, rows, textColumns) => g.addSheet(name, rows, textColumns)),
    addFormulaSheet: later((g, name: string, layout: SheetLayout) => g.addFormulaSheet(name, layout)),
    canCreateWorkbook: () => settled?.canCreateWorkbook() ?? false,
    createWorkbook: later((g, base64: string) => g.createWorkbook(base64)),
    readSetting: later((g, key: string) => g.readSetting(key)),
    writeSetting: later((g, key: string, value: unknown) => g.writeSetting(key, value)),
    importSheetsFromBase64: later((g, base64: string, prefix?: string) => g.importSheetsFromBase64(base64, prefix)),
    deleteSheets: later((g, names: ReadonlyArray<string>) => g.deleteSheets(names)),
    writeColumn: later((g, sheet: string, column: number, startRow: number, values, options?) =>
      g.writeColumn(sheet, column, startRow, values, options),
    ),
    clearColumn: later((g, sheet: string, column: number, startRow: number, header: string) => g.clearColumn(sheet, column, startRow, header)),
    writeCells: later((g, sheet: string, writes) => g.writeCells(sheet, writes)),
  };
}
