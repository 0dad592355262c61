import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { buildRegionIndex, type RegionIndex } from "../../domain/wilayah/region-index";

/**
 * Loads the Kemendagri region codes from the idn-area-data package. Only its CSV files are read: the
 * package's JavaScript is ESM-only and asks for Node 22, while the CLI runs on Node 20.
 */
export async function loadRegions(options: { readonly villages?: boolean } = {}): Promise<RegionIndex> {
  const directory = regionDataDirectory();
  const read = (name: string) => readFile(join(directory, `${name}.csv`), "utf8");
  const [provinces, regencies, districts, villages] = await Promise.all([
    read("provinces"),
    read("regencies"),
    read("districts"),
    options.villages === false ? undefined : read("villages"),
  ]);
  return buildRegionIndex({ provinces, regencies, districts, villages });
}

export function regionDataDirectory(): string {
  // Node's own resolution from this file, also inside the CLI's webpack bundle (where `require.resolve` would become
  // a module number): the package is found on disk where npm installed it, never copied into the bundle.
  return join(dirname(createRequire(__filename).resolve("idn-area-data/package.json")), "data");
}
