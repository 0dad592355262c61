import { mkdirSync } from "node:fs";
import fc from "fast-check";
import { EMPTY_CELL, type RawCell } from "../../../src/domain/cell/raw-cell";
import { CsvParser, parseCsv, type CsvDelimiter } from "../../../src/adapters/xlsx/csv-parser";
import { readFileHead } from "../../../src/adapters/xlsx/file-bytes";
import { csvBytesToGrid, readCsvFile, streamCsvFile } from "../../../src/adapters/xlsx/read-csv";
import { useTempDir, writeBytes } from "./temp-files";

/*
 * Large extracts are read from disk in pieces (16 MB read, decoded 64 KB at a time) and DTSEN quotes
 * every value: these tests cross the piece boundaries and the quoted fast path on purpose.
 */
const temp = useTempDir();
const DELIMITERS: CsvDelimiter[] = [",", ";", "|", "\t"];
const MB = 1024 * 1024;

function texts(rows: ReadonlyArray<ReadonlyArray<RawCell>>): string[][] {
  return rows.map((row) => row.map((cell) => (cell.kind === "text" ? cell.text : cell.kind === "empty" ? "" : `?${cell.kind}`)));
}

/** Every value in double quotes, as DTSEN v3 files are written. */
function writeQuoted(rows: string[][], delimiter: string): string {
  return rows.map((row) => row.map((value) => `"${value.replace(/"/g, '""')}"`).join(delimiter) + "\n").join("");
}

async function streamed(path: string): Promise<string[][]> {
  const rows: RawCell[][] = [];
  await streamCsvFile(path, (row) => rows.push(row));
  return texts(rows);
}

