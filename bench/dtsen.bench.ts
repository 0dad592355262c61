import * as fs from "node:fs";
import { loadDtksExtract } from "../src/adapters/node/load-dtks";
import { loadRegions } from "../src/adapters/node/load-wilayah";
import { readWorkbookFile } from "../src/adapters/xlsx/read-any";
import { checkWorkers } from "../src/domain/check/check-workers";
import { defaultSettings } from "../src/domain/rules/rule-parameters";
import { locateWorkerTable } from "../src/domain/table/locate-worker-table";
import { generateWorkerWorkbook } from "./generate";
import { generateDtsenExtract } from "./generate-dtsen";
import { fmt, runCli, timeBest } from "./measure";

const WORKERS = 100_000;
const MEMBERS = 1_000_000;
const FAMILIES = 300_000;

/**
 * A kabupaten's DTSEN v3 pair (1.000.000 members in ~300.000 families, all 52/48
 * variables filled, pipe-separated and quoted) loaded and matched against 100.000 workers, within the
 * 1 GB peak the CLI is allowed. The files are made once in the bench folder and reused.
 */
export async function benchDtsen(report: (line: string) => void): Promise<void> {
  report(`periksa + DTSEN — ${WORKERS.toLocaleString("id-ID")} pekerja, ${MEMBERS.toLocaleString("id-ID")} anggota dalam ±${FAMILIES.toLocaleString("id-ID")} keluarga (CSV "|", semua nilai berkutip)`);
  const workbookFile = await generateWorkerWorkbook(WORKERS);
  const smallWorkbook = await generateWorkerWorkbook(150);
  const generating = process.hrtime.bigint();
  const files = await generateDtsenExtract({ members: MEMBERS, families: FAMILIES, workers: WORKERS, workersInExtract: WORKERS * 0.9 });
  const generated = Number(process.hrtime.bigint() - generating) / 1e9;
  if (generated > 1) report(`  (berkas dibuat dalam ${fmt(generated)})`);
  report(`  berkas keluarga (52 kolom) ....... ${mb(fs.statSync(files.keluarga).size)} MB`);
  report(`  berkas anggota (48 kolom) ........ ${mb(fs.statSync(files.anggota).size)} MB`);

  let dtks: Awaited<ReturnType<typeof loadDtksExtract>> | undefined;
  const cpu = process.cpuUsage();
  const load = await timeBest(1, async () => {
    dtks = await loadDtksExtract([files.keluarga, files.anggota], 2026);
  });
  const loadCpu = process.cpuUsage(cpu).user / 1e6;
  const index = dtks!.extract.index;
  report(`  baca + gabung, dalam proses ...... ${fmt(load)} (CPU ${fmt(loadCpu)}; ${index.familyCount.toLocaleString("id-ID")} keluarga, ${index.size.toLocaleString("id-ID")} anggota)`);
  for (const note of dtks!.extract.notes) report(`    catatan: ${note.message}`);

  const regions = await loadRegions();
  const located = locateWorkerTable(await readWorkbookFile(workbookFile), {});
  if (!located.ok) throw new Error(located.message);
  const settings = { ...defaultSettings(2026), kodeDesa: "61.04.01.2014" };
  const engineOnly = await timeBest(2, () => checkWorkers(located.table, { settings, regions }));
  const withDtsen = await timeBest(2, () => checkWorkers(located.table, { settings, regions, dtks: index }));
  report(`  mesin tanpa I/O .................. ${fmt(engineOnly)}; + pencocokan DTSEN ${fmt(withDtsen)} (pencocokan ≈ ${fmt(withDtsen - engineOnly)})`);
  dtks = undefined;

  const dtsenArgs = ["--dtks", files.keluarga, "--dtks", files.anggota];
  const loadOnly = runCli(["periksa", smallWorkbook, "--json", "--tahun", "2026", ...dtsenArgs]);
  report(`  periksa 150 pekerja + DTSEN ...... ${fmt(loadOnly.seconds)}, puncak ${Math.round(loadOnly.maxRssMb)} MB (hampir seluruhnya membaca ekstrak)`);
  const e2e = runCli(["periksa", workbookFile, "--json", "--tahun", "2026", ...dtsenArgs]);
  report(`  periksa 100.000 pekerja + DTSEN .. ${fmt(e2e.seconds)}, puncak ${Math.round(e2e.maxRssMb)} MB (sasaran ≤ 1 GB)`);
  // V8 lets the heap grow to several times what is live before collecting; a fixed growth shows how much of the peak is that.
  const tuned = runCli(["periksa", workbookFile, "--json", "--tahun", "2026", ...dtsenArgs], ["--heap-growing-percent=30"]);
  report(`  idem, node --heap-growing-percent=30 ${fmt(tuned.seconds)}, puncak ${Math.round(tuned.maxRssMb)} MB`);
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}
