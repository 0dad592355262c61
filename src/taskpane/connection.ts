import { ExcelGatewayError, OfficeExcelGateway, officeRequirements, unavailableGateway, type ExcelGateway, type SheetLayout } from "../adapters/office";

/**
 * - "excel": inside an Excel that can run the add-in;
 * - "outside-excel": office.js answered, but not from Excel (a plain browser tab);
 * - "office-missing": office.js never loaded (Microsoft's CDN unreachable when the pane opened);
 * - "unsupported-host": inside an Excel that lacks an API set the add-in needs (`missing` says which).
 */
export type ConnectionStatus = "excel" | "outside-excel" | "office-missing" | "unsupported-host";

export interface Connection {
  readonly status: ConnectionStatus;
  readonly gateway: ExcelGateway;
  /** For "unsupported-host": the requirement sets missing, e.g. ["SharedRuntime 1.1"]. */
  readonly missing?: ReadonlyArray<string>;
  /** `Office.context.platform` ("PC", "Mac", "OfficeOnline"...), when known. */
  readonly platform?: string;
}

/**
 * What the add-in needs from its host, as `Office.context.requirements.isSetSupported` names it:
 * the shared runtime that joins the pane and the DESA functions, the custom-functions runtime, and
 * the ExcelApi level every host with a shared runtime has (1.10: Microsoft 365 Version 2002, Excel
 * 2021 Version 2108, Mac 16.35, Excel on the web;
 * https://learn.microsoft.com/en-us/javascript/api/requirement-sets/common/shared-runtime-requirement-sets).
 */
export const REQUIRED_SETS: ReadonlyArray<readonly [string, string]> = [
  ["ExcelApi", "1.10"],
  ["SharedRuntime", "1.1"],
  ["CustomFunctionsRuntime", "1.1"],
];

export function missingRequirements(supports: (set: string, version: string) => boolean): string[] {
  return REQUIRED_SETS.filter(([set, version]) => !supports(set, version)).map(([set, version]) => `${set} ${version}`);
}

/**
 * Waits for office.js however long it takes (a slow rural connection can need a minute) and picks
 * the gateway: Office.js inside a capable Excel, a refusing one elsewhere. The pane renders before
 * this settles and shows how long it has been waiting; only workbook calls wait for it.
 */
export function connectToExcel(office: typeof Office | undefined = typeof Office === "undefined" ? undefined : Office): Promise<Connection> {
  if (office === undefined) return Promise.resolve(officeMissing());
  return new Promise((resolve) => {
    void office.onReady((info) => {
      const inExcel = String(info.host) === "Excel" && typeof Excel !== "undefined";
      if (!inExcel) {
        resolve({ status: "outside-excel", gateway: unavailableGateway() });
        return;
      }
      const platform = info.platform === null || info.platform === undefined ? undefined : String(info.platform);
      const missing = missingRequirements(officeRequirements);
      if (missing.length > 0) {
        resolve({ status: "unsupported-host", gateway: unavailableGateway(unsupportedHost(missing)), missing, platform });
        return;
      }
      resolve({ status: "excel", gateway: new OfficeExcelGateway({ excel: Excel, supports: officeRequirements, platform }), platform });
    });
  });
}

/** Advice that works with a long-lived shared runtime, where closing the pane does not reload it. */
export const RELOAD_ADVICE =
  "Muat ulang panel: klik kanan di dalam panel lalu pilih Muat ulang (Reload), atau pakai menu ▾ di pojok kanan atas panel. Bila belum berhasil, tutup Excel sepenuhnya lalu buka kembali.";

function officeMissing(): Connection {
  const reason = new ExcelGatewayError("NOT_IN_EXCEL", `Office.js tidak termuat, jadi panel tidak bisa menghubungi Excel. Periksa koneksi internet. ${RELOAD_ADVICE}`);
  return { status: "office-missing", gateway: unavailableGateway(reason) };
}

export function unsupportedHost(missing: ReadonlyArray<string>): ExcelGatewayError {
  return new ExcelGatewayError(
    "UNSUPPORTED",
    `Versi Excel ini belum bisa menjalankan Pekerja Rentan (tidak ada ${missing.join(", ")}). Pakai Excel di web (gratis dengan akun Microsoft, buka office.com), perbarui ke Microsoft 365 atau Excel 2021 versi 2108 ke atas, atau jalankan dari baris perintah: npx pekerja-rentan periksa.`,
  );
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
    newWorkbookDelivery: () => settled?.newWorkbookDelivery() ?? "window",
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