describe("DTSEN lines: every value quoted", () => {
  it("reads pipe-separated quoted values, empty ones, and a delimiter or a quote inside one", () => {
    const { rows } = parseCsv('"nomor_induk_kependudukan"|"nama"|"alamat"\n"6104010101900001"|""|"JL. A | B"\n"6104010101900002"|"SITI ""ANI"""|"X"\n');
    expect(texts(rows)).toEqual([
      ["nomor_induk_kependudukan", "nama", "alamat"],
      ["6104010101900001", "", "JL. A | B"],
      ["6104010101900002", 'SITI "ANI"', "X"],
    ]);
    expect(rows[1]![1]).toBe(EMPTY_CELL);
  });

  it("reads quoted values next to bare ones, a quoted line break, and text after a closing quote as Excel does", () => {
    expect(texts(parseCsv('"a"|1|"b"\n"x\ny"|2|""\n"c"d|3|e\n', "|").rows)).toEqual([
      ["a", "1", "b"],
      ["x\ny", "2", ""],
      ["cd", "3", "e"],
    ]);
  });

  // A value whose later lines hold a delimiter reads as a lost quote swallowing rows, and is refused (tested apart).
  const value = fc
    .string({ unit: fc.constantFrom("a", "Z", "0", " ", "é", '"', ",", ";", "|", "\t", "\n", "\r"), maxLength: 8 })
    .filter((v) => !/[\r\n][^]*[,;|\t]/.test(v));
  const table = fc
    .integer({ min: 1, max: 5 })
    .chain((width) => fc.array(fc.array(value, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }));

  it("any table with every value quoted parses back identically, whole or in pieces cut anywhere", () => {
    fc.assert(
      fc.property(table, fc.constantFrom(...DELIMITERS), fc.array(fc.nat(), { maxLength: 6 }), (rows, delimiter, cuts) => {
        const text = writeQuoted(rows, delimiter);
        expect(texts(parseCsv(text, delimiter).rows)).toEqual(rows);
        const parser = new CsvParser(delimiter);
        let from = 0;
        for (const position of [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b)) {
          parser.push(text.slice(from, position));
          from = position;
        }
        parser.push(text.slice(from));
        expect(texts(parser.finish())).toEqual(rows);
      }),
    );
  });

  it("after keepOnlyColumns, the other columns of later rows are empty cells and nothing else changes", () => {
    fc.assert(
      fc.property(table, fc.constantFrom(...DELIMITERS), fc.boolean(), fc.array(fc.nat({ max: 5 }), { maxLength: 3 }), (rows, delimiter, quoted, kept) => {
        const text = quoted ? writeQuoted(rows, delimiter) : rows.map((row) => row.map((v) => (/["\r\n]/.test(v) || v.includes(delimiter) ? `"${v.replace(/"/g, '""')}"` : v)).join(delimiter) + "\n").join("");
        const seen: RawCell[][] = [];
        const parser = new CsvParser(delimiter, (row, p) => {
          seen.push(row);
          if (seen.length === 1) p.keepOnlyColumns(kept);
        });
        parser.push(text);
        parser.finish();
        const expected = rows.map((row, r) => (r === 0 ? row : row.map((v, c) => (kept.includes(c) ? v : ""))));
        expect(texts(seen)).toEqual(expected);
      }),
    );
  });

  it("a value repeated from the row above is the same frozen cell, so a family's No. KK is one string", () => {
    const { rows } = parseCsv('"kk"|"nik"\n"6104010101100001"|"6104010101900001"\n"6104010101100001"|"6104010101900002"\n');
    expect(rows[2]![0]).toBe(rows[1]![0]);
    expect(Object.isFrozen(rows[2]![1])).toBe(true);
  });
});

describe("reading a CSV file from disk in pieces", () => {
  /** `count` rows of about 100 bytes, each holding `special` once, so some fall across every piece boundary. */
  function bigCsv(count: number, special: string): string {
    const lines = ['"nik"|"nama"|"alamat"'];
    for (let i = 0; i < count; i++) lines.push(`"${String(6104010101000000 + i)}"|"NAMA ${special} ${i}"|"DUSUN KRAJAN, JL. MERDEKA NO. ${i % 120}, RT 001 RW 002 ${"x".repeat(i % 13)}"`);
    return lines.join("\n") + "\n";
  }

  it("reads a file larger than one 16 MB piece, multi-byte characters across every boundary, as UTF-8", async () => {
    const text = bigCsv(180_000, "JOSÉ ☕ 𝔸");
    const file = writeBytes(temp.path("besar.csv"), Buffer.from(text, "utf8"));
    expect(Buffer.byteLength(text)).toBeGreaterThan(17 * MB);
    const rows = await streamed(file);
    expect(rows).toHaveLength(180_001);
    expect(rows.every((row, i) => i === 0 || (row[1] === `NAMA JOSÉ ☕ 𝔸 ${i - 1}` && row.length === 3))).toBe(true);
    expect(texts((await readCsvFile(file)).sheets[0]!.rows)).toEqual(rows);
  });

  it("reads the whole file as the Windows code page when a byte after the first piece is not UTF-8, delivering no row twice", async () => {
    const text = bigCsv(180_000, "JOSE");
    const bytes = Buffer.from(text, "latin1");
    const at = bytes.lastIndexOf("JOSE") + 3; // the last row, beyond 16 MB
    bytes[at] = 0xc9; // "É" in windows-1252, a lone lead byte in UTF-8
    const file = writeBytes(temp.path("ansi-besar.csv"), bytes);
    const rows = await streamed(file);
    expect(rows).toHaveLength(180_001);
    expect(rows[180_000]![1]).toBe("NAMA JOSÉ 179999");
    expect(rows[1]![1]).toBe("NAMA JOSE 0");
    expect(texts(csvBytesToGrid(bytes, "x").sheets[0]!.rows)[180_000]).toEqual(rows[180_000]);
  });

  it("reads Excel's 'Unicode text' (UTF-16) larger than a piece", async () => {
    const text = "\uFEFF" + bigCsv(90_000, "Ā").replace(/"/g, "").replace(/\|/g, "\t");
    const file = writeBytes(temp.path("unicode-besar.txt"), Buffer.from(text, "utf16le"));
    const rows = await streamed(file);
    expect(rows).toHaveLength(90_001);
    expect(rows[0]).toEqual(["nik", "nama", "alamat"]);
    expect(rows[90_000]![1]).toBe("NAMA Ā 89999");
  });

  it("drops a UTF-8 byte order mark and reads CRLF line ends", async () => {
    const file = writeBytes(temp.path("bom.csv"), "\uFEFF\"NIK\";\"Nama\"\r\n\"3201\";\"Siti\"\r\n");
    expect(await streamed(file)).toEqual([["NIK", "Nama"], ["3201", "Siti"]]);
  });

  it("refuses a missing file, a folder and an empty file with the reader's messages", async () => {
    const folder = temp.path("folder.csv");
    mkdirSync(folder);
    const empty = writeBytes(temp.path("kosong.csv"), "");
    for (const read of [(p: string) => streamed(p), (p: string) => readCsvFile(p), (p: string) => readFileHead(p, 8)]) {
      await expect(read(temp.path("tidak-ada.csv"))).rejects.toMatchObject({ name: "WorkbookReadError", reason: "NOT_FOUND" });
      await expect(read(folder)).rejects.toMatchObject({ reason: "NOT_A_FILE" });
      await expect(read(empty)).rejects.toMatchObject({ reason: "EMPTY", message: expect.stringContaining("kosong (0 bita)") });
    }
  });

  it("reads the first bytes of a file, fewer when it is shorter", async () => {
    const file = writeBytes(temp.path("pendek.csv"), "ab");
    expect([...(await readFileHead(file, 8))]).toEqual([0x61, 0x62]);
  });
});
