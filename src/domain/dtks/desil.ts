import type { Confidence } from "../confidence";
import type { DtksFamily, DtksRecord } from "./dtks-record";

/**
 * DTSEN (Inpres 4/2025; Permensos 3/2025) ranks each family three times: against the whole country, the
 * province and the regency, in the columns `desil_nasional`, `desil_provinsi` and `desil_kabupaten_kota`
 * of the family file (`keluarga_dtsen_v3_<tahun>_<kab>.csv`). A programme names which ranking it uses.
 */
export const DESIL_SOURCES = ["nasional", "provinsi", "kabupaten_kota"] as const;
export type DesilSource = (typeof DESIL_SOURCES)[number];

export const DESIL_SOURCE_LABELS: Readonly<Record<DesilSource, string>> = {
  nasional: "desil nasional",
  provinsi: "desil provinsi",
  kabupaten_kota: "desil kabupaten/kota",
};

/** The desil columns one row carries (1 = poorest tenth). */
export type DesilReading = Partial<Record<DesilSource, number>>;

/** A named threshold: "desil 1 to `maksimal` are the programme's target". */
export interface DesilPreset {
  readonly id: string;
  readonly maksimal: number;
  /** What the threshold is for, as the findings and the settings name it. */
  readonly purpose: string;
  readonly source: string;
  readonly confidence: Confidence;
}

/** The thresholds programmes use, each with its public source below. The first is the default. */
export const DESIL_PRESETS: readonly DesilPreset[] = [
  {
    id: "bpjs-tk",
    maksimal: 4,
    purpose: "pekerja rentan BPJS Ketenagakerjaan, Inpres 8/2025",
    source:
      "BPJS Ketenagakerjaan menyasar 40% terbawah DTSEN (desil 1–4) untuk pekerja rentan menurut Inpres 8/2025 (Antara, April 2025); Wantimpres menghitung pekerja rentan pada desil 1–4 (P3KE).",
    confidence: "SECONDARY",
  },
  {
    id: "pbi-jk",
    maksimal: 5,
    purpose: "PBI-JK, Sembako",
    source: "PBI Jaminan Kesehatan dan bantuan Sembako memakai desil 1–5 (ringkasan sekunder).",
    confidence: "SECONDARY",
  },
  {
    id: "ekstrem",
    maksimal: 1,
    purpose: "miskin ekstrem, dipakai sebagian Pemda",
    source: "Kepmensos 79/HUK/2025: desil 1 = miskin ekstrem; Kab. Kepahiang memakai desil 1 saja untuk pekerja rentan APBD.",
    confidence: "SECONDARY",
  },
];

/** The preset a threshold corresponds to, or undefined for a threshold the village chose itself. */
export function desilPreset(maksimal: number): DesilPreset | undefined {
  return DESIL_PRESETS.find((preset) => preset.maksimal === maksimal);
}

/** "desil 1–4 (pekerja rentan BPJS Ketenagakerjaan, Inpres 8/2025)", or "desil 1–6 (diatur desa)". */
export function describeDesilThreshold(maksimal: number): string {
  const range = maksimal === 1 ? "desil 1" : `desil 1–${maksimal}`;
  return `${range} (${desilPreset(maksimal)?.purpose ?? "diatur desa"})`;
}

/** A person's desil under the chosen ranking, and which ranking it actually is. */
export interface PersonDesil {
  readonly value: number;
  readonly source: DesilSource;
  /** True when the chosen ranking was not in the file and another one was used. */
  readonly fallback: boolean;
  /** True when the desil comes from the family row (the DTSEN join), not the person's row. */
  readonly fromFamily: boolean;
}

/**
 * The person's own desil columns first (a SIKS-NG export has them per row), else the family's. When
 * the chosen ranking is absent but another is present (a SIKS-NG "Desil" column is read as national),
 * that one is used and said to be a fallback, never silently taken for the chosen one.
 */
export function desilOf(record: Pick<DtksRecord, "desil" | "family">, source: DesilSource): PersonDesil | undefined {
  return pick(record.desil, source, false) ?? pick(record.family?.desil, source, true);
}

export function familyDesil(family: DtksFamily, source: DesilSource): PersonDesil | undefined {
  return pick(family.desil, source, true);
}

function pick(reading: DesilReading | undefined, source: DesilSource, fromFamily: boolean): PersonDesil | undefined {
  if (!reading) return undefined;
  const chosen = reading[source];
  if (chosen !== undefined) return { value: chosen, source, fallback: false, fromFamily };
  for (const other of DESIL_SOURCES) {
    const value = reading[other];
    if (value !== undefined) return { value, source: other, fallback: true, fromFamily };
  }
  return undefined;
}

/** How a desil cell reads: a rank, blank, or something outside 1–10 (counted in the extract's notes). */
export type DesilCell = { readonly status: "ok"; readonly value: number } | { readonly status: "blank" } | { readonly status: "out-of-range"; readonly shown: string };

/** "3", 3, "Desil 3", "3.0" -> 3; "0", "11", "Tidak ada" are out of range. */
export function readDesilText(text: string | undefined): DesilCell {
  if (text === undefined || text.trim() === "" || /^[-–.]$/.test(text.trim())) return { status: "blank" };
  const m = /^(?:desil\s*)?(\d{1,2})(?:[.,]0+)?$/i.exec(text.trim());
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= 10 ? { status: "ok", value: n } : { status: "out-of-range", shown: text.trim() };
}
