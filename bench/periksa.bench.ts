import ExcelJS from "exceljs";
import { loadDtksExtract } from "../src/adapters/node/load-dtks";
import { loadRegions } from "../src/adapters/node/load-wilayah";
import { readWorkbookFile } from "../src/adapters/xlsx/read-any";
import { checkWorkers } from "../src/domain/check/check-workers";
import { defaultSettings } from "../src/domain/rules/rule-parameters";
import { locateWorkerTable } from "../src/domain/table/locate-worker-table";
import { generateDtksCsv, generateWorkerWorkbook } from "./generate";
import { fmt, runCli, timeBest } from "./measure";

const WORKERS = 100_000;
const DTKS_ROWS = 1_000_000;

/** Issue 2's figures: bare exceljs read (the floor), engine without I/O, end-to-end periksa, rows/s, peak memory. */
export async function benchPeriksa(report: (line: string) => void): Promise<void> {
  report(`periksa — ${WORKERS.toLocaleString("id-ID")} pekerja, ekstrak DTKS ${DTKS_ROWS.toLocaleString("id-ID")} baris (CSV)`);
  const workbookFile = await generateWorkerWorkbook(WORKERS);
  const dtksFile = await generateDtksCsv(DTKS_ROWS, WORKERS);

  const bare = await timeBest(2, () => new ExcelJS.Workbook().xlsx.readFile(workbookFile));
  report(`  exceljs bare read (floor) ........ ${fmt(bare)}`);

  const regions = await loadRegions();
  const workbook = await readWorkbookFile(workbookFile);
  const located = locateWorkerTable(workbook, {});
  if (!located.ok) throw new Error(located.message);
  const dtks = await loadDtksExtract([dtksFile]);
  const settings = { ...defaultSettings(2026), kodeDesa: "61.04.01.2014" };
  const engineOnly = await timeBest(3, () => checkWorkers(located.table, { settings, regions }));
  const engineWithDtks = await timeBest(3, () => checkWorkers(located.table, { settings, regions, dtks: dtks.extract.index }));
  report(`  engine, no I/O ................... ${fmt(engineOnly)} (${Math.round(WORKERS / engineOnly).toLocaleString("id-ID")} baris/s; target ≤ 0,5 s per 100k)`);
  report(`  engine + DTKS match, no I/O ...... ${fmt(engineWithDtks)}`);

  const e2e = runCli(["periksa", workbookFile, "--json", "--tahun", "2026", "--desa", "61.04.01.2014"]);
  report(`  periksa end-to-end ............... ${fmt(e2e.seconds)} = ${(e2e.seconds / bare).toFixed(2)}× bare read (target ≤ 1,5×), peak ${Math.round(e2e.maxRssMb)} MB`);
  const e2eDtks = runCli(["periksa", workbookFile, "--json", "--tahun", "2026", "--dtks", dtksFile]);
  report(`  periksa + DTKS 1 jt end-to-end ... ${fmt(e2eDtks.seconds)}, peak ${Math.round(e2eDtks.maxRssMb)} MB (target ≤ 1 GB)`);
}
