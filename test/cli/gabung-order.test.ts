import * as fs from "node:fs";
import fc from "fast-check";
import * as path from "node:path";
import { sortedAsPeopleRead } from "../../src/cli/commands/gabung";
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

describe("a folder's names sorted without the collator are sorted as the collator sorts them", () => {
  const collator = new Intl.Collator("id", { numeric: true });
  const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
  const SEED = Number(process.env.FUZZ_SEED ?? 3);
  // The text around the number: letters of both cases, accents, spaces, punctuation, digits of other scripts.
  const text = fc
    .array(fc.constantFrom("desa", "Desa", "DESA", "é", "e", "-", "_", " ", ".", "(", ")", "1", "07", "2026", "٣", "０", "~", "xlsx", "csv", ""), { maxLength: 5 })
    .map((parts) => parts.join(""));
  const number = fc.oneof(fc.nat(400).map(String), fc.nat(400).map((n) => String(n).padStart(3, "0")), fc.constantFrom("0", "00", "9007199254740993", "123456789012345"));

  it("names that differ in one number, and lists that do not, come out as `Intl.Collator('id', { numeric: true })` orders them", () => {
    const family = fc.record({ head: text, tail: text, numbers: fc.array(number, { minLength: 2, maxLength: 12 }) }).map(({ head, tail, numbers }) => [...new Set(numbers.map((n) => head + n + tail))]);
    const mixed = fc.array(fc.tuple(text, number, text).map(([a, n, b]) => a + n + b), { maxLength: 10 }).map((names) => [...new Set(names)]);
    fc.assert(
      fc.property(fc.oneof(family, mixed), (names) => {
        expect(sortedAsPeopleRead([...names])).toEqual([...names].sort(collator.compare));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it("village files numbered with and without leading zeros", () => {
    const names = ["desa-10.xlsx", "desa-9.xlsx", "desa-010.xlsx", "desa-1.xlsx"];
    expect(sortedAsPeopleRead([...names])).toEqual([...names].sort(collator.compare));
    const numbered = Array.from({ length: 300 }, (_, i) => `desa-${String(300 - i).padStart(3, "0")}.xlsx`);
    expect(sortedAsPeopleRead([...numbered])).toEqual([...numbered].sort(collator.compare));
  });
});
