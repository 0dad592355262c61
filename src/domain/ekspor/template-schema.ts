import { z } from "zod";

/**
 * The shape of a submission template (a JSON file in ./templat, or one a Kantor Cabang hands out and a
 * village passes by path). BPJS Ketenagakerjaan publishes no collective-upload layout for BPU, and the
 * layouts seen in the wild (the SIPP data_tk_baru sheet, third-party "Template BPU TK" files) differ by
 * branch and version, so a layout is
 * data: which columns, in which order, under which header, filled from which field, in which format.
 */

export const DATE_FORMATS = ["dd-mm-yyyy", "yyyy-mm-dd", "dd/mm/yyyy"] as const;
export const MONTH_FORMATS = ["yyyy-mm", "mm-yyyy", "mm/yyyy"] as const;
export const SEX_FORMATS = ["L/P", "LAKI-LAKI/PEREMPUAN", "1/2"] as const;
/** Never "+62…": a leading "+" makes spreadsheets read a formula or a number (see write-csv.ts). */
export const PHONE_FORMATS = ["08", "628"] as const;
export const PROGRAM_FORMATS = ["JKK+JKM", "JKK, JKM"] as const;
/** How much of the Kemendagri village code (--desa) to write: 4, 6 or 10 digits, without dots. */
export const REGION_FORMATS = ["kabupaten", "kecamatan", "desa"] as const;

/** "pekerja": a value from the worker's row; "program": the same for every row (period, programme, constants). */
type SourceLevel = "pekerja" | "program";

export interface SourceSpec {
  readonly label: string;
  readonly level: SourceLevel;
  readonly formats?: readonly string[];
  /** May be written as a number cell (`text: false`). */
  readonly numeric?: boolean;
  /** Must be a text cell: the value is a digit string that Excel would damage as a number. */
  readonly mustBeText?: boolean;
}

const SOURCE_SPECS = {
  nik: { label: "NIK", level: "pekerja", mustBeText: true },
  no_kk: { label: "No. KK", level: "pekerja", mustBeText: true },
  nama: { label: "nama seperti tertulis", level: "pekerja" },
  nama_kapital: { label: "nama dalam HURUF BESAR (seperti pada KTP)", level: "pekerja" },
  tempat_lahir: { label: "tempat lahir", level: "pekerja" },
  tanggal_lahir: { label: "tanggal lahir (dari kolom, atau dari NIK)", level: "pekerja", formats: DATE_FORMATS },
  jenis_kelamin: { label: "jenis kelamin (dari kolom, atau dari NIK)", level: "pekerja", formats: SEX_FORMATS },
  nama_ibu: { label: "nama ibu kandung", level: "pekerja" },
  alamat: { label: "alamat seperti tertulis", level: "pekerja" },
  alamat_lengkap: { label: "alamat dengan RT/RW, dusun dan desa", level: "pekerja" },
  rt: { label: "RT", level: "pekerja" },
  rw: { label: "RW", level: "pekerja" },
  dusun: { label: "dusun", level: "pekerja" },
  desa: { label: "desa", level: "pekerja" },
  no_hp: { label: "No. HP", level: "pekerja", formats: PHONE_FORMATS, mustBeText: true },
  email: { label: "email", level: "pekerja" },
  pekerjaan: { label: "jenis pekerjaan", level: "pekerja" },
  penghasilan: { label: "penghasilan dilaporkan (kolom baris, atau bawaan)", level: "pekerja", numeric: true },
  dasar_penghasilan: { label: "dasar penghasilan Lampiran II PP 44/2015", level: "pekerja", numeric: true },
  nomor_urut: { label: "nomor urut baris yang diekspor", level: "pekerja", numeric: true },
  program: { label: "program (JKK+JKM, atau JKK+JKM+JHT)", level: "program", formats: PROGRAM_FORMATS },
  periode_mulai: { label: "bulan iuran pertama", level: "program", formats: [...MONTH_FORMATS, ...DATE_FORMATS] },
  periode_selesai: { label: "bulan iuran terakhir", level: "program", formats: [...MONTH_FORMATS, ...DATE_FORMATS] },
  periode: { label: "periode iuran \"mulai s.d. selesai\"", level: "program", formats: MONTH_FORMATS },
  jumlah_bulan: { label: "jumlah bulan iuran", level: "program", numeric: true },
  kode_wilayah: { label: "kode wilayah dari --desa", level: "program", formats: REGION_FORMATS },
  konstanta: { label: "teks tetap (isi `constant`)", level: "program" },
  kosong: { label: "kolom yang dibiarkan kosong", level: "program" },
} as const satisfies Record<string, SourceSpec>;

