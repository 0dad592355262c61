import fs from "node:fs";
import path from "node:path";
import webpack from "webpack";

/** The repository: the first folder up with a package.json (from here, or from the copy `npm run bench` compiles into dist-cli/). */
export function repositoryRoot(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`package.json tidak ditemukan di atas ${from}`);
  }
}

const ROOT = repositoryRoot();
export const PREVIEW_DIR = path.join(ROOT, "dist-preview");
const STAMP = path.join(PREVIEW_DIR, ".built-at");
/** What the preview build is made from: a change to any of these rebuilds it. */
const INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "scripts/webpack", "tsconfig.json", "package-lock.json"];

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
/** When the newest file a build is made from was last changed (ms since the epoch). */
export function newestInputMs(): number {
  return Math.max(...INPUTS.map((input) => newestInput(path.join(ROOT, input))));
}

export async function ensurePreviewBuild(log: (message: string) => void = () => undefined): Promise<string> {
  const builtAt = fs.statSync(STAMP, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const newest = newestInputMs();
  if (builtAt > newest && process.env.CI !== "true") return PREVIEW_DIR;
  // PREVIEW_REUSE=1 runs several suites against one build while others keep saving files under src/.
  if (builtAt > 0 && process.env.PREVIEW_REUSE === "1") {
    log(`dist-preview dipakai ulang (dibangun ${new Date(builtAt).toISOString()}, PREVIEW_REUSE=1)`);
    return PREVIEW_DIR;
  }

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
  // Stamped with the time the build started: a source saved while webpack ran is newer, so the next run rebuilds.
  fs.writeFileSync(STAMP, new Date(started).toISOString());
  fs.utimesSync(STAMP, new Date(started), new Date(started));
  log(`dist-preview selesai dalam ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return PREVIEW_DIR;
}
