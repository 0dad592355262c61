import { CONFIDENCE_LABELS, type Confidence } from "../confidence";
import { formatRupiah, publicSource } from "../format";
import { periodLabel } from "../iuran";
import { rejectionLabel } from "./rejection-labels";
import type { Submission } from "./submission";

export interface SubmissionContext {
  /** The worker workbook the submission was made from. */
  readonly sourceFile?: string;
  /** When the file was made, already spelled for the reader ("23-11-2026 16:55"). */
  readonly generatedAt: string;
}

export const PRIVACY_NOTE = "Data pribadi: simpan dan kirim hanya lewat saluran resmi (Kantor Cabang BPJS Ketenagakerjaan, aplikasi resmi).";

/**
 * The "Keterangan" sheet as label/value rows: which template (and how sure we are of it), the period and
 * programme, how each computed column was filled, the counts, and the privacy note. Pure, so the task
 * pane and the CLI show the same text.
 */
export function describeSubmission(submission: Submission, context: SubmissionContext): Array<readonly [string, string]> {
  const t = submission.template;
  const { from, to, months } = submission.period;
  const rows: Array<readonly [string, string]> = [
    ["Templat", `${t.label} (${t.name}, versi ${t.versi})`],
    ["Keyakinan templat", confidenceText(t.keyakinan)],
    ["Sumber susunan kolom", publicSource(t.sumber)],
  ];
  if (t.notes) rows.push(["Catatan templat", publicSource(t.notes)]);
  rows.push(
    ["Periode iuran", `${periodLabel(from, to)} (${months} bulan)`],
    ["Program", submission.program.includes("JHT") ? "JKK + JKM + JHT (JHT dipilih)" : "JKK + JKM (tanpa JHT)"],
    [
      "Penghasilan dilaporkan",
      `Dari kolom penghasilan daftar pekerja; baris yang kosong memakai ${formatRupiah(submission.declaredIncome)}. ` +
        "Penghasilan di luar tabel Lampiran II PP 44/2015 tidak diratakan diam-diam: barisnya ditolak.",
    ],
    ["Tanggal lahir dan jenis kelamin", "Dari kolom daftar pekerja; bila kosong, dibaca dari NIK."],
    ["Baris yang diekspor", "Baris tanpa temuan tingkat kesalahan dari pemeriksaan (NIK, nama, tanggal lahir, usia, duplikat, DTKS bila diperiksa) dan yang mengisi semua kolom wajib templat."],
    ["Jumlah diekspor", `${submission.included} pekerja (lembar ${submission.sheetName})`],
    ["Jumlah ditolak", submission.rejected.length === 0 ? "0" : `${submission.rejected.length} baris, beserta alasannya di lembar Ditolak`],
    ["NIK dan No. KK", "Ditulis sebagai sel teks (format @) agar 16 digit tetap utuh. Jangan ubah format kolom menjadi angka."],
    ["Tanggal", "Ditulis sebagai teks dalam format templat, bukan sel tanggal, agar terbaca sama di setiap komputer."],
  );
  if (context.sourceFile) rows.push(["Berkas sumber", context.sourceFile]);
  rows.push(["Dibuat", context.generatedAt], ["Perlindungan data", PRIVACY_NOTE]);
  for (const note of submission.notes) rows.push(["Perhatian", note]);
  for (const e of submission.emptied) rows.push([`Baris ${e.row}: ${e.header} dikosongkan`, `${rejectionLabel(e.code)}: ${e.message}`]);
  return rows;
}

/** The confidence in the pane badge's words ("Belum terkonfirmasi: …"), never the English level name. */
function confidenceText(confidence: Confidence): string {
  const label = CONFIDENCE_LABELS[confidence];
  const said = label.charAt(0).toUpperCase() + label.slice(1);
  switch (confidence) {
    case "CONFIRMED":
      return `${said}: susunan kolom dari sumber resmi.`;
    case "SECONDARY":
      return `${said}: susunan kolom dari satu sumber sekunder; cocokkan dengan Kantor Cabang sebelum mengunggah.`;
    default:
      return `${said}: susunan kolom belum dikonfirmasi BPJS Ketenagakerjaan; minta templat resmi ke Kantor Cabang sebelum mengunggah.`;
  }
}
