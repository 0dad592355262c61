import * as path from "node:path";
import { loadRegions } from "../../src/adapters/node/load-wilayah";
import { loadAndCheck, resolveSettings } from "../../src/cli/load-and-check";

const EXAMPLE = path.resolve(__dirname, "../../contoh/desa-contoh.xlsx");

describe("the settings of many files checked in one run (gabung)", () => {
  it("are the settings each file would get alone, and a wrong village code is still refused for every file", async () => {
    const regions = await loadRegions({ villages: true });
    const options = { tahun: 2026, desa: "61.04.01.2014", desilMaksimal: 4 };
    const first = await loadAndCheck(EXAMPLE, options, undefined, { regions });
    const second = await loadAndCheck(EXAMPLE, { ...options }, undefined, { regions });
    expect(second.settings).toEqual(resolveSettings(options, regions));
    expect(first.settings).toEqual(second.settings);
    const otherYear = await loadAndCheck(EXAMPLE, { ...options, tahun: 2027 }, undefined, { regions });
    expect(otherYear.settings).toEqual(resolveSettings({ ...options, tahun: 2027 }, regions));

    // Once the defaults are known, an unusable number is not taken for an absent one.
    await loadAndCheck(EXAMPLE, { tahun: 2026 }, undefined, { regions });
    for (let i = 0; i < 2; i++) {
      await expect(loadAndCheck(EXAMPLE, { tahun: 2026, desa: "99.99.99.9999" }, undefined, { regions })).rejects.toThrow("tidak ada dalam daftar kode wilayah");
      await expect(loadAndCheck(EXAMPLE, { tahun: 2026, desilMaksimal: Number.NaN }, undefined, { regions })).rejects.toThrow();
    }
  });
});
