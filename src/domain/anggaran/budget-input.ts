import { z } from "zod";
import { BUDGET_YEAR } from "../budget-year";
import { IURAN_PARAMETERS } from "../iuran";
import { ANGGARAN_PARAMETERS } from "./anggaran-parameters";
import { SUMBER_DANA_KODE, type SumberDanaKode } from "./sumber-dana";

/**
 * The bounds of every budget input, for every face: the CLI's options, the pane's fields and stored
 * settings, the DESA.* formulas and this schema. Change them here only.
 */
export const BUDGET_BOUNDS = {
  year: BUDGET_YEAR,
  startMonth: { min: 1, max: 12 },
  months: { min: 1, max: 60 },
  workers: { min: 0, max: 1_000_000 },
  target: { min: 1, max: 100_000 },
  declaredIncome: { min: 0, max: 1_000_000_000 },
  /** Money available for DESA.KUOTA and `anggaran --dana`. */
  amount: { min: 0, max: 1_000_000_000_000 },
} as const;

/**
 * The defaults of every budget option, taken from the parameter files (anggaran-parameters.ts,
 * iuran/iuran-parameters.ts), so the pane's first settings, the CLI and the formulas start from the same values.
 */
export const BUDGET_DEFAULTS = {
  startMonth: 1,
  months: ANGGARAN_PARAMETERS.months.value,
  withJht: false,
  declaredIncome: IURAN_PARAMETERS.declaredIncome.value,
  pp50: IURAN_PARAMETERS.pp50.value,
  sumberDana: ANGGARAN_PARAMETERS.sumberDana.value,
  kodeKegiatan: ANGGARAN_PARAMETERS.kodeKegiatan.value,
  kodeRekening: ANGGARAN_PARAMETERS.kodeRekening.value,
  satuan: ANGGARAN_PARAMETERS.satuan.value,
  target: ANGGARAN_PARAMETERS.target.value,
} as const;

/**
 * How the codes are written (Permendagri 20/2018), a trailing dot tolerated as Siskeudes prints it: the one
 * pattern and message per code that every face checks with (this schema, the pane's Pengaturan fields).
 */
export const KODE_ANGGARAN = {
  kodeKegiatan: {
    pattern: /^\d{1,2}\.\d{1,2}\.\d{1,3}\.?$/,
    message: "Kode kegiatan berbentuk bidang.subbidang.kegiatan, mis. 3.1.90.",
  },
  kodeRekening: {
    pattern: /^5(\.\d{1,2}){3,4}\.?$/,
    message: "Kode rekening belanja berbentuk 5.kelompok.jenis.objek, mis. 5.2.7.90.",
  },
} as const;

/** A share of the workers paid from one funding source; Siskeudes needs one RAB row per source. */
export interface FundingShare {
  readonly kode: SumberDanaKode;
  readonly workers: number;
  /** How many of this share's workers are in the transport sector. Default 0. */
  readonly transportWorkers?: number;
}

export interface BudgetInput {
  /** Workers funded for every month of the period. */
  readonly workers: number;
  /** Tahun anggaran (budget year); the period starts in it. */
  readonly year: number;
  /** First contribution month, 1–12. Default 1 (January). */
  readonly startMonth?: number;
  /** Number of contribution months; may run into the next year. Default 12. */
  readonly months?: number;
  /** Add the optional JHT (2%). Default false. */
  readonly withJht?: boolean;
  /** Declared monthly income per worker, whole rupiah. Default Rp 1.000.000 (the lowest level). */
  readonly declaredIncome?: number;
  /** Apply the PP 50/2025 discount. Default false (see IURAN_PARAMETERS.pp50). */
  readonly pp50?: boolean;
  /** How many of the workers are in the transport sector (longer PP 50/2025 period). Default 0. */
  readonly transportWorkers?: number;
  /** One Siskeudes code for all workers (default ADD), or a split by workers. */
  readonly sumberDana?: SumberDanaKode | ReadonlyArray<FundingShare>;
  /** Kabupaten-specific; default 3.1.90 (see ANGGARAN_PARAMETERS). */
  readonly kodeKegiatan?: string;
  /** Kabupaten-specific; default 5.2.7.90 (see ANGGARAN_PARAMETERS). */
  readonly kodeRekening?: string;
  /** Unit label of the volume. Default "OB" (orang-bulan). */
  readonly satuan?: string;
  /** Workers the village aims for. Default 100. */
  readonly target?: number;
}

