/**
 * "001/002", "RT 01 / RW 02", "1-2": an RT and an RW typed in one cell, as village sheets with one "RT/RW" column
 * keep them. Anything else (one number, an address, a note) is not taken apart.
 */
const RT_AND_RW = /^(?:rt\.?\s*)?(\d{1,3})\s*[/\\-]\s*(?:rw\.?\s*)?(\d{1,3})$/i;

/**
 * The RT and RW of a row: as their own columns say when the sheet has an RW column, otherwise taken apart from
 * the RT cell when it holds both. Nothing is changed in the sheet: only what is read from it.
 */
export function splitRtRw(rt: string | undefined, rw: string | undefined): { readonly rt: string | undefined; readonly rw: string | undefined } {
  if (rw !== undefined || rt === undefined) return { rt, rw };
  const both = RT_AND_RW.exec(rt);
  return both ? { rt: both[1], rw: both[2] } : { rt, rw };
}
