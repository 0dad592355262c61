/**
 * How alike two spellings of one person's name are, from 0 to 1.
 *
 * DTKS and village lists write the same person differently: case, punctuation, titles
 * ("H.", "Hj.", "S.Pd."), initials ("M. YUSUF" for "MUHAMMAD YUSUF"), a trailing "S"/"S." (a father's
 * initial), spelling variants of Muhammad, and the space inside compound names ("NUR HALIZA").
 */
export function nameSimilarity(a: string, b: string): number {
  // Most extract rows spell the name as the village does, only in capitals.
  if (a.length === b.length && a.toUpperCase() === b.toUpperCase() && /\p{L}/u.test(a)) return 1;
  return tokenSimilarity(nameTokens(a), nameTokens(b));
}

/** The same, for names already split by `nameTokens` (callers comparing one name with many split it once). */
export function tokenSimilarity(ta: readonly string[], tb: readonly string[]): number {
  if (ta.length === 0 || tb.length === 0) return 0;
  const joined = levenshteinRatio(ta.join(""), tb.join(""));
  return Math.max(joined, tokenScore(ta, tb));
}

/** Titles and honorifics that are not part of the name on the KTP. */
const TITLES = new Set([
  "h", "hj", "haji", "hajjah", "drs", "dra", "dr", "ir", "prof", "bpk", "bapak", "ibu", "sdr", "sdri", "alm", "almh", "ust", "ustadz", "ustad", "ustazah", "kh",
  "spd", "sag", "se", "sh", "st", "skom", "sip", "ssos", "sthi", "spdi", "amd", "ama", "mpd", "mm", "mag", "sk", "skm", "sked", "ssi", "shi", "sei", "amk", "apt",
]);

const SPELLING: Readonly<Record<string, string>> = {
  muhammad: "muhammad", muhamad: "muhammad", mohammad: "muhammad", mohamad: "muhammad", muhammed: "muhammad",
  moh: "muhammad", moch: "muhammad", mochammad: "muhammad", mochamad: "muhammad", muh: "muhammad", mhd: "muhammad", mohd: "muhammad", md: "muhammad",
  abd: "abdul", abdul: "abdul",
  nur: "nur", nurul: "nurul",
};

/**
 * True when two split names could be the same person: some word starts with the same letter in both.
 * A cheap test before the full comparison when one name is compared with many (the birth-date
 * fallback). It gives up one case the full comparison would accept: a one-word name misspelt in its
 * first letter ("Kartini" / "Cartini"); the NIK match is unaffected.
 */
export function mayBeSameName(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) for (const y of b) if (x.charCodeAt(0) === y.charCodeAt(0)) return true;
  return false;
}

/** Every initial: a mask that lets any name through. */
export const ANY_INITIALS = -1;

/** The first letters of split names, one bit per letter a–z, for `DtksIndex.bornOn`. */
export function tokenInitials(tokens: readonly string[]): number {
  let mask = 0;
  for (const token of tokens) mask |= 1 << (token.charCodeAt(0) - 97);
  return mask;
}

/**
 * The first letters of every word of a name, one bit per letter a–z: it holds those of the name's
 * `nameTokens` (titles and spellings aside, a token begins as its word does), so two names whose masks
 * share no bit can never pass `mayBeSameName`. A name with any non-ASCII character lets every letter
 * through, since its words only become a–z once normalised.
 */
export function nameInitials(name: string): number {
  let mask = 0;
  let inWord = false;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c >= 128) return ANY_INITIALS;
    if (c >= 65 && c <= 90) c += 32;
    const letter = c >= 97 && c <= 122;
    if (letter && !inWord) mask |= 1 << (c - 97);
    inWord = letter;
  }
  return mask;
}

export function nameTokens(name: string): string[] {
  // Academic titles after a comma ("SITI AMINAH, S.Pd.") go first, then dots inside titles ("S.Pd" -> "spd").
  const beforeComma = name.split(",")[0] ?? name;
  const words = beforeComma
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\b([a-z])\.(?=[a-z]{2,}\.?\b)/g, "$1") // "s.pd" -> "spd"
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0 && !TITLES.has(w))
    .map((w) => SPELLING[w] ?? w);
  // A lone trailing initial ("SUPARMAN S") is a father's initial the other list may leave out.
  while (words.length > 1 && words[words.length - 1]!.length === 1) words.pop();
  return words;
}

function tokenScore(a: readonly string[], b: readonly string[]): number {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const used = new Set<number>();
  let total = 0;
  for (const token of shorter) {
    let best = 0;
    let bestIndex = -1;
    longer.forEach((other, i) => {
      if (used.has(i)) return;
      const score = token.length === 1 || other.length === 1 ? (token[0] === other[0] ? 0.95 : 0) : levenshteinRatio(token, other);
      if (score > best) {
        best = score;
        bestIndex = i;
      }
    });
    if (bestIndex >= 0) used.add(bestIndex);
    total += best;
  }
  // Extra tokens in the longer name cost less than wrong ones: a middle name is often dropped.
  const extra = longer.length - shorter.length;
  return total / (shorter.length + extra * 0.5);
}

export function levenshteinRatio(a: string, b: string): number {
  if (a === b) return 1;
  const max = Math.max(a.length, b.length);
  if (max === 0) return 1;
  return 1 - levenshtein(a, b) / max;
}

// Two rows of the distance table, reused: the DTKS fallback compares thousands of names.
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

function levenshtein(a: string, b: string): number {
  if (b.length + 1 > previousRow.length) {
    previousRow = new Int32Array(b.length + 1);
    currentRow = new Int32Array(b.length + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length]!;
}
