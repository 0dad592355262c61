import { closeSync, openSync, writeSync } from "node:fs";
import { writeAtomically, type AtomicWriteOptions } from "../write-atomic";
import { nodeCrc32, nodeDeflater } from "./node-deflater";
import { XlsxWriter, type XlsxWriterOptions } from "./xlsx-writer";

/**
 * Writes an .xlsx to `path` in Node: under a temporary name, renamed when complete (`write-atomic.ts`), each
 * compressed piece written to the file as soon as it exists, so memory does not grow with the row count.
 * Compressed and checksummed by zlib (`node-deflater.ts`). `build` writes the sheets; it may be async (to read its rows
 * from a stream).
 */
export async function writeXlsxFile(
  path: string,
  build: (book: XlsxWriter) => void | Promise<void>,
  options: XlsxWriterOptions & AtomicWriteOptions = {},
): Promise<void> {
  await writeAtomically(
    path,
    async (temporary) => {
      // "wx": the random temporary name must not exist yet (never write through a link planted there).
      const fd = openSync(temporary, "wx");
      try {
        const book = new XlsxWriter((chunk) => writeAll(fd, chunk), { deflater: nodeDeflater, checksum: nodeCrc32, ...options });
        await build(book);
        book.finish();
      } finally {
        closeSync(fd);
      }
    },
    options,
  );
}

function writeAll(fd: number, chunk: Uint8Array): void {
  for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at, chunk.length - at);
}
