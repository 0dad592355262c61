import { FIELD_NAMES } from "../../domain/fields";
import type { LoadedCheck } from "../load-and-check";
import { extractReport, extractToJson } from "./extract-report";

/** Column number -> Excel letters (1 -> A, 28 -> AB). */
export function columnLetter(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The documented `--json` shape of `periksa` (README): stable keys, findings in row order. */
export function checkToJson(loaded: LoadedCheck) {
  const { table, result } = loaded;
  const mapping = Object.fromEntries(
    FIELD_NAMES.filter((f) => table.mapping[f]).map((f) => [f, { column: columnLetter(table.mapping[f]!.column), header: table.mapping[f]!.header }]),
  );
  return {
    file: loaded.file,
    rows: result.summary.rows,
    sheet: table.sheet,
    headerRow: table.headerRow,
    mapping,
    findings: result.findings,
    summary: {
      errors: result.summary.errors,
      warnings: result.summary.warnings,
      infos: result.summary.infos,
      eligible: result.summary.eligible,
      excluded: result.summary.excluded,
      byCode: result.summary.byCode,
      dtks: result.summary.dtks ?? null,
    },
    /** The extract as read: each file's kind and mapping, and the counted notes (null without --dtks). */
    dtks: extractToJson(loaded.dtks && extractReport(loaded.dtks)),
    settings: loaded.settings,
  };
}
