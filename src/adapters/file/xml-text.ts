/**
 * Small, exact edits of OOXML text. The package patcher edits the user's own XML in place instead of
 * re-serialising a parsed tree, so formatting, namespaces and unknown elements stay as they were.
 */

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // Characters XML 1.0 cannot hold at all (a control character pasted from another program).
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, entity: string) => {
    switch (entity) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      case "amp":
        return "&";
    }
    const code = entity.startsWith("#x") ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** The value of attribute `name` in a start tag, unescaped; undefined when absent. */
export function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (!match) return undefined;
  return unescapeXml(match[2] ?? match[3] ?? "");
}

/** The start tag with attribute `name` set to `value` (replaced in place, or added before the end). */
export function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const escaped = `"${escapeXml(value)}"`;
  if (pattern.test(tag)) return tag.replace(pattern, (_, head: string) => `${head}${escaped}`);
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}=${escaped}${tag.slice(end)}`;
}

export function withoutAttribute(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`), "");
}

/** Elements named `name` (start tag to end tag, or self-closing), in document order, with their offsets. */
export function elements(xml: string, name: string, from = 0, to = xml.length): Array<{ start: number; end: number; text: string; startTag: string }> {
  const found: Array<{ start: number; end: number; text: string; startTag: string }> = [];
  const open = new RegExp(`<${name}(?=[\\s/>])[^>]*>`, "g");
  open.lastIndex = from;
  const close = `</${name}>`;
  for (let match = open.exec(xml); match && match.index < to; match = open.exec(xml)) {
    const startTag = match[0];
    let end = match.index + startTag.length;
    if (!startTag.endsWith("/>")) {
      const closing = xml.indexOf(close, end);
      if (closing < 0) break;
      end = closing + close.length;
    }
    found.push({ start: match.index, end, text: xml.slice(match.index, end), startTag });
    open.lastIndex = end;
  }
  return found;
}

/** Offset of the first of `names`' start tags (or `</fallback>`), for inserting in schema order. */
export function insertionPoint(xml: string, names: ReadonlyArray<string>, fallbackClose: string): number {
  let best = -1;
  for (const name of names) {
    const match = new RegExp(`<${name}(?=[\\s/>])`).exec(xml);
    if (match && (best < 0 || match.index < best)) best = match.index;
  }
  return best >= 0 ? best : xml.lastIndexOf(`</${fallbackClose}>`);
}
