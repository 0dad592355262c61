import { execFileSync } from "node:child_process";
import { closeSync, openSync, ftruncateSync, symlinkSync, writeFileSync } from "node:fs";
import { openFile, readFileBytes } from "../../../src/adapters/xlsx/file-bytes";
import { readWorkbookFile } from "../../../src/adapters/xlsx/read-any";
import { useTempDir } from "./temp-files";

const temp = useTempDir();

describe("what is read from disk, and what is refused before reading", () => {
  it("a FIFO named .csv is refused at once instead of waiting for a writer", async () => {
    const fifo = temp.path("pipa.csv");
    execFileSync("mkfifo", [fifo]);
    await expect(readWorkbookFile(fifo)).rejects.toMatchObject({ reason: "NOT_REGULAR", message: expect.stringContaining("bukan berkas biasa") });
    await expect(openFile(fifo)).rejects.toMatchObject({ reason: "NOT_REGULAR" });
  });

  it("a link to a device (/dev/zero) is refused instead of filling memory", async () => {
    const zero = temp.path("nol.csv");
    symlinkSync("/dev/zero", zero);
    await expect(readFileBytes(zero)).rejects.toMatchObject({ reason: "NOT_REGULAR" });
  });

  it("a link that points at itself names the problem", async () => {
    const loop = temp.path("putar.xlsx");
    symlinkSync(loop, loop);
    await expect(readWorkbookFile(loop)).rejects.toMatchObject({ reason: "LINK_LOOP", message: expect.stringContaining("menunjuk ke dirinya sendiri") });
  });

  it("a file over 2 GB is refused by its size, without reading it", async () => {
    const big = temp.path("besar.csv");
    const fd = openSync(big, "w");
    ftruncateSync(fd, 3 * 1024 * 1024 * 1024); // sparse: no disk space used
    closeSync(fd);
    await expect(readWorkbookFile(big)).rejects.toMatchObject({ reason: "FILE_TOO_LARGE", message: expect.stringContaining("lebih dari 2 GB") });
  });

  it("an ordinary file is read whole, and an empty one is called empty", async () => {
    expect(String(await readFileBytes(writeFileSync(temp.path("a.csv"), "NIK;Nama\n") ?? temp.path("a.csv")))).toBe("NIK;Nama\n");
    writeFileSync(temp.path("kosong.csv"), "");
    await expect(readFileBytes(temp.path("kosong.csv"))).rejects.toMatchObject({ reason: "EMPTY" });
  });
});
