import { ANGGARAN_PARAMETERS } from "../../../src/domain/anggaran";
import { BUILT_IN_TEMPLATES } from "../../../src/domain/ekspor/templates";
import { publicSource } from "../../../src/domain/format";
import { BPU_RATE_TABLE } from "../../../src/domain/iuran";

const RESEARCH = /\.md\b|§|github|\b[\w-]+\.(php|js|html)\b|\bhibahtiar\/|Praja04\//i;

describe("publicSource: a source as an official sheet shows it", () => {
  it("drops research-note references and repository links, keeping the regulation", () => {
    expect(publicSource("Lihat apbdes.md §2.")).toBe("");
    expect(publicSource("mengikuti petunjuk templat SIPP (SECONDARY).")).toBe("mengikuti petunjuk templat SIPP (sumber sekunder).");
    expect(publicSource("Gabungan kolom (domain-bpjs.md §5.2; formulir BPJS, templat SIPP). Minta templat.")).toBe("Gabungan kolom (formulir BPJS, templat SIPP). Minta templat.");
    expect(publicSource("PP 44/2015 Lampiran II, dari simulator (github.com/hibahtiar/jaga-pekerja, simulasi-bpu.html)")).toBe("PP 44/2015 Lampiran II, dari simulator");
  });

  it("leaves no note name or repository link in any source the outputs show", () => {
    const sources = [
      ...Object.values(ANGGARAN_PARAMETERS).map((p) => p.source),
      ...BUILT_IN_TEMPLATES.map((t) => t.sumber),
      ...JSON.stringify(BPU_RATE_TABLE).match(/"source":"[^"]*"/g)!.map((s) => JSON.parse(`{${s}}`).source as string),
    ];
    for (const source of sources) {
      const shown = publicSource(source);
      expect(shown).not.toMatch(RESEARCH);
      expect(shown.length).toBeGreaterThan(10);
    }
  });
});
