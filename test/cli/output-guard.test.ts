import * as fs from "node:fs";
import * as path from "node:path";
import { isCaseInsensitiveFolder, refuseUnsafeOutput } from "../../src/cli/output-guard";
import { tempDir } from "../helpers/xlsx";

/** The one output rule of ekspor, calon and gabung (the commands' own tests run it end to end). */
const dir = tempDir("penjaga-");
const village = path.join(dir, "Desa-Sukamaju.xlsx");
fs.writeFileSync(village, "daftar desa");

describe("refuseUnsafeOutput", () => {
  it("on a folder that ignores letter case (Windows, macOS), another spelling of an input is that input", async () => {
    for (const spelling of ["desa-sukamaju.xlsx", "DESA-SUKAMAJU.XLSX", "Desa-Sukamaju.XLSX"]) {
      await expect(refuseUnsafeOutput(path.join(dir, spelling), [village], true, { caseInsensitive: true })).rejects.toThrow(
        `Berkas hasil ${path.join(dir, spelling)} adalah berkas masukan ${village}. pekerja-rentan tidak pernah menimpa berkas masukan, juga dengan --timpa.`,
      );
    }
  });

  it("on a case-sensitive folder another spelling is another file", async () => {
    await expect(refuseUnsafeOutput(path.join(dir, "DESA-SUKAMAJU.XLSX"), [village], false, { caseInsensitive: false })).resolves.toBeUndefined();
  });

  it("probes the folder itself: this test machine's temporary folder matches its file system", async () => {
    const probed = await isCaseInsensitiveFolder(dir);
    const otherCase = fs.existsSync(path.join(dir, "DESA-SUKAMAJU.XLSX"));
    expect(probed).toBe(otherCase);
  });

  it("an empty folder falls back to the platform's usual answer", async () => {
    const empty = path.join(dir, "kosong");
    fs.mkdirSync(empty);
    expect(await isCaseInsensitiveFolder(empty)).toBe(process.platform === "win32" || process.platform === "darwin");
  });

  it("a folder given as the output, a missing folder and an existing file without --timpa are refused", async () => {
    await expect(refuseUnsafeOutput(dir, [], true)).rejects.toThrow(`${dir} adalah folder. Sebutkan nama berkas hasil`);
    await expect(refuseUnsafeOutput(path.join(dir, "tidak", "ada.xlsx"), [], true)).rejects.toThrow(`Folder untuk berkas hasil tidak ada: ${path.join(dir, "tidak")}`);
    await expect(refuseUnsafeOutput(village, [], false)).rejects.toThrow("sudah ada. Tambahkan --timpa");
  });
});
