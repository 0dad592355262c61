import { columnLetters } from "../cell/a1";
import { confidenceLabel } from "../confidence";
import { formatAngka, formatRupiah, publicSource } from "../format";
import { monthLabel, periodLabel } from "../iuran";
import type { LayoutCell, LayoutStyle, SheetLayout } from "../layout/sheet-layout";
import type { Budget } from "./budget";
import { SUMBER_DANA } from "./sumber-dana";

export interface RabLayoutContext {
  /** From the region picker; the sheet leaves a line to fill in without it. */
  readonly namaDesa?: string;
  /** "23-11-2026", already spelled for the reader. */
  readonly createdOn: string;
}

/** Where each part of the sheet landed, for the pane's message and the tests. */
export interface RabLayout {
  readonly layout: SheetLayout;
  /** 1-based rows of the RAB lines, and the cell holding the total formula. */
  readonly firstLineRow: number;
  readonly lastLineRow: number;
  readonly totalCell: string;
}

const MONEY = "#,##0";
const HEADER_FILL = "#DDEBF7";
const TOTAL_FILL = "#F2F2F2";
/** No, Kode Rekening, Uraian, Volume, Satuan, Harga Satuan, Jumlah, Sumber Dana: the columns of a Siskeudes RAB. */
const WIDTHS = [5, 14, 46, 9, 7, 12, 14, 9];
const COLUMNS = WIDTHS.length;

export function rabSheetName(year: number): string {
  return `RAB Iuran BPJS ${year}`;
}

/**
 * The budget as a worksheet in the RAB shape a village prints (No, Kode Rekening, Uraian, Volume, Satuan,
 * Harga Satuan, Jumlah, Sumber Dana), made of values and native formulas only: each Jumlah is
 * `=Volume*Harga Satuan`, the total a `=SUM`, the monthly cumulative a running sum. It keeps working, and
 * recalculates when a volume is corrected, on a computer without the add-in. Excel has no terbilang, so the
 * amount in words is a value, with a line saying so.
 */
