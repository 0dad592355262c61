/**
 * A worksheet's `<row>` start tag in the plain form writers use, read straight from the text: every
 * row of a large sheet has one, and the general tokenizer would build an attribute object for each.
 * Only this form is accepted, anything else is left to the tokenizer (which also explains what is wrong):
 *
 *   <row r="7" spans="1:13" x14ac:dyDescent="0.25">   (any attributes, one space before each, `"` quotes)
 *
 * A value must hold no `&` (an entity), no `<` and no tab, CR or LF (read as a space), so that the
 * `r` found is exactly the value the tokenizer would report; a self-closing row goes the general way.
 */
export interface RowStart {
  /** Where the `r` value is in the text (the last one, as the tokenizer keeps it); `numberFrom` is -1 when there is none. */
  numberFrom: number;
  numberTo: number;
}

export function newRowStart(): RowStart {
  return { numberFrom: -1, numberTo: -1 };
}

/**
 * Reads the `<row …>` start tag at `at` into `row`; returns the index after its `>`, or -1 when it is
 * not in the plain form or not wholly in `text` (then `row` holds nothing meaningful).
 */
export function readRowStart(text: string, at: number, row: RowStart): number {
  const length = text.length;
  if (
    at + 5 > length ||
    text.charCodeAt(at) !== 60 /* < */ ||
    text.charCodeAt(at + 1) !== 114 /* r */ ||
    text.charCodeAt(at + 2) !== 111 /* o */ ||
    text.charCodeAt(at + 3) !== 119 /* w */
  ) {
    return -1;
  }
  row.numberFrom = -1;
  let i = at + 4;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === 62 /* > */) return i + 1;
    if (c !== 32) return -1;
    // The name, up to `="`; its local part (after the last colon) is what the tokenizer reports.
    const nameFrom = i + 1;
    let nameTo = nameFrom;
    let localFrom = nameFrom;
    for (; nameTo < length; nameTo++) {
      const n = text.charCodeAt(nameTo);
      if (n === 58 /* : */) localFrom = nameTo + 1;
      else if (!isNameCharacter(n)) break;
    }
    if (localFrom === nameTo || nameTo + 1 >= length || text.charCodeAt(nameTo) !== 61 /* = */ || text.charCodeAt(nameTo + 1) !== 34 /* " */) return -1;
    const valueFrom = nameTo + 2;
    let valueTo = valueFrom;
    for (; valueTo < length; valueTo++) {
      const v = text.charCodeAt(valueTo);
      if (v === 34) break;
      if (v === 38 /* & */ || v === 60 /* < */ || v <= 13) return -1;
    }
    if (valueTo >= length) return -1;
    if (nameTo - localFrom === 1 && text.charCodeAt(localFrom) === 114 /* r */) {
      row.numberFrom = valueFrom;
      row.numberTo = valueTo;
    }
    i = valueTo + 1;
  }
  return -1;
}

/** Letters, digits, `_`, `-` and `.`: what attribute names are made of here (anything else goes the general way). */
function isNameCharacter(c: number): boolean {
  const lower = c | 32;
  return (lower >= 97 && lower <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46;
}
