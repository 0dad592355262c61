import fc from "fast-check";
import { DESIL_PRESETS, describeDesilThreshold, desilOf, readDesilText } from "../../../src/domain/dtks/desil";
import { readPbiFlag, readWorksFlag, readWorkStatus } from "../../../src/domain/dtks/work-status";
import { defaultSettings, RULE_PARAMETERS } from "../../../src/domain/rules/rule-parameters";
import { settingsSchema } from "../../../src/domain/settings";

describe("desil thresholds", () => {
  it("the default is desil 1–4, the BPJS Ketenagakerjaan pekerja rentan target, on the national ranking", () => {
    const settings = defaultSettings(2026);
    expect(settings).toMatchObject({ desilMaksimal: 4, desilSumber: "nasional" });
    expect(RULE_PARAMETERS.desilMaksimal.source).toMatch(/Inpres 8\/2025/);
    expect(settingsSchema.safeParse(settings).success).toBe(true);
  });

  it("offers the three presets programmes use, each with a source", () => {
    expect(DESIL_PRESETS.map((p) => p.maksimal)).toEqual([4, 5, 1]);
    for (const preset of DESIL_PRESETS) expect(preset.source.length).toBeGreaterThan(20);
    expect(describeDesilThreshold(5)).toBe("desil 1–5 (PBI-JK, Sembako)");
    expect(describeDesilThreshold(1)).toBe("desil 1 (miskin ekstrem, dipakai sebagian Pemda)");
    expect(describeDesilThreshold(6)).toBe("desil 1–6 (diatur desa)");
  });

  it("a person's own desil wins over the family's; an absent ranking falls back and says so", () => {
    const family = { row: 2, part: 0, noKk: "1", desil: { nasional: 6, kabupaten_kota: 4 } };
    expect(desilOf({ family }, "kabupaten_kota")).toEqual({ value: 4, source: "kabupaten_kota", fallback: false, fromFamily: true });
    expect(desilOf({ family }, "provinsi")).toMatchObject({ value: 6, source: "nasional", fallback: true });
    expect(desilOf({ desil: { nasional: 2 }, family }, "nasional")).toMatchObject({ value: 2, fromFamily: false });
  });
});

describe("reading desil cells", () => {
  it.each([["3", 3], ["Desil 7", 7], ["10", 10], ["4.0", 4], [" 2 ", 2]])("%p is desil %p", (text, value) => {
    expect(readDesilText(text)).toEqual({ status: "ok", value });
  });

  it.each(["0", "11", "Tidak ada", "3-4"])("%p is out of range", (text) => {
    expect(readDesilText(text).status).toBe("out-of-range");
  });

  it("never yields a desil outside 1–10, whatever the text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cell = readDesilText(text);
        if (cell.status === "ok") expect(cell.value >= 1 && cell.value <= 10).toBe(true);
      }),
    );
  });

  it("reads every whole number 1–10 written as DTSEN and SIKS-NG write it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.constantFrom("", "Desil ", "DESIL "), (n, prefix) => {
        expect(readDesilText(`${prefix}${n}`)).toEqual({ status: "ok", value: n });
      }),
    );
  });
});

describe("DTSEN work status", () => {
  it.each([
    ["Buruh/karyawan/pegawai swasta", "buruh-karyawan"],
    ["BURUH / KARYAWAN / PEGAWAI SWASTA", "buruh-karyawan"],
    ["4. Buruh/Karyawan/Pegawai Swasta", "buruh-karyawan"],
    ["PNS/TNI/Polri/BUMN/BUMD/pejabat negara", "pns-tni-polri"],
    ["Berusaha sendiri", "berusaha"],
    ["Berusaha dibantu buruh tetap/buruh dibayar", "berusaha"],
    ["Pekerja bebas pertanian", "pekerja-bebas"],
    ["Pekerja bebas non pertanian", "pekerja-bebas"],
    ["Pekerja keluarga/tidak dibayar", "pekerja-keluarga"],
  ])("%p is %p", (text, status) => {
    expect(readWorkStatus(text)).toBe(status);
  });

  it("a bare code is not guessed at, and a blank is not a status", () => {
    expect(readWorkStatus("4")).toBe("unknown");
    expect(readWorkStatus("")).toBeUndefined();
    expect(readWorkStatus(undefined)).toBeUndefined();
  });

  it("reads yes/no columns", () => {
    expect([readWorksFlag("Ya"), readWorksFlag("Tidak bekerja"), readWorksFlag("1. Ya"), readWorksFlag("?")]).toEqual([true, false, true, undefined]);
    expect([readPbiFlag("Ya"), readPbiFlag("Tidak"), readPbiFlag("1"), readPbiFlag("0")]).toEqual([true, false, true, false]);
  });
});
