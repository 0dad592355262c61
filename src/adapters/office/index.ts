export type { CellValue, ExcelGateway, HighlightResult, ReadOptions, SheetInfo, TableInfo } from "./excel-gateway";
export type { LayoutCell, LayoutStyle, SheetLayout } from "./excel-gateway";
export { ExcelGatewayError, type GatewayErrorCode } from "./gateway-error";
export { columnOfFinding, marksFromFindings, type HighlightMark, type MarkSeverity } from "./highlight-marks";
export { HIGHLIGHT_FILLS, NOTE_MARKER } from "./highlight-plan";
export { OfficeExcelGateway, type ExcelHost, type OfficeGatewayOptions, type SupportsRequirement } from "./office-excel-gateway";
export { officeRequirements, unavailableGateway } from "./host";
