import { z } from "zod";
import { IURAN_PARAMETERS } from "../iuran";
import { ANGGARAN_PARAMETERS } from "./anggaran-parameters";
import { SUMBER_DANA_KODE, type SumberDanaKode } from "./sumber-dana";

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

const kode = (label: string, contoh: string) =>
  z
    .string({ error: `${label} harus berupa teks` })
    .trim()
    .regex(/^\d+(\.\d+)*\.?$/, `${label} ditulis angka bertitik, mis. ${contoh}`);

const sumberDanaKode = z.enum(SUMBER_DANA_KODE, { error: `Sumber dana harus salah satu kode Siskeudes: ${SUMBER_DANA_KODE.join(", ")}` });

const whole = (label: string) => z.number({ error: `${label} harus berupa angka` }).int(`${label} harus bilangan bulat`);
const count = (label: string) =>
  whole(label).min(0, `${label} tidak boleh negatif`).max(1_000_000, `${label} terlalu besar; periksa apakah salah ketik`);
const yesNo = (label: string) => z.boolean({ error: `${label} harus ya/tidak` });
const MONTH_RANGE = "Bulan mulai 1 (Januari) sampai 12 (Desember)";

/** The months a budget or a coverage question spans, and how a worker is priced: shared by both. */
export const periodShape = {
  year: whole("Tahun anggaran").min(2015, "Tahun anggaran paling awal 2015").max(2100, "Tahun anggaran paling akhir 2100"),
  startMonth: whole("Bulan mulai").min(1, MONTH_RANGE).max(12, MONTH_RANGE).default(1),
  months: whole("Jumlah bulan")
    .min(1, "Jumlah bulan minimal 1")
    .max(60, "Jumlah bulan paling banyak 60")
    .default(ANGGARAN_PARAMETERS.months.value),
  withJht: yesNo("Pilihan JHT").default(false),
  // Range against Lampiran II is checked by iuran's incomeLevelFor, which explains the nearest level.
  declaredIncome: z.number({ error: "Penghasilan dilaporkan harus berupa angka" }).default(IURAN_PARAMETERS.declaredIncome.value),
  pp50: yesNo("Pilihan diskon PP 50/2025").default(IURAN_PARAMETERS.pp50.value),
};

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
      .default(ANGGARAN_PARAMETERS.sumberDana.value),
    kodeKegiatan: kode("Kode kegiatan", "3.1.90").default(ANGGARAN_PARAMETERS.kodeKegiatan.value),
    kodeRekening: kode("Kode rekening", "5.2.7.90").default(ANGGARAN_PARAMETERS.kodeRekening.value),
    satuan: z.string({ error: "Satuan harus berupa teks" }).trim().min(1, "Satuan tidak boleh kosong").default(ANGGARAN_PARAMETERS.satuan.value),
    target: count("Target pekerja").min(1, "Target pekerja minimal 1").default(ANGGARAN_PARAMETERS.target.value),
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
