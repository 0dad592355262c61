/**
 * The Kemendagri lists travel in the bundle compacted by scripts/webpack/region-csv-loader.js and are
 * expanded in the browser by region-csv.ts: the pair must give back idn-area-data's CSV exactly.
 */
import fs from "node:fs";
import path from "node:path";
import { regionDataDirectory } from "../../src/adapters/node/load-wilayah";
import { buildRegionIndex } from "../../src/domain/wilayah/region-index";
import { expandRegionCsv } from "../../src/functions/region-csv";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require("../../scripts/webpack/region-csv-loader.js") as {
  (this: { resourcePath: string; resourceQuery: string }, source: string): string;
  compactRegionCsv(text: string): string;
};

const read = (name: string) => fs.readFileSync(path.join(regionDataDirectory(), `${name}.csv`), "utf8");
const asCsv = (text: string) => text.replace(/\r/g, "").replace(/\n$/, "");

/** What `export default "…"` in the loader's output holds. */
function exported(module: string): string {
  const match = /^export default (".*");$/s.exec(module);
  if (!match) throw new Error(`unexpected loader output: ${module.slice(0, 80)}`);
  return JSON.parse(match[1]!) as string;
}

describe("compact region lists", () => {
  it.each(["provinces", "regencies", "districts", "villages"])("%s.csv comes back unchanged", (name) => {
    const csv = read(name);
    const compact = loader.compactRegionCsv(csv);
    expect(expandRegionCsv(compact)).toBe(asCsv(csv));
    if (name !== "provinces") expect(compact.length).toBeLessThan(csv.length);
  });

  it("the districts in the functions bundle give the same answers as the files", () => {
    const compactIndex = buildRegionIndex({
      provinces: expandRegionCsv(loader.compactRegionCsv(read("provinces"))),
      regencies: expandRegionCsv(loader.compactRegionCsv(read("regencies"))),
      districts: expandRegionCsv(loader.compactRegionCsv(read("districts"))),
    });
    expect(compactIndex.lookupDistrict("610401")).toEqual({ kode: "61.04.01", kecamatan: "Matan Hilir Utara", kabupaten: "Kabupaten Ketapang", provinsi: "Kalimantan Barat" });
  });

  it("villages are split into one lazy chunk per province", () => {
    const resourcePath = path.join(regionDataDirectory(), "villages.csv");
    const index = loader.call({ resourcePath, resourceQuery: "" }, read("villages"));
    const provinces = [...index.matchAll(/webpackChunkName: "desa-(\d\d)"/g)].map((m) => m[1]);
    expect(provinces).toHaveLength(38);
    expect(provinces).toContain("61");

    const westKalimantan = expandRegionCsv(exported(loader.call({ resourcePath, resourceQuery: "?provinsi=61" }, read("villages"))));
    const rows = westKalimantan.split("\n");
    expect(rows[0]).toBe("code,district_code,name");
    expect(rows.slice(1).every((row) => row.startsWith("61."))).toBe(true);
    expect(rows).toContain("61.04.01.2014,61.04.01,Kuala Satong");
    expect(rows.length - 1).toBe(asCsv(read("villages")).split("\n").filter((row) => row.startsWith("61.")).length);
  });
});
