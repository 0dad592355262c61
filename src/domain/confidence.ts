/**
 * How sure we are of a fact taken from a regulation or practice (the README's "Sumber" section lists them):
 * CONFIRMED: several sources or a primary one; SECONDARY: one secondary source;
 * UNCONFIRMED: not verified, so it is a setting with a conservative default.
 */
export type Confidence = "CONFIRMED" | "SECONDARY" | "UNCONFIRMED";

/**
 * The one Indonesian word for each level, in every output the village reads: the pane's badge, the RAB sheet,
 * the submission's Keterangan, the CLI's notes. The English names stay in the data files and the JSON.
 */
export const CONFIDENCE_LABELS: Readonly<Record<Confidence, string>> = {
  CONFIRMED: "terkonfirmasi",
  SECONDARY: "sumber sekunder",
  UNCONFIRMED: "belum terkonfirmasi",
};

export function confidenceLabel(confidence: Confidence): string {
  return CONFIDENCE_LABELS[confidence];
}
