/**
 * An incremental XML tokenizer for the parts of an .xlsx: text arrives in chunks (as it is inflated),
 * and elements and text are reported as they complete, so no sheet is ever held whole as one string.
 *
 * It covers what spreadsheet XML uses: elements, attributes, character and the five predefined entity
 * references, CDATA, comments and processing instructions. A DOCTYPE is skipped, never interpreted:
 * an entity it declares is then unknown, and an unknown entity is an error (no external entity is ever
 * fetched, and a "billion laughs" never expands). Namespace prefixes are dropped (`x:c` is `c`): the
 * reader knows the few names it looks for. Tag balance is checked, as a strict parser would.
 */
export interface XmlHandler {
  /** `attributes` holds local names (`r:id` is `id`), values with entities decoded. */
  open(name: string, attributes: XmlAttributes, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data, entities decoded; one text node may arrive in several calls. */
  text(text: string): void;
  /**
   * Optional: reads a whole element straight from the text when it has a form the handler knows (a
   * sheet's plain `<c>` cells, a million in a large sheet), sparing the general path's objects and calls.
   * Called at each start tag inside the root element with the index of its `<`; returns the index after
   * the element's end, or -1 to leave it to the tokenizer. It may accept only well-formed, balanced
   * markup whose events it stands for exactly, except that it may read an element's start tag and
   * content only and leave the element open: it then pushes the element's local name onto `open` (the
   * tokenizer's stack of open elements), and the tokenizer closes it at its end tag as its own. The
   * handler may also read the end tag of the element on top of `open` (one it left open, in this call or
   * an earlier one) when its events stand for the close exactly, and then pops it.
   */
  readElement?(text: string, at: number, open: string[]): number;
}

export type XmlAttributes = Readonly<Record<string, string>>;

export class XmlError extends Error {
  override readonly name = "XmlError";
}

const NO_ATTRIBUTES: XmlAttributes = Object.freeze({});
/** How much of a chunk at least joins the token cut at the previous chunk's end (see `write`). */
const HEAD = 4096;

export class XmlTokenizer {
  private pending = "";
  private readonly stack: string[] = [];
  private seenRoot = false;

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    let from = 0;
    if (this.pending !== "") {
      // The token cut at the last chunk's end is finished on a short string (the cut part and the chunk's
      // first characters, up to a tag), so the chunk itself is read as the flat string it is: reading
      // characters of a joined string costs more, a million times over on a large sheet.
      const lt = chunk.indexOf("<", Math.min(chunk.length, HEAD));
      from = lt < 0 ? chunk.length : lt;
      const head = this.pending + chunk.slice(0, from);
      const done = this.consume(head, 0, false);
      if (done < head.length) {
        // A token longer than the head (a long comment or text): read on from the joined string.
        const buffer = head.slice(done) + chunk.slice(from);
        this.pending = buffer.slice(this.consume(buffer, 0, false));
        return;
      }
    }
    this.pending = chunk.slice(this.consume(chunk, from, false));
  }

  /** The end of the document: anything left open is an error. */
  end(): void {
    if (this.pending !== "") this.consume(this.pending, 0, true);
    this.pending = "";
    if (this.stack.length > 0) throw new XmlError(`unclosed <${this.stack[this.stack.length - 1]}>`);
    if (!this.seenRoot) throw new XmlError("no root element");
  }

  /** Tokenizes as much of `buffer` from `from` on as is complete; returns where the incomplete rest starts. */
  private consume(buffer: string, from: number, final: boolean): number {
    const handler = this.handler;
    const readsElements = handler.readElement !== undefined;
    const length = buffer.length;
    let at = from;
    while (at < length) {
      // Markup usually follows markup directly: no search needed then.
      const lt = buffer.charCodeAt(at) === 60 ? at : buffer.indexOf("<", at);
      if (lt !== at) {
        const end = lt < 0 ? length : lt;
        if (lt < 0 && !final) {
          // Keep a possibly cut entity reference for the next chunk; pass the rest on now.
          const amp = buffer.lastIndexOf("&", end);
          const safe = amp >= at && buffer.indexOf(";", amp) < 0 ? amp : end;
          if (safe > at) this.emitText(buffer, at, safe);
          return safe;
        }
        this.emitText(buffer, at, end);
        if (lt < 0) return length;
        at = lt;
      }
      const next = buffer.charCodeAt(at + 1);
      if (next === 47 /* / */) {
        const gt = buffer.indexOf(">", at + 2);
        if (gt < 0) return this.incomplete(at, final);
        const open = this.stack.pop();
        // Usually the tag just opened, unprefixed: compared in place, without cutting a string out.
        if (open === undefined || gt !== at + 2 + open.length || !buffer.startsWith(open, at + 2)) {
          const name = localName(buffer.slice(at + 2, gt).trim());
          if (open !== name) throw new XmlError(`</${name}> closes <${open ?? ""}>`);
        }
        handler.close(open);
        at = gt + 1;
      } else if (next === 63 /* ? */) {
        const end = buffer.indexOf("?>", at + 2);
        if (end < 0) return this.incomplete(at, final);
        at = end + 2;
      } else if (next === 33 /* ! */) {
        const done = this.special(buffer, at, final);
        if (done < 0) return this.incomplete(at, final);
        at = done;
      } else if (Number.isNaN(next)) {
        return this.incomplete(at, final);
      } else {
        if (readsElements && this.stack.length > 0) {
          const done = handler.readElement!(buffer, at, this.stack);
          if (done >= 0) {
            at = done;
            continue;
          }
        }
        const gt = tagEnd(buffer, at + 1);
        if (gt < 0) return this.incomplete(at, final);
        this.openTag(buffer, at + 1, gt);
        at = gt + 1;
      }
    }
    return at;
  }

