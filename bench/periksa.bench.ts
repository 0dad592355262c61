import * as path from "node:path";
import { loadRegions } from "../src/adapters/node/load-wilayah";
import { checkWorkers } from "../src/domain/check/check-workers";
import { defaultSettings } from "../src/domain/rules/rule-parameters";
import { locateWorkerTable } from "../src/domain/table/locate-worker-table";
import { floorReadXlsx, floorSplitCsv, versusFloor } from "./floor";
import { generateDtksCsv, generateWorkerWorkbook, workerGrid } from "./generate";
import { fmtSpread, runCliRuns, runInFreshProcess, type Spread, spread, timeRuns } from "./measure";

const WORKERS = 100_000;
const DTKS_ROWS = 1_000_000;
const RUNS = 3;

/**
 * periksa at 100.000 workers against the read floor of the same workbook; the engine alone at
 * 100.000 and 300.000 rows and with 10.000 identical NIKs (linear or not); a 1.000.000-row DTKS CSV
 * loaded against the time to split the same file into fields.
 */
export async function benchPeriksa(report: (line: string) => void): Promise<void> {
  report(`periksa — ${WORKERS.toLocaleString("id-ID")} pekerja, ekstrak DTKS ${DTKS_ROWS.toLocaleString("id-ID")} baris (CSV); min / median dari ${RUNS} kali`);
  const workbookFile = await generateWorkerWorkbook(WORKERS);
  const dtksFile = await generateDtksCsv(DTKS_ROWS, WORKERS);

  const floorRead = spread(Array.from({ length: RUNS }, () => floorReadXlsx(workbookFile).seconds));
  report(`  floor read (inflate + count <c>) . ${fmtSpread(floorRead)}`);

  await benchEngine(report);

  const e2e = runCliRuns(RUNS, ["periksa", workbookFile, "--json", "--tahun", "2026", "--desa", "61.04.01.2014"]);
  report(`  periksa end-to-end ............... ${fmtSpread(e2e.seconds)} = ${versusFloor(e2e.seconds.median, floorRead.median, 2.5)}, CPU ${fmtSpread(e2e.cpuSeconds)}; peak ${fmtSpread(e2e.maxRssMb, "MB", 0)} (target ≤ 400 MB) ${e2e.maxRssMb.median <= 400 ? "✓" : "✗"}`);

  // The same list as Excel saves it: every text in xl/sharedStrings.xml and the cells pointing at it.
  const excelShaped = await generateWorkerWorkbook(WORKERS, path.join(path.dirname(workbookFile), `pekerja-${WORKERS}-shared-strings.xlsx`), WORKERS, true);
  const floorExcel = spread(Array.from({ length: RUNS }, () => floorReadXlsx(excelShaped).seconds));
  const e2eExcel = runCliRuns(RUNS, ["periksa", excelShaped, "--json", "--tahun", "2026", "--desa", "61.04.01.2014"]);
  report(`  idem, shared strings (as Excel) .. ${fmtSpread(e2eExcel.seconds)} = ${versusFloor(e2eExcel.seconds.median, floorExcel.median, 2.5)} (floor ${fmtSpread(floorExcel)}), CPU ${fmtSpread(e2eExcel.cpuSeconds)}; peak ${fmtSpread(e2eExcel.maxRssMb, "MB", 0)}`);

  const floorSplit = spread(Array.from({ length: RUNS }, () => floorSplitCsv(dtksFile, "|").seconds));
  const loader = JSON.stringify(path.resolve(__dirname, "../src/adapters/node/load-dtks.js"));
  const loads = Array.from({ length: RUNS }, () => runInFreshProcess(`require(${loader}).loadDtksExtract([${JSON.stringify(dtksFile)}], 2026)`));
  const load = spread(loads.map((r) => r.seconds));
  report(`  floor split of the DTKS CSV ...... ${fmtSpread(floorSplit)}`);
  report(`  DTKS CSV loaded (fresh process) .. ${fmtSpread(load)} = ${versusFloor(load.median, floorSplit.median, 2)}, CPU ${fmtSpread(spread(loads.map((r) => r.cpuSeconds)))}; peak ${fmtSpread(spread(loads.map((r) => r.maxRssMb)), "MB", 0)}`);
  const e2eDtks = runCliRuns(1, ["periksa", workbookFile, "--json", "--tahun", "2026", "--dtks", dtksFile]);
  report(`  periksa + DTKS 1 jt end-to-end ... ${fmtSpread(e2eDtks.seconds)}, peak ${fmtSpread(e2eDtks.maxRssMb, "MB", 0)} (target ≤ 1 GB)`);
}

/** The check engine alone, on grids in memory: 100.000 and 300.000 rows (linear or not) and 10.000 identical NIKs. */
export async function benchEngine(report: (line: string) => void): Promise<void> {
  const regions = await loadRegions();
  const settings = { ...defaultSettings(2026), kodeDesa: "61.04.01.2014" };
  const engineOn = async (rows: number, sameNik?: string) => {
    const located = locateWorkerTable(workerGrid(rows, WORKERS, sameNik), {});
    if (!located.ok) throw new Error(located.message);
    // CPU time next to wall time: on a shared machine the wall clock also counts other programs' turns.
    const cpuSeconds: number[] = [];
    const wall = await timeRuns(RUNS, () => {
      const before = process.cpuUsage();
      checkWorkers(located.table, { settings, regions });
      const used = process.cpuUsage(before);
      cpuSeconds.push((used.user + used.system) / 1e6);
    });
    return { wall, cpu: spread(cpuSeconds) };
  };
  const engine100 = await engineOn(WORKERS);
  report(`  engine, no I/O, 100k ............. ${fmtSpread(engine100.wall)}, CPU ${fmtSpread(engine100.cpu)} (target ≤ 0,5 s) ${engine100.wall.median <= 0.5 ? "✓" : "✗"}`);
  const engine300 = await engineOn(3 * WORKERS);
  const ratio = (big: Spread, small: Spread) => (big.median / small.median).toFixed(2);
  report(`  engine, no I/O, 300k ............. ${fmtSpread(engine300.wall)}, CPU ${fmtSpread(engine300.cpu)} = ${ratio(engine300.wall, engine100.wall)}× (CPU ${ratio(engine300.cpu, engine100.cpu)}×) the 100k figure (linear: 3×)`);
  const sameNik = await engineOn(10_000, "6104010101900001");
  report(`  engine, 10.000 identical NIKs .... ${fmtSpread(sameNik.wall)}, CPU ${fmtSpread(sameNik.cpu)} (target ≤ 1 s) ${sameNik.wall.median <= 1 ? "✓" : "✗"}`);
}
