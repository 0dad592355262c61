// Region codes and names: idn-area-data by Fityan Nugroho (github.com/fityannugroho/idn-area-data), data ODbL, code MIT.
import { findRegionCsvRow, parseRegionCsv, regionCsvColumns } from "./parse-region-csv";

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
  // Keyed by the codes as the list writes them, "61.11.01": a lookup adds the dots, the load adds nothing.
  const provinces = new Map<string, string>();
  parseRegionCsv(sources.provinces, ["code", "name"], ([code, name]) => provinces.set(code!, name!));

  const regencies = new Map<string, Regency>();
  parseRegionCsv(sources.regencies, ["code", "province_code", "name"], ([code, province, name]) => {
    regencies.set(code!, { kode: code!, nama: name!, provinsi: provinces.get(province!) ?? "" });
  });

  const districts = new Map<string, District>();
  parseRegionCsv(sources.districts, ["code", "regency_code", "name"], ([code, regencyCode, name]) => {
    const regency = regencies.get(regencyCode!);
    districts.set(code!, { kode: code!, kecamatan: name!, kabupaten: regency?.nama ?? "", provinsi: regency?.provinsi ?? "" });
  });

  const base = { provinces, regencies, districts };
  return new Index(base, sources.villages === undefined ? undefined : new VillageList(sources.villages, districts));
}

/** Village entries stay small (83,762 of them); the `Village` answer is built when asked for. */
interface VillageEntry {
  readonly kode: string;
  readonly nama: string;
  readonly district: District | undefined;
  readonly districtCode: string;
}

const VILLAGE_COLUMNS = ["code", "district_code", "name"];

/**
 * The 83.762 villages, read from their list only when all of them are needed: a check looks one
 * village up (the desa of the settings), found in the list's text by its code, which costs a search
 * where reading the whole list took most of the region data's load time.
 */
class VillageList {
  private entries: Map<string, VillageEntry> | undefined;

  constructor(
    private readonly csv: string,
    private readonly districts: ReadonlyMap<string, District>,
  ) {
    regionCsvColumns(csv, VILLAGE_COLUMNS); // a list without these columns is refused at once, as before
  }

  get(code: string): VillageEntry | undefined {
    if (!this.entries) {
      const found = findRegionCsvRow(this.csv, VILLAGE_COLUMNS, code);
      if (found?.[0] === code) return this.entry(found);
    }
    return this.all().get(code);
  }

  all(): ReadonlyMap<string, VillageEntry> {
    if (!this.entries) {
      const entries = new Map<string, VillageEntry>();
      parseRegionCsv(this.csv, VILLAGE_COLUMNS, (values) => entries.set(values[0]!, this.entry(values)));
      this.entries = entries;
    }
    return this.entries;
  }

  private entry([code, districtCode, name]: readonly string[]): VillageEntry {
    return { kode: code!, nama: name!, district: this.districts.get(districtCode!), districtCode: districtCode! };
  }
}

function toVillage(entry: VillageEntry): Village {
  return {
    kode: entry.kode,
    nama: entry.nama,
    kecamatan: entry.district?.kecamatan ?? "",
    kabupaten: entry.district?.kabupaten ?? "",
    provinsi: entry.district?.provinsi ?? "",
  };
}

class Index implements RegionIndex {
  private byDistrict: Map<string, Village[]> | undefined;

  constructor(
    private readonly base: {
      readonly provinces: ReadonlyMap<string, string>;
      readonly regencies: ReadonlyMap<string, Regency>;
      readonly districts: ReadonlyMap<string, District>;
    },
    private readonly villages: VillageList | undefined,
  ) {}

  get hasVillages(): boolean {
    return this.villages !== undefined;
  }

  lookupDistrict(code: string): District | undefined {
    const digits = digitsOf(code);
    return digits.length >= 6 ? this.base.districts.get(dotted(digits.slice(0, 6))) : undefined;
  }

  regencyOf(code: string): Regency | undefined {
    const digits = digitsOf(code);
    return digits.length >= 4 ? this.base.regencies.get(dotted(digits.slice(0, 4))) : undefined;
  }

  provinceName(code: string): string | undefined {
    const digits = digitsOf(code);
    return digits.length >= 2 ? this.base.provinces.get(digits.slice(0, 2)) : undefined;
  }

  villagesOfDistrict(code: string): ReadonlyArray<Village> {
    const digits = digitsOf(code);
    if (digits.length < 6 || !this.villages) return [];
    if (!this.byDistrict) {
      // Grouped on first use: the check itself only ever looks one village up.
      this.byDistrict = new Map();
      for (const entry of this.villages.all().values()) {
        let list = this.byDistrict.get(entry.districtCode);
        if (!list) this.byDistrict.set(entry.districtCode, (list = []));
        list.push(toVillage(entry));
      }
    }
    return this.byDistrict.get(dotted(digits.slice(0, 6))) ?? [];
  }

  findVillage(code: string): Village | undefined {
    const digits = digitsOf(code);
    const entry = digits.length === 10 ? this.villages?.get(dotted(digits)) : undefined;
    return entry && toVillage(entry);
  }

  withVillages(villagesCsv: string): RegionIndex {
    return new Index(this.base, new VillageList(villagesCsv, this.base.districts));
  }
}

/** "61.11.01" and "611101" are the same code; a code with any other character matches nothing. */
function digitsOf(code: string): string {
  const digits = code.replace(/[.\s]/g, "");
  return /^\d*$/.test(digits) ? digits : "";
}

/** "6111012001" -> "61.11.01.2001", "6111" -> "61.11". */
function dotted(digits: string): string {
  let code = digits.slice(0, 2);
  if (digits.length > 2) code += "." + digits.slice(2, 4);
  if (digits.length > 4) code += "." + digits.slice(4, 6);
  if (digits.length > 6) code += "." + digits.slice(6);
  return code;
}
