import { loadRegions } from "../../../src/adapters/node/load-wilayah";
import { buildRegionIndex, type RegionIndex } from "../../../src/domain/wilayah/region-index";

const SMALL = {
  provinces: "code,name\n12,Sumatera Utara\n35,Jawa Timur\n61,Kalimantan Barat\n",
  regencies: "code,province_code,name\n12.07,12,Kabupaten Deli Serdang\n35.29,35,Kabupaten Sumenep\n61.11,61,Kabupaten Kayong Utara\n",
  districts: 'code,regency_code,name\n12.07.28,12.07,Lubuk Pakam\n35.29.22,35.29,"Ra""as"\n61.11.01,61.11,Sukadana\n',
  villages:
    'code,district_code,name\r\n12.07.28.1007,12.07.28,"Lubuk Pakam I,II"\r\n61.11.01.2002,61.11.01,Pangkalan Buton\r\n61.11.01.2001,61.11.01,Sutera\r\n',
};

describe("the Kemendagri region index", () => {
  const index = buildRegionIndex(SMALL);

  it("finds a kecamatan from the first six digits of a NIK, with or without dots", () => {
    const sukadana = { kode: "61.11.01", kecamatan: "Sukadana", kabupaten: "Kabupaten Kayong Utara", provinsi: "Kalimantan Barat" };
    expect(index.lookupDistrict("611101")).toEqual(sukadana);
    expect(index.lookupDistrict("61.11.01")).toEqual(sukadana);
    expect(index.lookupDistrict("6111014101900001")).toEqual(sukadana);
  });

  it("reads names holding a comma or a quote", () => {
    expect(index.lookupDistrict("352922")?.kecamatan).toBe('Ra"as');
    expect(index.findVillage("12.07.28.1007")?.nama).toBe("Lubuk Pakam I,II");
  });

  it("answers nothing for an unknown, short or mistyped code", () => {
    expect(index.lookupDistrict("611199")).toBeUndefined();
    expect(index.lookupDistrict("61110")).toBeUndefined();
    expect(index.lookupDistrict("61.11.O1")).toBeUndefined();
  });

  it("names the kabupaten and the province of any code", () => {
    expect(index.regencyOf("6111")).toEqual({ kode: "61.11", nama: "Kabupaten Kayong Utara", provinsi: "Kalimantan Barat" });
    expect(index.regencyOf("61.11.01.2001")?.nama).toBe("Kabupaten Kayong Utara");
    expect(index.provinceName("61")).toBe("Kalimantan Barat");
    expect(index.provinceName("99")).toBeUndefined();
  });

  it("finds a village by its full code and lists the villages of a kecamatan", () => {
    expect(index.findVillage("61.11.01.2001")).toEqual({
      kode: "61.11.01.2001",
      nama: "Sutera",
      kecamatan: "Sukadana",
      kabupaten: "Kabupaten Kayong Utara",
      provinsi: "Kalimantan Barat",
    });
    expect(index.villagesOfDistrict("61.11.01").map((v) => v.nama)).toEqual(["Pangkalan Buton", "Sutera"]);
    expect(index.findVillage("61.11.01")).toBeUndefined();
  });

  it("finds a village by its code in the list's text as reading the whole list would: the last line of a code listed twice, columns in any order", () => {
    const twice = { ...SMALL, villages: SMALL.villages + "61.11.01.2001,61.11.01,Sutera Baru\r\n" };
    expect(buildRegionIndex(twice).findVillage("61.11.01.2001")?.nama).toBe("Sutera Baru");
    const reordered = { ...SMALL, villages: "name,code,district_code\n61.11.01.2001,61.11.01.2002,61.11.01\nSutera,61.11.01.2001,61.11.01\n" };
    expect(buildRegionIndex(reordered).findVillage("61.11.01.2001")?.nama).toBe("Sutera");
    expect(() => buildRegionIndex({ ...SMALL, villages: "kode,nama\n" })).toThrow(/Kolom 'code'/);
  });

  it("works without the village list, which can be added later", () => {
    const { villages, ...withoutVillages } = SMALL;
    const light = buildRegionIndex(withoutVillages);
    expect(light.hasVillages).toBe(false);
    expect(light.findVillage("61.11.01.2001")).toBeUndefined();
    expect(light.villagesOfDistrict("611101")).toEqual([]);
    expect(light.lookupDistrict("611101")?.kecamatan).toBe("Sukadana");
    const full = light.withVillages(villages);
    expect(full.hasVillages).toBe(true);
    expect(full.findVillage("6111012001")?.nama).toBe("Sutera");
  });
});

describe("the region codes shipped with idn-area-data", () => {
  let regions: RegionIndex;
  beforeAll(async () => {
    regions = await loadRegions();
  });

  it("knows every kecamatan and village of the list", () => {
    expect(regions.lookupDistrict("611101")?.kecamatan).toBe("Sukadana");
    expect(regions.findVillage("61.11.01.2001")?.nama).toBe("Sutera");
    expect(regions.villagesOfDistrict("61.11.01")).toHaveLength(10);
  });

  it("knows the new Papua provinces", () => {
    expect(regions.provinceName("93")).toBe("Papua Selatan");
    expect(regions.provinceName("96")).toBe("Papua Barat Daya");
  });

  it("finds each village by a search in the list as after reading the whole list", async () => {
    const searched = await loadRegions();
    const read = await loadRegions();
    const all = read.villagesOfDistrict("61.04.01").length ? ["61.04.01", "11.01.01", "94.71.01", "35.29.22", "12.07.28"] : [];
    for (const district of all) {
      for (const village of read.villagesOfDistrict(district)) expect(searched.findVillage(village.kode)).toEqual(village);
    }
    expect(all.length).toBeGreaterThan(0);
  });

  it("can be loaded without villages for a quick start", async () => {
    const light = await loadRegions({ villages: false });
    expect(light.hasVillages).toBe(false);
    expect(light.lookupDistrict("35.29.22")?.kecamatan).toBe('Ra"as');
  });
});
