import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

/**
 * An .xlsx package (a zip of XML parts) held in memory, edited part by part. Only the parts that were
 * set are new: every other part is written back with exactly the bytes it was read with, so whatever
 * this project does not understand (pivot caches, macros, charts, printer settings) survives untouched.
 */
export class XlsxPackage {
  private readonly parts: Map<string, Uint8Array>;
  private readonly changed = new Set<string>();

  private constructor(parts: Map<string, Uint8Array>) {
    this.parts = parts;
  }

  /** Throws when the bytes are not a zip; callers turn that into their own message. */
  static open(bytes: Uint8Array): XlsxPackage {
    const entries = unzipSync(bytes);
    // Zip order is kept ([Content_Types].xml first, as Office writes it): some readers sniff it.
    return new XlsxPackage(new Map(Object.entries(entries).filter(([name]) => !name.endsWith("/"))));
  }

  has(path: string): boolean {
    return this.parts.has(path);
  }

  /** Part names, without a leading slash ("xl/workbook.xml"). */
  paths(): string[] {
    return [...this.parts.keys()];
  }

  bytes(path: string): Uint8Array | undefined {
    return this.parts.get(path);
  }

  text(path: string): string | undefined {
    const bytes = this.parts.get(path);
    return bytes === undefined ? undefined : strFromU8(bytes);
  }

  setText(path: string, text: string): void {
    this.parts.set(path, strToU8(text));
    this.changed.add(path);
  }

  delete(path: string): void {
    this.parts.delete(path);
    this.changed.add(path);
  }

  /** Parts added, replaced or deleted since opening. */
  changedPaths(): string[] {
    return [...this.changed];
  }

  /** A free part name like "xl/comments3.xml" for `prefix` "xl/comments" and `suffix` ".xml". */
  freePath(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) {
      const candidate = `${prefix}${n}${suffix}`;
      if (!this.parts.has(candidate)) return candidate;
    }
  }

  toBytes(): Uint8Array {
    const zippable: Zippable = {};
    for (const [path, bytes] of this.parts) zippable[path] = [bytes, { level: 6 }];
    return zipSync(zippable);
  }
}
