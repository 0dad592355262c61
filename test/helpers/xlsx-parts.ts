import * as fs from "node:fs";
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";

/** Every part of an .xlsx (a zip), by name. */
export function xlsxParts(file: string): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(fs.readFileSync(file)));
}

/**
 * The problems a strict XML 1.0 parser finds in each XML part of the workbook (empty when every part is
 * well-formed): invalid UTF-8, characters XML forbids (U+0001, U+FFFE…), unbalanced tags, bad entities.
 * Excel reports a workbook with such a part as corrupt.
 */
export function malformedXmlParts(file: string): string[] {
  const problems: string[] = [];
  for (const [name, bytes] of Object.entries(xlsxParts(file))) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      problems.push(`${name}: not UTF-8`);
      continue;
    }
    const parser = new SaxesParser({ xmlns: true });
    let first: string | undefined;
    parser.on("error", (error) => {
      first ??= error.message;
    });
    parser.write(text).close();
    if (first) problems.push(`${name}: ${first}`);
  }
  return problems;
}

/** The text of one part (e.g. "xl/sharedStrings.xml"). */
export function xlsxPartText(file: string, name: string): string {
  const part = xlsxParts(file)[name];
  if (!part) throw new Error(`${file} has no ${name}`);
  return new TextDecoder().decode(part);
}
