import { spawnSync } from "node:child_process";
import * as path from "node:path";

/** Wall time of an async action, in seconds, best of `runs` (the floor is what we compare against). */
export async function timeBest(runs: number, action: () => Promise<unknown> | unknown): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await action();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return best;
}

export interface CliRun {
  readonly seconds: number;
  readonly maxRssMb: number;
  readonly exitCode: number;
}

/**
 * Runs the built CLI in a fresh process, as a user would, and reports its wall time and peak memory
 * (maxRSS, read by a wrapper inside the child so no external `time` tool is needed). `nodeFlags` go
 * to that node process (to compare V8 settings; the figures that count are without).
 */
export function runCli(args: string[], nodeFlags: readonly string[] = []): CliRun {
  const root = path.resolve(__dirname, "../..");
  const wrapper = `
    const { main } = require(${JSON.stringify(path.join(root, "dist-cli/src/cli/main.js"))});
    const start = process.hrtime.bigint();
    main(${JSON.stringify(args)}).then((code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      process.stderr.write("\\nBENCH " + JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, exitCode: code }) + "\\n");
    });`;
  const out = spawnSync(process.execPath, [...nodeFlags, "-e", wrapper], { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 });
  const line = out.stderr.split("\n").find((l) => l.startsWith("BENCH "));
  if (!line) throw new Error(`CLI run failed: ${out.stderr.slice(-2000)}`);
  return JSON.parse(line.slice(6)) as CliRun;
}

export function fmt(seconds: number): string {
  return `${seconds.toFixed(2)} s`;
}
