import type { DtksLoad } from "../../adapters/node/load-dtks";
import { columnLetters } from "../../adapters/office/a1";
import type { ExtractNote } from "../../domain/dtks/dtks-extract";
import type { DtksField } from "../../domain/dtks/dtks-record";
import type { ExtractKind } from "../../domain/dtks/read-dtks-extract";
import type { Style } from "./style";

/** One extract file (or sheet) as `--json` reports it. */
export interface ExtractFileJson {
  readonly name: string;
  readonly kind: ExtractKind;
  readonly sheet: string;
  readonly headerRow: number;
  readonly mapping: Partial<Record<DtksField, { readonly column: string; readonly header: string }>>;
  /** Families of a family file, persons of any other file. */
  readonly rows: number;
}

/**
 * What the user needs to check the reading of the extract, without the extract itself: small enough to
 * keep after the (possibly million-row) index has been let go.
 */
export interface ExtractReport {
  /** One line per file part: what it was read as, and the mapping used. */
  readonly description: readonly string[];
  readonly files: readonly ExtractFileJson[];
  readonly notes: ReadonlyArray<Pick<ExtractNote, "code" | "count" | "message">>;
}

export function extractReport(dtks: DtksLoad): ExtractReport {
  const files = dtks.extract.parts.map((part) => ({
    name: part.name,
    kind: part.kind,
    sheet: part.sheet,
    headerRow: part.headerRow,
    mapping: Object.fromEntries(
      (Object.entries(part.mapping) as Array<[DtksField, { column: number; header: string } | undefined]>)
        .filter(([field, column]) => column !== undefined && field !== "nama_lain")
        .sort((a, b) => a[1]!.column - b[1]!.column)
        .map(([field, column]) => [field, { column: columnLetters(column!.column), header: column!.header }]),
    ) as ExtractFileJson["mapping"],
    rows: part.kind === "keluarga" ? part.families.length : part.people.size,
  }));
  const notes = dtks.extract.notes.map(({ code, count, message }) => ({ code, count, message }));
  return { description: [...dtks.description], files, notes };
}

/** `{ files, notes }`: the `dtks` key of every `--json` that was given an extract. */
export function extractToJson(report: ExtractReport | undefined) {
  return report ? { files: report.files, notes: report.notes } : null;
}

/** The extract's reading for the terminal: each file with the columns used, then each counted note. */
export function formatExtractReading(report: ExtractReport, style: Style): string {
  const lines = [style.bold("Ekstrak DTKS/DTSEN:")];
  for (const line of report.description) lines.push(`  ${line}`);
  for (const note of report.notes) lines.push(style.yellow(`  Catatan: ${note.message}`));
  return lines.join("\n");
}