export function rabLayout(budget: Budget, context: RabLayoutContext): RabLayout {
  const sheet = new LayoutBuilder();
  const programs = budget.assumptions.withJht ? "JKK, JKM dan JHT" : "JKK dan JKM";

  sheet.row(["RENCANA ANGGARAN BIAYA (RAB)"], { bold: true });
  sheet.row([`Iuran ${programs} BPJS Ketenagakerjaan Pekerja Rentan (BPU) — Gerakan Perlindungan 1 Desa 100 Pekerja Rentan`]);
  sheet.blank();
  const facts: Array<[string, string]> = [
    ["Desa", context.namaDesa ?? "……………………………… (pilih desa di tab Pengaturan)"],
    ["Tahun Anggaran", String(budget.year)],
    ["Kode kegiatan", `${budget.assumptions.kodeKegiatan} (usulan; sesuaikan dengan Perbup pedoman APBDes kabupaten)`],
    ["Kode rekening", `${budget.assumptions.kodeRekening} (usulan; sesuaikan dengan referensi Siskeudes kabupaten)`],
    ["Periode iuran", `${periodLabel(budget.from, budget.to)} (${budget.months} bulan)`],
    ["Jumlah pekerja", `${formatAngka(budget.workers)} orang`],
  ];
  for (const [label, value] of facts) sheet.row([null, label, value]);
  sheet.blank();

  sheet.row(["No", "Kode Rekening", "Uraian", "Volume", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)", "Sumber Dana"], {
    bold: true,
    wrap: true,
    fill: HEADER_FILL,
  });
  const firstLineRow = sheet.next;
  for (const line of budget.lines) {
    const r = sheet.next;
    sheet.row(
      [line.noUrut, line.kode, line.uraian, line.volume, line.satuan, line.hargaSatuan, { formula: `=D${r}*F${r}` }, line.sumberDana],
      { wrap: true },
      [null, null, null, MONEY, null, MONEY, MONEY, null],
    );
  }
  const lastLineRow = sheet.next - 1;
  const totalRow = sheet.next;
  // With no line the range would run backwards (G11:G10), which Excel reads as G10:G11: the total itself, a circular reference.
  const sum: LayoutCell = lastLineRow >= firstLineRow ? { formula: `=SUM(G${firstLineRow}:G${lastLineRow})` } : 0;
  sheet.row([null, null, "JUMLAH", null, null, null, sum, null], { bold: true, fill: TOTAL_FILL }, [
    null,
    null,
    null,
    null,
    null,
    null,
    MONEY,
    null,
  ]);
  sheet.row([null, "Terbilang", capitalise(budget.terbilang)], { italic: true, wrap: true });
  sheet.row([null, null, `Terbilang ditulis sebagai teks untuk ${formatRupiah(budget.total)}; bila volume atau harga diubah, sesuaikan terbilangnya.`], {
    wrap: true,
  });
  sheet.blank();

  sheet.row([null, "Kebutuhan kas per bulan"], { bold: true });
  sheet.row([null, "Bulan", null, "Pekerja", null, "Kebutuhan (Rp)", "Kumulatif (Rp)"], { bold: true, fill: HEADER_FILL });
  const firstMonthRow = sheet.next;
  budget.monthlyCashNeed.forEach((month, i) => {
    const r = sheet.next;
    const cumulative = i === 0 ? `=F${r}` : `=G${r - 1}+F${r}`;
    sheet.row([null, monthLabel(month.month), null, month.workers, null, month.amount, { formula: cumulative }], undefined, [
      null,
      null,
      null,
      MONEY,
      null,
      MONEY,
      MONEY,
    ]);
  });
  const lastMonthRow = sheet.next - 1;
  sheet.row([null, "Jumlah", null, null, null, { formula: `=SUM(F${firstMonthRow}:F${lastMonthRow})` }, null], { bold: true, fill: TOTAL_FILL }, [
    null,
    null,
    null,
    null,
    null,
    MONEY,
  ]);
  sheet.blank();

  const { goal, reached, shortfall } = budget.target;
  sheet.row([
    null,
    "Sasaran",
    shortfall > 0
      ? `${formatAngka(goal)} pekerja rentan; baru ${formatAngka(reached)}, kurang ${formatAngka(shortfall)} orang.`
      : `${formatAngka(goal)} pekerja rentan; tercapai (${formatAngka(reached)} orang).`,
  ]);
  sheet.row([null, "Sumber dana", sumberDanaText(budget)]);
  sheet.blank();

  sheet.row([null, "Catatan"], { bold: true });
  budget.notes.forEach((note, i) => sheet.row([null, `${i + 1}.`, note], { wrap: true }));
  sheet.blank();
  sheet.row([null, "Dasar perhitungan"], { bold: true });
  for (const rule of budget.rulesApplied) sheet.row([null, "•", `${rule.detail}. Sumber: ${publicSource(rule.source)} (${confidenceLabel(rule.confidence)})`], { wrap: true });
  sheet.blank();
  sheet.row([
    null,
    null,
    `Dibuat dengan add-in Pekerja Rentan pada ${context.createdOn}. Lembar ini hanya berisi nilai dan rumus Excel biasa, jadi tetap berfungsi di komputer tanpa add-in.`,
  ], { italic: true, wrap: true });
  sheet.blank();

  sheet.row([null, `${context.namaDesa ?? "……………"}, ……………………… ${budget.year}`]);
  sheet.row([null, "Mengetahui,", "Diperiksa oleh,", null, null, "Dibuat oleh,"]);
  sheet.row([null, "Kepala Desa", "PPKD", null, null, "TPK"]);
  sheet.blank();
  sheet.blank();
  sheet.blank();
  sheet.row([null, "(……………………)", "(……………………)", null, null, "(……………………)"]);

  return { layout: sheet.build(), firstLineRow, lastLineRow, totalCell: `G${totalRow}` };
}

function sumberDanaText(budget: Budget): string {
  const chosen = budget.assumptions.sumberDana;
  const kodes = typeof chosen === "string" ? [chosen] : chosen.map((share) => share.kode);
  return kodes.map((kode) => `${kode} (${SUMBER_DANA[kode].label})`).join(", ");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Rows appended top to bottom, with their number formats and row-wide styles. */
class LayoutBuilder {
  private readonly cells: LayoutCell[][] = [];
  private readonly formats: Array<Array<string | null>> = [];
  private readonly styles: LayoutStyle[] = [];

  /** The 1-based row the next `row()` writes. */
  get next(): number {
    return this.cells.length + 1;
  }

  row(cells: LayoutCell[], style?: Omit<LayoutStyle, "range">, formats: Array<string | null> = []): void {
    const r = this.next;
    this.cells.push(cells);
    this.formats.push(formats);
    if (style) this.styles.push({ range: `A${r}:${columnLetters(COLUMNS)}${r}`, ...style });
  }

  blank(): void {
    this.row([]);
  }

  build(): SheetLayout {
    return { cells: this.cells, numberFormats: this.formats, columnWidths: WIDTHS, styles: this.styles };
  }
}
