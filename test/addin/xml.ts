/**
 * A strict, small XML reader for checking manifest.xml offline (Microsoft's validator is a web
 * service). It rejects what Office's parser rejects: unbalanced or crossed tags, unquoted or
 * repeated attributes, a bare "&", "--" inside a comment, text after the root element.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(raw: string, at: number): string {
  return raw.replace(/&([^;]*);|&/g, (match, entity: string | undefined) => {
    if (entity === undefined) throw new Error(`"&" tanpa entitas dekat posisi ${at}`);
    if (entity in ENTITIES) return ENTITIES[entity]!;
    if (/^#\d+$/.test(entity)) return String.fromCodePoint(Number(entity.slice(1)));
    if (/^#x[0-9a-f]+$/i.test(entity)) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    throw new Error(`entitas tidak dikenal ${match} dekat posisi ${at}`);
  });
}

export function parseXml(source: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fail = (message: string): never => {
    throw new Error(`${message} (posisi ${i})`);
  };
  while (i < source.length) {
    if (source.startsWith("<?", i)) {
      const end = source.indexOf("?>", i);
      if (end < 0) fail("instruksi pemrosesan tidak ditutup");
      i = end + 2;
    } else if (source.startsWith("<!--", i)) {
      const end = source.indexOf("-->", i + 4);
      if (end < 0) fail("komentar tidak ditutup");
      if (source.slice(i + 4, end).includes("--")) fail('"--" di dalam komentar');
      i = end + 3;
    } else if (source.startsWith("</", i)) {
      const match = /^<\/([\w:.-]+)\s*>/.exec(source.slice(i));
      if (!match) fail("tag penutup rusak");
      const open = stack.pop();
      if (!open || open.name !== match![1]) fail(`</${match![1]}> tidak cocok dengan <${open?.name ?? "?"}>`);
      i += match![0].length;
    } else if (source[i] === "<") {
      const match = /^<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(source.slice(i));
      if (!match) fail("tag pembuka rusak (atribut tanpa tanda kutip?)");
      const attributes: Record<string, string> = {};
      for (const [, name, double, single] of match![2]!.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (name! in attributes) fail(`atribut ${name} ganda`);
        attributes[name!] = decode(double ?? single ?? "", i);
      }
      const element: XmlElement = { name: match![1]!, attributes, children: [], text: "" };
      if (stack.length > 0) stack[stack.length - 1]!.children.push(element);
      else if (root) fail("lebih dari satu elemen akar");
      else root = element;
      if (!match![3]) stack.push(element);
      i += match![0].length;
    } else {
      const end = source.indexOf("<", i);
      const text = source.slice(i, end < 0 ? source.length : end);
      if (stack.length === 0 && text.trim() !== "") fail("teks di luar elemen akar");
      if (stack.length > 0) stack[stack.length - 1]!.text += decode(text, i);
      i = end < 0 ? source.length : end;
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]!.name}> tidak ditutup`);
  if (!root) fail("tidak ada elemen akar");
  return root!;
}

/** Every element below `element` (depth first), itself included. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}

export function localName(element: XmlElement): string {
  return element.name.replace(/^.*:/, "");
}
