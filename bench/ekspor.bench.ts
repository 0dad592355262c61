import ExcelJS from "exceljs";
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
import { fmt, fmtSpread, runCliRuns, spread, timeBest } from "./measure";

const WORKERS = 100_000;

/**
 * `ekspor` of 100,000 workers end to end against the floors: reading the same workbook and writing
 * (deflating) the same output (target ≤ 2× their sum), with exceljs's bare read for comparison.
 */
export async function benchEkspor(report: (line: string) => void): Promise<void> {
  report(`ekspor — ${WORKERS.toLocaleString("id-ID")} pekerja, templat bpu-kolektif`);
  const workbookFile = await generateWorkerWorkbook(WORKERS);
  const out = path.join(BENCH_DIR, "ekspor-hasil.xlsx");
  const outCsv = path.join(BENCH_DIR, "ekspor-hasil.csv");

  const bare = await timeBest(2, () => new ExcelJS.Workbook().xlsx.readFile(workbookFile));
  report(`  exceljs bare read ................ ${fmt(bare)}`);

  const regions = await loadRegions();
  const located = locateWorkerTable(await readWorkbookFile(workbookFile), {});
  if (!located.ok) throw new Error(located.message);
  const result = checkWorkers(located.table, { settings: { ...defaultSettings(2026), kodeDesa: "61.04.01.2014" }, regions });
  const template = findTemplate("bpu-kolektif")!;
  const options = { year: 2026, startMonth: 1, months: 12, withJht: false, declaredIncome: 1_000_000 };
  const build = await timeBest(3, () => buildSubmission(result, template, options));
  const submission = buildSubmission(result, template, options);
  const keterangan = describeSubmission(submission, { generatedAt: "bench" });
  report(`  buildSubmission, no I/O .......... ${fmt(build)}`);
  const write = await timeBest(2, () => writeSubmissionXlsx(out, submission, keterangan));
  report(`  write .xlsx (stream writer) ...... ${fmt(write)}`);
  const writeCsv = await timeBest(2, () => writeSubmissionCsv(outCsv, submission));
  report(`  write .csv ....................... ${fmt(writeCsv)}`);

  fs.rmSync(out, { force: true });
  const e2e = runCliRuns(3, ["ekspor", workbookFile, "--keluar", out, "--timpa", "--tahun", "2026", "--desa", "61.04.01.2014"]);
  const floorRead = spread([0, 1, 2].map(() => floorReadXlsx(workbookFile).seconds));
  const floorWrite = spread([0, 1, 2].map(() => floorWriteXlsx(out).seconds));
  report(`  floor read / floor write ......... ${fmtSpread(floorRead)} / ${fmtSpread(floorWrite)}`);
  report(`  ekspor end-to-end ................ ${fmtSpread(e2e.seconds)} = ${versusFloor(e2e.seconds.median, floorRead.median + floorWrite.median, 2)}; ${(e2e.seconds.median / bare).toFixed(2)}× exceljs bare read; peak ${fmtSpread(e2e.maxRssMb, "MB", 0)}`);
}
