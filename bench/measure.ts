import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

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

/**
 * The peak memory of this process's own address space, in MB: VmHWM from /proc/self/status on Linux, else
 * maxRSS. Linux carries the parent's maxRSS into a forked child (across exec too), so a child of a bench that
 * had grown to 260 MB reported at least 260 MB whatever it did; VmHWM starts from nothing at exec.
 */
export function peakMemoryMb(): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // Not Linux: maxRSS below.
  }
  return process.resourceUsage().maxRSS / 1024;
}

export interface CliRun {
  readonly seconds: number;
  readonly maxRssMb: number;
  /** User + system CPU of the whole child process: on a shared machine, steadier than the wall clock. */
  readonly cpuSeconds: number;
  readonly exitCode: number;
}

/** Min and median of the runs: the min is the least disturbed run, the median what a user usually waits. */
export interface Spread {
  readonly min: number;
  readonly median: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0]!, median: sorted[Math.floor(sorted.length / 2)]! };
}

/**
 * A full garbage collection, so that a timed run starts from the same heap and does not pay for the
 * garbage of the run before it (in-process figures at 100k and 300k rows are compared for linearity).
 */
export function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

/** An action timed `runs` times in this process, each after a full collection. */
export async function timeRuns(runs: number, action: () => Promise<unknown> | unknown): Promise<Spread> {
  const seconds: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const start = process.hrtime.bigint();
    await action();
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return spread(seconds);
}

/** The CLI run `runs` times, each in a fresh process: time and peak memory as min / median. */
export function runCliRuns(runs: number, args: string[], nodeFlags: readonly string[] = []): { seconds: Spread; maxRssMb: Spread; cpuSeconds: Spread } {
  const all = Array.from({ length: runs }, () => runCli(args, nodeFlags));
  return { seconds: spread(all.map((r) => r.seconds)), maxRssMb: spread(all.map((r) => r.maxRssMb)), cpuSeconds: spread(all.map((r) => r.cpuSeconds)) };
}

/**
 * Runs the built CLI in a fresh process, as a user would, and reports its wall time and peak memory
 * (maxRSS, read by a wrapper inside the child so no external `time` tool is needed). `nodeFlags` go
 * to that node process (to compare V8 settings; the figures that count are without).
 */
export function runCli(args: string[], nodeFlags: readonly string[] = []): CliRun {
  return runInFreshProcess(`require(${JSON.stringify(cliEntry())}).main(${JSON.stringify(args)})`, nodeFlags);
}

/**
 * The CLI of the build this bench file belongs to, so a bench always runs its own code: the bundle users run
 * (`npm run bench` builds it beside the compiled bench), or, for a bench compiled into another --outDir to
 * compare two versions, tsc's tree of modules there.
 */
function cliEntry(): string {
  const built = path.resolve(__dirname, "..");
  const bundle = path.join(built, "pekerja-rentan.js");
  return existsSync(bundle) ? bundle : path.join(built, "src/cli/main.js");
}

/**
 * Evaluates `expression` (a promise of an exit code, or of anything) in a fresh node process, with the
 * built project's modules at `require("<root>/dist-cli/...")`, and reports its wall time and peak memory.
 */
export function runInFreshProcess(expression: string, nodeFlags: readonly string[] = []): CliRun {
  const root = path.resolve(__dirname, "../..");
  const wrapper = `
    const start = process.hrtime.bigint();
    Promise.resolve(${expression}).then((code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const usage = process.resourceUsage();
      process.stderr.write("\\nBENCH " + JSON.stringify({ seconds, maxRssMb: require(${JSON.stringify(__filename)}).peakMemoryMb(), cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, exitCode: typeof code === "number" ? code : 0 }) + "\\n");
    });`;
  const out = spawnSync(process.execPath, [...nodeFlags, "-e", wrapper], { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 });
  const line = out.stderr.split("\n").find((l) => l.startsWith("BENCH "));
  if (!line) throw new Error(`run failed: ${out.stderr.slice(-2000)}`);
  return JSON.parse(line.slice(6)) as CliRun;
}

/** "12,30 / 13,10 s" */
export function fmtSpread(value: Spread, unit = "s", digits = 2): string {
  return `${value.min.toFixed(digits)} / ${value.median.toFixed(digits)} ${unit}`;
}

export function fmt(seconds: number): string {
  return `${seconds.toFixed(2)} s`;
}
