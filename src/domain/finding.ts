import type { FieldName } from "./fields";

export type Severity = "error" | "warning" | "info";

/**
 * One problem on one row, in the shape every face shows (CLI, task pane, JSON).
 * `row` is the 1-based Excel row on the source sheet (0 for a problem with the whole table),
 * `message` is Bahasa Indonesia and says what the secretary should fix.
 */
export interface Finding {
  readonly row: number;
  readonly field: FieldName | "baris";
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly message: string;
}

/** Stable identifiers: published in the JSON output and the README, never renamed. */
export type FindingCode =
  | "NIK_MISSING"
  | "NIK_FORMAT"
  | "NIK_PRECISION_LOST"
  | "NIK_DATE_INVALID"
  | "NIK_SERIAL_ZERO"
  | "NIK_DOB_MISMATCH"
  | "NIK_SEX_MISMATCH"
  | "NIK_REGION_UNKNOWN"
  | "NIK_REGION_OUTSIDE"
  | "NIK_DUPLICATE"
  | "KK_FORMAT"
  | "KK_PRECISION_LOST"
  | "KK_SAME_AS_NIK"
  | "NAME_MISSING"
  | "NAME_SUSPICIOUS"
  | "DATE_INVALID"
  | "DATE_MISSING"
  | "SEX_INVALID"
  | "AGE_OUT_OF_RANGE"
  | "PHONE_INVALID"
  | "INCOME_INVALID"
  | "INCOME_OUT_OF_RANGE"
  | "CELL_ERROR"
  | "DTKS_NOT_FOUND"
  | "DTKS_NAME_MISMATCH"
  | "DTKS_DESIL_ABOVE"
  | "DTKS_MATCHED_BY_NAME"
  | "DTKS_DOB_MISMATCH"
  | "DTKS_MATCHED_BY_FAMILY"
  | "DTKS_WAGE_EARNER"
  | "NIK_DUPLICATE_ACROSS";

export function finding(
  row: number,
  field: Finding["field"],
  code: FindingCode,
  severity: Severity,
  message: string,
): Finding {
  return { row, field, code, severity, message };
}


const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sorts by row, then severity (errors first), then field: the order every face lists them in. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.row - b.row || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.field.localeCompare(b.field);
}