/** An input the budget cannot be computed from; `field` names the input, `message` is Indonesian. */
export interface BudgetProblem {
  readonly field: string;
  readonly message: string;
}

const kode = (label: string, which: keyof typeof KODE_ANGGARAN) =>
  z
    .string({ error: `${label} harus berupa teks` })
    .trim()
    .regex(KODE_ANGGARAN[which].pattern, KODE_ANGGARAN[which].message);

const sumberDanaKode = z.enum(SUMBER_DANA_KODE, { error: `Sumber dana harus salah satu kode Siskeudes: ${SUMBER_DANA_KODE.join(", ")}` });

const whole = (label: string) => z.number({ error: `${label} harus berupa angka` }).int(`${label} harus bilangan bulat`);
const count = (label: string) =>
  whole(label).min(0, `${label} tidak boleh negatif`).max(BUDGET_BOUNDS.workers.max, `${label} terlalu besar; periksa apakah salah ketik`);
const yesNo = (label: string) => z.boolean({ error: `${label} harus ya/tidak` });
const MONTH_RANGE = "Bulan mulai 1 (Januari) sampai 12 (Desember)";

/** The months a budget or a coverage question spans, and how a worker is priced: shared by both. */
export const periodShape = {
  year: whole("Tahun anggaran")
    .min(BUDGET_YEAR.min, `Tahun anggaran paling awal ${BUDGET_YEAR.min}`)
    .max(BUDGET_YEAR.max, `Tahun anggaran paling akhir ${BUDGET_YEAR.max}`),
  startMonth: whole("Bulan mulai").min(BUDGET_BOUNDS.startMonth.min, MONTH_RANGE).max(BUDGET_BOUNDS.startMonth.max, MONTH_RANGE).default(BUDGET_DEFAULTS.startMonth),
  months: whole("Jumlah bulan")
    .min(BUDGET_BOUNDS.months.min, `Jumlah bulan minimal ${BUDGET_BOUNDS.months.min}`)
    .max(BUDGET_BOUNDS.months.max, `Jumlah bulan paling banyak ${BUDGET_BOUNDS.months.max}`)
    .default(BUDGET_DEFAULTS.months),
  withJht: yesNo("Pilihan JHT").default(BUDGET_DEFAULTS.withJht),
  // Range against Lampiran II is iuran's: below the lowest level is priced at it, above the highest is a problem.
  declaredIncome: z.number({ error: "Penghasilan dilaporkan harus berupa angka" }).default(BUDGET_DEFAULTS.declaredIncome),
  pp50: yesNo("Pilihan diskon PP 50/2025").default(BUDGET_DEFAULTS.pp50),
};

/** The budget's options besides the period: where the money comes from, the codes, the unit, the goal. */
const optionShape = {
  kodeKegiatan: kode("Kode kegiatan", "kodeKegiatan").default(BUDGET_DEFAULTS.kodeKegiatan),
  kodeRekening: kode("Kode rekening", "kodeRekening").default(BUDGET_DEFAULTS.kodeRekening),
  satuan: z.string({ error: "Satuan harus berupa teks" }).trim().min(1, "Satuan tidak boleh kosong").default(BUDGET_DEFAULTS.satuan),
  target: whole("Sasaran pekerja")
    .min(BUDGET_BOUNDS.target.min, `Sasaran pekerja minimal ${BUDGET_BOUNDS.target.min}`)
    .max(BUDGET_BOUNDS.target.max, "Sasaran pekerja terlalu besar; periksa apakah salah ketik")
    .default(BUDGET_DEFAULTS.target),
};

