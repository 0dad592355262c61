import { SheetHandler, type SheetContext } from "../../../../src/adapters/xlsx/reader/sheet-part";
import { XmlTokenizer, type XmlHandler } from "../../../../src/adapters/xlsx/reader/xml-tokenizer";

/** Cuts `text` at the given fractions (0–1): the chunks an inflater may hand over. */
export function cut(text: string, points: ReadonlyArray<number>): string[] {
  const at = [...new Set(points.map((p) => Math.floor(p * text.length)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const to of at) {
    chunks.push(text.slice(from, to));
    from = to;
  }
  chunks.push(text.slice(from));
  return chunks;
}

/**
 * A worksheet part read in `chunks`, with the sheet's direct readings (`direct`) or with every element
 * going through the tokenizer's events (a handler without `readElement`): the grid, or the error.
 */
export function readSheet(context: SheetContext, chunks: ReadonlyArray<string>, direct: boolean): unknown {
  const handler = new SheetHandler(context);
  const events: XmlHandler = direct ? handler : { open: (n, a, s) => handler.open(n, a, s), close: (n) => handler.close(n), text: (t) => handler.text(t) };
  try {
    const tokenizer = new XmlTokenizer(events);
    for (const chunk of chunks) tokenizer.write(chunk);
    tokenizer.end();
    return handler.result();
  } catch (error) {
    return { error: String(error) };
  }
}
