/**
 * npm run bench: prints the speed figures the project sets targets for, each next to its physical
 * floor (bench/floor.ts) and the ratio. Not a test: nothing here fails a build; the figures go into
 * the README.
 */
import { benchEkspor } from "./ekspor.bench";
import { benchGabung } from "./gabung.bench";
import { benchAddin } from "./addin.bench";
import { benchPeriksa } from "./periksa.bench";
import { benchDtsen } from "./dtsen.bench";
import { benchWrite } from "./write.bench";

const SECTIONS: Record<string, (report: (line: string) => void) => Promise<void>> = {
  periksa: benchPeriksa,
  dtsen: benchDtsen,
  addin: benchAddin,
  ekspor: benchEkspor,
  gabung: benchGabung,
  tulis: benchWrite,
};

async function run(): Promise<void> {
  const only = process.argv.slice(2);
  const report = (line: string) => process.stdout.write(line + "\n");
  report(`Pekerja Rentan bench — Node ${process.version}, ${require("node:os").cpus().length} core`);
  for (const [name, section] of Object.entries(SECTIONS)) {
    if (only.length && !only.includes(name)) continue;
    await section(report);
  }
}

run().catch((err: unknown) => {
  process.stderr.write(`bench gagal: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
