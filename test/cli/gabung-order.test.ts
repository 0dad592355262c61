import * as fs from "node:fs";
import * as path from "node:path";
import { runCli } from "../helpers/run-cli";
import { cleanWorkers, tempDir, WORKER_HEADER, writeWorkbook } from "../helpers/xlsx";

describe("gabung lists a folder's villages as a person sorts their names", () => {
  it("numbers by value, letters before case, in the order localeCompare('id', numeric) gives", async () => {
    const folder = path.join(tempDir("gabung-urut-"), "desa");
    fs.mkdirSync(folder);
    const names = ["desa-10.xlsx", "desa-2.xlsx", "Desa-1.xlsx", "desa-1.xlsx", "éka.xlsx", "Eka.xlsx", "zaitun.xlsx", "ab 3.xlsx", "ab 20.xlsx", "data.csv"];
    for (const [i, name] of names.entries()) {
      const file = path.join(folder, name);
      if (name.endsWith(".csv")) fs.writeFileSync(file, `${WORKER_HEADER.join(",")}\n`);
      else await writeWorkbook(file, [[`DAFTAR PEKERJA RENTAN DESA ${i}`], WORKER_HEADER, ...cleanWorkers(1, 100 * i + 1)], "Data", [2]);
    }
    const run = await runCli("gabung", folder, "--tahun", "2026", "--json");
    const listed = (JSON.parse(run.stdout) as { villages: Array<{ file: string }> }).villages.map((v) => v.file);
    expect(listed).toEqual([...names].sort((a, b) => a.localeCompare(b, "id", { numeric: true })));
  });
});
