import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import fc from "fast-check";
import { loadDtksExtract } from "../../../src/adapters/node/load-dtks";
import { readCsvFile } from "../../../src/adapters/xlsx/read-csv";
import { buildDtksExtract } from "../../../src/domain/dtks/dtks-extract";
import { readExtractWorkbook } from "../../../src/domain/dtks/read-dtks-extract";
import { useTempDir } from "../xlsx/temp-files";

/*
 * The extract's CSV lines are read from the bytes once the header is known; the CSV parser reading the
 * whole file into a grid is the reference. Both must give the same people, counts and notes for any
 * file, including the lines the byte reader hands back to the parser.
 */
const temp = useTempDir();

const HEADER = ["IDDTKS", "NIK", "NO_KK", "NAMA", "TANGGAL_LAHIR", "JENIS_KELAMIN", "DESIL", "ALAMAT", "CATATAN"];
const NIKS = ["6104010805640001", "6104010805640001", "9471010101010001", "0104010805640002", "6104 0108 0564 0003", "6.10401E+15", "61040108056400", "", "  ", "-"];
const NAMES = ["ABDUL SYAHPUTRA", " SITI  AMINAH ", "SUTARJÉ", "", "  ", "O'NEIL", "NASRUL, HIDAYAT", "\u00a0NUR\u3000", "ÉLI", "\tAMIN\u000b", "\ufeffRINA"];
const DATES = ["1964-05-08", "08-05-1964", "1964-13-40", " 1964-05-08", "1990-02-29", "2000-02-29", "17/08/1980", "", "abc"];
const SEXES = ["L", "P", "Laki-laki", "PEREMPUAN", "x", ""];
const DESILS = ["1", "10", "0", "11", "Desil 3", "", "4.0"];
const PLAIN = ["DUSUN KRAJAN", "", "RT 01 | RW 02", "JL. \"MAWAR\"", "X"];

/** One value as it may be written: bare, in quotes, in quotes with its quotes doubled. */
const written = (values: readonly string[]) =>
  fc.tuple(fc.constantFrom(...values), fc.constantFrom("bare", "quoted", "quoted", "odd")).map(([value, how]) => {
    if (how === "bare") return value;
    if (how === "odd") return `${value}"`;
    return `"${value.replace(/"/g, '""')}"`;
  });

const row = fc.tuple(
  fc.constantFrom("D1", ""),
  written(NIKS),
  written(NIKS),
  written(NAMES),
  written(DATES),
  written(SEXES),
  written(DESILS),
  written(PLAIN),
  fc.constantFrom("", "catatan", '"dua\nbaris"', '"a|b"', "x\ry"),
);

const file = fc.record({
  rows: fc.array(fc.oneof({ weight: 12, arbitrary: row.map((cells) => cells.join("|")) }, { weight: 1, arbitrary: fc.constantFrom("", "|||", "   ") }), { minLength: 18, maxLength: 60 }),
  lineEnd: fc.constantFrom("\n", "\r\n"),
  bom: fc.boolean(),
  finalLineEnd: fc.boolean(),
});

type Outcome = { ok: true; value: unknown } | { ok: false; message: string };

async function outcome(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** What the check sees of an extract: its people with their families, counts, notes and look-ups. */
function seen(extract: ReturnType<typeof buildDtksExtract>) {
  const index = extract.index;
  return {
    persons: index.persons.map((p) => ({ ...p, family: p.family?.row })),
    counts: extract.parts.map((p) => p.counts),
    notes: extract.notes,
    duplicates: index.duplicateNiks,
    byNik: index.persons.map((p) => (p.nik ? index.findByNik(p.nik)?.row : undefined)),
    byKk: index.persons.map((p) => (p.noKk ? index.membersOf(p.noKk).map((m) => m.row) : [])),
  };
}

describe("an extract CSV read from its bytes", () => {
  it("gives what the CSV parser gives, whatever the lines hold", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(file, async ({ rows, lineEnd, bom, finalLineEnd }) => {
        const path = temp.path(`ekstrak-${run++}.csv`);
        const text = [HEADER.join("|"), ...rows].join(lineEnd) + (finalLineEnd ? lineEnd : "");
        writeFileSync(path, (bom ? "\ufeff" : "") + text);
        const fast = await outcome(async () => seen((await loadDtksExtract([path], 2026)).extract));
        const reference = await outcome(async () => {
          const read = readExtractWorkbook(await readCsvFile(path), basename(path), 2026);
          if (read.message) throw new Error(read.message);
          return seen(buildDtksExtract(read.parts));
        });
        if (!fast.ok && !reference.ok) expect(fast.message).toContain(reference.message.replace(/^.*?: /, ""));
        else expect(fast).toEqual(reference);
      }),
      { numRuns: 150, seed: 12 },
    );
  });

  it("reads a family file and its member file as the parser does, joined on No. KK", async () => {
    const keluarga = temp.path("keluarga.csv");
    const anggota = temp.path("anggota.csv");
    const kk = (i: number) => `61040101011${String(i).padStart(5, "0")}`;
    writeFileSync(keluarga, ['"nomor_kartu_keluarga"|"nama"|"desil_nasional"|"pbi_nas"', ...Array.from({ length: 30 }, (_, i) => `"${kk(i)}"|"KEPALA ${i}"|"${(i % 10) + 1}"|"Ya"`)].join("\n"));
    writeFileSync(
      anggota,
      [
        '"nomor_kartu_keluarga"|"nomor_induk_kependudukan"|"nama"|"tanggal_lahir"|"status_bekerja"|"status_dalam_pekerjaan_utama"',
        ...Array.from({ length: 80 }, (_, i) => `"${kk(i % 35)}"|"61040101019${String(i).padStart(5, "0")}"|"ANGGOTA ${i}"|"1990-01-${String((i % 28) + 1).padStart(2, "0")}"|"Ya"|"${i % 3 ? "Berusaha sendiri" : "Buruh/karyawan/pegawai swasta"}"`),
      ].join("\n") + "\n",
    );
    const fast = seen((await loadDtksExtract([keluarga, anggota], 2026)).extract);
    const parts = [
      ...readExtractWorkbook(await readCsvFile(keluarga), "keluarga.csv", 2026, 0).parts,
      ...readExtractWorkbook(await readCsvFile(anggota), "anggota.csv", 2026, 1).parts,
    ];
    expect(fast).toEqual(seen(buildDtksExtract(parts)));
    expect(fast.notes.map((n) => n.code)).toContain("MEMBER_WITHOUT_FAMILY");
  });

  it("names the file row of a quote left open far below the header", async () => {
    const path = temp.path("terbuka.csv");
    const rows = Array.from({ length: 40 }, (_, i) => `6104010101900${String(i).padStart(3, "0")}|NAMA ${i}`);
    rows[33] = '6104010101900033|"NAMA TERBUKA';
    writeFileSync(path, ["NIK|NAMA", ...rows].join("\n"));
    await expect(loadDtksExtract([path], 2026)).rejects.toThrow(/Baris 35: tanda kutip/);
  });
});
