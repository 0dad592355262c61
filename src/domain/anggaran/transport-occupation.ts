import type { Confidence } from "../confidence";

/**
 * Occupations counted as the transport sector for PP 50/2025's longer discount period. The PP's own
 * list is UNCONFIRMED: press coverage of the PP (CNBC Indonesia, 4 February 2026) names app-based
 * drivers, other drivers and couriers. Matched as whole words in the worker's `pekerjaan`.
 */
export const TRANSPORT_OCCUPATION_WORDS = {
  value: ["ojek", "ojol", "ojeg", "sopir", "supir", "pengemudi", "driver", "kurir", "angkot", "angkutan", "becak", "bentor", "taksi", "motoris", "juru mudi"],
  source: "PP 50/2025 menurut pemberitaan (CNBC Indonesia 4 Feb 2026): pengemudi berbasis aplikasi, pengemudi non-aplikasi, kurir. Daftar resmi belum terkonfirmasi.",
  confidence: "UNCONFIRMED" as Confidence,
} as const;

const PATTERN = new RegExp(`\\b(${TRANSPORT_OCCUPATION_WORDS.value.join("|")})`, "i");

export function isTransportOccupation(pekerjaan: string | undefined): boolean {
  return pekerjaan !== undefined && PATTERN.test(pekerjaan);
}
