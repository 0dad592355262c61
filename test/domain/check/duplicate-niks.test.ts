import { checkWorkers } from "../../../src/domain/check/check-workers";
import { defaultSettings } from "../../../src/domain/rules/rule-parameters";
import { workerTable } from "../../helpers/worker-table";

const settings = defaultSettings(2026);
const NIK = "6104011708800003";

describe("duplicate NIKs", () => {
  it("each copy names the other rows", () => {
    const result = checkWorkers(workerTable([{ nik: NIK, nama: "A" }, { nik: "6104011010900001", nama: "B" }, { nik: NIK, nama: "C" }]), { settings });
    const messages = result.findings.filter((f) => f.code === "NIK_DUPLICATE").map((f) => [f.row, f.message]);
    expect(messages).toEqual([
      [2, expect.stringContaining("juga tercatat di baris 4.")],
      [4, expect.stringContaining("juga tercatat di baris 2.")],
    ]);
  });

  it("a NIK filled down a template names five other rows and counts the rest, so the check stays linear", () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ nik: NIK, nama: `Pekerja ${i}` }));
    const result = checkWorkers(workerTable(rows), { settings });
    const duplicates = result.findings.filter((f) => f.code === "NIK_DUPLICATE");
    expect(duplicates).toHaveLength(10_000);
    expect(duplicates[0]!.message).toContain("baris 3, 4, 5, 6, 7 … dan 9.994 baris lainnya.");
    expect(duplicates[9_999]!.message).toContain("baris 2, 3, 4, 5, 6 … dan 9.994 baris lainnya.");
    const longest = Math.max(...duplicates.map((f) => f.message.length));
    expect(longest).toBeLessThan(200);
  });
});
