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
import { fmt, runCli, timeBest } from "./measure";

const WORKERS = 100_000;

/** Issue 3's figure: `ekspor` of 100,000 workers end to end against exceljs's bare read of the same workbook (target ≤ 1,5×). */
export async function benchEkspor(report: (line: string) => void): Promise<void> {
  report(`ekspor — ${WORKERS.toLocaleString("id-ID")} pekerja, templat bpu-kolektif`);
  const workbookFile = await generateWorkerWorkbook(WORKERS);
  const out = path.join(BENCH_DIR, "ekspor-hasil.xlsx");
  const outCsv = path.join(BENCH_DIR, "ekspor-hasil.csv");

  const bare = await timeBest(2, () => new ExcelJS.Workbook().xlsx.readFile(workbookFile));
  report(`  exceljs bare read (floor) ........ ${fmt(bare)}`);

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
  const e2e = runCli(["ekspor", workbookFile, "--keluar", out, "--timpa", "--tahun", "2026", "--desa", "61.04.01.2014"]);
  report(`  ekspor end-to-end ................ ${fmt(e2e.seconds)} = ${(e2e.seconds / bare).toFixed(2)}× bare read (target ≤ 1,5×), peak ${Math.round(e2e.maxRssMb)} MB`);
}
