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
  const mappedColumns = Object.values(mapping).map((mapped) => mapped!.column);
  if (mappedColumns.length === 0) return [];
  const firstColumn = Math.min(...mappedColumns);
  const byCell = new Map<string, { row: number; column: number; severity: MarkSeverity; messages: string[] }>();
  for (const finding of findings) {
    if (finding.row < 1 || finding.severity === "info") continue;
    const column = finding.field === "baris" ? firstColumn : (mapping[finding.field]?.column ?? firstColumn);
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
