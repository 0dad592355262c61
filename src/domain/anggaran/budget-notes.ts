import { formatAngka, formatRupiah } from "../format";
import { addMonths, parseYearMonth, periodLabel, type IncomeLevel, type RatePeriod, type YearMonth } from "../iuran";
import { ANGGARAN_PARAMETERS } from "./anggaran-parameters";
import { SUMBER_DANA, type SumberDanaKode } from "./sumber-dana";

/** What the notes are written from: the computed budget's facts, not its input. */
export interface NoteFacts {
  readonly year: number;
  readonly from: YearMonth;
  readonly to: YearMonth;
  readonly months: number;
  readonly workers: number;
  readonly transportWorkers: number;
  readonly declaredIncome: number;
  readonly level: IncomeLevel;
  /** Set when the declared income is below the lowest level: what it is priced at instead (an info). */
  readonly incomeNote?: string;
  readonly withJht: boolean;
  readonly pp50: boolean;
  /** Rate periods per group of workers priced apart; `who` is null for "all workers". */
  readonly pricing: ReadonlyArray<{ readonly who: string | null; readonly periods: ReadonlyArray<RatePeriod> }>;
  /** Per sector with workers: the months PP 50/2025 discounted, and the months it would have. */
  readonly pp50Months: ReadonlyArray<{
    readonly who: string | null;
    readonly discounted: ReadonlyArray<YearMonth>;
    readonly switchedOff: ReadonlyArray<YearMonth>;
  }>;
  /** The total under the other PP 50/2025 choice, when it differs. */
  readonly otherChoiceTotal: number | null;
  readonly sumberDana: ReadonlyArray<SumberDanaKode>;
  readonly kodeKegiatan: string;
  readonly kodeRekening: string;
  readonly goal: number;
  readonly shortfall: number;
  readonly shortfallCost: number;
}

/** Consecutive months as "April–Desember 2026; Januari–Maret 2027". */
function monthsLabel(months: ReadonlyArray<YearMonth>): string {
  const runs: Array<[YearMonth, YearMonth]> = [];
  for (const m of months) {
    const last = runs[runs.length - 1];
    if (last && addMonths(last[1], 1) === m) last[1] = m;
    else runs.push([m, m]);
  }
  return runs.map(([a, b]) => periodLabel(a, b)).join("; ");
}

/** "April–Desember 2026 (pekerja selain sektor transportasi) dan Maret 2026–Februari 2027 (pekerja sektor transportasi)". */
function monthsBySektor(groups: NoteFacts["pp50Months"], pick: "discounted" | "switchedOff"): string {
  const withMonths = groups.filter((g) => g[pick].length > 0);
  const labels = withMonths.map((g) => monthsLabel(g[pick]));
  if (new Set(labels).size <= 1) return labels[0] ?? "";
  return withMonths.map((g, i) => (g.who ? `${labels[i]} (pekerja ${g.who})` : labels[i])).join(" dan ");
}

function priceNote(who: string | null, periods: ReadonlyArray<RatePeriod>): string {
  const describe = (p: RatePeriod) => {
    const parts = [`JKK ${formatRupiah(p.jkk)}`, `JKM ${formatRupiah(p.jkm)}`];
    if (p.jht > 0) parts.push(`JHT ${formatRupiah(p.jht)}`);
    const how = p.discount ? `diskon ${p.discount.regulation}` : "tarif normal";
    return `${parts.join(" + ")} = ${formatRupiah(p.total)} (${how})`;
  };
  const head = `Iuran per pekerja${who ? ` ${who}` : ""} per bulan`;
  if (periods.length === 1) return `${head}: ${describe(periods[0])}.`;
  return `${head}: ${periods.map((p) => `${periodLabel(p.from, p.to)}: ${describe(p)}`).join("; ")}.`;
}

/**
 * The budget's notes in Indonesian: how it was computed, which of its facts are not confirmed, and what the
 * secretary should check before the APBDes is set. Each note is a sentence that can be printed under the RAB.
 */