export type SourceKey = keyof typeof SOURCE_SPECS;
/** The closed list of what a column can be filled from. */
export const SOURCES: Readonly<Record<SourceKey, SourceSpec>> = SOURCE_SPECS;
export const SOURCE_KEYS = Object.keys(SOURCES) as [SourceKey, ...SourceKey[]];

/** Formats used when a column names none. */
export const DEFAULT_FORMATS: Partial<Record<SourceKey, string>> = {
  tanggal_lahir: "dd-mm-yyyy",
  jenis_kelamin: "L/P",
  no_hp: "08",
  program: "JKK+JKM",
  periode_mulai: "yyyy-mm",
  periode_selesai: "yyyy-mm",
  periode: "yyyy-mm",
  kode_wilayah: "kabupaten",
};

/** Sheet names the writer adds itself. */
export const COMPANION_SHEETS = ["Ditolak", "Keterangan"] as const;

const confidenceSchema = z.enum(["CONFIRMED", "SECONDARY", "UNCONFIRMED"]);

const sheetNameSchema = z
  .string()
  .trim()
  .min(1, "nama lembar tidak boleh kosong")
  .max(31, "nama lembar Excel paling panjang 31 karakter")
  .regex(/^[^[\]:*?/\\]+$/, "nama lembar Excel tidak boleh memuat [ ] : * ? / \\");

const valueShape = {
  source: z.enum(SOURCE_KEYS),
  format: z.string().optional(),
  /** The text for `konstanta`; "{tahun}", "{program}" and "{periode}" are filled in. */
  constant: z.string().optional(),
};

const columnSchema = z.strictObject({
  header: z.string().trim().min(1, "judul kolom tidak boleh kosong"),
  ...valueShape,
  /** Written as a text cell with number format "@" (default). Only numeric sources may set false. */
  text: z.boolean().default(true),
  /** A row whose value would be empty here is not exported but listed on "Ditolak". */
  wajib: z.boolean().default(false),
  /** Leave the column out when no exported row has a value (e.g. nama ibu kandung, often not collected). */
  onlyIfPresent: z.boolean().default(false),
  /** Column width in characters. */
  width: z.number().min(1).max(100).optional(),
  /** Why the column is filled this way; shown nowhere but in the file, for whoever maintains it. */
  note: z.string().optional(),
});

const extraRowSchema = z.strictObject({ label: z.string(), ...valueShape, note: z.string().optional() });

const extraSheetSchema = z.strictObject({
  name: sheetNameSchema,
  /** "before": placed before the submission sheet (OpenSID reads its "Program" sheet first). */
  position: z.enum(["before", "after"]).default("after"),
  /** One row per entry: the label in column A, the value in column B. Only programme-level sources. */
  rows: z.array(extraRowSchema).min(1, "lembar tambahan harus berisi sedikitnya satu baris"),
});

