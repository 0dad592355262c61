import { defaultPaneSettings, readPaneSettings } from "../../../src/taskpane/session/pane-settings";

describe("the settings stored in a workbook", () => {
  it("from a workbook saved before the desil source existed still load, with the national ranking", () => {
    const older = { check: { tahun: 2026, kodeDesa: "61.04.01.2014", usiaMinimal: 18, usiaMaksimal: 60, desilMaksimal: 5, ambangKemiripanNama: 0.85 }, budget: { target: 120 } };
    const read = readPaneSettings(JSON.stringify(older));
    expect(read.repaired).toBe(false);
    expect(read.settings.check).toEqual({ ...older.check, desilSumber: "nasional" });
    expect(read.settings.budget.target).toBe(120);
  });

  it("keep a chosen desil source, and fall back to the defaults when a value is damaged", () => {
    const stored = { ...defaultPaneSettings(2026), check: { ...defaultPaneSettings(2026).check, desilSumber: "kabupaten_kota" } };
    expect(readPaneSettings(stored).settings.check.desilSumber).toBe("kabupaten_kota");
    const damaged = readPaneSettings({ check: { desilSumber: "kecamatan" } });
    expect(damaged.repaired).toBe(true);
    expect(damaged.settings.check.desilSumber).toBe("nasional");
  });
});
