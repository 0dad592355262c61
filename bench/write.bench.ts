/**
 * npm run bench -- tulis: writing a 100,000-row submission-shaped sheet (13 columns: NIK, No. KK, RT, RW
 * and phone as "@" text, a date of birth, a rupiah amount), exceljs's streaming writer (what ekspor and
 * the rekap used before ours) against ours, each in a fresh process so its peak memory is its own. The rows are
 * made one at a time while writing, so memory is the writer's. The floor: the same sheet XML built as
 * strings and deflated by node:zlib, with no zip, no styles and no shared strings.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { createDeflateRaw } from "node:zlib";
import ExcelJS from "exceljs";
import { xlsxBytes, type XlsxWriter } from "../src/adapters/xlsx/writer";
import { writeXlsxFile } from "../src/adapters/xlsx/writer/write-xlsx-file";
import { makePerson, seededRandom, type Person } from "../scripts/lib/synthetic";
import { BENCH_DIR } from "./generate";
import { peakMemoryMb } from "./measure";

const ROWS = 100_000;
const RUNS = 3;
const HEADERS = ["No", "NIK", "No. KK", "Nama Lengkap", "Tempat Lahir", "Tgl. Lahir", "L/P", "Pekerjaan", "Dusun", "RT", "RW", "No. HP", "Iuran (Rp)"];
const TEXT_COLUMNS = new Set([2, 3, 10, 11, 12]);

const WRITERS = {
  "exceljs-stream": "exceljs WorkbookWriter, sharedStrings (ekspor before)",
  ours: "ours, shared strings, deflate 6",
  "ours-inline": "ours, inline strings, deflate 6",
  "ours-level1": "ours, shared strings, deflate 1",
  "ours-memory": "ours in memory, fflate deflate 6 (the pane's path)",
  floor: "floor: sheet XML + node:zlib deflate 6, no zip",
} as const;
type WriterName = keyof typeof WRITERS;

interface Run {
  readonly wall: number;
  readonly inProcess: number;
  /** User + system CPU of the write in the child: steadier than the wall clock on a shared machine. */
  readonly cpu: number;
  readonly maxRssMb: number;
  readonly bytes: number;
}

export async function benchWrite(report: (line: string) => void): Promise<void> {
  report(`tulis — ${ROWS.toLocaleString("id-ID")} baris lembar pengajuan (13 kolom), ${RUNS} proses per penulis, min / median`);
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  for (const name of Object.keys(WRITERS) as WriterName[]) {
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(runChild(name, path.join(BENCH_DIR, `tulis-${name}.xlsx`)));
    const wall = spread(runs.map((r) => r.wall));
    const inProcess = spread(runs.map((r) => r.inProcess));
    const cpu = spread(runs.map((r) => r.cpu));
    const rss = spread(runs.map((r) => r.maxRssMb));
    report(
      `  ${WRITERS[name].padEnd(52, ".")} wall ${wall[0].toFixed(2)} / ${wall[1].toFixed(2)} s, in-process ${inProcess[0].toFixed(2)} / ${inProcess[1].toFixed(2)} s, CPU ${cpu[0].toFixed(2)} / ${cpu[1].toFixed(2)} s, peak ${Math.round(rss[0])} / ${Math.round(rss[1])} MB, ${(runs[0]!.bytes / 1e6).toFixed(1)} MB`,
    );
    fs.rmSync(path.join(BENCH_DIR, `tulis-${name}.xlsx`), { force: true });
  }
}

function spread(values: number[]): [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  return [sorted[0]!, sorted[Math.floor(sorted.length / 2)]!];
}

