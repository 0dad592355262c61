import type { ExcelGateway } from "./excel-gateway";
import { notInExcel, type ExcelGatewayError } from "./gateway-error";
import type { SupportsRequirement } from "./office-excel-gateway";

/**
 * `Office.context.requirements.isSetSupported`, guarded: outside Office (a pane opened in a plain
 * browser) office.js initialises without `requirements`, and the answer is "no".
 */
export const officeRequirements: SupportsRequirement = (set, version) => {
  try {
    return Office.context?.requirements?.isSetSupported(set, version) ?? false;
  } catch {
    return false;
  }
};

/** The gateway when the pane cannot reach Excel: every call rejects with `reason` (default: open it in Excel). */
export function unavailableGateway(reason: ExcelGatewayError = notInExcel()): ExcelGateway {
  const refuse = () => Promise.reject(reason);
  return {
    listSheets: refuse,
    listTables: refuse,
    readUsedRange: refuse,
    writeHighlights: refuse,
    clearHighlights: refuse,
    selectCell: refuse,
    addSheet: refuse,
    addFormulaSheet: refuse,
    canCreateWorkbook: () => false,
    newWorkbookDelivery: () => "window",
    createWorkbook: refuse,
    readSetting: refuse,
    writeSetting: refuse,
    importSheetsFromBase64: refuse,
    deleteSheets: refuse,
    writeColumn: refuse,
    clearColumn: refuse,
    writeCells: refuse,
  };
}

/** `Office.context.platform` as a string ("PC", "Mac", "OfficeOnline"...), or undefined outside Office. */
export function officePlatform(): string | undefined {
  try {
    const platform = Office.context?.platform;
    return platform === undefined || platform === null ? undefined : String(platform);
  } catch {
    return undefined;
  }
}

/**
 * Where `Excel.createWorkbook` put the new workbook, said after it succeeded. On a Mac it opens in a
 * window behind Excel's (office-js #6943), so the secretary would think nothing happened; Excel on the
 * web opens it in a new browser tab, which a pop-up blocker may stop.
 */
export function newWorkbookWhere(platform: string | undefined = officePlatform()): string {
  switch (platform) {
    case "Mac":
      return " Di Mac, buku kerja baru terbuka di jendela terpisah di belakang jendela ini: buka menu Jendela (Window) di bagian atas layar lalu pilih buku kerja barunya.";
    case "OfficeOnline":
      return " Di Excel di web, buku kerja baru terbuka di tab browser baru; bila tidak muncul, izinkan pop-up untuk situs ini lalu ulangi.";
    case "PC":
      return " Buku kerja baru terbuka di jendela Excel tersendiri (lihat bilah tugas Windows).";
    default:
      return "";
  }
}
