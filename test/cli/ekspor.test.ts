import { spawnSync } from "node:child_process";
import { existsSync, linkSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { Workbook } from "exceljs";
import { main } from "../../src/cli/main";
import { ensureBuiltCli } from "../helpers/built-cli";
import { parseCsv } from "../adapters/xlsx/soffice";
import { BUDI, PAPUA_NIK, SITI, YOHANA } from "../domain/ekspor/fixtures";

const ROOT = resolve(__dirname, "../..");
const HEADERS = ["No", "NIK", "No. KK", "Nama Lengkap", "Tempat Lahir", "Tgl. Lahir", "L/P", "No. HP", "Pekerjaan", "Penghasilan"];

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "ekspor-cli-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

type Person = Partial<typeof BUDI & typeof YOHANA>;

/** A village list as a secretary keeps it: NIK and No. KK typed as text, a title above the header. */
async function villageWorkbook(people: Person[], name = "desa.xlsx"): Promise<string> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("Daftar Pekerja");
  sheet.addRow(["DAFTAR PEKERJA RENTAN DESA SUKAMAJU 2026"]);
  sheet.addRow(HEADERS);
  people.forEach((p, i) =>
    sheet.addRow([i + 1, p.nik ?? "", p.no_kk ?? "", p.nama ?? "", p.tempat_lahir ?? "", p.tanggal_lahir ?? "", p.jenis_kelamin ?? "", p.no_hp ?? "", p.pekerjaan ?? "", ""]),
  );
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    const code = await main(["ekspor", ...args]);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

async function sheetNik(path: string, sheetName: string, row: number, column = 2): Promise<unknown> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.getWorksheet(sheetName)!.getRow(row).getCell(column).value;
}

