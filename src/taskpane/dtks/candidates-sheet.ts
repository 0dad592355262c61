import type { ExcelGateway } from "../../adapters/office";
import type { CheckedWorker } from "../../domain/check/check-workers";
import { CANDIDATE_COLUMNS, CANDIDATE_SHEET_NAME, candidateRows } from "../../domain/dtks/candidate-sheet";
import { describeExclusions, proposeCandidates, type CandidateResult } from "../../domain/dtks/candidates";
import type { DtksIndex } from "../../domain/dtks/dtks-index";
import { groupThousands } from "../../domain/format/group-thousands";
import type { Settings } from "../../domain/settings";
import type { Outcome } from "../operation/use-operation";
import { wouldBeChanged } from "./import-file";

type Proposed = Extract<CandidateResult, { ok: true }>;

export type CandidateOutcome =
  | { readonly kind: "written"; readonly sheet: string; readonly result: Proposed }
  /** No resident of the extract qualifies: no sheet is written. */
  | { readonly kind: "none"; readonly result: Proposed }
  /** The extract holds several villages and Pengaturan names none: nothing is proposed. */
  | { readonly kind: "villages"; readonly villages: ReadonlyArray<{ readonly code: string; readonly count: number }> };

/**
 * The candidate sheet's Text columns: those the sheet declares as text (NIK, No. KK, dates, RT/RW),
 * and any other holding a value Excel would change (a name starting with "=" would become a formula).
 */
export function candidateTextColumns(rows: ReadonlyArray<ReadonlyArray<string | number>>): number[] {
  const columns = new Set<number>();
  CANDIDATE_COLUMNS.forEach((column, i) => column.text && columns.add(i + 1));
  for (const row of rows.slice(1)) row.forEach((value, i) => typeof value === "string" && wouldBeChanged(value) && columns.add(i + 1));
  return [...columns].sort((a, b) => a - b);
}

/**
 * "Cari calon peserta": residents of the extract who could join the list (see `proposeCandidates`),
 * written to a new sheet whose NIK and No. KK columns are Text before any value is written.
 */
export async function writeCandidateSheet(
  gateway: ExcelGateway,
  index: DtksIndex,
  options: { readonly settings: Settings; readonly workers?: readonly CheckedWorker[]; readonly target: number },
): Promise<CandidateOutcome> {
  const result = proposeCandidates(index, options);
  if (!result.ok) return { kind: "villages", villages: result.villages };
  if (result.candidates.length === 0) return { kind: "none", result };
  const rows = candidateRows(result.candidates);
  const sheet = await gateway.addSheet(CANDIDATE_SHEET_NAME, rows, candidateTextColumns(rows));
  return { kind: "written", sheet, result };
}

function neededText(result: Proposed, checked: boolean): string {
  if (!checked) return "Daftar pekerja belum dicocokkan, jadi warga yang sudah ada di daftar bisa ikut terusul.";
  if (result.needed === 0) return `Sasaran ${groupThousands(result.target)} sudah tercapai (${groupThousands(result.enrolled)} siap didaftarkan): calon ini cadangan.`;
  const short = result.candidates.length < result.needed ? ` Calon di ekstrak hanya ${groupThousands(result.candidates.length)}: ${groupThousands(result.needed - result.candidates.length)} orang lagi perlu dicari di luar DTSEN.` : "";
  return `Daftar pekerja: ${groupThousands(result.enrolled)} siap didaftarkan; perlu ${groupThousands(result.needed)} lagi untuk sasaran ${groupThousands(result.target)}.${short}`;
}

/** What the DTKS tab says after "Cari calon peserta". */
export function candidateOutcomeText(outcome: CandidateOutcome, checked: boolean): Outcome {
  if (outcome.kind === "villages") {
    const shown = outcome.villages.slice(0, 3).map((v) => `${v.code}: ${groupThousands(v.count)} orang`);
    return {
      intent: "warning",
      text: `Ekstrak ini memuat warga ${groupThousands(outcome.villages.length)} desa (${shown.join("; ")}${outcome.villages.length > 3 ? "; …" : ""}), dan kode desa belum diatur. Pilih desa Anda di tab Pengaturan, lalu cari lagi: hanya warga desa itu yang diusulkan.`,
    };
  }
  const { result } = outcome;
  const exclusions = describeExclusions(result.excluded);
  const desil = result.withoutDesil ? "Ekstrak tanpa kolom desil: calon tidak disaring menurut desil." : "";
  const sentences = (...parts: string[]) => parts.filter((part) => part !== "").join(" ");
  if (outcome.kind === "none") {
    return { intent: "info", text: sentences("Tidak ada calon peserta di ekstrak; tidak ada lembar yang ditulis.", exclusions, desil) };
  }
  const who = result.village.by === "kode" ? `warga desa ${result.village.code}` : "semua warga di ekstrak";
  return {
    intent: "success",
    text: sentences(
      `Lembar "${outcome.sheet}" ditulis: ${groupThousands(result.candidates.length)} calon peserta (${who}), urut dari desil terendah lalu usia termuda; NIK dan No. KK sebagai teks.`,
      neededText(result, checked),
      exclusions,
      desil,
      "Lembar ini memuat data warga lain: hapus bila sudah tidak diperlukan.",
    ),
  };
}
