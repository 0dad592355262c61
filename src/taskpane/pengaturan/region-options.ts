import { loadProvinceVillagesCsv, regionSources } from "../../functions/region-data";
import { parseRegionCsv } from "../../domain/wilayah/parse-region-csv";

/** One choice of the village picker: the Kemendagri code ("61.04.01.2014") and the list's name. */
export interface RegionOption {
  readonly kode: string;
  readonly nama: string;
}

interface UpperLevels {
  readonly provinces: ReadonlyArray<RegionOption>;
  readonly regencies: ReadonlyMap<string, ReadonlyArray<RegionOption>>;
  readonly districts: ReadonlyMap<string, ReadonlyArray<RegionOption>>;
}

const byName = (a: RegionOption, b: RegionOption) => a.nama.localeCompare(b.nama, "id");

function grouped(csv: string, parentColumn: string): Map<string, RegionOption[]> {
  const groups = new Map<string, RegionOption[]>();
  parseRegionCsv(csv, ["code", parentColumn, "name"], ([kode, parent, nama]) => {
    let list = groups.get(parent!);
    if (!list) groups.set(parent!, (list = []));
    list.push({ kode: kode!, nama: nama! });
  });
  for (const list of groups.values()) list.sort(byName);
  return groups;
}

let upper: UpperLevels | undefined;

/** Provinces, regencies and districts from the bundled list, each level sorted by name; built on first use. */
function upperLevels(): UpperLevels {
  if (!upper) {
    const sources = regionSources();
    const provinces: RegionOption[] = [];
    parseRegionCsv(sources.provinces, ["code", "name"], ([kode, nama]) => provinces.push({ kode: kode!, nama: nama! }));
    provinces.sort(byName);
    upper = { provinces, regencies: grouped(sources.regencies, "province_code"), districts: grouped(sources.districts, "regency_code") };
  }
  return upper;
}

export function provinceOptions(): ReadonlyArray<RegionOption> {
  return upperLevels().provinces;
}

export function regencyOptions(provinceCode: string | undefined): ReadonlyArray<RegionOption> {
  return provinceCode ? (upperLevels().regencies.get(provinceCode) ?? []) : [];
}

export function districtOptions(regencyCode: string | undefined): ReadonlyArray<RegionOption> {
  return regencyCode ? (upperLevels().districts.get(regencyCode) ?? []) : [];
}

const villagesByProvince = new Map<string, Promise<ReadonlyMap<string, ReadonlyArray<RegionOption>>>>();

/**
 * The villages (desa and kelurahan) of a district, sorted by name. The first call for a province loads
 * that province's villages from the add-in's own host (a lazy chunk of a few dozen KB); later calls
 * answer from memory.
 */
export async function villageOptions(districtCode: string): Promise<ReadonlyArray<RegionOption>> {
  const province = districtCode.slice(0, 2);
  let pending = villagesByProvince.get(province);
  if (!pending) {
    pending = loadProvinceVillagesCsv(province).then((csv) => grouped(csv, "district_code"));
    villagesByProvince.set(province, pending);
    pending.catch(() => villagesByProvince.delete(province));
  }
  return (await pending).get(districtCode) ?? [];
}

/** "61.04.01.2014" -> its province, regency and district codes; undefined parts for a shorter or odd code. */
export function codeParts(kodeDesa: string | undefined): { provinsi?: string; kabupaten?: string; kecamatan?: string; desa?: string } {
  const match = /^(\d{2})\.(\d{2})\.(\d{2})\.(\d{4})$/.exec(kodeDesa ?? "");
  if (!match) return {};
  const [, p, k, c, d] = match;
  return { provinsi: p, kabupaten: `${p}.${k}`, kecamatan: `${p}.${k}.${c}`, desa: `${p}.${k}.${c}.${d}` };
}

/** The name of a code at its level, or undefined when the list does not have it. */
export function regionName(kode: string): string | undefined {
  const levels = upperLevels();
  const dots = kode.split(".").length;
  if (dots === 1) return levels.provinces.find((p) => p.kode === kode)?.nama;
  const parent = kode.slice(0, kode.lastIndexOf("."));
  const list = dots === 2 ? levels.regencies.get(parent) : levels.districts.get(parent);
  return list?.find((option) => option.kode === kode)?.nama;
}
