// The Kemendagri code lists as webpack bundles them (scripts/webpack/region-csv-loader.js): compact text
// to expand with expandRegionCsv (src/functions/region-csv.ts). Only webpack builds resolve these imports.
declare module "idn-area-data/data/provinces.csv" {
  const compact: string;
  export default compact;
}
declare module "idn-area-data/data/regencies.csv" {
  const compact: string;
  export default compact;
}
declare module "idn-area-data/data/districts.csv" {
  const compact: string;
  export default compact;
}
declare module "idn-area-data/data/villages.csv" {
  /** One lazy chunk per province code ("61"): that province's villages, compact. */
  export const villagesByProvince: Readonly<Record<string, () => Promise<{ readonly default: string }>>>;
}
