import fc from "fast-check";
import { cellText, type RawCell } from "../../../src/domain/cell/raw-cell";
import { CsvParser, detectDelimiter, parseCsv, type CsvDelimiter } from "../../../src/adapters/xlsx/csv-parser";
import { readCsvFile } from "../../../src/adapters/xlsx/read-csv";
import { useTempDir, writeBytes } from "./temp-files";

const temp = useTempDir();
const DELIMITERS: CsvDelimiter[] = [",", ";", "|", "\t"];

/** What a user sees in each cell: text as stored (untrimmed), "" for an empty cell. */
function texts(rows: ReadonlyArray<ReadonlyArray<RawCell>>): string[][] {
  return rows.map((row) => row.map((cell) => (cell.kind === "text" ? cell.text : cell.kind === "empty" ? "" : `?${cell.kind}`)));
}

/** Writes a table the way Excel does: a value is quoted when it holds the delimiter, a quote or a line break. */
function writeCsv(rows: string[][], delimiter: CsvDelimiter, lineBreak: "\n" | "\r\n"): string {
  const needsQuotes = (value: string) => value.includes(delimiter) || /["\r\n]/.test(value);
  const quote = (value: string) => (needsQuotes(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return rows.map((row) => row.map(quote).join(delimiter) + lineBreak).join("");
}

describe("reading a CSV file", () => {
  it("reads a semicolon file saved by Indonesian Excel, with its BOM and CRLF line ends", async () => {
    const file = writeBytes(temp.path("pekerja.csv"), "\uFEFFNIK;Nama;Alamat\r\n0012345678901234;Siti;Jl. Mawar\r\n");
    const { sheets } = await readCsvFile(file);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]!.name).toBe("pekerja");
    expect(texts(sheets[0]!.rows)).toEqual([
      ["NIK", "Nama", "Alamat"],
      ["0012345678901234", "Siti", "Jl. Mawar"],
    ]);
  });

  it("keeps a NIK as text, leading zeros and all sixteen digits, never as a number", () => {
    const { rows } = parseCsv("nomor_nik|nama\n9171014101900001|Yohana\n");
    expect(rows[1]![0]).toEqual({ kind: "text", text: "9171014101900001" });
  });

  it("reads a DTKS extract delimited by '|' and a TSV delimited by tabs", () => {
    expect(parseCsv("IDDTKS|nomor_nik|nama\n1|3201|Siti\n").delimiter).toBe("|");
    expect(parseCsv("NIK\tNama\tAlamat\n3201\tSiti\tJl. A, No. 5\n").rows[1]).toEqual([
      { kind: "text", text: "3201" },
      { kind: "text", text: "Siti" },
      { kind: "text", text: "Jl. A, No. 5" },
    ]);
  });

  it("reads quoted values with doubled quotes, delimiters and line breaks inside", () => {
    const { rows } = parseCsv('NIK,Nama,Alamat\n3201,"Siti ""Ani"" Aminah","Dusun Krajan,\nRT 01"\n');
    expect(texts(rows)[1]).toEqual(["3201", 'Siti "Ani" Aminah', "Dusun Krajan,\nRT 01"]);
  });

  it("reads empty values as empty cells and keeps blank lines as rows, so row numbers match the file", () => {
    const { rows } = parseCsv("NIK,Nama,HP\n3201,,\n\n3202,Budi,\n");
    expect(rows[1]).toEqual([{ kind: "text", text: "3201" }, { kind: "empty" }, { kind: "empty" }]);
    expect(texts(rows)).toEqual([["NIK", "Nama", "HP"], ["3201", "", ""], [""], ["3202", "Budi", ""]]);
  });

  it("reads a file without a final line break, and one ending in a lone CR", () => {
    expect(texts(parseCsv("a,b\n1,2").rows)).toEqual([["a", "b"], ["1", "2"]]);
    expect(texts(parseCsv("a,b\r1,2\r").rows)).toEqual([["a", "b"], ["1", "2"]]);
  });

  it("reads Excel's 'Unicode text' (UTF-16 with tabs)", async () => {
    const text = "\uFEFFNIK\tNama\n3201\tSiti Nurhaliza\n";
    const file = writeBytes(temp.path("unicode.txt"), Buffer.from(text, "utf16le"));
    const { sheets } = await readCsvFile(file);
    expect(texts(sheets[0]!.rows)).toEqual([["NIK", "Nama"], ["3201", "Siti Nurhaliza"]]);
  });

  it("reads a file saved in the Windows code page when it is not valid UTF-8", async () => {
    const file = writeBytes(temp.path("ansi.csv"), Buffer.from([...Buffer.from("Nama;Kota\nJos"), 0xe9, ...Buffer.from(";Ende\n")]));
    const { sheets } = await readCsvFile(file);
    expect(cellText(sheets[0]!.rows[1]![0])).toBe("José");
  });

  it("finds the delimiter below a title line that has none", () => {
    const { rows, delimiter } = parseCsv("DATA DTKS DESA SUKADANA\r\nIDDTKS|NIK|NAMA\r\nD1|3201|SITI\r\n");
    expect(delimiter).toBe("|");
    expect(texts(rows)).toEqual([["DATA DTKS DESA SUKADANA"], ["IDDTKS", "NIK", "NAMA"], ["D1", "3201", "SITI"]]);
  });

  it("uses the delimiter it is given over the one it would detect", () => {
    expect(texts(parseCsv("a;b,c\n", ",").rows)).toEqual([["a;b", "c"]]);
  });

  it("picks the delimiter from the header only, outside quotes", () => {
    expect(detectDelimiter('"Nama, Lengkap";NIK;Alamat')).toBe(";");
    expect(detectDelimiter("NIK")).toBe(",");
  });
});

describe("CSV properties", () => {
  // A value whose later lines hold a delimiter reads as a lost quote swallowing rows, and is refused (tested apart).
  const value = fc
    .string({ unit: fc.constantFrom("a", "Z", "0", " ", "é", '"', ",", ";", "|", "\t", "\n", "\r"), maxLength: 8 })
    .filter((v) => !/[\r\n][^]*[,;|\t]/.test(v));
  const table = fc
    .integer({ min: 1, max: 5 })
    .chain((width) => fc.array(fc.array(value, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }));

  it.each(DELIMITERS.map((d) => [JSON.stringify(d), d] as const))(
    "any table written as CSV with %s parses back identically",
    (_, delimiter) => {
      fc.assert(
        fc.property(table, fc.constantFrom("\n" as const, "\r\n" as const), (rows, lineBreak) => {
          // A one-column row holding "" is written as an empty line: it still parses back as one empty value.
          expect(texts(parseCsv(writeCsv(rows, delimiter, lineBreak), delimiter).rows)).toEqual(rows);
        }),
      );
    },
  );

  it("parsing in pieces cut anywhere gives the same rows as parsing at once", () => {
    fc.assert(
      fc.property(table, fc.constantFrom(...DELIMITERS), fc.array(fc.nat(), { maxLength: 6 }), (rows, delimiter, cuts) => {
        const text = writeCsv(rows, delimiter, "\r\n");
        const positions = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        const parser = new CsvParser(delimiter);
        let from = 0;
        for (const position of [...positions, text.length]) {
          parser.push(text.slice(from, position));
          from = position;
        }
        expect(texts(parser.finish())).toEqual(rows);
      }),
    );
  });

  it("the delimiter is detected from any header of two or more plain names", () => {
    const name = fc.string({ unit: fc.constantFrom("N", "I", "K", "a", "m", " ", "_", "."), minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(fc.array(name, { minLength: 2, maxLength: 8 }), fc.constantFrom(...DELIMITERS), (header, delimiter) => {
        const text = header.join(delimiter) + "\n1\n";
        const { rows, delimiter: detected } = parseCsv(text);
        expect(detected).toBe(delimiter);
        expect(texts(rows)[0]).toEqual(header);
        // Fed in two pieces, the header is held back until its line is complete.
        const parser = new CsvParser();
        parser.push(text.slice(0, 3));
        parser.push(text.slice(3));
        expect(texts(parser.finish())).toEqual(texts(rows));
      }),
    );
  });
});

describe("quotes that would merge workers", () => {
  const { csvBytesToGrid } = jest.requireActual("../../../src/adapters/xlsx/read-csv") as typeof import("../../../src/adapters/xlsx/read-csv");
  const bytes = (text: string) => new TextEncoder().encode(text);

  it("a quote never closed is reported with its row, never read as one worker", () => {
    const text = 'NIK;Nama;Tgl Lahir\n6104011708800003;"Budi Santoso;17-08-1980\n6104015203850002;Siti Aminah;12-03-1985\n';
    expect(() => csvBytesToGrid(bytes(text), "daftar.csv")).toThrow(expect.objectContaining({ reason: "CSV_QUOTE", message: expect.stringContaining("Baris 2: tanda kutip") }));
  });

  it("a quoted value that runs over lines and holds the delimiter is reported", () => {
    const text = 'NIK;Nama\n6104011708800003;"Budi\n6104015203850002;Siti"\n6104010101700001;Slamet\n';
    expect(() => csvBytesToGrid(bytes(text), "daftar.csv")).toThrow(expect.objectContaining({ reason: "CSV_QUOTE", message: expect.stringContaining("Baris 2") }));
  });

  it("a quoted address over two lines without the delimiter is an ordinary value", () => {
    const grid = csvBytesToGrid(bytes('NIK;Alamat\n6104011708800003;"Jl. Mawar 1\nRT 02"\n'), "daftar.csv");
    expect(grid.sheets[0]!.rows[1]![1]).toEqual({ kind: "text", text: "Jl. Mawar 1\nRT 02" });
  });

  it("UTF-16 without a byte-order mark is read as UTF-16", async () => {
    const { readCsvFile } = jest.requireActual("../../../src/adapters/xlsx/read-csv") as typeof import("../../../src/adapters/xlsx/read-csv");
    const { writeFileSync, mkdtempSync } = jest.requireActual("node:fs") as typeof import("node:fs");
    const dir = mkdtempSync(require("node:path").join(require("node:os").tmpdir(), "utf16-"));
    const file = `${dir}/utf16.csv`;
    writeFileSync(file, Buffer.from("NIK\tNama\r\n6104011708800003\tBudi\r\n", "utf16le"));
    const grid = await readCsvFile(file);
    expect(grid.sheets[0]!.rows[0]).toEqual([{ kind: "text", text: "NIK" }, { kind: "text", text: "Nama" }]);
  });
});
