import * as fs from "node:fs";
import * as path from "node:path";
import { loadRegions } from "../src/adapters/node/load-wilayah";
import { readWorkbookFile } from "../src/adapters/xlsx/read-any";
import { writeSubmissionCsv } from "../src/adapters/xlsx/write-csv";
import { writeSubmissionXlsx } from "../src/adapters/xlsx/write-submission";
import { checkWorkers } from "../src/domain/check/check-workers";
import { buildSubmission, describeSubmission, findTemplate } from "../src/domain/ekspor";
import { defaultSettings } from "../src/domain/rules/rule-parameters";
import { locateWorkerTable } from "../src/domain/table/locate-worker-table";
import { BENCH_DIR, generateWorkerWorkbook } from "./generate";
import { floorReadXlsx, floorWriteXlsx, versusFloor } from "./floor";
import { fmtSpread, runCliRuns, spread, type Spread } from "./measure";

const WORKERS = 100_000;
const RUNS = 3;

/**
 * `ekspor` of 100,000 workers end to end against the floors: reading the same workbook and writing
 * (deflating) the same output (target ≤ 2× their sum). The parts ekspor adds to a check, building the
 * submission and writing it, are timed in this process too, against the write floor alone.
 */
export async function benchEkspor(report: (line: string) => void): Promise<void> {
  report(`ekspor — ${WORKERS.toLocaleString("id-ID")} pekerja, templat bpu-kolektif; min / median dari ${RUNS} kali`);
  const workbookFile = await generateWorkerWorkbook(WORKERS);
  const out = path.join(BENCH_DIR, "ekspor-hasil.xlsx");
  const outCsv = path.join(BENCH_DIR, "ekspor-hasil.csv");

  const regions = await loadRegions();
  const located = locateWorkerTable(await readWorkbookFile(workbookFile), {});
  if (!located.ok) throw new Error(located.message);
  const result = checkWorkers(located.table, { settings: { ...defaultSettings(2026), kodeDesa: "61.04.01.2014" }, regions });
  const template = findTemplate("bpu-kolektif")!;
  const options = { year: 2026, startMonth: 1, months: 12, withJht: false, declaredIncome: 1_000_000 };
  const build = await timeWithCpu(() => buildSubmission(result, template, options));
  const submission = buildSubmission(result, template, options);
  const keterangan = describeSubmission(submission, { generatedAt: "bench" });
  report(`  buildSubmission, no I/O .......... ${fmtSpread(build.wall)}, CPU ${fmtSpread(build.cpu)}`);
  // The writer deflates on a worker thread beside the main one (`deflate-worker.ts`): its wall time is below its
  // CPU time, which counts both threads (process.cpuUsage is the whole process's).
  const write = await timeWithCpu(() => writeSubmissionXlsx(out, submission, keterangan, { overwrite: true }));
  report(`  write .xlsx (our writer) ......... ${fmtSpread(write.wall)}, CPU ${fmtSpread(write.cpu)}`);
  const writeCsv = await timeWithCpu(() => writeSubmissionCsv(outCsv, submission, { overwrite: true }));
  report(`  write .csv ....................... ${fmtSpread(writeCsv.wall)}, CPU ${fmtSpread(writeCsv.cpu)}`);

  const floorRead = spread(Array.from({ length: RUNS }, () => floorReadXlsx(workbookFile).seconds));
  const floorWrite = spread(Array.from({ length: RUNS }, () => floorWriteXlsx(out).seconds));
  report(`  floor read / floor write ......... ${fmtSpread(floorRead)} / ${fmtSpread(floorWrite)}`);
  // Wall against wall (the floors are wall times); the CPU time beside it is what a busy machine distorts least.
  const ours = build.wall.median + write.wall.median;
  report(`  build + write .xlsx .............. ${ours.toFixed(2)} s = ${versusFloor(ours, floorWrite.median, 2)}, CPU ${(build.cpu.median + write.cpu.median).toFixed(2)} s`);

  fs.rmSync(out, { force: true });
  const e2e = runCliRuns(RUNS, ["ekspor", workbookFile, "--keluar", out, "--timpa", "--tahun", "2026", "--desa", "61.04.01.2014"]);
  report(
    `  ekspor end-to-end ................ ${fmtSpread(e2e.seconds)} = ${versusFloor(e2e.seconds.median, floorRead.median + floorWrite.median, 2)}, CPU ${fmtSpread(e2e.cpuSeconds)}; peak ${fmtSpread(e2e.maxRssMb, "MB", 0)}`,
  );
}

/** Wall and CPU time (user + system of this process) of `action`, `RUNS` times. */
async function timeWithCpu(action: () => unknown): Promise<{ wall: Spread; cpu: Spread }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const before = process.cpuUsage();
    await action();
    const used = process.cpuUsage(before);
    wall.push(Number(process.hrtime.bigint() - start) / 1e9);
    cpu.push((used.user + used.system) / 1e6);
  }
  return { wall: spread(wall), cpu: spread(cpu) };
}
