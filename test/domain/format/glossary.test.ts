import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { avoidedTermsIn, GLOSSARY, SEVERITY_LABELS } from "../../../src/domain/format/glossary";

const SRC = join(__dirname, "../../../src");
const DOMAIN = join(SRC, "domain");
/** Every face a user reads: the domain's messages, the CLI, the adapters' errors, the pane, the browser page. */
const FACES = ["domain", "cli", "adapters", "functions", "taskpane", "web"].map((dir) => join(SRC, dir));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [join(dir, e.name)] : []));
}

/**
 * The text of every string and template literal a user can read: one with a space in it or starting
 * with a capital ("Target pekerja", "Galat"). A lone lower-case word is a code ("error", "nik"), and
 * import paths, literal types and comments are not text.
 */
function messageTexts(file: string): Array<{ readonly where: string; readonly text: string }> {
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true, kind);
  const out: Array<{ where: string; text: string }> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isJsxText(node)) {
      // Option names (`--target`) are the command line's vocabulary, and XML markup (`Target="…"`) is the file format's.
      const text = node.text.replace(/--[a-z][\w-]*/g, "");
      const markup = text.includes('="') || text.includes("<");
      // A lone capitalised word is a label in the faces, but an attribute or element name in the adapters' XML.
      const label = /\s/.test(text.trim()) || (/^\p{Lu}/u.test(text) && !file.startsWith(join(SRC, "adapters")));
      if (label && !markup) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        out.push({ where: `${relative(SRC, file)}:${line}`, text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe("one glossary of terms", () => {
  test("no message or label in any face (domain, CLI, adapters, functions, pane, page) uses a word the glossary sets aside", () => {
    const glossaryFile = join(DOMAIN, "format/glossary.ts");
    const offending = FACES.flatMap(sourceFiles)
      .filter((f) => f !== glossaryFile)
      .flatMap(messageTexts)
      .flatMap(({ where, text }) => avoidedTermsIn(text).map(({ word, use }) => `${where}: "${word}" → "${use}" in ${JSON.stringify(text)}`));
    expect(offending).toEqual([]);
  });

  test("the scan sees the words it is meant to catch, and leaves codes alone", () => {
    expect(avoidedTermsIn("Sel NIK berisi galat rumus #N/A.").map((t) => t.use)).toEqual([GLOSSARY.kesalahan]);
    expect(avoidedTermsIn("Target pekerja minimal 1").map((t) => t.use)).toEqual([GLOSSARY.sasaran]);
    expect(avoidedTermsIn("120 pekerja lolos pemeriksaan").map((t) => t.use)).toEqual([GLOSSARY.siapDidaftarkan]);
    expect(avoidedTermsIn("CELL_ERROR desilTarget sasaran siap didaftarkan")).toEqual([]);
  });

  test("severity labels are the glossary's words", () => {
    expect(Object.values(SEVERITY_LABELS).map((l) => l.toLowerCase())).toEqual([GLOSSARY.kesalahan, GLOSSARY.peringatan, GLOSSARY.catatan]);
  });
});