const templateObject = z.strictObject({
  /** Editors' JSON-schema hint; ignored. */
  $schema: z.string().optional(),
  /** The key for `--templat`; equals the file name without .json. */
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "nama templat ditulis huruf kecil, angka dan tanda hubung, mis. bpu-kolektif-kc-sambas"),
  label: z.string().trim().min(1, "label tidak boleh kosong"),
  versi: z.string().trim().min(1, "versi tidak boleh kosong"),
  /** Where the layout comes from: a document, a Kantor Cabang, public code. */
  sumber: z.string().trim().min(10, "sumber wajib diisi: dari mana susunan kolom ini diambil"),
  keyakinan: confidenceSchema,
  notes: z.string().optional(),
  sheetName: sheetNameSchema,
  /** 1-based row of the header; the rows above hold `titleRows`. */
  headerRow: z.number().int().min(1).max(20).default(1),
  titleRows: z.array(z.string()).default([]),
  columns: z.array(columnSchema).min(1, "templat harus berisi sedikitnya satu kolom"),
  /** The most data rows the receiving system accepts in one file (SIPP: 10.000). */
  maxRows: z.number().int().positive().optional(),
  /**
   * Where "Ditolak" and "Keterangan" go: in the same workbook after the submission sheet, or in a
   * separate workbook beside it when the receiving system would read every sheet (OpenSID does).
   */
  companionSheets: z.enum(["same-workbook", "separate-workbook"]).default("same-workbook"),
  extraSheets: z.array(extraSheetSchema).default([]),
  /** Field separator for .csv output. ";" because Excel with Indonesian regional settings expects it. */
  csvDelimiter: z.enum([";", ",", "\t"]).default(";"),
});

type TemplateObject = z.output<typeof templateObject>;

function checkValue(
  value: { source: SourceKey; format?: string; constant?: string },
  path: (string | number)[],
  add: (message: string, path: (string | number)[]) => void,
): void {
  const spec = SOURCES[value.source];
  if (value.format !== undefined) {
    if (!spec.formats) add(`sumber ${value.source} tidak memakai format; hapus "format"`, [...path, "format"]);
    else if (!spec.formats.includes(value.format)) {
      add(`format "${value.format}" tidak dikenal untuk sumber ${value.source}; pilih salah satu: ${spec.formats.join(", ")}`, [...path, "format"]);
    }
  }
  if (value.source === "konstanta" && value.constant === undefined) add(`sumber konstanta memerlukan "constant" (teks tetapnya)`, path);
  if (value.source !== "konstanta" && value.constant !== undefined) add(`"constant" hanya untuk sumber konstanta`, [...path, "constant"]);
}

function checkTemplate(t: TemplateObject, add: (message: string, path: (string | number)[]) => void): void {
  const headers = new Set<string>();
  t.columns.forEach((column, i) => {
    const path = ["columns", i];
    const spec = SOURCES[column.source];
    checkValue(column, path, add);
    if (!column.text && !spec.numeric) add(`text: false hanya untuk kolom angka (penghasilan, dasar_penghasilan, nomor_urut, jumlah_bulan)`, [...path, "text"]);
    if (!column.text && spec.mustBeText) add(`${spec.label} harus sel teks (text: true): angka 16 digit dirusak Excel`, [...path, "text"]);
    const key = column.header.trim().toLowerCase();
    if (headers.has(key)) add(`judul kolom "${column.header}" dipakai dua kali; sistem penerima membaca kolom menurut judulnya`, [...path, "header"]);
    headers.add(key);
    if (column.wajib && column.source === "kosong") add(`kolom kosong tidak dapat wajib`, [...path, "wajib"]);
  });
  if (t.titleRows.length > t.headerRow - 1) {
    add(`titleRows berisi ${t.titleRows.length} baris, padahal di atas headerRow ${t.headerRow} hanya ada ${t.headerRow - 1}`, ["titleRows"]);
  }
  const sheetNames = new Set([t.sheetName.toLowerCase()]);
  const reserved = t.companionSheets === "same-workbook" ? COMPANION_SHEETS.map((s) => s.toLowerCase()) : [];
  if (reserved.includes(t.sheetName.toLowerCase())) add(`nama lembar "${t.sheetName}" dipakai sendiri oleh aplikasi`, ["sheetName"]);
  t.extraSheets.forEach((sheet, i) => {
    const lower = sheet.name.toLowerCase();
    if (sheetNames.has(lower) || reserved.includes(lower)) add(`nama lembar "${sheet.name}" sudah dipakai`, ["extraSheets", i, "name"]);
    sheetNames.add(lower);
    sheet.rows.forEach((row, j) => {
      const path = ["extraSheets", i, "rows", j];
      checkValue(row, path, add);
      const spec = SOURCES[row.source];
      if (spec.level !== "program") add(`lembar tambahan hanya dapat memuat nilai yang sama untuk semua baris, bukan ${row.source}`, [...path, "source"]);
    });
  });
}

