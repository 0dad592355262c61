/**
 * The findings report ("Laporan temuan"): the check's problems laid out to print and hand to the dusun
 * heads. Faces render `buildFindingsReport(...)`'s sheets (`layout` + `pageSetup`) into a new workbook,
 * never the user's: the CLI through `adapters/xlsx/write-report.ts`, the pane likewise.
 */
export { buildFindingsReport, problemsOf, type FindingsReport, type FindingsReportOptions, type ReportSheet } from "./findings-report";
export { REPORT_PAGE_SETUP, type PageSetup } from "./page-setup";
export { reportGroups, sheetNames, type ReportGroup } from "./report-groups";
export { whatToBring } from "./what-to-bring";
