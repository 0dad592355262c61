import { nameSimilarity } from "../../../src/domain/dtks/name-similarity";

describe("comparing names with DTKS", () => {
  it.each([
    ["Budi Santoso", "BUDI SANTOSO"],
    ["H. Ahmad Fauzi", "AHMAD FAUZI"],
    ["Siti Aminah, S.Pd.", "SITI AMINAH"],
    ["M. Yusuf", "MUHAMMAD YUSUF"],
    ["Moh. Rizal", "MUHAMMAD RIZAL"],
    ["Suparman S", "SUPARMAN"],
    ["Suparman S.", "SUPARMAN"],
    ["Nur Halizah", "NURHALIZAH"],
    ["Hj. Rohani", "ROHANI"],
  ])("%s is the same person as %s", (a, b) => {
    expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    ["Budi Santoso", "Slamet Riyadi"],
    ["Siti Aminah", "Siti Fatimah"],
    ["Ahmad", "Rahmat Hidayat"],
  ])("%s is not %s", (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(0.8);
  });
});
