/**
 * Offline checks of manifest.xml (Microsoft's validator is a web service: run
 * `npx office-addin-manifest validate manifest.xml` by hand before a release).
 */
import fs from "node:fs";
import path from "node:path";
import { descendants, localName, parseXml, type XmlElement } from "./xml";

const ROOT = path.resolve(__dirname, "../..");
const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const manifest = parseXml(source);
const all = descendants(manifest);
const named = (name: string) => all.filter((element) => localName(element) === name);
const one = (name: string): XmlElement => {
  const found = named(name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0]!;
};

// webpack.config.js is the production manifest's only writer.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configure = require(path.join(ROOT, "webpack.config.js")) as (env: object, argv: object) => Promise<{
  plugins: Array<{ patterns?: Array<{ from: string; transform?: (content: Buffer) => Buffer | string }> }>;
  entry: Record<string, unknown>;
}>;

async function productionManifest(host: string): Promise<string> {
  const config = await configure({ host, WEBPACK_BUILD: true }, { mode: "production" });
  const pattern = config.plugins.flatMap((plugin) => plugin.patterns ?? []).find((p) => p.from === "manifest.xml")!;
  return pattern.transform!(Buffer.from(source)).toString();
}

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(localName(manifest)).toBe("OfficeApp");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
  });

  it("has a stable GUID and the package's version", () => {
    expect(one("Id").text).toBe("7b549f10-c40e-46b6-89fb-b72ee73c15f3");
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(one("Version").text).toBe(`${version}.0`);
  });

  it("speaks Indonesian by default, whatever language Excel is in", () => {
    expect(one("DefaultLocale").text).toBe("id-ID");
    expect(one("DisplayName").attributes.DefaultValue).toBe("Pekerja Rentan");
    expect(named("Override")).toEqual([]);
  });

  it("runs the pane and the DESA functions in one shared runtime", () => {
    const sets = named("Set").map((set) => `${set.attributes.Name} ${set.attributes.MinVersion}`);
    expect(sets).toEqual(["SharedRuntime 1.1"]);
    expect(one("Runtime").attributes).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
    expect(one("FunctionFile").attributes.resid).toBe("Taskpane.Url");
    const page = named("Page")[0]!.children[0]!;
    expect(page.attributes.resid).toBe("Taskpane.Url");
    const namespaceId = one("Namespace").attributes.resid;
    const namespace = all.find((element) => element.attributes.id === namespaceId)!;
    expect(namespace.attributes.DefaultValue).toBe("DESA");
    // A TaskpaneId would open a second pane next to the shared runtime's.
    expect(named("TaskpaneId")).toEqual([]);
  });

  it("puts a Pekerja Rentan group with one button on the Home tab", () => {
    expect(one("OfficeTab").attributes.id).toBe("TabHome");
    const groupLabel = one("Group").children.find((child) => localName(child) === "Label")!.attributes.resid;
    expect(all.find((element) => element.attributes.id === groupLabel)!.attributes.DefaultValue).toBe("Pekerja Rentan");
    expect(one("Action").attributes["xsi:type"]).toBe("ShowTaskpane");
  });

  it("defines every resource it refers to, once, within Office's length limits", () => {
    const defined = named("Image")
      .concat(named("Url"), named("String"))
      .filter((element) => element.attributes.id);
    const ids = defined.map((element) => element.attributes.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const element of all) {
      if (element.attributes.resid) expect(ids).toContain(element.attributes.resid);
    }
    for (const element of named("String")) {
      const limit = element.attributes.id && named("ShortStrings")[0]!.children.includes(element) ? 125 : 250;
      expect(element.attributes.DefaultValue!.length).toBeLessThanOrEqual(limit);
    }
  });

  it("serves everything from https://localhost:3000 in development, and the icons exist", () => {
    const urls = all.map((element) => element.attributes.DefaultValue ?? "").filter((value) => value.startsWith("http"));
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith("https://localhost:3000/")).toBe(true);
    for (const url of urls.filter((u) => u.endsWith(".png"))) {
      expect(fs.existsSync(path.join(ROOT, new URL(url).pathname))).toBe(true);
    }
  });

  it("moves every URL to the production host, leaving no localhost", async () => {
    const production = await productionManifest("https://addin.kab.go.id/pekerja-rentan");
    expect(production).not.toContain("localhost");
    expect(production).toContain('<SourceLocation DefaultValue="https://addin.kab.go.id/pekerja-rentan/taskpane.html"/>');
    expect(production.match(/https:\/\/addin\.kab\.go\.id\/pekerja-rentan\//g)).toHaveLength(source.match(/https:\/\/localhost:3000\//g)!.length);
    expect(() => parseXml(production)).not.toThrow();
  });

  it("refuses a production host Office would not load", async () => {
    await expect(productionManifest("http://addin.kab.go.id")).rejects.toThrow("https://");
    await expect(productionManifest("addin.kab.go.id")).rejects.toThrow("tidak valid");
  });
});

describe("webpack entries", () => {
  it("keeps the simulated Excel out of the production build", async () => {
    const production = await configure({ host: "https://addin.kab.go.id", WEBPACK_BUILD: true }, { mode: "production" });
    expect(Object.keys(production.entry)).toEqual(["taskpane", "functions"]);
    const preview = await configure({ preview: true, WEBPACK_BUILD: true }, { mode: "production" });
    expect(Object.keys(preview.entry)).toEqual(["taskpane", "functions", "fake-office"]);
  });

  it("shares one webpack runtime between the pane and the functions, as the shared runtime shares one page", async () => {
    // Two entries with a runtime each would load formulas.ts (and the region lists) twice on the page,
    // and state set through one copy (useRegions) would not reach the functions Excel calls.
    const production = await configure({ WEBPACK_BUILD: true }, { mode: "production" });
    expect(production.entry.taskpane).toEqual({ import: "./src/taskpane/index.tsx", dependOn: "functions" });
    expect(production.entry.functions).toEqual(["./src/functions/functions-runtime.ts", "./src/functions/functions.ts"]);
    const page = production.plugins.find((plugin) => plugin.constructor.name === "HtmlWebpackPlugin") as unknown as {
      userOptions: { chunks: string[]; chunksSortMode: string };
    };
    expect(page.userOptions.chunks).toEqual(["functions", "taskpane"]);
    expect(page.userOptions.chunksSortMode).toBe("manual");
  });
});