  private incomplete(at: number, final: boolean): number {
    if (final) throw new XmlError("the document ends inside a tag");
    return at;
  }

  private emitText(buffer: string, from: number, to: number): void {
    const raw = buffer.slice(from, to);
    if (this.stack.length === 0) {
      if (raw.trim() !== "") throw new XmlError("text outside the root element");
      return;
    }
    // XML reads a line break written as CR LF or CR as LF (§2.11), before entities: "&#13;" stays a CR.
    const lines = raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n");
    this.handler.text(lines.indexOf("&") < 0 ? lines : decodeEntities(lines));
  }

  /** `<!-- -->`, `<![CDATA[ ]]>` or `<!DOCTYPE …>`; the index after it, or -1 when it is not complete yet. */
  private special(buffer: string, at: number, final: boolean): number {
    if (buffer.startsWith("<!--", at)) {
      const end = buffer.indexOf("-->", at + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (buffer.startsWith("<![CDATA[", at)) {
      const end = buffer.indexOf("]]>", at + 9);
      if (end < 0) return -1;
      if (this.stack.length === 0) throw new XmlError("CDATA outside the root element");
      this.handler.text(buffer.slice(at + 9, end));
      return end + 3;
    }
    if (buffer.length - at < 9 && !final) return -1;
    if (buffer.startsWith("<!DOCTYPE", at)) {
      // Skipped with its internal subset: declarations are never acted on.
      let depth = 0;
      for (let i = at + 9; i < buffer.length; i++) {
        const c = buffer.charCodeAt(i);
        if (c === 91 /* [ */) depth++;
        else if (c === 93 /* ] */) depth--;
        else if (c === 62 /* > */ && depth <= 0) return i + 1;
      }
      return -1;
    }
    throw new XmlError("unknown markup declaration");
  }

  private openTag(buffer: string, from: number, gt: number): void {
    const selfClosing = buffer.charCodeAt(gt - 1) === 47;
    const end = selfClosing ? gt - 1 : gt;
    let nameEnd = from;
    while (nameEnd < end && !isSpace(buffer.charCodeAt(nameEnd))) nameEnd++;
    const name = localName(buffer.slice(from, nameEnd));
    if (name === "") throw new XmlError("a tag without a name");
    if (this.stack.length === 0) {
      if (this.seenRoot) throw new XmlError("a second root element");
      this.seenRoot = true;
    }
    const attributes = nameEnd < end ? parseAttributes(buffer, nameEnd, end) : NO_ATTRIBUTES;
    if (!selfClosing) this.stack.push(name);
    this.handler.open(name, attributes, selfClosing);
    if (selfClosing) this.handler.close(name);
  }
}

/** The `>` ending the tag that starts at `from`, skipping any `>` inside a quoted attribute value. */
function tagEnd(buffer: string, from: number): number {
  let quote = 0;
  for (let i = from; i < buffer.length; i++) {
    const c = buffer.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
      else if (c === 60) throw new XmlError("'<' in an attribute value");
    } else if (c === 34 || c === 39) {
      quote = c;
    } else if (c === 62) {
      return i;
    } else if (c === 60) {
      throw new XmlError("'<' inside a tag");
    }
  }
  return -1;
}

function parseAttributes(buffer: string, from: number, to: number): XmlAttributes {
  const attributes: Record<string, string> = {};
  let i = from;
  while (i < to) {
    let c = buffer.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const nameStart = i;
    let colon = -1;
    while (i < to && (c = buffer.charCodeAt(i)) !== 61 /* = */ && !isSpace(c)) {
      if (c === 58 /* : */) colon = i;
      i++;
    }
    const name = buffer.slice(colon < 0 ? nameStart : colon + 1, i);
    while (i < to && isSpace(buffer.charCodeAt(i))) i++;
    if (buffer.charCodeAt(i) !== 61 || name === "") throw new XmlError("an attribute without a value");
    i++;
    while (i < to && isSpace(buffer.charCodeAt(i))) i++;
    const quote = buffer.charCodeAt(i);
    if (quote !== 34 && quote !== 39) throw new XmlError("an attribute value without quotes");
    // One pass finds the closing quote and whether the value needs more than cutting out.
    let close = i + 1;
    let plain = true;
    while (close < to && (c = buffer.charCodeAt(close)) !== quote) {
      if (c === 38 /* & */ || c <= 13) plain = false;
      close++;
    }
    if (close >= to) throw new XmlError("an unterminated attribute value");
    const raw = buffer.slice(i + 1, close);
    // A literal line break or tab in a value reads as one space (§3.3.3); "&#10;" stays a line break.
    attributes[name] = plain ? raw : decodeEntities(raw.replace(/\r\n|[\t\n\r]/g, " "));
    i = close + 1;
  }
  return attributes;
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Character and predefined entity references; anything else (a DTD's entity) is refused. */
export function decodeEntities(raw: string): string {
  return raw.replace(/&([^;&]*);|&/g, (whole, body: string | undefined) => {
    if (body === undefined) throw new XmlError("a bare '&'");
    const named = NAMED[body];
    if (named !== undefined) return named;
    const code = body.startsWith("#x") ? parseInt(body.slice(2), 16) : body.startsWith("#") ? parseInt(body.slice(1), 10) : NaN;
    if (!/^#(x[0-9a-fA-F]+|[0-9]+)$/.test(body) || !(code >= 0 && code <= 0x10ffff)) throw new XmlError(`unknown entity ${whole}`);
    return String.fromCodePoint(code);
  });
}
