import * as fs from "node:fs";
import * as path from "node:path";
import {
  fileSystemReason,
  isTemporaryName,
  liveTemporaryFiles,
  OutputWriteError,
  removeTemporaryFiles,
  temporaryPathFor,
  trackTemporaryFile,
  writeAtomically,
} from "../../../src/adapters/xlsx/write-atomic";
import { readOutputMarker } from "../../../src/adapters/xlsx/write-marker";
import { UnusableInputError } from "../../../src/adapters/unusable-input-error";
import { tempDir } from "../../helpers/xlsx";

const dir = tempDir("atomic-");
const listing = () => fs.readdirSync(dir).sort();

describe("writing a file atomically", () => {
  beforeEach(() => {
    for (const name of fs.readdirSync(dir)) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  });

  it("writes under a hidden temporary name in the same folder, then renames: nothing else is left", async () => {
    const target = path.join(dir, "hasil.xlsx");
    let seen = "";
    await writeAtomically(target, async (temporary) => {
      seen = temporary;
      fs.writeFileSync(temporary, "isi");
    });
    expect(path.dirname(seen)).toBe(dir);
    expect(isTemporaryName(path.basename(seen))).toBe(true);
    expect(listing()).toEqual(["hasil.xlsx"]);
    expect(liveTemporaryFiles()).toEqual([]);
  });

  it("removes the temporary file when the writing fails, and the target is not created", async () => {
    const target = path.join(dir, "hasil.xlsx");
    await expect(
      writeAtomically(target, async (temporary) => {
        fs.writeFileSync(temporary, "setengah");
        throw new Error("gagal di tengah");
      }),
    ).rejects.toThrow("gagal di tengah");
    expect(listing()).toEqual([]);
  });

  it("the file system's refusal becomes one Indonesian line naming the file (exit 2 in the CLI)", async () => {
    const target = path.join(dir, "hasil.xlsx");
    const error = await writeAtomically(target, async () => {
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputWriteError);
    expect(error).toBeInstanceOf(UnusableInputError);
    expect((error as Error).message).toBe(`Berkas hasil ${target} tidak dapat ditulis: disk penuh; kosongkan ruang disk atau pilih disk lain (ENOSPC).`);
  });

  it.each(["EACCES", "EPERM", "ENOSPC", "EDQUOT", "EFBIG", "EISDIR", "EROFS", "ENOENT", "ENAMETOOLONG", "EBUSY", "EMFILE", "EIO", "ELOOP", "ERR_FS_FILE_TOO_LARGE"])(
    "%s has an Indonesian reason for reading and for writing",
    (code) => {
      expect(fileSystemReason(code, "baca")).toEqual(expect.any(String));
      expect(fileSystemReason(code, "tulis")).toEqual(expect.any(String));
    },
  );

  it("without --timpa a file that appeared meanwhile is not replaced; with it, it is", async () => {
    const target = path.join(dir, "hasil.xlsx");
    const write = (text: string) => async (temporary: string) => {
      fs.writeFileSync(temporary, text);
      // Created by someone else between the check before reading and the end of the write.
      if (!fs.existsSync(target)) fs.writeFileSync(target, "milik orang lain");
    };
    await expect(writeAtomically(target, write("baru"), { overwrite: false })).rejects.toThrow(/Tambahkan --timpa/);
    expect(fs.readFileSync(target, "utf8")).toBe("milik orang lain");
    expect(listing()).toEqual(["hasil.xlsx"]);
    await writeAtomically(target, write("baru"), { overwrite: true });
    expect(fs.readFileSync(target, "utf8")).toBe("baru");
  });

  it("a symbolic or hard link named as the output is replaced, never the file it points to", async () => {
    const village = path.join(dir, "desa.xlsx");
    fs.writeFileSync(village, "daftar desa");
    fs.symlinkSync(village, path.join(dir, "tautan.xlsx"));
    fs.linkSync(village, path.join(dir, "keras.xlsx"));
    for (const name of ["tautan.xlsx", "keras.xlsx"]) {
      await writeAtomically(path.join(dir, name), async (temporary) => fs.writeFileSync(temporary, "rekap"));
      expect(fs.readFileSync(path.join(dir, name), "utf8")).toBe("rekap");
    }
    expect(fs.readFileSync(village, "utf8")).toBe("daftar desa");
  });

  it("removeTemporaryFiles (what SIGINT, SIGTERM, SIGHUP and exit run) deletes every file still being written", () => {
    const a = temporaryPathFor(path.join(dir, "a.xlsx"));
    const b = temporaryPathFor(path.join(dir, "b.csv"));
    fs.writeFileSync(a, "data pribadi");
    fs.writeFileSync(b, "data pribadi");
    const releaseA = trackTemporaryFile(a);
    trackTemporaryFile(b);
    expect(process.listenerCount("SIGTERM")).toBeGreaterThan(0);
    expect(removeTemporaryFiles()).toBe(2);
    expect(listing()).toEqual([]);
    expect(liveTemporaryFiles()).toEqual([]);
    releaseA();
  });

  it("the signal handlers are there only while a file is being written", async () => {
    const before = process.listenerCount("SIGINT");
    let during = 0;
    await writeAtomically(path.join(dir, "x.csv"), async (temporary) => {
      during = process.listenerCount("SIGINT");
      fs.writeFileSync(temporary, "x");
    });
    expect(during).toBe(before + 1);
    expect(process.listenerCount("SIGINT")).toBe(before);
  });

  it("readOutputMarker answers undefined for files that are not ours, without failing", async () => {
    fs.writeFileSync(path.join(dir, "teks.xlsx"), "bukan zip");
    fs.mkdirSync(path.join(dir, "folder.xlsx"));
    for (const name of ["teks.xlsx", "folder.xlsx", "tidak-ada.xlsx"]) expect(await readOutputMarker(path.join(dir, name))).toBeUndefined();
    expect(await readOutputMarker(path.join(__dirname, "../../../contoh/desa-contoh.xlsx"))).toBeUndefined();
  });
});
