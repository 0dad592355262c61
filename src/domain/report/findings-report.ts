import { cellAddress, columnLetters } from "../cell/a1";
import { cellText } from "../cell/raw-cell";
import type { CheckedWorker, CheckResult } from "../check/check-workers";
import type { Finding } from "../finding";
import { writeDate } from "../fix/date-convention";
import { formatAngka } from "../format";
import { GLOSSARY, SEVERITY_LABELS } from "../format/glossary";
import type { LayoutCell, LayoutStyle, SheetLayout } from "../layout/sheet-layout";
import type { WorkerTable } from "../table/worker-table";
import type { CalendarDate } from "../values/calendar-date";
import { type PageSetup, REPORT_PAGE_SETUP } from "./page-setup";
import { type ReportGroup, reportGroups, sheetNames } from "./report-groups";
import { whatToBring } from "./what-to-bring";

export interface FindingsReportOptions {
  /** The day the report is made (the face's clock; the domain has none). */
  readonly tanggal: CalendarDate;
  /** The budget year the check used. */
  readonly tahun: number;
  /** The village's name, when known ("Sungai Putri"). */
  readonly desa?: string;
  /** The worker file's name, so a printed page says what it was made from. */
  readonly berkas?: string;
}

/** One printed sheet: its name in the workbook, its cells, and how it prints. */
export interface ReportSheet {
  readonly name: string;
  readonly layout: SheetLayout;
  readonly pageSetup: PageSetup;
  /** Worker rows listed on the sheet (0 for the summary). */
  readonly rows: number;
}

/** The findings report ("Laporan temuan"): a summary sheet, then one sheet per dusun (or RT, or the whole list). */
export interface FindingsReport {
  readonly title: string;
  readonly sheets: readonly ReportSheet[];
  /** Worker rows with something to fix, over all sheets. */
  readonly rowsListed: number;
}

const HEADER_FILL = "#D9E1F2";
const ERROR_FILL = "#FCE4D6";
const SUMMARY_NAME = "Ringkasan";

/**
 * The list of problems to hand to the dusun heads who must get them fixed: for each row with a kesalahan
 * or a peringatan, who it is (NIK as text, name, RT), what is wrong in the check's own words, and what to
 * bring to the village office. Notes (catatan) are left out: nothing needs fixing. On a row whose NIK is
 * wrong, the DTKS findings are left out too: they follow from the NIK and are looked at again once it is fixed.
 */
export function buildFindingsReport(check: CheckResult, table: WorkerTable, options: FindingsReportOptions): FindingsReport {
  const has = (field: "dusun" | "rt" | "rw") => table.mapping[field] !== undefined;
  const title = reportTitle(options.desa);
  const listed = check.workers.filter((w) => problemsOf(w).length > 0);
  const groups = reportGroups(listed, { dusun: has("dusun"), rt: has("rt") });
  // An RW read from a one-column "RT/RW" is shown as its own column too.
  const hasRw = has("rw") || listed.some((w) => w.rw !== undefined);
  const columns = listColumns({ rt: has("dusun") && has("rt"), rw: has("dusun") && hasRw });
  const made = `Dibuat ${writeDate(options.tanggal, "D MMMM YYYY")} · tahun anggaran ${options.tahun}${options.berkas ? ` · dari berkas ${options.berkas}` : ""}`;

  const names = sheetNames(
    groups.map((g) => g.label),
    [SUMMARY_NAME],
  );
  const sheets: ReportSheet[] =
    listed.length === 0
      ? [listSheet("Temuan", { label: "Semua baris", workers: [] }, columns, title, made)]
      : groups.map((g, i) => listSheet(names[i]!, g, columns, title, made));
  return { title, sheets: [summarySheet(check, groups, sheets, title, made), ...sheets], rowsListed: listed.length };
}

function reportTitle(desa: string | undefined): string {
  const base = "Laporan Temuan Daftar Pekerja Rentan";
  if (!desa?.trim()) return base;
  const name = desa.trim();
  return `${base} · ${/^(desa|kelurahan)\b/i.test(name) ? name : `Desa ${name}`}`;
}

/** The findings a row is listed with: kesalahan first, then peringatan; DTKS ones dropped while the NIK is wrong. */
export function problemsOf(worker: CheckedWorker): Finding[] {
  const nikWrong = worker.findings.some((f) => f.field === "nik" && f.severity === "error");
  return worker.findings.filter((f) => f.severity !== "info" && !(nikWrong && f.code.startsWith("DTKS_")));
}

interface ListColumn {
  readonly header: string;
  readonly width: number;
  readonly value: (w: CheckedWorker, index: number, problems: readonly Finding[]) => LayoutCell;
  readonly text?: boolean;
  readonly wrap?: boolean;
}

function listColumns(show: { readonly rt: boolean; readonly rw: boolean }): ListColumn[] {
  const columns: Array<ListColumn | false> = [
    { header: "No.", width: 5, value: (_w, i) => i + 1 },
    { header: "Baris di daftar", width: 9, value: (w) => w.row },
    // NIK as the cell holds it, always text: a damaged NIK is shown as Excel has it, to be retyped from the KTP.
    { header: "NIK", width: 19, text: true, value: (w) => cellText(w.source.cells.nik) ?? "" },
    { header: "Nama", width: 24, wrap: true, value: (w) => w.nama ?? cellText(w.source.cells.nama) ?? "" },
    show.rt && { header: "RT", width: 6, text: true, value: (w) => w.rt ?? "" },
    show.rw && { header: "RW", width: 6, text: true, value: (w) => w.rw ?? "" },
    { header: "Tingkat", width: 11, value: (_w, _i, p) => (p.some((f) => f.severity === "error") ? SEVERITY_LABELS.error : SEVERITY_LABELS.warning) },
    { header: "Masalah", width: 70, wrap: true, value: (_w, _i, p) => (p.length === 1 ? p[0]!.message : p.map((f, k) => `${k + 1}. ${f.message}`).join("\n")) },
    { header: "Yang perlu dibawa", width: 26, wrap: true, value: (_w, _i, p) => capitalise(whatToBring(p).join(", ")) },
    { header: "Sudah diperbaiki (paraf)", width: 14, value: () => null },
  ];
  return columns.filter((c): c is ListColumn => c !== false);
}

