import fs from "node:fs";
import path from "node:path";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "../../..");
export const PREVIEW_DIR = path.join(ROOT, "dist-preview");
const STAMP = path.join(PREVIEW_DIR, ".built-at");
/** What the preview build is made from: a change to any of these rebuilds it. */
const INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "tsconfig.json", "package-lock.json"];

function newestInput(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestInput(path.join(entry, name))));
}

/**
 * Builds dist-preview/ (production mode, local office.js, simulated Excel) through webpack's Node
 * API, unless it is already newer than every source file. Returns the directory.
 */
export async function ensurePreviewBuild(log: (message: string) => void = () => undefined): Promise<string> {
  const builtAt = fs.statSync(STAMP, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const newest = Math.max(...INPUTS.map((input) => newestInput(path.join(ROOT, input))));
  if (builtAt > newest && process.env.CI !== "true") return PREVIEW_DIR;

  log("Membangun dist-preview (webpack --env preview)...");
  const started = Date.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configure = require(path.join(ROOT, "webpack.config.js")) as (env: object, argv: object) => Promise<webpack.Configuration>;
  const config = await configure({ preview: true, WEBPACK_BUILD: true }, { mode: "production" });
  config.context = ROOT;
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    webpack(config, (error, result) => (error || !result ? reject(error ?? new Error("webpack gagal")) : resolve(result)));
  });
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  fs.writeFileSync(STAMP, new Date().toISOString());
  log(`dist-preview selesai dalam ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return PREVIEW_DIR;
}
