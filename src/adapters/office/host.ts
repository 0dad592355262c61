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
