import { normaliseHeader } from "../fields";

/** How a header text matched a field: `exact` beats `contains` when two columns claim one field. */
export interface HeaderMatch<F extends string> {
  readonly field: F;
  readonly exact: boolean;
}

export interface HeaderMatcher<F extends string> {
  /** The field a header names, or undefined when it names none, is ambiguous, or is a numbering column. */
  match(header: string): HeaderMatch<F> | undefined;
}

/** Synonyms shorter than this ("NIK", "KK", "HP", "RT") occur inside unrelated words, so they only match whole. */
const MIN_CONTAINED_LENGTH = 4;

/** "No", "No.", "No Urut": the row counter every village list starts with; it must never be taken for a field. */
const NUMBERING_HEADERS = new Set(["no", "nomor", "nourut", "nomorurut", "urut", "nmr", "nourt"]);

/** What a note starts with: "(16 digit)", "[L/P]", "*". */
const HAS_NOTE = /[([*]/;

/**
 * The header without the notes villages add for whoever fills the sheet: "NIK (16 digit)*",
 * "Tgl. Lahir (dd-mm-yyyy)", "Nama\n(sesuai KTP)", "Jenis Kelamin [L/P]".
 */
export function stripHeaderNotes(header: string): string {
  const collapsed = header.replace(/\s+/g, " ").trim();
  // Most texts have no note: nothing below would change them.
  if (!HAS_NOTE.test(collapsed)) return collapsed;
  const stripped = collapsed
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/\*/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return stripped === "" ? collapsed : stripped;
}

export function isNumberingHeader(header: string): boolean {
  return NUMBERING_HEADERS.has(normaliseHeader(stripHeaderNotes(header)));
}

interface Synonym<F extends string> {
  readonly field: F;
  readonly key: string;
}

const matchers = new WeakMap<object, HeaderMatcher<string>>();

const ONLY_DIGITS = /^[0-9]+$/;

/**
 * Digits, white space and ASCII punctuation only ("6104011205900001", "12-05-1990", "0812 3456 7890", "(3)"):
 * none of them turns into a letter when normalised, so the text's normal form is digits or nothing.
 */
const NO_LETTERS = /^[\d\s!-/:-@[-`{-~]*$/;

/** Bounds the answers a matcher keeps: names and addresses also pass through it, and a run may read any number of files. */
const MAX_REMEMBERED_HEADERS = 4096;

/** Builds (once per synonyms map) a matcher that compares headers after `normaliseHeader`. */
export function headerMatcher<F extends string>(synonyms: Readonly<Record<F, readonly string[]>>): HeaderMatcher<F> {
  const cached = matchers.get(synonyms);
  if (cached) return cached as HeaderMatcher<F>;

  const exact = new Map<string, F>();
  const contained = new ContainedSynonyms<F>();
  const whole = new Map<string, F>();
  for (const field of Object.keys(synonyms) as F[]) {
    for (const synonym of synonyms[field]) {
      const key = normaliseHeader(synonym);
      if (key === "") continue;
      // Field order decides a synonym two fields share, so the result never depends on chance.
      if (!exact.has(key)) exact.set(key, field);
      if (key.length < MIN_CONTAINED_LENGTH) {
        if (!whole.has(key)) whole.set(key, field);
      } else if (!isPairOfShortCodes(synonym)) {
        contained.add({ field, key });
      }
    }
  }

  // Every synonym has a letter (so far all do): then a text without letters names no field.
  const everySynonymHasALetter = [...exact.keys()].every((key) => !ONLY_DIGITS.test(key));

  const matchOnce = (header: string): HeaderMatch<F> | undefined => {
    const cleaned = stripHeaderNotes(header);
    const key = normaliseHeader(cleaned);
    if (key === "" || NUMBERING_HEADERS.has(key)) return undefined;
    // Usually the header has no note and `key` is already its normal form.
    const exactField = exact.get(cleaned === header ? key : normaliseHeader(header)) ?? exact.get(key);
    if (exactField !== undefined) return { field: exactField, exact: true };
    const field = containedField(key, cleaned, contained, whole);
    return field === undefined ? undefined : { field, exact: false };
  };
  // The locator asks about every text near the top of every sheet, and a regency's 300 village files
  // repeat the same few headers: each distinct text is matched against the synonyms once.
  const answers = new Map<string, HeaderMatch<F> | null>();
  const matcher: HeaderMatcher<F> = {
    match(header) {
      // NIKs, dates, phone numbers, RT/RW, row numbers: most of the texts under a header, never remembered.
      if (everySynonymHasALetter && NO_LETTERS.test(header)) return undefined;
      const known = answers.get(header);
      if (known !== undefined) return known ?? undefined;
      const answer = matchOnce(header);
      if (answers.size >= MAX_REMEMBERED_HEADERS) answers.clear();
      answers.set(header, answer ?? null);
      return answer;
    },
  };
  matchers.set(synonyms, matcher);
  return matcher;
}

/**
 * The "contains" synonyms by their first two letters. Most texts the locator asks about are the names, NIKs
 * and dates of the rows under the header, which contain no synonym at all: looking up each position of the
 * text once is far cheaper than searching the text for each of a hundred synonyms.
 */
class ContainedSynonyms<F extends string> {
  private readonly byStart = new Map<number, Array<Synonym<F>>>();

  add(synonym: Synonym<F>): void {
    const at = pairAt(synonym.key, 0);
    const list = this.byStart.get(at);
    if (list) list.push(synonym);
    else this.byStart.set(at, [synonym]);
  }

  /**
   * The synonyms found furthest to the right in `key`, all starting at `start`; every other synonym in
   * `key` starts further left (or is found again further left), so it could never win.
   */
  rightmost(key: string): { readonly start: number; readonly found: ReadonlyArray<Synonym<F>> } | undefined {
    for (let start = key.length - MIN_CONTAINED_LENGTH; start >= 0; start--) {
      const candidates = this.byStart.get(pairAt(key, start));
      if (!candidates) continue;
      const found = candidates.filter((synonym) => key.startsWith(synonym.key, start));
      if (found.length > 0) return { start, found };
    }
    return undefined;
  }
}

function pairAt(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

/**
 * Indonesian puts the qualifier after the noun ("Nama Lengkap Ibu Kandung", "Alamat Email"), so the
 * synonym found furthest to the right names the column; among those starting at the same place the
 * longest, most specific one wins. Two different fields tied on both is a header we do not guess at.
 */
function containedField<F extends string>(key: string, cleaned: string, contained: ContainedSynonyms<F>, whole: ReadonlyMap<string, F>): F | undefined {
  let best: F | undefined;
  let bestStart = -1;
  let bestLength = 0;
  let tied = false;
  const consider = (field: F, start: number, length: number) => {
    if (start > bestStart || (start === bestStart && length > bestLength)) {
      best = field;
      bestStart = start;
      bestLength = length;
      tied = false;
    } else if (start === bestStart && length === bestLength && field !== best) {
      tied = true;
    }
  };
  const rightmost = contained.rightmost(key);
  if (rightmost) for (const synonym of rightmost.found) consider(synonym.field, rightmost.start, synonym.key.length);
  // A short synonym counts only as the header's first word ("NIK Pekerja", "HP/WA"), never later
  // ("Hubungan dalam KK" is not a No. KK), and not when the header also names another short field ("RT/RW").
  // The words joined are `key`, so the first word can only be a short synonym when `key` starts with one.
  if (!startsWithWhole(key, whole)) return tied ? undefined : best;
  const words = cleaned
    .normalize("NFKD")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
  const first = words.length > 0 ? whole.get(words[0]!) : undefined;
  if (first !== undefined && words.every((word) => (whole.get(word) ?? first) === first)) {
    consider(first, 0, words[0]!.length);
  }
  return tied ? undefined : best;
}

/**
 * Short codes joined by a slash ("RT/RW", "NIK/No. KTP"): inside a longer header they are as ambiguous as
 * each code alone ("Alamat RT/RW" is the address), so such a synonym names a column only as the whole header.
 */
function isPairOfShortCodes(synonym: string): boolean {
  if (!synonym.includes("/")) return false;
  const words = synonym.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== "");
  return words.length >= 2 && words.every((word) => word.length < MIN_CONTAINED_LENGTH);
}

function startsWithWhole(key: string, whole: ReadonlyMap<string, unknown>): boolean {
  for (let length = 1; length < MIN_CONTAINED_LENGTH && length <= key.length; length++) if (whole.has(key.slice(0, length))) return true;
  return false;
}
