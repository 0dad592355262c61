import * as fs from "node:fs";
import * as path from "node:path";
import { columnLetter } from "../../../src/cli/output/check-json";
import { columnLetters } from "../../../src/domain/cell/a1";
import { formatCount } from "../../../src/cli/output/style";
import { formatAngka } from "../../../src/domain/format";

const SRC = path.resolve(__dirname, "../../../src");

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

describe("one formatter and one A1 helper", () => {
  it("formats numbers through domain/format, never with the host's ICU data (toLocaleString)", () => {
    // Left for their owners: option messages (cli/args.ts) and the cut-cell note (adapters/xlsx/write-cell-text.ts).
    const allowed = new Set(["cli/args.ts", "adapters/xlsx/write-cell-text.ts"]);
    const offenders = sources(SRC)
      .filter((file) => /\.toLocaleString\(/.test(fs.readFileSync(file, "utf8")))
      .map((file) => path.relative(SRC, file).split(path.sep).join("/"))
      .filter((file) => !allowed.has(file));
    expect(offenders).toEqual([]);
    expect(formatCount(1_048_576)).toBe(formatAngka(1_048_576));
  });

  it("writes column letters with the domain's a1 module everywhere", () => {
    for (const n of [1, 26, 27, 702, 703, 16_384]) expect(columnLetter(n)).toBe(columnLetters(n));
    const copies = sources(SRC).filter((file) => /String\.fromCharCode\(65/.test(fs.readFileSync(file, "utf8")));
    expect(copies.map((f) => path.relative(SRC, f).split(path.sep).join("/"))).toEqual(["domain/cell/a1.ts"]);
  });
});
