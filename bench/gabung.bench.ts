import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { BENCH_DIR, generateWorkerWorkbook } from "./generate";
import { fmt, runCli, timeBest } from "./measure";

const VILLAGES = 300;
const WORKERS = 150;

/** Issue 3's regency figure: `gabung` of 300 village files × 150 workers against exceljs's bare read of the same files. */
export async function benchGabung(report: (line: string) => void): Promise<void> {
  report(`gabung — ${VILLAGES} berkas desa × ${WORKERS} pekerja`);
  const folder = path.join(BENCH_DIR, `kabupaten-${VILLAGES}x${WORKERS}`);
  fs.mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < VILLAGES; i++) files.push(await generateWorkerWorkbook(WORKERS, path.join(folder, `desa-${String(i + 1).padStart(3, "0")}.xlsx`), 1000 + i));

  const bare = await timeBest(1, async () => {
    for (const f of files) await new ExcelJS.Workbook().xlsx.readFile(f);
  });
  report(`  exceljs bare read of all files .... ${fmt(bare)}`);
  const run = runCli(["gabung", folder, "--tahun", "2026", "--json"]);
  report(`  gabung end-to-end ................. ${fmt(run.seconds)} = ${(run.seconds / bare).toFixed(2)}× bare read (target ≤ 1,5×), peak ${Math.round(run.maxRssMb)} MB`);
}
