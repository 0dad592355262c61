import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import fc from "fast-check";
import { loadDtksExtract } from "../../../src/adapters/node/load-dtks";
import { readCsvFile } from "../../../src/adapters/xlsx/read-csv";
import { buildDtksExtract } from "../../../src/domain/dtks/dtks-extract";
import { readExtractCsv } from "../../../src/adapters/node/read-extract-csv";
import { DtksExtractReader, readExtractWorkbook } from "../../../src/domain/dtks/read-dtks-extract";
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

  it("reads a family file as the parser does, whatever its lines hold", async () => {
    const KKS = ["6104011209207583", "6104011209207583", "0104011209207584", "6104 0112 0920 7585", "6.10401E+15", "610401120920", "", "-"];
    const FLAGS = ["Ya", "Tidak", "ya", "1", "0", "", "mungkin"];
    const CODES = ["6104012014", "61.04.01.2014", "", "61040120"];
    const familyRow = fc.tuple(written(KKS), written(NAMES), written(DESILS), written(FLAGS), written(FLAGS), written(CODES), written(PLAIN), fc.constantFrom("", "x", '"a|b"', "x\ry"));
    const familyFile = fc.record({
      rows: fc.array(fc.oneof({ weight: 12, arbitrary: familyRow.map((cells) => cells.join("|")) }, { weight: 1, arbitrary: fc.constantFrom("", "|||", "   ") }), { minLength: 18, maxLength: 60 }),
      lineEnd: fc.constantFrom("\n", "\r\n"),
    });
    const header = ["nomor_kartu_keluarga", "nama_anggota_keluarga", "desil_nasional", "pbi_nas", "pbi_pemda", "kode_kelurahan_desa", "alamat", "catatan"];
    let run = 0;
    await fc.assert(
      fc.asyncProperty(familyFile, async ({ rows, lineEnd }) => {
        const path = temp.path(`keluarga-${run++}.csv`);
        writeFileSync(path, [header.join("|"), ...rows].join(lineEnd));
        const fast = await outcome(async () => {
          const load = await loadDtksExtract([path], 2026);
          return { families: load.extract.parts[0]!.families, counts: load.extract.parts[0]!.counts, notes: load.extract.notes };
        });
        const reference = await outcome(async () => {
          const read = readExtractWorkbook(await readCsvFile(path), basename(path), 2026);
          if (read.message) throw new Error(read.message);
          const extract = buildDtksExtract(read.parts);
          return { families: extract.parts[0]!.families, counts: extract.parts[0]!.counts, notes: extract.notes };
        });
        if (!fast.ok && !reference.ok) expect(fast.message).toContain(reference.message.replace(/^.*?: /, ""));
        // As JSON too: the same fields in the same order, as the CLI's output writes them.
        else {
          expect(fast).toEqual(reference);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(reference));
        }
      }),
      { numRuns: 120, seed: 7 },
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

  // The bytes are checked to be UTF-8 piece by piece as they are read: a file that is not, found only
  // after its first pieces were read, is read again from its start by the parser. Read here in pieces
  // of 4 KiB (16 MiB otherwise), so that a small file has many.
  const PIECE = 4096;
  const manyRows = (count: number) => Array.from({ length: count }, (_, i) => `DTKS${i}|61040108056${String(i).padStart(5, "0")}|6104011209${String(i % 99_999).padStart(6, "0")}|NAMA ORANG KE ${i}|1964-05-08|L|${(i % 10) + 1}`);

  async function readBothWays(path: string) {
    const inPieces = await outcome(async () => {
      const reader = await readExtractCsv(path, () => new DtksExtractReader(basename(path), "x", 2026), PIECE);
      const read = reader.finish();
      if (!read.ok) throw new Error(read.message);
      return seen(buildDtksExtract([read.part]));
    });
    const reference = await outcome(async () => {
      const read = readExtractWorkbook(await readCsvFile(path), basename(path), 2026);
      if (read.message) throw new Error(read.message);
      return seen(buildDtksExtract(read.parts));
    });
    return { inPieces, reference };
  }

  it("reads a file that is not UTF-8 past its first pieces as the parser does", async () => {
    const path = temp.path("latin1-jauh.csv");
    const rows = manyRows(600);
    rows.push("DTKS-X|6104010805699999|6104011209299999|SUTARJ\u00c9|1964-05-08|P|3");
    const text = [HEADER.slice(0, 7).join("|"), ...rows].join("\n") + "\n";
    writeFileSync(path, Buffer.from(text, "latin1"));
    expect(text.length).toBeGreaterThan(10 * PIECE);
    const { inPieces, reference } = await readBothWays(path);
    expect(inPieces.ok).toBe(true);
    expect(inPieces).toEqual(reference);
    expect(inPieces.ok && (inPieces.value as ReturnType<typeof seen>).persons.at(-1)?.nama).toBe("SUTARJ\u00c9");
  });

  it("reads a UTF-8 file in many pieces as the parser does", async () => {
    const path = temp.path("utf8-potongan.csv");
    const rows = manyRows(600);
    rows[300] = 'DTKS300|6104010805600300|6104011209000300|"SUTARJÉ ""ADI"""|1964-05-08|L|1';
    writeFileSync(path, [HEADER.slice(0, 7).join("|"), ...rows].join("\r\n"));
    const { inPieces, reference } = await readBothWays(path);
    expect(inPieces.ok).toBe(true);
    expect(inPieces).toEqual(reference);
  });

  it("reads a file with a quote error and bytes not UTF-8 past its first pieces as the parser does", async () => {
    const path = temp.path("latin1-kutip.csv");
    const rows = manyRows(600);
    // A quoted value over two lines holding the delimiter: an error where it closes, long before the end.
    rows[40] = 'DTKS40|6104010805600040|6104011209000040|"NAMA TERBUKA|1964-05-08|L|1';
    rows[41] = 'DTKS41|6104010805600041|6104011209000041|TUTUP"|1964-05-08|L|1';
    rows.push("DTKS-X|6104010805699999|6104011209299999|SUTARJ\u00c9|1964-05-08|P|3");
    writeFileSync(path, Buffer.from([HEADER.slice(0, 7).join("|"), ...rows].join("\n"), "latin1"));
    const { inPieces, reference } = await readBothWays(path);
    expect(reference.ok).toBe(false);
    expect(inPieces.ok).toBe(false);
    if (!inPieces.ok && !reference.ok) expect(inPieces.message).toContain(reference.message.replace(/^.*?: /, ""));
  });

  it("reports a quote error of a UTF-8 file once its last bytes are read", async () => {
    const path = temp.path("utf8-kutip.csv");
    const rows = manyRows(600);
    rows[40] = 'DTKS40|6104010805600040|6104011209000040|"NAMA TERBUKA|1964-05-08|L|1';
    rows[41] = 'DTKS41|6104010805600041|6104011209000041|TUTUP"|1964-05-08|L|1';
    writeFileSync(path, [HEADER.slice(0, 7).join("|"), ...rows].join("\n"));
    await expect(readExtractCsv(path, () => new DtksExtractReader("x", "x", 2026), PIECE)).rejects.toThrow(/Baris 42: satu nilai bertanda kutip/);
  });

  it("names the file row of a quote left open far below the header", async () => {
    const path = temp.path("terbuka.csv");
    const rows = Array.from({ length: 40 }, (_, i) => `6104010101900${String(i).padStart(3, "0")}|NAMA ${i}`);
    rows[33] = '6104010101900033|"NAMA TERBUKA';
    writeFileSync(path, ["NIK|NAMA", ...rows].join("\n"));
    await expect(loadDtksExtract([path], 2026)).rejects.toThrow(/Baris 35: tanda kutip/);
  });
});