export function budgetNotes(f: NoteFacts): string[] {
  const notes = f.pricing.map((p) => priceNote(p.who, p.periods));

  const discounted = monthsBySektor(f.pp50Months, "discounted");
  const switchedOff = monthsBySektor(f.pp50Months, "switchedOff");
  if (f.pp50 && discounted) {
    notes.push(
      `Diskon 50% iuran JKK dan JKM menurut PP 50/2025 DITERAPKAN untuk iuran ${discounted}. ` +
        "Berlakunya diskon untuk iuran yang dibayar dari APBDes belum terkonfirmasi (PP 50/2025 mengecualikan iuran yang dibayar APBN/APBD); " +
        "pastikan ke Kantor Cabang BPJS Ketenagakerjaan sebelum APBDes ditetapkan." +
        (f.otherChoiceTotal !== null ? ` Dengan tarif normal kebutuhannya ${formatRupiah(f.otherChoiceTotal)}.` : ""),
    );
    if (f.transportWorkers > 0) {
      notes.push(
        "Daftar pekerjaan yang termasuk sektor transportasi menurut PP 50/2025 belum terkonfirmasi (pemberitaan menyebut pengemudi daring, pengemudi non-daring dan kurir).",
      );
    }
  } else if (f.pp50) {
    notes.push("Diskon PP 50/2025 diminta, tetapi tidak ada bulan iuran yang dianggarkan dalam periode diskon; tarif normal dipakai.");
  } else if (switchedOff) {
    notes.push(
      `Diskon 50% iuran JKK dan JKM menurut PP 50/2025 TIDAK DITERAPKAN untuk iuran ${switchedOff}: ` +
        "berlakunya untuk iuran yang dibayar dari APBDes belum terkonfirmasi, sehingga anggaran memakai tarif normal (aman)." +
        (f.otherChoiceTotal !== null
          ? ` Bila Kantor Cabang BPJS Ketenagakerjaan memastikan diskon berlaku, kebutuhan turun menjadi ${formatRupiah(f.otherChoiceTotal)}.`
          : ""),
    );
  }

  if (f.incomeNote) {
    notes.push(f.incomeNote);
  } else if (f.declaredIncome !== f.level.dasarPenghasilan || f.level.dasarConfidence !== "CONFIRMED") {
    notes.push(
      `Penghasilan dilaporkan ${formatRupiah(f.declaredIncome)} masuk tingkat ${f.level.level} Lampiran II PP 44/2015 ` +
        `(dasar penghasilan ${formatRupiah(f.level.dasarPenghasilan)}). Tabel tingkat ini berasal dari salinan sekunder dan batas ` +
        "rentangnya belum terkonfirmasi; cocokkan dengan Lampiran II resmi.",
    );
  }
  if (f.withJht) {
    notes.push("JHT (2% dari dasar penghasilan) ditambahkan atas pilihan desa; paket Gerakan 1 Desa 100 Pekerja Rentan hanya JKK dan JKM.");
  }
  if (f.months < 6) {
    notes.push(
      `Hanya ${f.months} bulan iuran: BPJS Ketenagakerjaan menghitung pekerja rentan desa dalam capaian bila iurannya dibayar paling sedikit 6 bulan.`,
    );
  }
  if (parseYearMonth(f.to).year > f.year) {
    const firstOutside = `${f.year + 1}-01`;
    notes.push(
      `Iuran ${periodLabel(firstOutside, f.to)} berada di luar Tahun Anggaran ${f.year}. Pembayaran di muka oleh wadah desa belum ` +
        `terkonfirmasi; bila tidak dibayar di muka, anggarkan bulan-bulan itu di APBDes ${f.year + 1}.`,
    );
  }
  if (f.kodeKegiatan === ANGGARAN_PARAMETERS.kodeKegiatan.value || f.kodeRekening === ANGGARAN_PARAMETERS.kodeRekening.value) {
    notes.push(
      `Kode kegiatan ${f.kodeKegiatan} dan kode rekening ${f.kodeRekening} adalah usulan: Permendagri 20/2018 tidak memuat kegiatan ` +
        "untuk iuran pekerja rentan. Sesuaikan dengan Perbup pedoman penyusunan APBDes dan referensi Siskeudes kabupaten.",
    );
  }
  for (const kode of f.sumberDana) {
    const note = SUMBER_DANA[kode].note;
    if (note) notes.push(note);
  }
  if (f.sumberDana.includes("DDS") && f.from <= "2026-12" && f.to >= "2026-01") {
    notes.push("TA 2026: 58,03% pagu Dana Desa dialokasikan untuk Koperasi Desa Merah Putih (PMK 7/2026); periksa sisa ruang Dana Desa.");
  }
  if (f.shortfall > 0) {
    notes.push(
      `Baru ${formatAngka(f.workers)} dari sasaran ${formatAngka(f.goal)} pekerja rentan: kurang ${formatAngka(f.shortfall)} orang ` +
        `(${formatRupiah(f.shortfallCost)} untuk iuran ${periodLabel(f.from, f.to)}).`,
    );
  }
  return notes;
}
