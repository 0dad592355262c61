// Region codes and names: idn-area-data by Fityan Nugroho (github.com/fityannugroho/idn-area-data), data ODbL, code MIT.
/**
 * The Kemendagri code lists inside the add-in's own bundle, for the =DESA.* functions (NIK_WILAYAH,
 * the region check of NIK_CEK) and the task pane (village picker, checks). Webpack builds only: the
 * imports below go through scripts/webpack/region-csv-loader.js. Nothing is fetched from anywhere but
 * the add-in's own host.
 *
 * - Provinces, regencies and districts (43 KB gzipped, compact) are in the functions chunk, which the
 *   pane shares (shared runtime: one page, one copy of this module); they are expanded and indexed on
 *   first use, not while the pane starts.
 * - Villages (83,762, 2.8 MB as CSV) are one lazy chunk per province, loaded when asked for.
 */
import districtsCompact from "idn-area-data/data/districts.csv";
import provincesCsv from "idn-area-data/data/provinces.csv";
import regenciesCompact from "idn-area-data/data/regencies.csv";
import { villagesByProvince } from "idn-area-data/data/villages.csv";
import { buildRegionIndex, type RegionIndex, type RegionSources } from "../domain/wilayah/region-index";
import { expandRegionCsv } from "./region-csv";

let sources: Required<Omit<RegionSources, "villages">> | undefined;
let index: RegionIndex | undefined;
const villageLoads = new Map<string, Promise<string>>();

/** The province, regency and district lists as idn-area-data's CSV text. */
export function regionSources(): Required<Omit<RegionSources, "villages">> {
  sources ??= {
    provinces: expandRegionCsv(provincesCsv),
    regencies: expandRegionCsv(regenciesCompact),
    districts: expandRegionCsv(districtsCompact),
  };
  return sources;
}

/** Provinces, regencies and districts, indexed (no villages). */
export function regionIndex(): RegionIndex {
  index ??= buildRegionIndex(regionSources());
  return index;
}

/**
 * The villages of one province ("61" or any longer code inside it) as CSV text
 * (`code,district_code,name`), from its lazy chunk. A failed load is forgotten so that a retry loads again.
 */
export function loadProvinceVillagesCsv(code: string): Promise<string> {
  const province = code.replace(/\D/g, "").slice(0, 2);
  const load = villagesByProvince[province];
  if (!load) return Promise.reject(new Error(`Kode provinsi ${province || code} tidak ada dalam daftar Kemendagri.`));
  let pending = villageLoads.get(province);
  if (!pending) {
    pending = load().then((module) => expandRegionCsv(module.default));
    villageLoads.set(province, pending);
    pending.catch(() => villageLoads.delete(province));
  }
  return pending;
}