/** Rows above the column headings: title, what the sheet covers, when and from what, how to use it. */
const INTRO_ROWS = 5;
const HEADER_ROW = INTRO_ROWS + 1;

function listSheet(name: string, group: ReportGroup, columns: readonly ListColumn[], title: string, made: string): ReportSheet {
  const errorRows = group.workers.filter((w) => !w.eligible).length;
  const width = columns.length;
  const cells: LayoutCell[][] = [
    [title],
    [group.workers.length === 0 ? `Tidak ada temuan: semua baris ${GLOSSARY.siapDidaftarkan}.` : `${group.label} · ${countLine(group.workers.length, errorRows)}`],
    [made],
    [`Baris dengan ${GLOSSARY.kesalahan} belum dapat didaftarkan ke BPJS Ketenagakerjaan. Minta warga membawa dokumen di kolom "Yang perlu dibawa" ke kantor desa, lalu beri paraf setelah data diperbaiki.`],
    [],
    columns.map((c) => c.header),
  ];
  const styles: LayoutStyle[] = [
    { range: "A1:A1", bold: true },
    { range: `A${HEADER_ROW}:${columnLetters(width)}${HEADER_ROW}`, bold: true, wrap: true, fill: HEADER_FILL },
  ];
  group.workers.forEach((w, i) => {
    const problems = problemsOf(w);
    cells.push(columns.map((c) => c.value(w, i, problems)));
    if (!w.eligible) {
      const level = columns.findIndex((c) => c.header === "Tingkat") + 1;
      styles.push({ range: `${cellAddress(HEADER_ROW + 1 + i, level)}:${cellAddress(HEADER_ROW + 1 + i, level)}`, bold: true, fill: ERROR_FILL });
    }
  });
  const last = HEADER_ROW + group.workers.length;
  columns.forEach((c, j) => {
    if (c.wrap && group.workers.length > 0) styles.push({ range: `${columnLetters(j + 1)}${HEADER_ROW + 1}:${columnLetters(j + 1)}${last}`, wrap: true });
  });
  return {
    name,
    layout: {
      cells,
      columnWidths: columns.map((c) => c.width),
      styles,
      frozenRows: HEADER_ROW,
      textColumns: columns.flatMap((c, j) => (c.text ? [j + 1] : [])),
    },
    pageSetup: { ...REPORT_PAGE_SETUP, printTitleRows: { first: HEADER_ROW, last: HEADER_ROW } },
    rows: group.workers.length,
  };
}

function summarySheet(check: CheckResult, groups: readonly ReportGroup[], sheets: readonly ReportSheet[], title: string, made: string): ReportSheet {
  const s = check.summary;
  const warningOnly = check.workers.filter((w) => w.eligible && problemsOf(w).length > 0).length;
  const header = ["Lembar", "Perlu diperbaiki", `Dengan ${GLOSSARY.kesalahan}`, `Hanya ${GLOSSARY.peringatan}`];
  const cells: LayoutCell[][] = [
    [title],
    [made],
    [`${formatAngka(s.rows)} baris diperiksa: ${formatAngka(s.eligible)} ${GLOSSARY.siapDidaftarkan} (${formatAngka(warningOnly)} di antaranya dengan ${GLOSSARY.peringatan}), ${formatAngka(s.excluded)} dengan ${GLOSSARY.kesalahan}.`],
    [],
    header,
  ];
  const listedSheets = sheets.filter((sh) => sh.rows > 0);
  listedSheets.forEach((sheet, i) => {
    const workers = groups[i]?.workers ?? [];
    const errors = workers.filter((w) => !w.eligible).length;
    cells.push([sheet.name, workers.length, errors, workers.length - errors]);
  });
  if (listedSheets.length > 1) {
    const total = listedSheets.reduce((n, sh) => n + sh.rows, 0);
    cells.push(["Jumlah", total, s.excluded, total - s.excluded]);
  }
  const headerRow = 5;
  return {
    name: SUMMARY_NAME,
    layout: {
      cells,
      columnWidths: [32, 16, 16, 16],
      styles: [
        { range: "A1:A1", bold: true },
        { range: `A${headerRow}:D${headerRow}`, bold: true, wrap: true, fill: HEADER_FILL },
        ...(listedSheets.length > 1 ? [{ range: `A${cells.length}:D${cells.length}`, bold: true }] : []),
      ],
      frozenRows: headerRow,
    },
    pageSetup: { ...REPORT_PAGE_SETUP, orientation: "portrait", printTitleRows: { first: headerRow, last: headerRow } },
    rows: 0,
  };
}

function countLine(rows: number, errorRows: number): string {
  const warningRows = rows - errorRows;
  return `${formatAngka(rows)} baris perlu diperbaiki: ${formatAngka(errorRows)} dengan ${GLOSSARY.kesalahan}, ${formatAngka(warningRows)} hanya ${GLOSSARY.peringatan}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
