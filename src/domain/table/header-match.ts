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

/**
 * The header without the notes villages add for whoever fills the sheet: "NIK (16 digit)*",
 * "Tgl. Lahir (dd-mm-yyyy)", "Nama\n(sesuai KTP)", "Jenis Kelamin [L/P]".
 */
export function stripHeaderNotes(header: string): string {
  const collapsed = header.replace(/\s+/g, " ").trim();
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

/** Bounds the answers a matcher keeps: names and addresses also pass through it, and a run may read any number of files. */
const MAX_REMEMBERED_HEADERS = 4096;

/** Builds (once per synonyms map) a matcher that compares headers after `normaliseHeader`. */
export function headerMatcher<F extends string>(synonyms: Readonly<Record<F, readonly string[]>>): HeaderMatcher<F> {
  const cached = matchers.get(synonyms);
  if (cached) return cached as HeaderMatcher<F>;

  const exact = new Map<string, F>();
  const contained: Synonym<F>[] = [];
  const whole = new Map<string, F>();
  for (const field of Object.keys(synonyms) as F[]) {
    for (const synonym of synonyms[field]) {
      const key = normaliseHeader(synonym);
      if (key === "") continue;
      // Field order decides a synonym two fields share, so the result never depends on chance.
      if (!exact.has(key)) exact.set(key, field);
      if (key.length >= MIN_CONTAINED_LENGTH) contained.push({ field, key });
      else if (!whole.has(key)) whole.set(key, field);
    }
  }

  const matchOnce = (header: string): HeaderMatch<F> | undefined => {
    const cleaned = stripHeaderNotes(header);
    const key = normaliseHeader(cleaned);
    if (key === "" || NUMBERING_HEADERS.has(key)) return undefined;
    const exactField = exact.get(normaliseHeader(header)) ?? exact.get(key);
    if (exactField !== undefined) return { field: exactField, exact: true };
    const field = containedField(key, cleaned, contained, whole);
    return field === undefined ? undefined : { field, exact: false };
  };
  // The locator asks about every text near the top of every sheet, and a regency's 300 village files
  // repeat the same few headers: each distinct text is matched against the synonyms once.
  const answers = new Map<string, HeaderMatch<F> | null>();
  const matcher: HeaderMatcher<F> = {
    match(header) {
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
 * Indonesian puts the qualifier after the noun ("Nama Lengkap Ibu Kandung", "Alamat Email"), so the
 * synonym found furthest to the right names the column; among those starting at the same place the
 * longest, most specific one wins. Two different fields tied on both is a header we do not guess at.
 */
function containedField<F extends string>(
  key: string,
  cleaned: string,
  contained: ReadonlyArray<Synonym<F>>,
  whole: ReadonlyMap<string, F>,
): F | undefined {
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
  for (const synonym of contained) {
    const start = key.lastIndexOf(synonym.key);
    if (start >= 0) consider(synonym.field, start, synonym.key.length);
  }
  // A short synonym counts only as the header's first word ("NIK Pekerja", "HP/WA"), never later
  // ("Hubungan dalam KK" is not a No. KK), and not when the header also names another short field ("RT/RW").
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
