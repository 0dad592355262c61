import { type RawCell, cellText } from "../cell/raw-cell";
import type { FieldName } from "../fields";
import { FIELD_LABELS, FIELD_NAMES } from "../fields";
import type { Finding, FindingCode } from "../finding";
import { readIdText } from "../nik/read-id-number";
import type { WorkerTable } from "../table/worker-table";
import { formatDate } from "../values/calendar-date";
import { type DateReading, parseDateCell } from "../values/parse-date";
import { type PhoneReading, parsePhoneCell } from "../values/parse-phone";
import { parseSexCell, type SexReading } from "../values/parse-sex";
import type { CellFix, FixCode, FixedCell } from "./cell-fix";
import { type DateForm, dateConvention, dateFormOf, typedAsDigits, writeDate } from "./date-convention";
import { lostLeadingZero, type PhonePrefix, phoneConvention, phonePrefixOf, phoneText, subscriberPart } from "./phone-convention";
import { readOnce } from "./read-once";
import { sexConvention } from "./sex-convention";

export interface ProposeFixesOptions {
  /** The budget year the check used: it settles two-digit years ("17/8/80") the same way. */
  readonly referenceYear: number;
}

/**
 * Codes whose cell must be retyped from the KTP/KK by a person: a fix is never proposed on such a
 * cell, whatever its text looks like (Excel has already lost the digits, or a formula is broken).
 */
const RETYPE_ONLY: ReadonlySet<FindingCode> = new Set(["NIK_PRECISION_LOST", "KK_PRECISION_LOST", "CELL_ERROR"]);

/** Field numbers in a look-up key: every field, and "baris". */
const FIELD_KEYS = FIELD_NAMES.length + 1;

/** Fields whose fix would leave the row's finding in place: such a finding is not "resolved". */
const RESOLVED_BY: Readonly<Partial<Record<FixCode, FindingCode>>> = { PHONE_LEADING_ZERO: "PHONE_INVALID" };

/**
 * Every cell of the worker table that has one safe, automatic fix: NIK/No. KK separators, a phone
 * number's lost leading 0, and sex, birth date, phone prefix and names written the way the rest of
 * the column writes them. Pure; one fix per cell, in row then column order.
 *
 * `findings` are the check's findings for the same table: a cell whose finding says it must be
 * retyped (digits lost, formula error) is never touched, and a fix names the finding it clears.
 */
export function proposeFixes(table: WorkerTable, findings: readonly Finding[], options: ProposeFixesOptions): CellFix[] {
  // Keyed by a number (row and field), not a string: 100,000 rows make hundreds of thousands of look-ups.
  const keyOf = (row: number, field: Finding["field"]) => row * FIELD_KEYS + (field === "baris" ? FIELD_NAMES.length : FIELD_NAMES.indexOf(field));
  const findingsAt = new Map<number, FindingCode[]>();
  for (const f of findings) {
    const key = keyOf(f.row, f.field);
    const list = findingsAt.get(key);
    if (list) list.push(f.code);
    else findingsAt.set(key, [f.code]);
  }
  const fixes: CellFix[] = [];
  // Column by column: each column's convention and its fixes read its cells through one shared reader.
  const fixColumn = (field: FieldName, fixOf: (cell: RawCell) => Proposal | undefined) => {
    const column = table.mapping[field]?.column;
    if (column === undefined) return;
    for (const row of table.rows) {
      const oldValue = row.cells[field];
      if (!oldValue || oldValue.kind === "empty") continue;
      const proposal = fixOf(oldValue);
      if (!proposal) continue;
      const codes = findingsAt.get(keyOf(row.row, field));
      if (codes?.some((c) => RETYPE_ONLY.has(c))) continue;
      const resolvable = RESOLVED_BY[proposal.code];
      fixes.push({
        sheetRow: row.row,
        column,
        field,
        oldValue,
        newValue: proposal.value,
        asText: proposal.value.kind === "text",
        reason: proposal.reason,
        code: proposal.code,
        ...(resolvable !== undefined && codes?.includes(resolvable) ? { resolves: resolvable } : {}),
        shownBefore: shown(oldValue),
        shownAfter: shown(proposal.value),
      });
    }
  };
  const cellsOf = (field: FieldName) => table.rows.map((r) => r.cells[field]);
  const has = (field: FieldName) => table.mapping[field] !== undefined;

  fixColumn("nik", (c) => idNumberFix(c, "NIK_SEPARATORS"));
  fixColumn("no_kk", (c) => idNumberFix(c, "KK_SEPARATORS"));
  fixColumn("nama", nameFix);
  fixColumn("nama_ibu", nameFix);
  if (has("jenis_kelamin")) {
    const read = readOnce(parseSexCell);
    const spelling = sexConvention(cellsOf("jenis_kelamin"), read);
    if (spelling) fixColumn("jenis_kelamin", (c) => sexFix(c, spelling, read(c)));
  }
  if (has("tanggal_lahir")) {
    const read = readOnce((c) => parseDateCell(c, options.referenceYear));
    const form = dateConvention(cellsOf("tanggal_lahir"), options.referenceYear, read);
    if (form) fixColumn("tanggal_lahir", (c) => dateFix(c, form, read));
  }
  if (has("no_hp")) {
    const read = readOnce(parsePhoneCell);
    const prefix = phoneConvention(cellsOf("no_hp"), read);
    fixColumn("no_hp", (c) => phoneFix(c, prefix, read));
  }
  return fixes.sort((a, b) => a.sheetRow - b.sheetRow || a.column - b.column);
}

