import { formatAngka, formatPersen, formatRupiah } from "../format";
import { periodLabel, type RatePeriod, type Sektor, type YearMonth } from "../iuran";
import type { SektorRates } from "./sektor-pricing";
import type { SumberDanaKode } from "./sumber-dana";

/**
 * One row of the RAB in the shape of a Siskeudes rincian (Ta_RABRinci: Kd_Keg, Kd_Rincian, Uraian,
 * SumberDana, JmlSatuan, Satuan, HrgSatuan, Anggaran, with Anggaran = JmlSatuan × HrgSatuan, as OpenSID's
 * public Siskeudes import reads them). Siskeudes keeps one volume, one unit price and one funding source
 * per row, so "100 orang × 12 bulan" becomes volume 1.200 OB with the
 * factors spelled out in the uraian, and each rate period or funding source gets its own row.
 */
export interface RabLine {
  /** Rincian code: objek belanja + two-digit row number, e.g. "5.2.7.90.01". */
  readonly kode: string;
  readonly noUrut: number;
  readonly uraian: string;
  /** Orang-bulan: workers × months. */
  readonly volume: number;
  readonly satuan: string;
  /** One worker's contribution for one month in this period. */
  readonly hargaSatuan: number;
  /** volume × hargaSatuan, whole rupiah. */
  readonly jumlah: number;
  readonly sumberDana: SumberDanaKode;
  readonly kodeKegiatan: string;
  readonly kodeRekening: string;
  /** The period and head-count behind the volume, for the payment schedule and PAK columns. */
  readonly from: YearMonth;
  readonly to: YearMonth;
  readonly workers: number;
  readonly months: number;
  readonly discounted: boolean;
  /**
   * "transportasi" / "lainnya" when the two PP 50/2025 sectors are priced apart on this row;
   * "semua" when the row's workers all pay the same whatever their sector.
   */
  readonly sektor: Sektor | "semua";
}

/** Workers of one funding source in one PP 50/2025 sector: the unit a RAB row is priced for. */
export interface Cohort {
  readonly sumberDana: SumberDanaKode;
  readonly sektor: Sektor;
  readonly workers: number;
}

export interface RabContext {
  readonly rates: SektorRates;
  readonly withJht: boolean;
  readonly kodeKegiatan: string;
  readonly kodeRekening: string;
  readonly satuan: string;
  /** The budget runs January–December of its own year: then a single-price row needs no period in its uraian. */
  readonly calendarYear: boolean;
}

interface Draft {
  readonly sumberDana: SumberDanaKode;
  readonly period: RatePeriod;
  workers: number;
  readonly sektors: Set<Sektor>;
}

const SEKTOR_ORDER: Readonly<Record<RabLine["sektor"], number>> = { semua: 0, lainnya: 1, transportasi: 2 };

function who(sektor: RabLine["sektor"]): string {
  if (sektor === "transportasi") return "Pekerja Rentan sektor transportasi (BPU)";
  if (sektor === "lainnya") return "Pekerja Rentan selain sektor transportasi (BPU)";
  return "Pekerja Rentan (BPU)";
}

/**
 * "Iuran JKK dan JKM BPJS Ketenagakerjaan Pekerja Rentan (BPU), 100 orang × 12 bulan × Rp 16.800", with the
 * period, the discount and a non-minimum income base added when they matter: the verifier at the camat's office
 * must be able to recompute the row from its text.
 */
function uraian(draft: Draft, sektor: RabLine["sektor"], ctx: RabContext, showPeriod: boolean): string {
  const { period } = draft;
  const programs = ctx.withJht ? "JKK, JKM dan JHT" : "JKK dan JKM";
  const parts = [`Iuran ${programs} BPJS Ketenagakerjaan ${who(sektor)}${showPeriod ? ` ${periodLabel(period.from, period.to)}` : ""}`];
  if (period.discount) parts.push(`diskon ${formatPersen(period.discount.discountBp)} ${period.discount.regulation}`);
  if (period.level.level > 1) parts.push(`dasar penghasilan ${formatRupiah(period.level.dasarPenghasilan)}`);
  parts.push(`${formatAngka(draft.workers)} orang × ${period.months} bulan × ${formatRupiah(period.total)}`);
  return parts.join(", ");
}

/**
 * The RAB rows for the cohorts: by funding source, then sector (rows for everyone first), then period. Rows with the same source,
 * period and price are merged, so the two sectors share a row whenever PP 50/2025 does not set them apart.
 */
export function buildRabLines(cohorts: ReadonlyArray<Cohort>, ctx: RabContext): RabLine[] {
  const drafts: Draft[] = [];
  for (const cohort of cohorts) {
    if (cohort.workers === 0) continue;
    for (const period of ctx.rates[cohort.sektor].periods) {
      const same = drafts.find(
        (d) =>
          d.sumberDana === cohort.sumberDana &&
          d.period.from === period.from &&
          d.period.to === period.to &&
          d.period.total === period.total &&
          d.period.discounted === period.discounted,
      );
      if (same) {
        same.workers += cohort.workers;
        same.sektors.add(cohort.sektor);
      } else {
        drafts.push({ sumberDana: cohort.sumberDana, period, workers: cohort.workers, sektors: new Set([cohort.sektor]) });
      }
    }
  }
  const sumberOrder = [...new Set(cohorts.map((c) => c.sumberDana))];
  // A sector is named on a row only when the same funding source also has a row priced for the other sector.
  const sektorOf = (d: Draft): RabLine["sektor"] => {
    if (d.sektors.size > 1) return "semua";
    const [only] = d.sektors;
    const otherPricedApart = drafts.some((o) => o.sumberDana === d.sumberDana && !o.sektors.has(only));
    return otherPricedApart ? only : "semua";
  };
  const periods = new Set(drafts.map((d) => `${d.period.from}|${d.period.to}`));
  const showPeriod = periods.size > 1 || !ctx.calendarYear;
  const rekening = ctx.kodeRekening.replace(/\.$/, "");
  return drafts
    .map((d) => ({ d, sektor: sektorOf(d) }))
    .sort(
      (a, b) =>
        sumberOrder.indexOf(a.d.sumberDana) - sumberOrder.indexOf(b.d.sumberDana) ||
        SEKTOR_ORDER[a.sektor] - SEKTOR_ORDER[b.sektor] ||
        a.d.period.from.localeCompare(b.d.period.from),
    )
    .map(({ d, sektor }, i) => {
      const volume = d.workers * d.period.months;
      return {
        kode: `${rekening}.${String(i + 1).padStart(2, "0")}`,
        noUrut: i + 1,
        uraian: uraian(d, sektor, ctx, showPeriod),
        volume,
        satuan: ctx.satuan,
        hargaSatuan: d.period.total,
        jumlah: volume * d.period.total,
        sumberDana: d.sumberDana,
        kodeKegiatan: ctx.kodeKegiatan,
        kodeRekening: ctx.kodeRekening,
        from: d.period.from,
        to: d.period.to,
        workers: d.workers,
        months: d.period.months,
        discounted: d.period.discounted,
        sektor,
      };
    });
}
