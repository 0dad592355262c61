import type { RawInflater } from "./inflater";
import { Utf8Chunks } from "./utf8-chunks";
import { inflateEntry, type ZipEntry } from "./zip-archive";
import { XmlTokenizer, type XmlHandler } from "./xml-tokenizer";

/**
 * Inflates one XML part and tokenizes it as it inflates: the part's text is never held whole.
 * Returns the number of bytes inflated.
 * Invalid UTF-8 becomes U+FFFD, as Excel's own repair would show it.
 */
export function readXmlPart(bytes: Uint8Array, entry: ZipEntry, maxBytes: number, handler: XmlHandler, onTooLarge: () => Error, inflate?: RawInflater): number {
  const decoder = new Utf8Chunks();
  const tokenizer = new XmlTokenizer(handler);
  const size = inflateEntry(bytes, entry, maxBytes, (chunk) => tokenizer.write(decoder.decode(chunk)), onTooLarge, inflate);
  const rest = decoder.end();
  if (rest !== "") tokenizer.write(rest);
  tokenizer.end();
  return size;
}
