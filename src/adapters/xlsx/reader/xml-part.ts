import type { RawInflater } from "./inflater";
import { Utf8Chunks } from "./utf8-chunks";
import { inflateEntry, type ZipEntry } from "./zip-archive";
import { XmlTokenizer, type XmlHandler } from "./xml-tokenizer";

/**
 * Bytes decoded into one string at most: its text then fits in an ordinary heap object (under 128 KB,
 * even as two bytes a character). A longer text is a large object of its own, which V8 sets up and
 * frees one by one: decoding the 100,000-row sheet's 512 KB pieces whole cost 34-39 ms, in 64 KB
 * steps 6-8 ms. The decoder carries a character cut at a step's end over to the next step.
 */
const DECODED_BYTES = 65_504;

/**
 * Inflates one XML part and tokenizes it as it inflates: the part's text is never held whole.
 * Returns the number of bytes inflated.
 * Invalid UTF-8 becomes U+FFFD, as Excel's own repair would show it.
 */
export function readXmlPart(bytes: Uint8Array, entry: ZipEntry, maxBytes: number, handler: XmlHandler, onTooLarge: () => Error, inflate?: RawInflater): number {
  const decoder = new Utf8Chunks();
  const tokenizer = new XmlTokenizer(handler);
  const take = (chunk: Uint8Array) => {
    for (let from = 0; from < chunk.length; from += DECODED_BYTES) {
      tokenizer.write(decoder.decode(chunk.subarray(from, from + DECODED_BYTES)));
    }
  };
  const size = inflateEntry(bytes, entry, maxBytes, take, onTooLarge, inflate);
  const rest = decoder.end();
  if (rest !== "") tokenizer.write(rest);
  tokenizer.end();
  return size;
}