describe("pekerja-rentan ekspor", () => {
  it("a clean list is written with every worker and exits 0", async () => {
    const input = await villageWorkbook([BUDI, SITI, YOHANA]);
    const out = join(dir, "pengajuan.xlsx");
    const { code, stdout } = await run(input, "--keluar", out, "--tahun", "2026");
    expect(code).toBe(0);
    expect(stdout).toContain("Templat: bpu-kolektif");
    expect(stdout).toContain("UNCONFIRMED");
    expect(stdout).toContain("Periode iuran: Januari–Desember 2026 (12 bulan), program JKK+JKM");
    expect(stdout).toContain(`Diekspor: 3 pekerja → ${out}`);
    expect(stdout).toContain("Ditolak: 0 baris.");
    expect(await sheetNik(out, "Peserta BPU", 4)).toBe(PAPUA_NIK);
  });

  it("a list with bad rows is still written, says how many were rejected, by code and where, and exits 1", async () => {
    const input = await villageWorkbook([BUDI, { ...SITI, nik: "61010145038" }, YOHANA, { ...BUDI, nama: "Budi Kembar" }]);
    const out = join(dir, "pengajuan.xlsx");
    const { code, stdout } = await run(input, "--keluar", out, "--tahun", "2026");
    expect(code).toBe(1);
    expect(stdout).toContain("Diekspor: 1 pekerja");
    expect(stdout).toContain(`Ditolak: 3 baris (lembar "Ditolak" di ${out}) — NIK_DUPLICATE 2, NIK_FORMAT 1`);
    expect(stdout).toContain("baris 4 Siti Aminah (NIK 61010145038): NIK_FORMAT");
    expect(await sheetNik(out, "Ditolak", 2, 2)).toBe("Budi Santoso");
  });

  it("the list itself is never overwritten, even with --timpa and under another spelling of its path", async () => {
    const input = await villageWorkbook([BUDI]);
    const before = readFileSync(input);
    for (const target of [input, relative(process.cwd(), input), `${dir}/./desa.xlsx`]) {
      const { code, stderr } = await run(input, "--keluar", target, "--timpa");
      expect(code).toBe(2);
      expect(stderr).toContain("tidak pernah menimpa berkas masukan");
    }
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("a symbolic or hard link to the list is recognised as the list", async () => {
    const input = await villageWorkbook([BUDI]);
    symlinkSync(input, join(dir, "tautan.xlsx"));
    linkSync(input, join(dir, "tautan-keras.xlsx"));
    for (const link of ["tautan.xlsx", "tautan-keras.xlsx"]) {
      const { code, stderr } = await run(input, "--keluar", join(dir, link), "--timpa");
      expect(code).toBe(2);
      expect(stderr).toContain("tidak pernah menimpa berkas masukan");
    }
  });

  it("an existing result is kept unless --timpa is given", async () => {
    const input = await villageWorkbook([BUDI]);
    const out = join(dir, "pengajuan.xlsx");
    writeFileSync(out, "lama");
    const refused = await run(input, "--keluar", out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("sudah ada. Tambahkan --timpa");
    expect(readFileSync(out, "utf8")).toBe("lama");
    const replaced = await run(input, "--keluar", out, "--timpa", "--tahun", "2026");
    expect(replaced.code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(1000);
  });

  it("a .csv result writes the CSV and puts Ditolak and Keterangan in a companion workbook", async () => {
    const input = await villageWorkbook([BUDI, { ...SITI, nik: "1" }, YOHANA]);
    const out = join(dir, "pengajuan.csv");
    const { code, stdout } = await run(input, "--keluar", out, "--tahun", "2026");
    expect(code).toBe(1);
    const rows = parseCsv(readFileSync(out, "utf8"), ";");
    expect(rows.map((r) => r[1])).toEqual(["NIK", BUDI.nik, PAPUA_NIK]);
    const companion = join(dir, "pengajuan-keterangan.xlsx");
    expect(stdout).toContain(`Keterangan dan daftar ditolak: ${companion}`);
    expect(stdout).toContain("Jangan buka lalu simpan ulang CSV ini di Excel");
    expect(await sheetNik(companion, "Ditolak", 2, 3)).toBe("1");
  });

  it("the SIPP template, a period from July and JHT are chosen by options", async () => {
    const input = await villageWorkbook([BUDI]);
    const out = join(dir, "sipp.xlsx");
    const { code, stdout } = await run(input, "--keluar", out, "--templat", "sipp-data-tk-baru", "--tahun", "2026", "--mulai", "7", "--bulan", "6", "--jht", "--desa", "61.01.01.2001");
    expect(code).toBe(0);
    expect(stdout).toContain("Periode iuran: Juli–Desember 2026 (6 bulan), program JKK+JKM+JHT");
    expect(await sheetNik(out, "data_tk_baru", 2, 17)).toBe(BUDI.nik);
    expect(await sheetNik(out, "data_tk_baru", 2, 21)).toBe("01-07-2026");
    expect(await sheetNik(out, "data_tk_baru", 2, 29)).toBe("6101");
  });

  it("an unknown template name lists the templates there are", async () => {
    const input = await villageWorkbook([BUDI]);
    const { code, stderr } = await run(input, "--keluar", join(dir, "x.xlsx"), "--templat", "bpjs-resmi");
    expect(code).toBe(2);
    expect(stderr).toContain('Templat "bpjs-resmi" tidak dikenal. Templat yang tersedia:');
    expect(stderr).toContain("bpu-kolektif");
    expect(stderr).toContain("sipp-data-tk-baru");
    expect(stderr).toContain("opensid-program-bantuan");
  });

  it("a branch office's template file is used without any code", async () => {
    const input = await villageWorkbook([BUDI, YOHANA]);
    const template = join(dir, "kc-sambas.json");
    writeFileSync(
      template,
      JSON.stringify({
        name: "kc-sambas",
        label: "Format KC Sambas",
        versi: "2026-03",
        sumber: "Diberikan Kantor Cabang Sambas (contoh pengujian)",
        keyakinan: "CONFIRMED",
        sheetName: "UPLOAD",
        columns: [
          { header: "NO_KTP", source: "nik", wajib: true },
          { header: "NAMA", source: "nama_kapital", wajib: true },
          { header: "TGL_LAHIR", source: "tanggal_lahir", format: "dd/mm/yyyy" },
        ],
      }),
    );
    const out = join(dir, "kc.xlsx");
    const { code, stdout } = await run(input, "--keluar", out, "--templat", template, "--tahun", "2026");
    expect(code).toBe(0);
    expect(stdout).toContain("Templat: kc-sambas — Format KC Sambas, versi 2026-03 (CONFIRMED)");
    expect(await sheetNik(out, "UPLOAD", 3, 1)).toBe(PAPUA_NIK);
    expect(await sheetNik(out, "UPLOAD", 3, 3)).toBe("01/01/1990");
  });

  it("a template file with a mistake is refused, naming the mistake, before the list is read", async () => {
    const template = join(dir, "rusak.json");
    writeFileSync(template, JSON.stringify({ name: "rusak", label: "x", versi: "1", sumber: "contoh templat rusak", keyakinan: "UNCONFIRMED", sheetName: "A", columns: [{ header: "NIK", source: "nik", text: false }] }));
    const { code, stderr } = await run(join(dir, "belum-ada.xlsx"), "--keluar", join(dir, "x.xlsx"), "--templat", template);
    expect(code).toBe(2);
    expect(stderr).toContain(`Templat ${template} tidak sah:`);
    expect(stderr).toContain('kolom ke-1 ("NIK"), text: NIK harus sel teks');
  });

  it("the OpenSID template refuses a .csv result, since OpenSID needs its Program sheet", async () => {
    const input = await villageWorkbook([BUDI]);
    const { code, stderr } = await run(input, "--keluar", join(dir, "x.csv"), "--templat", "opensid-program-bantuan");
    expect(code).toBe(2);
    expect(stderr).toContain('memerlukan lembar "Program"');
  });

  it("a missing --keluar, a wrong extension or a bad month is explained and exits 2", async () => {
    const input = await villageWorkbook([BUDI]);
    expect((await run(input)).stderr).toContain("Sebutkan berkas hasil: --keluar HASIL.xlsx");
    expect((await run(input, "--keluar", join(dir, "x.pdf"))).stderr).toContain("harus berakhiran .xlsx atau .csv");
    const month = await run(input, "--keluar", join(dir, "x.xlsx"), "--mulai", "13");
    expect([month.code, month.stderr]).toEqual([2, expect.stringContaining("--mulai harus bilangan bulat 1–12")]);
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });

  it("--json prints one summary document", async () => {
    const input = await villageWorkbook([BUDI, { ...SITI, nik: "1" }]);
    const out = join(dir, "pengajuan.xlsx");
    const { code, stdout } = await run(input, "--keluar", out, "--tahun", "2026", "--json");
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({
      output: out,
      template: { name: "bpu-kolektif", keyakinan: "UNCONFIRMED" },
      period: { from: "2026-01", to: "2026-12", months: 12 },
      included: 1,
      rejected: 1,
      rejectedByCode: { NIK_FORMAT: 1 },
    });
  });

  it("the installed command does the same from a shell", async () => {
    ensureBuiltCli();
    const input = await villageWorkbook([BUDI, YOHANA]);
    const out = join(dir, "pengajuan.xlsx");
    const child = spawnSync(process.execPath, [join(ROOT, "bin/pekerja-rentan.js"), "ekspor", input, "--keluar", out, "--tahun", "2026"], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);
    expect(child.stdout).toContain("Diekspor: 2 pekerja");
    expect(await sheetNik(out, "Peserta BPU", 3)).toBe(PAPUA_NIK);
  }, 180_000);
});
