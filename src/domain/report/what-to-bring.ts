import type { FieldName } from "../fields";
import type { Finding, FindingCode } from "../finding";

/**
 * What the worker (or the dusun head) brings to the village office so the row can be corrected: the
 * document the right value is copied from. By the finding's field, with the codes that need something else.
 * BPU enrolment needs the NIK, name and birth date as on the KTP (the BPU registration form at
 * bpjsketenagakerjaan.go.id/bpu asks for them); the No. KK comes from the
 * Kartu Keluarga; the phone number is the worker's own (JMO activation).
 */
const BY_FIELD: Readonly<Partial<Record<FieldName | "baris", string>>> = {
  nik: "KTP atau Kartu Keluarga",
  no_kk: "Kartu Keluarga",
  nama: "KTP",
  tempat_lahir: "KTP",
  tanggal_lahir: "KTP",
  jenis_kelamin: "KTP",
  nama_ibu: "Kartu Keluarga",
  no_hp: "nomor HP yang aktif",
  penghasilan: "keterangan penghasilan sebulan",
  alamat: "KTP",
};

const BY_CODE: Readonly<Partial<Record<FindingCode, string>>> = {
  DTKS_NOT_FOUND: "Kartu Keluarga (untuk dicek operator SIKS-NG/DTSEN desa)",
  DTKS_MATCHED_BY_FAMILY: "Kartu Keluarga (untuk dicek operator SIKS-NG/DTSEN desa)",
  DTKS_MATCHED_BY_NAME: "KTP dan Kartu Keluarga (untuk dicek operator SIKS-NG/DTSEN desa)",
  DTKS_NAME_MISMATCH: "KTP dan Kartu Keluarga",
  DTKS_DESIL_ABOVE: "Kartu Keluarga (untuk dicek operator SIKS-NG/DTSEN desa)",
  DTKS_WAGE_EARNER: "keterangan pekerjaan sekarang",
  NIK_DUPLICATE: "KTP atau Kartu Keluarga setiap orang bernama sama",
  NIK_DUPLICATE_ACROSS: "KTP atau Kartu Keluarga",
  KK_SAME_AS_NIK: "Kartu Keluarga",
};

/** The documents for a row's findings, each named once, in the order the findings are listed. */
export function whatToBring(findings: readonly Finding[]): string[] {
  const out: string[] = [];
  for (const f of findings) {
    const what = BY_CODE[f.code] ?? BY_FIELD[f.field];
    if (what !== undefined && !out.includes(what)) out.push(what);
  }
  return out;
}