/** One write in a fresh node process running this very file (see the end). */
function runChild(name: WriterName, file: string): Run {
  const start = process.hrtime.bigint();
  const out = spawnSync(process.execPath, [__filename, "--tulis-anak", name, String(ROWS), file], { encoding: "utf8", maxBuffer: 1 << 24 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const line = out.stdout.split("\n").find((l) => l.startsWith("BENCH "));
  if (!line) throw new Error(`tulis ${name} gagal: ${out.stderr.slice(-2000)}`);
  return { wall, ...(JSON.parse(line.slice(6)) as Omit<Run, "wall">) };
}

function* rows(count: number): Generator<{ readonly person: Person; readonly values: Array<string | number | Date> }> {
  const random = seededRandom(count);
  for (let i = 0; i < count; i++) {
    const p = makePerson(random, "61.04.01", i);
    const born = new Date(Date.UTC(p.tanggalLahir.year, p.tanggalLahir.month - 1, p.tanggalLahir.day));
    yield { person: p, values: [i + 1, p.nik, p.noKk, p.nama, p.tempatLahir, born, p.jenisKelamin, p.pekerjaan, p.dusun, p.rt, p.rw, p.noHp, 16_800 * 12] };
  }
}

async function writeExceljs(count: number, file: string): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  const sheet = book.addWorksheet("Peserta BPU", { views: [{ state: "frozen", ySplit: 1 }] });
  const text = Object.freeze({ numFmt: "@" });
  const date = Object.freeze({ numFmt: "dd/mm/yyyy" });
  const rupiah = Object.freeze({ numFmt: "#,##0" });
  const plain = Object.freeze({});
  const styles = HEADERS.map((_h, i) => (TEXT_COLUMNS.has(i + 1) ? text : i === 5 ? date : i === 12 ? rupiah : plain));
  sheet.columns = HEADERS.map((_h, i) => ({ width: 14, style: styles[i] }));
  const header = sheet.addRow(HEADERS);
  header.font = { bold: true };
  header.commit();
  for (const { values } of rows(count)) {
    const row = sheet.addRow(values);
    for (let c = 0; c < values.length; c++) row.getCell(c + 1).style = styles[c]!;
    row.commit();
  }
  sheet.commit();
  await book.commit();
}

function submissionSheet(book: XlsxWriter, count: number): void {
  const text = book.style({ numFmt: "@" });
  const date = book.style({ numFmt: "dd/mm/yyyy" });
  const rupiah = book.style({ numFmt: "#,##0" });
  const sheet = book.addSheet("Peserta BPU", {
    columns: HEADERS.map((_h, i) => ({ width: 14, style: TEXT_COLUMNS.has(i + 1) ? text : i === 5 ? date : i === 12 ? rupiah : undefined })),
    frozen: { rows: 1 },
  });
  sheet.addRow(HEADERS, book.style({ bold: true, numFmt: "@" }));
  for (const { values } of rows(count)) sheet.addRow(values);
}

async function writeOurs(count: number, file: string, options: { strings?: "inline"; level?: 1 }): Promise<void> {
  await writeXlsxFile(file, (book) => submissionSheet(book, count), { ...options, overwrite: true });
}

/** The floor: the same cells as inline-string sheet XML, deflated in 64 KB pieces; a few dozen lines on purpose. */
async function writeFloor(count: number, file: string): Promise<void> {
  const out = fs.createWriteStream(file);
  const deflate = createDeflateRaw({ level: 6 });
  deflate.pipe(out);
  const esc = (s: string) => (/[&<>]/.test(s) ? s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : s);
  let xml = "<worksheet><sheetData>";
  let r = 0;
  for (const { values } of rows(count)) {
    r++;
    xml += `<row r="${r}">`;
    for (const v of values) {
      if (typeof v === "number") xml += `<c><v>${v}</v></c>`;
      else if (v instanceof Date) xml += `<c s="1"><v>${v.getTime() / 86_400_000 + 25_569}</v></c>`;
      else xml += `<c t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
    }
    xml += "</row>";
    if (xml.length > 1 << 16) {
      if (!deflate.write(xml)) await new Promise((resolve) => deflate.once("drain", resolve));
      xml = "";
    }
  }
  deflate.end(xml + "</sheetData></worksheet>");
  await new Promise<void>((resolve) => out.once("close", () => resolve()));
}

async function child(name: WriterName, count: number, file: string): Promise<void> {
  const start = process.hrtime.bigint();
  const before = process.cpuUsage();
  if (name === "exceljs-stream") await writeExceljs(count, file);
  else if (name === "ours") await writeOurs(count, file, {});
  else if (name === "ours-inline") await writeOurs(count, file, { strings: "inline" });
  else if (name === "ours-level1") await writeOurs(count, file, { level: 1 });
  else if (name === "ours-memory") fs.writeFileSync(file, xlsxBytes((book) => submissionSheet(book, count)));
  else await writeFloor(count, file);
  const inProcess = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(before);
  const cpu = (used.user + used.system) / 1e6;
  process.stdout.write(`BENCH ${JSON.stringify({ inProcess, cpu, maxRssMb: peakMemoryMb(), bytes: fs.statSync(file).size })}\n`);
}

if (require.main === module && process.argv[2] === "--tulis-anak") {
  child(process.argv[3] as WriterName, Number(process.argv[4]), process.argv[5]!).catch((error: unknown) => {
    process.stderr.write(String(error instanceof Error ? error.stack : error));
    process.exitCode = 1;
  });
}
