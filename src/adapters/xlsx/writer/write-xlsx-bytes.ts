import { XlsxWriter, type XlsxWriterOptions } from "./xlsx-writer";

/**
 * A whole .xlsx in memory, for the browser (the pane's download, a Blob): `build` writes the sheets, the
 * compressed pieces are collected and joined once. The XML never exists whole, so memory is about the size
 * of the compressed file plus the shared strings.
 */
export function xlsxBytes(build: (book: XlsxWriter) => void, options: XlsxWriterOptions = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const book = new XlsxWriter((chunk) => {
    chunks.push(chunk);
    length += chunk.length;
  }, options);
  build(book);
  book.finish();
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
