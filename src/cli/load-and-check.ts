import { realpath } from "node:fs/promises";
import { loadDtksExtract, type DtksLoad } from "../adapters/node/load-dtks";
import { loadRegions } from "../adapters/node/load-wilayah";
import { readWorkbookBytes, readWorkbookFile } from "../adapters/xlsx/read-any";
import type { SheetGrid } from "../domain/cell/sheet-grid";
import { checkWorkers, type CheckResult } from "../domain/check/check-workers";
import type { DesilSource } from "../domain/dtks/desil";
import { isWorkerTableHeader } from "../domain/dtks/dtks-extract";
import { defaultSettings } from "../domain/rules/rule-parameters";
import { type Settings, settingsSchema } from "../domain/settings";
import { locateWorkerTable } from "../domain/table/locate-worker-table";
import type { WorkerTable } from "../domain/table/worker-table";
import type { RegionIndex } from "../domain/wilayah/region-index";
import { UnusableInputError } from "./cli-error";
import { Progress } from "./output/progress";

export interface LoadOptions {
  readonly sheet?: string;
  /** Extract files (`--dtks`, repeatable): a DTSEN family + member pair, a SIKS-NG desil export, a BNBA list. */
  readonly dtks?: readonly string[];
  readonly desa?: string;
  readonly tahun: number;
  /** `--desil-maks`, `--desil-sumber`; the rule defaults when absent. */
  readonly desilMaksimal?: number;
  readonly desilSumber?: DesilSource;
}

export interface LoadedCheck {
  readonly file: string;
  /** The sheet the worker table is on, as read (for the rows above the header: titles, village name). */
  readonly sheet?: SheetGrid;
  readonly table: WorkerTable;
  readonly result: CheckResult;
  readonly settings: Settings;
  readonly dtks?: DtksLoad;
}

/** What a caller that checks many files (gabung) or reads more than the list (calon) has loaded or read already. */
export interface Preloaded {
  readonly regions?: RegionIndex;
  /** An extract loaded once for many worker files; wins over `options.dtks`. */
  readonly dtks?: DtksLoad;
  /** What `resolveSettings(options, regions)` gives, resolved once for many files: zod need not validate them again per file. */
  readonly settings?: Settings;
  /** The file's bytes, already read whole by a caller that also hashes them: the file is not read again. */
  readonly bytes?: Uint8Array;
}

/** Reads a worker workbook (and a DTKS extract), finds the table, and runs the engine: the pipeline every command shares. */
export async function loadAndCheck(file: string, options: LoadOptions, progress = new Progress(), preloaded: Preloaded = {}): Promise<LoadedCheck> {
  // The village list (2.8 MB) is needed only to check a --desa code.
  const regions = preloaded.regions ?? (await loadRegions({ villages: options.desa !== undefined }));
  const settings = preloaded.settings ?? resolveSettings(options, regions);

  progress.say(`Membaca ${file} …`);
  const workbook = preloaded.bytes !== undefined ? await readWorkbookBytes(preloaded.bytes, file) : await readWorkbookFile(file);
  const located = locateWorkerTable(workbook, { sheet: options.sheet });
  if (!located.ok) throw new UnusableInputError(`${file}: ${located.message}`);

  let dtks = preloaded.dtks;
  if (!dtks && options.dtks && options.dtks.length > 0) {
    await refuseExtractsAmongInputs([file], options.dtks);
    progress.say(`Membaca ekstrak DTKS/DTSEN ${options.dtks.join(", ")} …`);
    dtks = await loadDtksExtract(options.dtks, settings.tahun);
  }
  if (dtks) {
    const headers = workerHeaders(located.table);
    const same = dtks.extract.parts.find((part) => isWorkerTableHeader(part, headers));
    if (same) {
      throw new UnusableInputError(
        `${same.name}: judul kolomnya sama dengan tabel pekerja di ${file}, jadi ini daftar pekerja itu sendiri, bukan ekstrak DTSEN. Berikan berkas dari SIKS-NG/Dinas Sosial dengan --dtks.`,
      );
    }
  }

  const result = checkWorkers(located.table, {
    settings,
    regions,
    dtks: dtks?.extract.index,
    onProgress: (done, total) => progress.count("Memeriksa", done, total),
  });
  progress.done();
  const sheet = workbook.sheets.find((g) => g.name === located.table.sheet);
  return { file, sheet, table: located.table, result, settings, dtks };
}

/** The settings of a run: the rule defaults, then what the command line says; a wrong village code is refused. */
export function resolveSettings(options: Pick<LoadOptions, "desa" | "tahun" | "desilMaksimal" | "desilSumber">, regions: RegionIndex): Settings {
  const defaults = defaultSettings(options.tahun);
  const candidate: Settings = {
    ...defaults,
    kodeDesa: options.desa,
    desilMaksimal: options.desilMaksimal ?? defaults.desilMaksimal,
    desilSumber: options.desilSumber ?? defaults.desilSumber,
  };
  const parsed = settingsSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new UnusableInputError(parsed.error.issues.map((i) => i.message).join("; "));
  }
  if (parsed.data.kodeDesa && !regions.findVillage(parsed.data.kodeDesa)) {
    throw new UnusableInputError(`Kode desa ${parsed.data.kodeDesa} tidak ada dalam daftar kode wilayah Kemendagri. Periksa kodenya (mis. 61.04.01.2014).`);
  }
  return parsed.data;
}

/** Every header of the worker table, left to right (mapped or not), for telling it from an extract. */
function workerHeaders(table: WorkerTable): string[] {
  return [...Object.values(table.mapping), ...table.unmappedHeaders]
    .filter((c) => c !== undefined)
    .sort((a, b) => a.column - b.column)
    .map((c) => c.header);
}

/** A worker file given again as `--dtks` (by another name, a link): matched against itself, everyone would be "in DTKS". */
export async function refuseExtractsAmongInputs(files: readonly string[], extracts: readonly string[]): Promise<void> {
  const real = async (path: string) => realpath(path).catch(() => path);
  const workers = new Set(await Promise.all(files.map(real)));
  for (const extract of extracts) {
    if (workers.has(await real(extract))) {
      throw new UnusableInputError(`--dtks ${extract} adalah berkas daftar pekerja itu sendiri. Berikan ekstrak DTSEN dari SIKS-NG/Dinas Sosial (berkas keluarga dan anggota, daftar desil, atau BNBA).`);
    }
  }
}
