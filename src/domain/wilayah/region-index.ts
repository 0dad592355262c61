// Region codes and names: idn-area-data by Fityan Nugroho (github.com/fityannugroho/idn-area-data), data ODbL, code MIT.
import { parseRegionCsv } from "./parse-region-csv";

/** A kecamatan with the regions above it. Codes are written with dots, as Kemendagri does: "61.11.01". */
export interface District {
  readonly kode: string;
  readonly kecamatan: string;
  readonly kabupaten: string;
  readonly provinsi: string;
}

export interface Regency {
  readonly kode: string;
  /** "Kabupaten Sambas", "Kota Pontianak": the list's own wording. */
  readonly nama: string;
  readonly provinsi: string;
}

export interface Village {
  readonly kode: string;
  readonly nama: string;
  readonly kecamatan: string;
  readonly kabupaten: string;
  readonly provinsi: string;
}

/** The CSV texts of idn-area-data/data. Villages are optional: 2.8 MB the task pane loads only when needed. */
export interface RegionSources {
  readonly provinces: string;
  readonly regencies: string;
  readonly districts: string;
  readonly villages?: string;
}

/**
 * Every lookup takes a code with or without dots and uses only the digits it needs, so the first six
 * digits of a NIK ("611101…") find the same kecamatan as "61.11.01".
 */
export interface RegionIndex {
  readonly hasVillages: boolean;
  lookupDistrict(code: string): District | undefined;
  regencyOf(code: string): Regency | undefined;
  provinceName(code: string): string | undefined;
  /** Villages (desa and kelurahan) of a kecamatan, in code order; empty when villages are not loaded. */
  villagesOfDistrict(code: string): ReadonlyArray<Village>;
  /** A village by its full code, "61.11.01.2001"; undefined when villages are not loaded. */
  findVillage(code: string): Village | undefined;
  /** The same index with the village list added. */
  withVillages(villagesCsv: string): RegionIndex;
}

export function buildRegionIndex(sources: RegionSources): RegionIndex {
  const provinces = new Map<string, string>();
  parseRegionCsv(sources.provinces, ["code", "name"], ([code, name]) => provinces.set(digitsOf(code!), name!));

  const regencies = new Map<string, Regency>();
  parseRegionCsv(sources.regencies, ["code", "province_code", "name"], ([code, province, name]) => {
    const kode = digitsOf(code!);
    regencies.set(kode, { kode: dotted(kode), nama: name!, provinsi: provinces.get(digitsOf(province!)) ?? "" });
  });

  const districts = new Map<string, District>();
  parseRegionCsv(sources.districts, ["code", "regency_code", "name"], ([code, regencyCode, name]) => {
    const kode = digitsOf(code!);
    const regency = regencies.get(digitsOf(regencyCode!));
    districts.set(kode, {
      kode: dotted(kode),
      kecamatan: name!,
      kabupaten: regency?.nama ?? "",
      provinsi: regency?.provinsi ?? "",
    });
  });

  const base = { provinces, regencies, districts };
  return sources.villages === undefined ? new Index(base, undefined) : new Index(base, parseVillages(sources.villages, districts));
}

interface VillageTables {
  readonly byCode: ReadonlyMap<string, Village>;
  readonly byDistrict: ReadonlyMap<string, ReadonlyArray<Village>>;
}

function parseVillages(csv: string, districts: ReadonlyMap<string, District>): VillageTables {
  const byCode = new Map<string, Village>();
  const byDistrict = new Map<string, Village[]>();
  parseRegionCsv(csv, ["code", "district_code", "name"], ([code, districtCode, name]) => {
    const districtKey = digitsOf(districtCode!);
    const district = districts.get(districtKey);
    const kode = digitsOf(code!);
    const village: Village = {
      kode: dotted(kode),
      nama: name!,
      kecamatan: district?.kecamatan ?? "",
      kabupaten: district?.kabupaten ?? "",
      provinsi: district?.provinsi ?? "",
    };
    byCode.set(kode, village);
    let list = byDistrict.get(districtKey);
    if (!list) byDistrict.set(districtKey, (list = []));
    list.push(village);
  });
  return { byCode, byDistrict };
}

class Index implements RegionIndex {
  constructor(
    private readonly base: {
      readonly provinces: ReadonlyMap<string, string>;
      readonly regencies: ReadonlyMap<string, Regency>;
      readonly districts: ReadonlyMap<string, District>;
    },
    private readonly villages: VillageTables | undefined,
  ) {}

  get hasVillages(): boolean {
    return this.villages !== undefined;
  }

  lookupDistrict(code: string): District | undefined {
    const digits = digitsOf(code);
    return digits.length >= 6 ? this.base.districts.get(digits.slice(0, 6)) : undefined;
  }

  regencyOf(code: string): Regency | undefined {
    const digits = digitsOf(code);
    return digits.length >= 4 ? this.base.regencies.get(digits.slice(0, 4)) : undefined;
  }

  provinceName(code: string): string | undefined {
    const digits = digitsOf(code);
    return digits.length >= 2 ? this.base.provinces.get(digits.slice(0, 2)) : undefined;
  }

  villagesOfDistrict(code: string): ReadonlyArray<Village> {
    const digits = digitsOf(code);
    return (digits.length >= 6 && this.villages?.byDistrict.get(digits.slice(0, 6))) || [];
  }

  findVillage(code: string): Village | undefined {
    const digits = digitsOf(code);
    return digits.length === 10 ? this.villages?.byCode.get(digits) : undefined;
  }

  withVillages(villagesCsv: string): RegionIndex {
    return new Index(this.base, parseVillages(villagesCsv, this.base.districts));
  }
}

/** "61.11.01" and "611101" are the same code; a code with any other character matches nothing. */
function digitsOf(code: string): string {
  const digits = code.replace(/[.\s]/g, "");
  return /^\d*$/.test(digits) ? digits : "";
}

/** "6111012001" -> "61.11.01.2001". */
function dotted(digits: string): string {
  const parts = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6), digits.slice(6)];
  return parts.filter((part) => part !== "").join(".");
}
