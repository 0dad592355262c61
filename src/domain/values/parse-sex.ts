import type { RawCell } from "../cell/raw-cell";
import { cellText } from "../cell/raw-cell";

export type SexReading =
  | { readonly status: "missing" }
  | { readonly status: "ok"; readonly sex: "L" | "P" }
  | { readonly status: "invalid"; readonly shown: string }
  | { readonly status: "cell-error"; readonly code: string };

const SEX_WORDS: Readonly<Record<string, "L" | "P">> = {
  l: "L", lk: "L", laki: "L", lakilaki: "L", pria: "L", lelaki: "L", m: "L", male: "L", cowok: "L",
  p: "P", pr: "P", pr_: "P", perempuan: "P", wanita: "P", w: "P", f: "P", female: "P", prp: "P",
};

/** Shared answers: readings are never changed, and every row has one of these. */
const MISSING: SexReading = Object.freeze({ status: "missing" });
const MALE: SexReading = Object.freeze({ status: "ok", sex: "L" });
const FEMALE: SexReading = Object.freeze({ status: "ok", sex: "P" });

/**
 * SEX_WORDS' one-letter words by character code, both cases: nearly every row writes "L" or "P", and
 * looking the letter up skips lower-casing and filtering the text. Other cells take the long way.
 */
const ONE_LETTER: ReadonlyArray<SexReading | undefined> = oneLetterAnswers();

function oneLetterAnswers(): Array<SexReading | undefined> {
  const answers = new Array<SexReading | undefined>(128).fill(undefined);
  for (const [word, sex] of Object.entries(SEX_WORDS)) {
    if (word.length !== 1) continue;
    const reading = sex === "L" ? MALE : FEMALE;
    answers[word.charCodeAt(0)] = reading;
    answers[word.toUpperCase().charCodeAt(0)] = reading;
  }
  return answers;
}

/** L/P, Laki-laki/Perempuan, Pria/Wanita, LK/PR, and the English forms, in any case and spacing. */
export function parseSexCell(cell: RawCell | undefined): SexReading {
  if (cell?.kind === "error") return { status: "cell-error", code: cell.code };
  if (cell?.kind === "text" && cell.text.length === 1) {
    const answer = ONE_LETTER[cell.text.charCodeAt(0)];
    if (answer !== undefined) return answer;
  }
  const text = cellText(cell);
  if (text === undefined) return MISSING;
  const key = text.toLowerCase().replace(/[^a-z]/g, "");
  const sex = SEX_WORDS[key];
  return sex === "L" ? MALE : sex === "P" ? FEMALE : { status: "invalid", shown: text };
}