export const templateSchema = templateObject.superRefine((t, ctx) =>
  checkTemplate(t, (message, path) => ctx.addIssue({ code: "custom", message, path })),
);

export type SubmissionTemplate = z.output<typeof templateSchema>;
export type SubmissionTemplateInput = z.input<typeof templateSchema>;
export type TemplateColumn = SubmissionTemplate["columns"][number];
export type TemplateValue = Pick<TemplateColumn, "source" | "format" | "constant">;
export type ExtraSheet = SubmissionTemplate["extraSheets"][number];

export type TemplateParseResult =
  | { readonly ok: true; readonly template: SubmissionTemplate }
  /** `problems`: one Indonesian line per problem, each naming where it is ("kolom ke-3 (TGL_LAHIR), format: …"). */
  | { readonly ok: false; readonly problems: readonly string[] };

/** Checks a template read from JSON. Never throws. */
export function parseTemplate(input: unknown): TemplateParseResult {
  const result = templateSchema.safeParse(input, { error: genericMessage });
  if (result.success) return { ok: true, template: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => `${describePath(issue.path, input)}: ${issue.message}`) };
}

/** The message for a template that failed `parseTemplate`, naming the template and every problem. */
export function templateProblemMessage(origin: string, problems: readonly string[]): string {
  return `Templat ${origin} tidak sah:\n${problems.map((p) => `- ${p}`).join("\n")}`;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: "teks dalam tanda kutip",
  number: "angka",
  boolean: "true atau false",
  array: "daftar [ … ]",
  object: "objek { … }",
};

// Zod's own messages are English; these cover the generic cases a hand-edited JSON file runs into.
function genericMessage(issue: { code?: string; input?: unknown; [key: string]: unknown }): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "wajib diisi";
      return `harus berupa ${TYPE_NAMES[String(issue.expected)] ?? String(issue.expected)}`;
    case "unrecognized_keys":
      return `kunci tidak dikenal: ${(issue.keys as string[]).join(", ")} (salah ketik?)`;
    case "invalid_value":
      return `harus salah satu dari: ${(issue.values as unknown[]).map(String).join(", ")}`;
    case "too_small":
      return `paling kecil ${String(issue.minimum)}`;
    case "too_big":
      return `paling besar ${String(issue.maximum)}`;
    default:
      return undefined;
  }
}

/** ["columns", 2, "format"] -> `kolom ke-3 ("TGL_LAHIR"), format`. */
function describePath(path: ReadonlyArray<PropertyKey>, input: unknown): string {
  if (path.length === 0) return "templat";
  const parts: string[] = [];
  let node: unknown = input;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const parent = path[i - 1];
    node = node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === "number") {
      const named = node !== null && typeof node === "object" ? (node as { header?: unknown; name?: unknown; label?: unknown }) : {};
      const name = named.header ?? named.name ?? named.label;
      const noun = parent === "columns" ? "kolom" : parent === "extraSheets" ? "lembar tambahan" : parent === "rows" ? "baris" : "isian";
      parts.push(`${noun} ke-${key + 1}${typeof name === "string" ? ` ("${name}")` : ""}`);
    } else if (!(["columns", "extraSheets", "rows"].includes(String(key)) && typeof path[i + 1] === "number")) {
      parts.push(String(key));
    }
  }
  return parts.join(", ");
}
