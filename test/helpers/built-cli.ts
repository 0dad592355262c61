import { execFileSync, spawn, spawnSync, type SpawnSyncOptionsWithStringEncoding, type SpawnSyncReturns } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
export const BIN = path.join(ROOT, "bin/pekerja-rentan.js");
const BUILT = path.join(ROOT, "dist-cli/pekerja-rentan.js");
const SOURCES = ["src/domain", "src/adapters/xlsx", "src/adapters/node", "src/adapters/unusable-input-error.ts", "src/cli", "scripts"];

function newest(entry: string): number {
  const info = fs.statSync(entry);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newest(path.join(entry, name))));
}

/**
 * The bundled CLI behind `bin/pekerja-rentan.js`, rebuilt (`npm run build:cli`) when older than its sources.
 * Type errors do not stop that build (`npm run typecheck` is where they are caught): these tests run the real
 * process. Built beside the real file and renamed into place, so that a test file running in another jest
 * worker never starts a half-written bundle.
 */
export function ensureBuiltCli(): string {
  const source = Math.max(...SOURCES.map((s) => newest(path.join(ROOT, s))), newest(path.join(ROOT, "webpack.cli.config.js")));
  if (!fs.existsSync(BUILT) || fs.statSync(BUILT).mtimeMs < source) {
    const outDir = `dist-cli/.build-${process.pid}`;
    try {
      execFileSync(process.execPath, [path.join(ROOT, "node_modules/webpack/bin/webpack.js"), "--config", "webpack.cli.config.js", "--env", `outDir=${outDir}`], { cwd: ROOT, stdio: "ignore" });
      fs.renameSync(path.join(ROOT, outDir, path.basename(BUILT)), BUILT);
    } catch (err) {
      throw new Error(`npm run build:cli failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    } finally {
      fs.rmSync(path.join(ROOT, outDir), { recursive: true, force: true });
    }
  }
  return BIN;
}

/** Runs the installed command as a user's shell would, without colour. */
export function runBuiltCli(args: readonly string[], options: Omit<SpawnSyncOptionsWithStringEncoding, "encoding"> = {}): SpawnSyncReturns<string> {
  ensureBuiltCli();
  return spawnSync(process.execPath, [BIN, ...args], { ...options, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...options.env } });
}

/** Starts the installed command (for a test that signals it while it works). */
export function startBuiltCli(args: readonly string[]) {
  ensureBuiltCli();
  return spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
}

/** Running as root (CI here): file modes do not stop root, so a test drops to `nobody` for them. */
export const IS_ROOT = typeof process.getuid === "function" && process.getuid() === 0;
export const NOBODY = { uid: 65534, gid: 65534 };
