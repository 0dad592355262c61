/**
 * The words every face uses, the ones a village office uses itself. The pane walk found "galat" next to
 * "kesalahan", "Target" next to "Sasaran" and four words for "ready"; one list fixes the choice, and
 * `test/domain/format/glossary.test.ts` scans every message in src/domain for the words set aside here.
 */
export const GLOSSARY = {
  /** A finding that stops enrolment (severity "error"). */
  kesalahan: "kesalahan",
  /** A finding to look at that does not stop enrolment (severity "warning"). */
  peringatan: "peringatan",
  /** A note (severity "info"). */
  catatan: "catatan",
  /** A worker row without a kesalahan: the one word for "ready". */
  siapDidaftarkan: "siap didaftarkan",
  /** The workers the programme is meant for, and their count in the budget. */
  sasaran: "sasaran",
} as const;

/** Severity labels, as headings and in reports: capitalised, singular. */
export const SEVERITY_LABELS = {
  error: "Kesalahan",
  warning: "Peringatan",
  info: "Catatan",
} as const;

/**
 * Words not used in messages and labels, with the word to use instead. Matched as whole words, in any
 * case; a code identifier (CELL_ERROR, desilTarget) is not a word and is not matched. English words
 * ("error", "warning") are not listed: they are the severity codes of the JSON output, not text.
 */
export const AVOIDED_TERMS: ReadonlyArray<{ readonly word: string; readonly use: string }> = [
  { word: "galat", use: GLOSSARY.kesalahan },
  { word: "eror", use: GLOSSARY.kesalahan },
  { word: "target", use: GLOSSARY.sasaran },
  { word: "lolos", use: GLOSSARY.siapDidaftarkan },
  { word: "layak didaftarkan", use: GLOSSARY.siapDidaftarkan },
  { word: "siap daftar", use: GLOSSARY.siapDidaftarkan },
  { word: "siap diajukan", use: GLOSSARY.siapDidaftarkan },
  { word: "bisa didaftarkan", use: GLOSSARY.siapDidaftarkan },
];

/** The avoided words found in `text`, each with its replacement (empty when the text follows the glossary). */
export function avoidedTermsIn(text: string): Array<{ readonly word: string; readonly use: string }> {
  return AVOIDED_TERMS.filter(({ word }) => new RegExp(`(?<![\\p{L}_#])${word.replace(/ /g, "\\s+")}(?![\\p{L}_])`, "iu").test(text));
}
