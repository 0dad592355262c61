import type { Confidence } from "../confidence";
import { formatRupiah } from "../format";
import { ruleInEffect } from "./dated-rule";
import type { IncomeNote, IncomeProblem } from "./income-problem";
import { BPU_RATE_TABLE } from "./rate-table";
import type { IncomeEdition, RateTable } from "./rate-table-schema";
import { monthLabel, type YearMonth } from "./year-month";

/** One level of Lampiran II PP 44/2015 as it applies to a declared income. */
export interface IncomeLevel {
  readonly editionId: string;
  readonly source: string;
  readonly level: number;
  /** Lowest and highest declared income of the band, both included. */
  readonly bandMin: number;
  readonly bandMax: number;
  /** The nominal income that JKK 1% and JHT 2% are computed on. */
  readonly dasarPenghasilan: number;
  readonly bandConfidence: Confidence;
  readonly dasarConfidence: Confidence;
}

export type IncomeLevelResult =
  | { readonly ok: true; readonly level: IncomeLevel }
  | { readonly ok: false; readonly problem: IncomeProblem };

/** A worker's income priced: its level, with a note when it was declared below the lowest one. */
export type PricedIncomeLevel =
  | { readonly ok: true; readonly level: IncomeLevel; readonly note?: IncomeNote }
  | { readonly ok: false; readonly problem: IncomeProblem };

/** @throws RangeError (Indonesian message) for a month before any income table is in force. */
function editionFor(month: YearMonth, table: RateTable): IncomeEdition {
  const edition = ruleInEffect(table.incomeEditions, month);
  if (!edition) throw new RangeError(`Tidak ada tabel penghasilan BPU yang berlaku untuk ${monthLabel(month)}.`);
  return edition;
}

/** All levels in force in `month`, lowest first: the choices a worker row may declare. */
export function incomeLevels(month: YearMonth, table: RateTable = BPU_RATE_TABLE): IncomeLevel[] {
  const edition = editionFor(month, table);
  return edition.levels.map((row, i) => ({
    editionId: edition.id,
    source: edition.source,
    level: row.level,
    bandMin: row.bandMin,
    bandMax: i + 1 < edition.levels.length ? edition.levels[i + 1].bandMin - 1 : edition.ceiling,
    dasarPenghasilan: row.dasarPenghasilan,
    bandConfidence: i + 1 < edition.levels.length ? row.bandConfidence : edition.ceilingConfidence,
    dasarConfidence: row.dasarConfidence,
  }));
}

/**
 * Maps a declared monthly income to its Lampiran II level. An income below the lowest level or above the
 * highest is returned as a problem with the nearest level as a suggestion, never clamped silently: the
 * contribution the village pays depends on it.
 * @throws RangeError (Indonesian message) for a month before any income table is in force.
 */
export function incomeLevelFor(declaredIncome: number, month: YearMonth, table: RateTable = BPU_RATE_TABLE): IncomeLevelResult {
  const levels = incomeLevels(month, table);
  const lowest = levels[0];
  const highest = levels[levels.length - 1];
  const base = { field: "penghasilan", severity: "error", declaredIncome } as const;
  if (typeof declaredIncome !== "number" || !Number.isSafeInteger(declaredIncome) || declaredIncome < 0) {
    return {
      ok: false,
      problem: {
        ...base,
        code: "INCOME_INVALID",
        kind: "invalid",
        message: `Penghasilan dilaporkan harus bilangan bulat rupiah yang tidak negatif, mis. 1000000; diterima ${String(declaredIncome)}.`,
      },
    };
  }
  if (declaredIncome < lowest.bandMin) {
    return {
      ok: false,
      problem: {
        ...base,
        code: "INCOME_OUT_OF_RANGE",
        kind: "below-minimum",
        nearestLevel: lowest,
        message:
          `Penghasilan dilaporkan ${formatRupiah(declaredIncome)} di bawah tingkat terendah Lampiran II PP 44/2015 ` +
          `(${formatRupiah(lowest.bandMin)}). Untuk pekerja berpenghasilan lebih rendah, laporkan ${formatRupiah(lowest.dasarPenghasilan)}.`,
      },
    };
  }
  if (declaredIncome > highest.bandMax) {
    return {
      ok: false,
      problem: {
        ...base,
        code: "INCOME_OUT_OF_RANGE",
        kind: "above-maximum",
        nearestLevel: highest,
        message:
          `Penghasilan dilaporkan ${formatRupiah(declaredIncome)} di atas tingkat tertinggi Lampiran II PP 44/2015 ` +
          `(${formatRupiah(highest.bandMax)}). Periksa apakah salah ketik; bila benar, laporkan ${formatRupiah(highest.dasarPenghasilan)}.`,
      },
    };
  }
  const level = levels.find((l) => declaredIncome >= l.bandMin && declaredIncome <= l.bandMax);
  // Unreachable: the schema guarantees contiguous bands from the lowest to the ceiling.
  if (!level) throw new Error(`Tabel penghasilan tidak menutup ${declaredIncome}`);
  return { ok: true, level };
}

/**
 * The level a worker's declared income is priced at. An income below the lowest level is priced at that
 * level (Rp 1.000.000, so JKK Rp 10.000 + JKM Rp 6.800 = Rp 16.800) with a note: BPJS Ketenagakerjaan
 * publishes Rp 16.800 as the contribution of every BPU worker at the lowest level ("Bayar Iuran
 * Rp16.800 per Bulan", bpjsketenagakerjaan.go.id/berita/28039), and the public BPU simulator whose
 * table the rates here were checked against (github.com/hibahtiar/jaga-pekerja, simulasi-bpu.html)
 * starts level 1 at Rp 0. UNCONFIRMED against the Lampiran II PDF itself. Above the highest level and
 * for an unusable number the problem is returned as by `incomeLevelFor`.
 * @throws RangeError (Indonesian message) for a month before any income table is in force.
 */
export function incomeLevelOrLowest(declaredIncome: number, month: YearMonth, table: RateTable = BPU_RATE_TABLE): PricedIncomeLevel {
  const found = incomeLevelFor(declaredIncome, month, table);
  if (found.ok || found.problem.kind !== "below-minimum" || !found.problem.nearestLevel) return found;
  const lowest = found.problem.nearestLevel;
  return {
    ok: true,
    level: lowest,
    note: {
      code: "INCOME_OUT_OF_RANGE",
      kind: "below-minimum",
      field: "penghasilan",
      severity: "info",
      declaredIncome,
      message:
        `Penghasilan dilaporkan ${formatRupiah(declaredIncome)} di bawah tingkat terendah Lampiran II PP 44/2015 ` +
        `(${formatRupiah(lowest.bandMin)}): iurannya dihitung dari tingkat terendah itu, ${formatRupiah(lowest.dasarPenghasilan)}.`,
    },
  };
}

/**
 * The income to compute a contribution on: the declared one, or the lowest level's when it is below it
 * (`incomeLevelOrLowest`). Anything else is returned unchanged, for the contribution to report.
 * @throws RangeError (Indonesian message) for a month before any income table is in force.
 */
export function incomeToPrice(declaredIncome: number, month: YearMonth, table: RateTable = BPU_RATE_TABLE): number {
  const priced = incomeLevelOrLowest(declaredIncome, month, table);
  return priced.ok && priced.note ? priced.level.bandMin : declaredIncome;
}
