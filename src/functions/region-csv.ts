/**
 * Expands the compact form of the Kemendagri code lists that scripts/webpack/region-csv-loader.js puts
 * in the bundle back into idn-area-data's CSV: a header line, then "#<parent code>" group lines followed
 * by "<code suffix>,<name>" rows. Text that is not compact (provinces.csv, or a plain CSV) is returned
 * as it is. Kept apart from region-data.ts so Node tests can check it without webpack.
 */
export function expandRegionCsv(compact: string): string {
  const firstBreak = compact.indexOf("\n");
  if (firstBreak < 0 || compact.charCodeAt(firstBreak + 1) !== 35 /* # */) return compact;
  const out: string[] = [compact.slice(0, firstBreak)];
  let parent = "";
  let start = firstBreak + 1;
  while (start < compact.length) {
    let end = compact.indexOf("\n", start);
    if (end < 0) end = compact.length;
    if (compact.charCodeAt(start) === 35) parent = compact.slice(start + 1, end);
    else if (end > start) {
      const comma = compact.indexOf(",", start);
      out.push(`${parent}.${compact.slice(start, comma)},${parent}${compact.slice(comma, end)}`);
    }
    start = end + 1;
  }
  return out.join("\n");
}
