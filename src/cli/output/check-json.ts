import { FIELD_NAMES } from "../../domain/fields";
import type { LoadedCheck } from "../load-and-check";
import { extractReport, extractToJson } from "./extract-report";

/** Column number -> Excel letters (1 -> A, 28 -> AB): the domain's one A1 helper. */
export { columnLetters as columnLetter } from "../../domain/cell/a1";
import { columnLetters as columnLetter } from "../../domain/cell/a1";

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
    hiddenSheet: table.hiddenSheet === true,
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
