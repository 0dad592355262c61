import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/*
 * The pane runs in a browser (Excel's webview): the reader it can use, `readXlsxGrid`, must reach no
 * Node module, no Buffer and no exceljs through any of its imports.
 */
const ROOT = resolve(__dirname, "../../../..");
const ENTRY = join(ROOT, "src/adapters/xlsx/reader/read-xlsx-grid.ts");

function reachable(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  for (const [, specifier] of source.matchAll(/from\s+"([^"]+)"/g)) {
    if (!specifier!.startsWith(".")) continue;
    reachable(`${resolve(dirname(file), specifier!)}.ts`, seen);
  }
  return seen;
}

describe("the reader the pane can use", () => {
  const files = [...reachable(ENTRY)];

  it("reaches no Node module, Buffer or exceljs", () => {
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      const imports = [...source.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]!);
      expect({ file, imports: imports.filter((s) => s.startsWith("node:") || s === "exceljs" || s === "fs" || s === "path") }).toEqual({ file, imports: [] });
      expect({ file, buffer: /\bBuffer\s*[.(]/.test(source) }).toEqual({ file, buffer: false });
    }
  });

  it("imports only fflate from outside the project, and uses the whole reader folder", () => {
    const external = new Set(files.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/from\s+"([^".][^"]*)"/g)].map((m) => m[1]!)));
    expect([...external]).toEqual(["fflate"]);
    // Every file of the folder is part of what the pane gets: none is Node-only.
    const folder = readdirSync(dirname(ENTRY)).map((name) => join(dirname(ENTRY), name));
    expect(folder.filter((file) => !files.includes(file))).toEqual([]);
  });
});
