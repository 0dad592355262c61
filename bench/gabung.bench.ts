import * as fs from "node:fs";
import * as path from "node:path";
import { BENCH_DIR, generateWorkerWorkbook } from "./generate";
import { floorReadXlsx, versusFloor } from "./floor";
import { fmtSpread, runCliRuns, spread } from "./measure";

const VILLAGES = 300;
const WORKERS = 150;
const RUNS = 3;

/** A regency's `gabung`: 300 village files × 150 workers against the floor read of all of them (target ≤ 2×). */
export async function benchGabung(report: (line: string) => void): Promise<void> {
  report(`gabung — ${VILLAGES} berkas desa × ${WORKERS} pekerja; min / median dari ${RUNS} kali`);
  const folder = path.join(BENCH_DIR, `kabupaten-${VILLAGES}x${WORKERS}`);
  fs.mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < VILLAGES; i++) files.push(await generateWorkerWorkbook(WORKERS, path.join(folder, `desa-${String(i + 1).padStart(3, "0")}.xlsx`), 1000 + i));

  const floor = spread(Array.from({ length: RUNS }, () => files.reduce((sum, f) => sum + floorReadXlsx(f).seconds, 0)));
  report(`  floor read of all files ........... ${fmtSpread(floor)}`);
  const run = runCliRuns(RUNS, ["gabung", folder, "--tahun", "2026", "--json"]);
  report(`  gabung end-to-end ................. ${fmtSpread(run.seconds)} = ${versusFloor(run.seconds.median, floor.median, 2)}, CPU ${fmtSpread(run.cpuSeconds)}; peak ${fmtSpread(run.maxRssMb, "MB", 0)}`);

  // Where the time goes beside the floor: what any run pays before its files (loading the CLI and the region
  // codes, the first file read while V8 still interprets the code), and each further file.
  const single = path.join(BENCH_DIR, `kabupaten-1x${WORKERS}`);
  fs.mkdirSync(single, { recursive: true });
  fs.copyFileSync(files[0]!, path.join(single, path.basename(files[0]!)));
  const one = runCliRuns(RUNS, ["gabung", single, "--tahun", "2026", "--json"]);
  const perFile = ((run.seconds.median - one.seconds.median) / (VILLAGES - 1)) * 1000;
  report(`  gabung of 1 file .................. ${fmtSpread(one.seconds)} (a run's fixed cost; floor of that file ${(floorReadXlsx(files[0]!).seconds * 1000).toFixed(1)} ms)`);
  report(`  each further file ................. ${perFile.toFixed(1)} ms (floor ${((floor.median / VILLAGES) * 1000).toFixed(1)} ms)`);
}
