import { findCrossVillageDuplicates, type VillageWorkerRef } from "../../../src/domain/gabung";

const ref = (village: string, row: number, nik: string): VillageWorkerRef => ({ village, file: `${village.toLowerCase()}.xlsx`, row, nik });

describe("the same NIK enrolled by two villages", () => {
  it("is reported once per NIK, in NIK order, with every row holding it in the order read", () => {
    const refs = [
      ref("Sukamaju", 2, "6104019999000002"),
      ref("Sukamaju", 3, "6104011111000001"),
      ref("Mekarsari", 2, "6104011111000001"),
      ref("Mekarsari", 3, "6104015555000003"),
      ref("Sukamaju", 4, "6104011111000001"),
      ref("Sidorejo", 2, "6104019999000002"),
    ];
    const found = findCrossVillageDuplicates(refs);
    expect(found.map((d) => d.nik)).toEqual(["6104011111000001", "6104019999000002"]);
    expect(found[0]!.rows).toEqual([refs[1], refs[2], refs[4]]);
    // Each row's finding names the other villages' rows, never another row of its own village.
    expect(found[0]!.findings.map((f) => f.message)).toEqual([
      expect.stringContaining("juga didaftarkan oleh Mekarsari (mekarsari.xlsx, baris 2). "),
      expect.stringContaining("juga didaftarkan oleh Sukamaju (sukamaju.xlsx, baris 3); Sukamaju (sukamaju.xlsx, baris 4). "),
      expect.stringContaining("juga didaftarkan oleh Mekarsari (mekarsari.xlsx, baris 2). "),
    ]);
    expect(found[1]!.rows).toEqual([refs[0], refs[5]]);
  });

  it("twice in one village only is that village's own NIK_DUPLICATE, not a finding across villages", () => {
    expect(findCrossVillageDuplicates([ref("Sukamaju", 2, "6104011111000001"), ref("Sukamaju", 9, "6104011111000001")])).toEqual([]);
  });

  it("NIKs that are not all digits are still ordered as localeCompare orders them", () => {
    const found = findCrossVillageDuplicates(["b", "a", "B", "10", "9"].flatMap((nik, i) => [ref("Sukamaju", i + 2, nik), ref("Mekarsari", i + 2, nik)]));
    expect(found.map((d) => d.nik)).toEqual(["10", "9", "a", "b", "B"]);
  });
});
