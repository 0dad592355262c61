import * as path from "node:path";
import { runCli } from "../helpers/run-cli";
import { cleanWorkers, tempDir, WORKER_HEADER, writeWorkbook } from "../helpers/xlsx";

/** Every mistake on the command line is one Indonesian line on stderr and exit 2, checked before the list is read. */
const dir = tempDir("pilihan-");
let list: string;
// A list that does not exist: an option refused with this file named proves it was checked before reading.
const missing = path.join(dir, "belum-ada.xlsx");

beforeAll(async () => {
  list = await writeWorkbook(path.join(dir, "desa.xlsx"), [WORKER_HEADER, ...cleanWorkers(3)], "Data", [2]);
});

async function refused(...argv: string[]): Promise<string> {
  const run = await runCli(...argv);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(run.stderr).not.toMatch(/Option|argument|Unknown|Did you|ambiguous|Error:/);
  return lines[0]!;
}

describe("option errors", () => {
  it.each([
    [["anggaran", missing, "--dana", "-5"], '--dana harus bilangan bulat 0–1.000.000.000.000 (angka saja, tanpa Rp; titik ribuan boleh, mis. 10.000.000), bukan "-5".'],
    [["anggaran", missing, "--penghasilan", "-1"], '--penghasilan harus bilangan bulat 0–1.000.000.000 (angka saja, tanpa Rp; titik ribuan boleh, mis. 10.000.000), bukan "-1".'],
    [["anggaran", missing, "--bulan", "-3"], '--bulan harus bilangan bulat 1–60, bukan "-3".'],
    [["periksa", missing, "--tahun", "0x7EA"], '--tahun harus bilangan bulat 2015–2100, bukan "0x7EA".'],
    [["periksa", missing, "--tahun", "2026.0"], '--tahun harus bilangan bulat 2015–2100, bukan "2026.0".'],
    [["anggaran", missing, "--dana", ""], '--dana harus bilangan bulat 0–1.000.000.000.000 (angka saja, tanpa Rp; titik ribuan boleh, mis. 10.000.000), bukan "".'],
    [["anggaran", missing, "--dana", "1e6"], '--dana harus bilangan bulat 0–1.000.000.000.000 (angka saja, tanpa Rp; titik ribuan boleh, mis. 10.000.000), bukan "1e6".'],
    [["anggaran", missing, "--dana", "Rp 10.000.000"], '--dana harus bilangan bulat 0–1.000.000.000.000 (angka saja, tanpa Rp; titik ribuan boleh, mis. 10.000.000), bukan "Rp 10.000.000".'],
    [["anggaran", missing, "--target", "1e2"], '--target harus bilangan bulat 1–100000, bukan "1e2".'],
    [["periksa", missing, "--desil-maks", "0x4"], expect.stringMatching(/^--desil-maks harus bilangan bulat 1–10, bukan "0x4"\. Ambang yang dipakai program: 4 /)],
    [["periksa", missing, "--json=1"], "Pilihan --json tidak memakai nilai: tulis --json saja, bukan --json=1. Lihat: pekerja-rentan periksa --help"],
    [["ekspor", missing, "--timpa=ya", "--keluar", "x.xlsx"], "Pilihan --timpa tidak memakai nilai: tulis --timpa saja, bukan --timpa=ya. Lihat: pekerja-rentan ekspor --help"],
    [["periksa", missing, "--desa"], "Pilihan --desa memerlukan nilai. Lihat: pekerja-rentan periksa --help"],
    [["periksa", missing, "--foo"], "Pilihan --foo tidak dikenal untuk perintah periksa. Lihat: pekerja-rentan periksa --help"],
    [["ekspor", missing, "--keluar", "--json"], "Pilihan --keluar memerlukan nilai, tetapi yang mengikutinya adalah --json. Bila nilainya memang diawali tanda minus, tulis --keluar=--json. Lihat: pekerja-rentan ekspor --help"],
  ] as Array<[string[], unknown]>)("%j", async (argv, message) => {
    expect(await refused(...argv)).toEqual(message);
  });

  it("a file name that starts with a dash gets the way to give it", async () => {
    expect(await refused("periksa", "-daftar.xlsx")).toBe(
      "Pilihan -daftar.xlsx tidak dikenal untuk perintah periksa. Bila -daftar.xlsx nama berkas, tulis setelah --: pekerja-rentan periksa -- -daftar.xlsx. Lihat: pekerja-rentan periksa --help",
    );
  });

  it("an unknown --templat lists the known ones in one line, before the list is read", async () => {
    expect(await refused("ekspor", missing, "--keluar", path.join(dir, "x.xlsx"), "--templat", "bpjs-resmi")).toBe(
      'Templat "bpjs-resmi" tidak dikenal. Templat yang tersedia: bpu-kolektif, sipp-data-tk-baru, opensid-program-bantuan; atau jalur berkas templat .json dari Kantor Cabang, mis. --templat templat-kc-sambas.json. Lihat: pekerja-rentan ekspor --help',
    );
  });

  it("a money amount may be written with thousands dots, and spaces around a number are ignored", async () => {
    const dots = await runCli("anggaran", list, "--tahun", "2026", "--dana", "10.000.000", "--json");
    const plain = await runCli("anggaran", list, "--tahun", "2026", "--dana", "10000000", "--bulan", " 12 ", "--json");
    expect(dots.code).toBe(0);
    expect(JSON.parse(dots.stdout).coverage).toEqual(JSON.parse(plain.stdout).coverage);
    expect(JSON.parse(dots.stdout).coverage).toMatchObject({ amount: 10_000_000, workers: 49 });
  });

  it("a value written as --dana=-5 gets the same answer as --dana -5", async () => {
    expect(await refused("anggaran", missing, "--dana=-5")).toBe(await refused("anggaran", missing, "--dana", "-5"));
  });
});
