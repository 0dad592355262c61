import { formatDate } from "../values/calendar-date";
import type { Candidate } from "./candidates";
import { DESIL_SOURCE_LABELS } from "./desil";
import { WORK_STATUS_LABELS } from "./work-status";

/** One column of the candidate sheet: headers the worker-table locator recognises, so rows can be copied into the list. */
export interface CandidateColumn {
  readonly header: string;
  /** Text columns are written as Text ("@"): NIK and No. KK must keep all 16 digits. */
  readonly text: boolean;
  readonly width: number;
  readonly value: (candidate: Candidate, index: number) => string | number;
}

export const CANDIDATE_SHEET_NAME = "Calon Peserta";

export const CANDIDATE_COLUMNS: readonly CandidateColumn[] = [
  { header: "No", text: false, width: 5, value: (_c, i) => i + 1 },
  { header: "NIK", text: true, width: 19, value: (c) => c.record.nik ?? "" },
  { header: "No. KK", text: true, width: 19, value: (c) => c.record.noKk ?? "" },
  { header: "Nama", text: false, width: 28, value: (c) => c.record.nama ?? "" },
  { header: "Tanggal Lahir", text: true, width: 12, value: (c) => formatDate(c.birthDate) },
  { header: "Jenis Kelamin", text: false, width: 8, value: (c) => c.record.jenisKelamin ?? "" },
  { header: "Pekerjaan", text: false, width: 22, value: (c) => c.record.pekerjaan ?? "" },
  { header: "Alamat", text: false, width: 28, value: (c) => c.record.alamat ?? c.record.family?.alamat ?? "" },
  { header: "RT", text: true, width: 5, value: (c) => c.record.rt ?? "" },
  { header: "RW", text: true, width: 5, value: (c) => c.record.rw ?? "" },
  { header: "Usia", text: false, width: 6, value: (c) => c.age },
  { header: "Desil", text: false, width: 6, value: (c) => c.desil?.value ?? "" },
  {
    header: "Keterangan DTSEN",
    text: false,
    width: 40,
    value: (c) =>
      [
        c.desil ? `${DESIL_SOURCE_LABELS[c.desil.source]}${c.desil.fromFamily ? " keluarga" : ""}` : "tanpa desil",
        c.record.pekerjaanUtama ? WORK_STATUS_LABELS[c.record.pekerjaanUtama] : undefined,
        (c.record.pbiNas ?? c.record.family?.pbiNas) ? "PBI nasional" : undefined,
        (c.record.pbiPemda ?? c.record.family?.pbiPemda) ? "PBI pemda" : undefined,
      ]
        .filter(Boolean)
        .join("; "),
  },
];

/** The sheet's rows: the header, then one row per candidate, in the order proposed. */
export function candidateRows(candidates: readonly Candidate[]): Array<Array<string | number>> {
  return [CANDIDATE_COLUMNS.map((c) => c.header), ...candidates.map((candidate, i) => CANDIDATE_COLUMNS.map((column) => column.value(candidate, i)))];
}
