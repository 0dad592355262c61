import type { Finding } from "../../domain/finding";
import type { ColumnMapping } from "../../domain/table/worker-table";

export type MarkSeverity = "error" | "warning";

/** One cell to highlight, 1-based, with every message found on it. */
export interface HighlightMark {
  readonly row: number;
  readonly column: number;
  readonly severity: MarkSeverity;
  readonly messages: ReadonlyArray<string>;
}

/**
 * The cells to highlight for a check's findings. Errors and warnings are marked, notes ("info")
 * are only listed in the pane. A finding on the whole row ("baris") or on a field that has no
 * column marks the row's first mapped column, so the user still sees where to look.
 * Several findings on one cell make one mark, coloured by the worst of them.
 */
export function marksFromFindings(findings: ReadonlyArray<Finding>, mapping: ColumnMapping): HighlightMark[] {
  const firstColumn = firstMappedColumn(mapping);
  if (firstColumn === undefined) return [];
  const byCell = new Map<string, { row: number; column: number; severity: MarkSeverity; messages: string[] }>();
  for (const finding of findings) {
    if (finding.row < 1 || finding.severity === "info") continue;
    const column = columnOfFinding(finding, mapping, firstColumn) ?? firstColumn;
    const key = `${finding.row}:${column}`;
    const mark = byCell.get(key);
    if (mark) {
      if (finding.severity === "error") mark.severity = "error";
      if (!mark.messages.includes(finding.message)) mark.messages.push(finding.message);
    } else {
      byCell.set(key, { row: finding.row, column, severity: finding.severity, messages: [finding.message] });
    }
  }
  return [...byCell.values()];
}

/**
 * The column a finding points at: its field's column, or, for a whole-row finding or a field without
 * a column, the row's first mapped column. Undefined only when nothing is mapped.
 */
export function columnOfFinding(finding: Pick<Finding, "field">, mapping: ColumnMapping, firstColumn = firstMappedColumn(mapping)): number | undefined {
  if (finding.field !== "baris" && mapping[finding.field]) return mapping[finding.field]!.column;
  return firstColumn;
}

function firstMappedColumn(mapping: ColumnMapping): number | undefined {
  const columns = Object.values(mapping).map((mapped) => mapped!.column);
  return columns.length === 0 ? undefined : Math.min(...columns);
}
