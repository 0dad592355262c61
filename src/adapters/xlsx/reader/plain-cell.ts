/**
 * A worksheet's `<c>` element in the plain form every writer uses, read straight from the text: a
 * large sheet holds a million of them, and the general tokenizer would build an attribute object and
 * make five handler calls for each. Only this form is accepted, anything else is left to the tokenizer:
 *
 *   <c r="B7" s="3" t="str"><v>text</v></c>   (`r`, `s`, `t` each optional, in any order, one space apart)
 *   <c r="B7" s="3"></c>   <c r="B7" s="3"/>
 *
 * The value must hold no `&` (an entity) and no CR (read as LF), so that it is exactly the text the
 * tokenizer would have reported; formulas, inline and rich text, comments, CDATA, prefixes and odd
 * spacing all go the general way.
 */
export interface PlainCell {
  /** Where the `r` value is in the text; `refFrom` is -1 when there is none. */
  refFrom: number;
  refTo: number;
  /** One of the `t` values Excel writes (s, str, n, b, e, d, inlineStr), or undefined when there is no `t`. */
  type: string | undefined;
  /** The `s` value; 0 when there is none. */
  style: number;
  /** Whether there is a `<v>`; its text is `valueFrom`..`valueTo` (empty for `<v></v>`). */
  hasValue: boolean;
  valueFrom: number;
  valueTo: number;
}

export function newPlainCell(): PlainCell {
  return { refFrom: -1, refTo: -1, type: undefined, style: 0, hasValue: false, valueFrom: 0, valueTo: 0 };
}

/**
 * Room a cell's tag needs at most before its value (three attributes of up to 16 characters, and
 * `<v>`). A cell starting closer than this to the end of the text is left to the tokenizer, so no
 * character past the end is ever read: that would make V8 throw away the optimised code, at each
 * chunk's end again.
 */
const TAG_ROOM = 80;

/**
 * Reads the `<c>` element starting at `at` into `cell`; returns the index after its end, or -1 when
 * there is none, or it is not in the plain form or not wholly in `text` (then `cell` holds nothing meaningful).
 */
export function readPlainCell(text: string, at: number, cell: PlainCell): number {
  // Characters are compared one by one: at a million cells, even `indexOf` and `startsWith` calls show.
  const length = text.length;
  if (at + TAG_ROOM > length || text.charCodeAt(at) !== 60 /* < */ || text.charCodeAt(at + 1) !== 99 /* c */) return -1;
  cell.refFrom = -1;
  cell.type = undefined;
  cell.style = 0;
  cell.hasValue = false;
  let i = at + 2;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 62 /* > */) {
      i++;
      break;
    }
    if (c === 47 /* / */) return text.charCodeAt(i + 1) === 62 ? i + 2 : -1;
    if (c !== 32 || text.charCodeAt(i + 2) !== 61 /* = */ || text.charCodeAt(i + 3) !== 34 /* " */) return -1;
    const name = text.charCodeAt(i + 1);
    const from = i + 4;
    let to = from;
    // Values of r, s and t are short; a quote not found within 16 characters is left to the tokenizer.
    while (to < from + 16 && text.charCodeAt(to) !== 34) to++;
    if (text.charCodeAt(to) !== 34) return -1;
    if (name === 114 /* r */) {
      cell.refFrom = from;
      cell.refTo = to;
    } else if (name === 115 /* s */) {
      const style = digitsAt(text, from, to, 9);
      if (style < 0) return -1;
      cell.style = style;
    } else if (name === 116 /* t */) {
      const type = cellTypeAt(text, from, to);
      if (type === undefined) return -1;
      cell.type = type;
    } else {
      return -1;
    }
    i = to + 1;
  }
  if (text.charCodeAt(i) !== 60 /* < */) return -1;
  const next = text.charCodeAt(i + 1);
  if (next === 47 /* / */) return text.charCodeAt(i + 2) === 99 && text.charCodeAt(i + 3) === 62 ? i + 4 : -1;
  if (next !== 118 /* v */ || text.charCodeAt(i + 2) !== 62) return -1;
  const valueFrom = i + 3;
  let lt = valueFrom;
  for (; lt < length; lt++) {
    const c = text.charCodeAt(lt);
    if (c === 60) break;
    // An entity, or a CR (read as LF): the tokenizer's job.
    if (c === 38 /* & */ || c === 13) return -1;
  }
  if (lt + 8 > length || !isEndOfValueAndCell(text, lt)) return -1;
  cell.hasValue = true;
  cell.valueFrom = valueFrom;
  cell.valueTo = lt;
  return lt + 8;
}

/** `</v></c>` at `at`. */
function isEndOfValueAndCell(text: string, at: number): boolean {
  return (
    text.charCodeAt(at + 1) === 47 &&
    text.charCodeAt(at + 2) === 118 &&
    text.charCodeAt(at + 3) === 62 &&
    text.charCodeAt(at + 4) === 60 &&
    text.charCodeAt(at + 5) === 47 &&
    text.charCodeAt(at + 6) === 99 &&
    text.charCodeAt(at + 7) === 62
  );
}
/**
 * The value of 1 to `maxDigits` decimal digits at `from`..`to` of `text`, or -1 (anything else there).
 * Read from the characters: the cell's text is never cut out to be parsed. Up to 15 digits is exact in a double.
 */
export function digitsAt(text: string, from: number, to: number, maxDigits: number): number {
  if (to <= from || to - from > maxDigits) return -1;
  let value = 0;
  for (let k = from; k < to; k++) {
    const d = text.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** One of the `t` values Excel writes (another one goes the general way), told apart by length and first character: a loop of `startsWith` showed, at a million cells. */
function cellTypeAt(text: string, from: number, to: number): string | undefined {
  const first = text.charCodeAt(from);
  switch (to - from) {
    case 1:
      if (first === 115) return "s";
      if (first === 110) return "n";
      if (first === 98) return "b";
      if (first === 101) return "e";
      if (first === 100) return "d";
      return undefined;
    case 3:
      return first === 115 && text.charCodeAt(from + 1) === 116 && text.charCodeAt(from + 2) === 114 ? "str" : undefined;
    case 9:
      return text.startsWith("inlineStr", from) ? "inlineStr" : undefined;
  }
  return undefined;
}
