/**
 * How big a round trip is, counted the way the wire counts it. "Excel on the web has a payload size
 * limit for requests and responses of 5MB" (https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * The limit is on the serialised request, so UTF-8 bytes of the JSON, not UTF-16 characters, and
 * every queued action also carries its object path, method name and ids. The per-action figure
 * is an estimate on the safe side (Office.js does not document its wire format).
 */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const ACTION_OVERHEAD_BYTES = 150;

/** The rows × columns a single read may cover on any platform: "Excel ... 5 million cells" (https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins). */
export const READ_CELL_LIMIT = 5_000_000;

export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value ?? null));
}