interface Proposal {
  readonly value: FixedCell;
  readonly code: FixCode;
  readonly reason: string;
}

const text = (t: string): FixedCell => ({ kind: "text", text: t });

/** Only a text cell: a number cell has lost its last digits and is never rewritten. */
function idNumberFix(cell: RawCell, code: "NIK_SEPARATORS" | "KK_SEPARATORS"): Proposal | undefined {
  if (cell.kind !== "text") return undefined;
  const reading = readIdText(cell.text);
  if (reading.status !== "ok" || reading.digits === cell.text) return undefined;
  const label = code === "NIK_SEPARATORS" ? FIELD_LABELS.nik : FIELD_LABELS.no_kk;
  return {
    value: text(reading.digits),
    code,
    reason: `${label} ditulis dengan spasi, titik, tanda hubung atau tanda petik; disimpan sebagai 16 angka dalam format Teks.`,
  };
}

function nameFix(cell: RawCell): Proposal | undefined {
  if (cell.kind !== "text") return undefined;
  const tidy = cell.text.replace(/\s+/g, " ").trim();
  if (tidy === cell.text || tidy === "") return undefined;
  return { value: text(tidy), code: "NAME_SPACES", reason: "Spasi di awal, di akhir, spasi ganda atau baris baru dihapus dari nama." };
}

function sexFix(cell: RawCell, spelling: Readonly<Record<"L" | "P", string>>, reading: SexReading): Proposal | undefined {
  if (reading.status !== "ok") return undefined;
  const wanted = spelling[reading.sex];
  if (cell.kind === "text" && cell.text === wanted) return undefined;
  return {
    value: text(wanted),
    code: "SEX_CONVENTION",
    reason: `Jenis kelamin ditulis seperti sebagian besar kolom ini: "${spelling.L}" untuk laki-laki, "${spelling.P}" untuk perempuan.`,
  };
}

function dateFix(cell: RawCell, form: DateForm, read: (cell: RawCell) => DateReading): Proposal | undefined {
  // Only dates typed by hand: a real date cell is already right, whatever the column's habit.
  if (!(cell.kind === "text" || (cell.kind === "number" && typedAsDigits(cell.value)))) return undefined;
  const reading = read(cell);
  // A "tempat, tanggal" cell keeps its place: rewriting it would lose what the village typed.
  if (reading.status !== "ok" || reading.place !== undefined) return undefined;
  if (form === "sel-tanggal") {
    return {
      value: { kind: "date", ...reading.date },
      code: "DATE_CONVENTION",
      reason: `Tanggal lahir diketik sebagai teks; diubah menjadi sel tanggal (${formatDate(reading.date)}) seperti sebagian besar kolom ini.`,
    };
  }
  const wanted = writeDate(reading.date, form);
  if (cell.kind === "text" && cell.text === wanted && dateFormOf(cell) === form) return undefined;
  return {
    value: text(wanted),
    code: "DATE_CONVENTION",
    reason: `Tanggal lahir ditulis dalam bentuk yang dipakai sebagian besar kolom ini (${wanted}).`,
  };
}

function phoneFix(cell: RawCell, prefix: PhonePrefix | undefined, read: (cell: RawCell) => PhoneReading): Proposal | undefined {
  const written = phoneText(cell);
  if (written === undefined) return undefined;
  if (lostLeadingZero(written)) {
    const restored = (prefix === "+62" || prefix === "62" ? prefix : "0") + written;
    return {
      value: text(restored),
      code: "PHONE_LEADING_ZERO",
      reason: `Angka 0 di depan nomor HP hilang${cell.kind === "number" ? " karena sel berformat angka" : ""}; ditulis kembali sebagai teks ${restored}.`,
    };
  }
  if (prefix === undefined || read(cell).status !== "ok") return undefined;
  const own = phonePrefixOf(written);
  const subscriber = subscriberPart(written);
  if (own === undefined || subscriber === undefined) return undefined;
  // Already in the column's form: a text cell stays exactly as typed; a number cell is only made text.
  if (own === prefix && cell.kind === "text") return undefined;
  const wanted = own === prefix ? written : prefix + subscriber;
  return {
    value: text(wanted),
    code: "PHONE_CONVENTION",
    reason: `Nomor HP ditulis dengan awalan ${prefix} seperti sebagian besar kolom ini, sebagai teks.`,
  };
}

/** As the preview shows a value; a real date says so, or "06-04-1992" → "06-04-1992" would look like no change. */
function shown(cell: RawCell): string {
  if (cell.kind === "text") return cell.text;
  if (cell.kind === "date") return `${formatDate(cell)} (sel tanggal)`;
  return cellText(cell) ?? "";
}
