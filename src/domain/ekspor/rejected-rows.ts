import { rejectionLabel } from "./rejection-labels";
import type { RejectedRow } from "./submission";

/**
 * The "Ditolak" sheet's columns, described once for the pane's sheets and the CLI's xlsx writer. The reasons are
 * named in Indonesian (REJECTION_LABELS), never by the checks' English codes: the sheet goes to the BPJS branch.
 */
export const REJECTED_HEADERS = ["Baris", "Nama", "NIK (seperti tertulis)", "Alasan singkat", "Alasan"] as const;

/** One left-out row as the sheet's cells: its row number, name, NIK as written, short reasons, and what to fix. */
export function rejectedRowCells(rejected: RejectedRow): [number, string, string, string, string] {
  const labels = [...new Set(rejected.reasons.map((reason) => rejectionLabel(reason.code)))].join("; ");
  const reasons = rejected.reasons.map((reason) => `${rejectionLabel(reason.code)}: ${reason.message}`).join("\n");
  return [rejected.row, rejected.nama, rejected.nikShown, labels, reasons];
}
