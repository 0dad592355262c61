// webpack loader for the Kemendagri code lists of idn-area-data (data/*.csv, ODbL): ships them in the
// add-in's own bundle, smaller, so the pane and the =DESA.* functions never fetch anything off-origin.
//
// - provinces.csv, regencies.csv, districts.csv -> `export default "<compact text>"`.
//   Compact: the header line, then rows grouped under their parent; a line "#<parent code>" starts a
//   group and each row is "<code suffix>,<name as in the CSV>". "11.01.01,11.01,Bakongan" becomes
//   "#11.01" + "01,Bakongan". src/functions/region-data.ts expands it back to the CSV, byte for byte
//   apart from line endings (districts: 60 KB -> 43 KB gzipped).
// - villages.csv (2.8 MB) -> a module of loaders, one per province:
//   `export const villagesByProvince = { "11": () => import("…villages.csv?provinsi=11"), … }`; each is
//   its own lazy chunk ("desa-11") holding that province's villages in the compact form, so the
//   village picker downloads one province (a few dozen KB gzipped), never all 83,762 villages.
"use strict";

/** The code of the row's parent: the code without its last dotted part ("" for a province). */
function parentOf(code) {
  const dot = code.lastIndexOf(".");
  return dot < 0 ? "" : code.slice(0, dot);
}

/** "code,parent_code,name" rows -> the compact text described above. */
function compactRegionCsv(text) {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = lines[0];
  const columns = header.split(",");
  if (columns[0] !== "code" || !/_code$/.test(columns[1] || "")) return lines.filter((line) => line !== "").join("\n");
  const out = [header];
  let group;
  for (const line of lines.slice(1)) {
    if (line === "") continue;
    const first = line.indexOf(",");
    const second = line.indexOf(",", first + 1);
    const code = line.slice(0, first);
    const parent = line.slice(first + 1, second);
    if (parentOf(code) !== parent) throw new Error(`region-csv-loader: kode ${code} bukan turunan ${parent}`);
    if (parent !== group) out.push(`#${(group = parent)}`);
    out.push(`${code.slice(parent.length + 1)},${line.slice(second + 1)}`);
  }
  return out.join("\n");
}

/** The rows of one province (codes starting "61.") with the header. */
function provinceRows(text, province) {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  return [lines[0], ...lines.slice(1).filter((line) => line.startsWith(`${province}.`))].join("\n");
}

function regionCsvLoader(source) {
  const text = String(source);
  const query = new URLSearchParams((this.resourceQuery || "").replace(/^\?/, ""));
  const province = query.get("provinsi");
  if (province !== null) return `export default ${JSON.stringify(compactRegionCsv(provinceRows(text, province)))};`;
  if (!/villages\.csv$/.test(this.resourcePath)) return `export default ${JSON.stringify(compactRegionCsv(text))};`;

  const provinces = [...new Set(text.split(/\r?\n/).slice(1).filter(Boolean).map((line) => line.slice(0, 2)))].sort();
  const request = JSON.stringify(this.resourcePath);
  const entries = provinces.map(
    (code) => `  ${JSON.stringify(code)}: () => import(/* webpackChunkName: "desa-${code}" */ ${request.slice(0, -1)}?provinsi=${code}")`,
  );
  return `export const villagesByProvince = {\n${entries.join(",\n")}\n};\n`;
}

module.exports = regionCsvLoader;
module.exports.compactRegionCsv = compactRegionCsv;
