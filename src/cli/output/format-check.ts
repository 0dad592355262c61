import type { CheckResult, DtksSummary } from "../../domain/check/check-workers";
import { DESIL_SOURCE_LABELS, describeDesilThreshold } from "../../domain/dtks/desil";
import { RULE_PARAMETERS } from "../../domain/rules/rule-parameters";
import type { Settings } from "../../domain/settings";
import { FIELD_LABELS, FIELD_NAMES, type FieldName } from "../../domain/fields";
import type { Finding, Severity } from "../../domain/finding";
import type { WorkerTable } from "../../domain/table/worker-table";
import { SEVERITY_LABELS } from "../../domain/format/glossary";
import { formatCount, type Style } from "./style";

const SEVERITY_LABEL: Record<Severity, string> = {
  error: SEVERITY_LABELS.error.toUpperCase(),
  warning: SEVERITY_LABELS.warning.toUpperCase(),
  info: SEVERITY_LABELS.info.toUpperCase(),
};

/** How the table was found and which column became which field: the user must be able to check our reading. */
export function formatTableReading(file: string, table: WorkerTable, style: Style): string {
  const lines: string[] = [];
  const how = table.foundBy === "tabel" ? `tabel Excel "${table.tableName}"` : `baris judul ${table.headerRow}`;
  lines.push(style.bold(`Memeriksa ${file}`) + ` — lembar "${table.sheet}", ${how}, ${formatCount(table.rows.length)} baris pekerja`);
  if (table.hiddenSheet) {
    lines.push(style.yellow(`Lembar "${table.sheet}" tersembunyi di Excel; dipakai karena tidak ada lembar terlihat yang berisi tabel pekerja. Pastikan ini daftar yang benar, bukan arsip lama.`));
  }
  const mapped = FIELD_NAMES.filter((f) => table.mapping[f]).map((f) => `${FIELD_LABELS[f]} ← "${table.mapping[f]!.header}"`);
  lines.push(`Kolom dikenali: ${mapped.join(", ")}`);
  const missing = (["nik", "nama", "tanggal_lahir", "jenis_kelamin", "no_kk", "no_hp", "pekerjaan"] as FieldName[]).filter((f) => !table.mapping[f]);
  if (missing.length) lines.push(style.dim(`Kolom tidak ada: ${missing.map((f) => FIELD_LABELS[f]).join(", ")}`));
  if (table.unmappedHeaders.length) {
    lines.push(style.dim(`Kolom lain (dibiarkan): ${table.unmappedHeaders.map((h) => `"${h.header}"`).join(", ")}`));
  }
  return lines.join("\n");
}

/** Findings grouped by row, errors first; long lists are cut with a note that says how to see all. */
export function formatFindings(result: CheckResult, style: Style, maxRows = 500): string {
  const lines: string[] = [];
  const byRow = new Map<number, Finding[]>();
  for (const f of result.findings) {
    const list = byRow.get(f.row);
    if (list) list.push(f);
    else byRow.set(f.row, [f]);
  }
  const names = new Map(result.workers.map((w) => [w.row, w.nama]));
  let shown = 0;
  for (const [row, findings] of byRow) {
    if (shown++ >= maxRows) {
      lines.push(style.dim(`… dan ${formatCount(byRow.size - maxRows)} baris lain dengan temuan. Pakai --json untuk daftar lengkap.`));
      break;
    }
    lines.push("");
    lines.push(style.bold(`Baris ${row}`) + (names.get(row) ? ` — ${names.get(row)}` : ""));
    for (const f of findings) {
      const tag = SEVERITY_LABEL[f.severity];
      const colour = f.severity === "error" ? style.red : f.severity === "warning" ? style.yellow : style.cyan;
      const label = f.field === "baris" ? "Baris" : FIELD_LABELS[f.field];
      lines.push(`  ${colour(tag.padEnd(10))} ${label}: ${f.message} ${style.dim(`[${f.code}]`)}`);
    }
  }
  return lines.join("\n");
}

export function formatSummary(result: CheckResult, style: Style, settings?: Pick<Settings, "desilMaksimal" | "desilSumber">): string {
  const s = result.summary;
  const lines = [
    "",
    style.bold("Ringkasan: ") +
      `${formatCount(s.rows)} baris pekerja · ${style.red(`${formatCount(s.errors)} kesalahan`)} · ${style.yellow(`${formatCount(s.warnings)} peringatan`)}` +
      (s.infos ? ` · ${formatCount(s.infos)} catatan` : "") +
      ` · ${style.green(`${formatCount(s.eligible)} siap didaftarkan`)}, ${formatCount(s.excluded)} perlu diperbaiki dulu`,
  ];
  if (s.dtks) lines.push(...formatDtksSummary(s.dtks, settings ?? { desilMaksimal: RULE_PARAMETERS.desilMaksimal.value, desilSumber: RULE_PARAMETERS.desilSumber.value }));
  return lines.join("\n");
}

/**
 * The DTKS/DTSEN counts in two lines. Only a NIK found under the same name counts as "terdaftar"; the other
 * paths are named for what they are, so a suggestion is never read as a match.
 */
export function formatDtksSummary(d: DtksSummary, settings: Pick<Settings, "desilMaksimal" | "desilSumber">): string[] {
  const size = [d.extractRows > 0 ? `${formatCount(d.extractRows)} orang` : undefined, d.extractFamilies > 0 ? `${formatCount(d.extractFamilies)} keluarga` : undefined]
    .filter(Boolean)
    .join(", ");
  const matches = [
    `${formatCount(d.found)} terdaftar (NIK dan nama cocok)`,
    `${formatCount(d.foundByName)} usulan lewat No. KK/nama + tanggal lahir (cocokkan NIK-nya)`,
    ...(d.foundByFamily > 0 || (d.extractRows === 0 && d.extractFamilies > 0) ? [`${formatCount(d.foundByFamily)} cocok lewat No. KK keluarga`] : []),
    `${formatCount(d.notFound)} tidak ditemukan (non-DTKS)`,
    `${formatCount(d.nameMismatch)} NIK atas nama lain (tidak dihitung terdaftar)`,
    ...(d.notChecked > 0 ? [`${formatCount(d.notChecked)} tidak dapat dicek (tanpa NIK dan nama)`] : []),
  ];
  const about = [
    `${formatCount(d.desilAbove)} di atas batas ${describeDesilThreshold(settings.desilMaksimal)} menurut ${DESIL_SOURCE_LABELS[settings.desilSumber]}`,
    `${formatCount(d.wageEarner)} penerima upah menurut DTSEN`,
  ];
  return [`DTKS/DTSEN (${size || "ekstrak kosong"}): ${matches.join(" · ")}`, `  ${about.join(" · ")}`];
}
