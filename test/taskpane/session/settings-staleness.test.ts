import { defaultSettings } from "../../../src/domain/rules/rule-parameters";
import { changedSettings, stalenessMessage } from "../../../src/taskpane/session/settings-staleness";

describe("results out of date after a settings change", () => {
  const used = { ...defaultSettings(2026), kodeDesa: "61.04.01.2001" };

  it("says nothing while the settings are those of the last check", () => {
    expect(stalenessMessage(used, { ...used })).toBeUndefined();
  });

  it("names the year and the village when they changed", () => {
    expect(changedSettings(used, { ...used, tahun: 2027, kodeDesa: "61.04.01.2011" })).toEqual(["tahun anggaran", "desa"]);
    expect(stalenessMessage(used, { ...used, tahun: 2027 })).toMatch(/tahun anggaran.*Periksa ulang/);
  });

  it("a check made before settings were remembered is not called stale", () => {
    expect(changedSettings(undefined, used)).toEqual([]);
  });
});
