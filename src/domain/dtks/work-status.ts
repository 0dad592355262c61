/**
 * `status_dalam_pekerjaan_utama` of a DTSEN member (the member file `anggota_keluarga_dtsen_v3_…csv`),
 * in the categories the programme cares about: employees belong to their employer's PU (Penerima Upah)
 * registration, not to the village's BPU list (PP 44/2015 on JKK and JKM separates the two); the
 * self-employed, free and family workers are BPU candidates.
 */
export type WorkStatus = "berusaha" | "buruh-karyawan" | "pns-tni-polri" | "pekerja-bebas" | "pekerja-keluarga";

export const WAGE_EARNER_STATUSES: ReadonlySet<WorkStatus> = new Set(["buruh-karyawan", "pns-tni-polri"]);

export const WORK_STATUS_LABELS: Readonly<Record<WorkStatus, string>> = {
  berusaha: "berusaha sendiri / dibantu buruh",
  "buruh-karyawan": "buruh/karyawan/pegawai",
  "pns-tni-polri": "PNS/TNI/Polri/BUMN/BUMD/pejabat",
  "pekerja-bebas": "pekerja bebas",
  "pekerja-keluarga": "pekerja keluarga/tidak dibayar",
};

/**
 * Reads the status as DTSEN and Regsosek write it, in any case and with or without a leading code
 * ("4. Buruh/Karyawan/Pegawai Swasta", "BURUH / KARYAWAN / PEGAWAI SWASTA"). "Berusaha dibantu buruh
 * tetap" is an employer, not a buruh: the opening word decides. A bare code ("4") is not guessed at.
 */
export function readWorkStatus(text: string | undefined): WorkStatus | "unknown" | undefined {
  if (text === undefined) return undefined;
  const t = text
    .toLowerCase()
    .replace(/^\s*\d{1,2}\s*[.)\-:]?\s*(?=\p{L})/u, "")
    .replace(/\s+/g, " ")
    .trim();
  if (t === "" || t === "-") return undefined;
  if (t.startsWith("berusaha")) return "berusaha";
  if (t.startsWith("pekerja bebas")) return "pekerja-bebas";
  if (t.startsWith("pekerja keluarga") || t.includes("tidak dibayar")) return "pekerja-keluarga";
  if (/\b(pns|asn|tni|polri|bumn|bumd|pejabat|aparatur sipil)\b/.test(t)) return "pns-tni-polri";
  if (/^(buruh|karyawan|pegawai)\b/.test(t) || /\b(karyawan|pegawai)\b/.test(t)) return "buruh-karyawan";
  return "unknown";
}

/** `status_bekerja`: "Ya", "Bekerja", "1. Ya" -> true; "Tidak", "Tidak bekerja" -> false. */
export function readWorksFlag(text: string | undefined): boolean | undefined {
  return readYesNo(text, /^(ya|y|bekerja|iya)\b/, /^(tidak|tdk|t|belum|tidak bekerja)\b/);
}

/** `pbi_nas`, `pbi_pemda`: "Ya"/"Tidak", "1"/"0", TRUE/FALSE. */
export function readPbiFlag(text: string | undefined): boolean | undefined {
  return readYesNo(text, /^(ya|y|1|true|iya|pbi)\b/, /^(tidak|tdk|t|0|false|bukan|non)\b/);
}

function readYesNo(text: string | undefined, yes: RegExp, no: RegExp): boolean | undefined {
  if (text === undefined) return undefined;
  const t = text.toLowerCase().replace(/^\s*\d\s*[.)]\s*/, "").trim();
  if (no.test(t)) return false;
  if (yes.test(t)) return true;
  return undefined;
}