/**
 * The budget period and options without the head-count: what the CLI's options, the pane's stored
 * settings and a formula's arguments describe. One funding source; a split by source is a BudgetInput.
 */
export const budgetOptionsSchema = z.object({
  ...periodShape,
  ...optionShape,
  sumberDana: sumberDanaKode.default(BUDGET_DEFAULTS.sumberDana),
});

export type BudgetOptions = z.input<typeof budgetOptionsSchema>;

export const budgetInputSchema = z
  .object({
    ...periodShape,
    workers: count("Jumlah pekerja"),
    // No default here: with a split, the total is the sum of the shares (see cohortsOf in budget.ts).
    transportWorkers: count("Jumlah pekerja sektor transportasi").optional(),
    sumberDana: z
      .union([
        sumberDanaKode,
        z
          .array(
            z.object({
              kode: sumberDanaKode,
              workers: count("Jumlah pekerja per sumber dana"),
              transportWorkers: count("Jumlah pekerja transportasi per sumber dana").default(0),
            }),
          )
          .min(1, "Isi paling sedikit satu sumber dana"),
      ], { error: `Sumber dana harus salah satu kode Siskeudes (${SUMBER_DANA_KODE.join(", ")}) atau daftar pembagian per sumber dana` })
      .default(BUDGET_DEFAULTS.sumberDana),
    ...optionShape,
  })
  .superRefine((input, ctx) => {
    // zod still runs this after a count failed its own check; comparing broken counts would only add noise.
    const counts = [input.workers, input.transportWorkers ?? 0];
    if (typeof input.sumberDana !== "string") for (const s of input.sumberDana) counts.push(s.workers, s.transportWorkers);
    if (!counts.every((n) => Number.isInteger(n) && n >= 0)) return;
    if (input.transportWorkers !== undefined && input.transportWorkers > input.workers) {
      ctx.addIssue({ code: "custom", path: ["transportWorkers"], message: `Pekerja sektor transportasi (${input.transportWorkers}) melebihi jumlah pekerja (${input.workers})` });
    }
    if (typeof input.sumberDana === "string") return;
    const shares = input.sumberDana;
    const workers = shares.reduce((sum, s) => sum + s.workers, 0);
    const transport = shares.reduce((sum, s) => sum + s.transportWorkers, 0);
    if (workers !== input.workers) {
      ctx.addIssue({ code: "custom", path: ["sumberDana"], message: `Jumlah pekerja per sumber dana (${workers}) tidak sama dengan jumlah pekerja (${input.workers})` });
    }
    if (input.transportWorkers !== undefined && transport !== input.transportWorkers) {
      ctx.addIssue({
        code: "custom",
        path: ["sumberDana"],
        message: `Jumlah pekerja transportasi per sumber dana (${transport}) tidak sama dengan jumlah pekerja transportasi (${input.transportWorkers})`,
      });
    }
    shares.forEach((s, i) => {
      if (s.transportWorkers > s.workers) {
        ctx.addIssue({ code: "custom", path: ["sumberDana", i, "transportWorkers"], message: `Pekerja transportasi sumber dana ${s.kode} melebihi jumlah pekerjanya` });
      }
    });
    const kodes = shares.map((s) => s.kode);
    if (new Set(kodes).size !== kodes.length) {
      ctx.addIssue({ code: "custom", path: ["sumberDana"], message: "Setiap sumber dana cukup disebut sekali" });
    }
  });

export type ResolvedBudgetInput = z.output<typeof budgetInputSchema>;

/** zod issues as budget problems: the path of the field and the Indonesian message. */
export function toProblems(error: z.ZodError): BudgetProblem[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join(".") || "input", message: issue.message }));
}
