import ExcelJS from "exceljs";
import fc from "fast-check";
import { xlsxBytes, type CellInput, type CellStyle } from "../../../../src/adapters/xlsx/writer";

/**
 * The oracle: random sheets written with our writer and read back by exceljs (which the project used to
 * write every output with) give the same values, types, number formats, fonts, fills and merges.
 * A fixed seed and a small count keep CI quick and repeatable; more runs: FUZZ_RUNS=2000 FUZZ_SEED=7.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

const DATE_FORMATS = [undefined, "dd/mm/yyyy", "d mmmm yyyy", "yyyy-mm-dd hh:mm"] as const;
const NUMBER_FORMATS = [undefined, "0", "#,##0", "0.00%", '"Rp"#,##0', "#,##0.00;[Red]-#,##0.00"] as const;
const TEXT_FORMATS = [undefined, "@"] as const;

const look = fc.record({ bold: fc.boolean(), italic: fc.boolean(), wrap: fc.boolean(), fill: fc.option(fc.constantFrom("#FFF2CC", "#DDEBF7", "#C00000"), { nil: undefined }) });

/** Text as it comes from a village's CSV: any unicode, XML specials, forbidden control characters, lone surrogates, "_x0041_". */
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: fc.constantFrom("a", " ", "\n", "\r", "\t", "&", "<", ">", '"', "'", "_x0041_", "\u0001", "\u000B", "\uFFFE", "\uD800", "é", "😀", "ꦗ"), maxLength: 12 }),
  fc.stringMatching(/^0[0-9]{15}$/),
  fc.stringMatching(/^9[1-6][0-9]{14}$/),
);
const nik = fc.stringMatching(/^[0-9]{16}$/);
// Whole seconds between 1900-03-01 (after Excel's fictitious 29 February) and 9999.
const date = fc.integer({ min: Date.UTC(1900, 2, 1) / 1000, max: Date.UTC(9999, 11, 31) / 1000 }).map((s) => new Date(s * 1000));
const number = fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.double({ noNaN: true, noDefaultInfinity: true }));

interface Cell {
  readonly value: CellInput;
  readonly style: CellStyle;
}

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.record({ value: fc.oneof(anyText, nik), format: fc.constantFrom(...TEXT_FORMATS), look }).map(({ value, format, look }) => ({ value, style: { ...look, numFmt: format } })),
  fc.record({ value: number, format: fc.constantFrom(...NUMBER_FORMATS), look }).map(({ value, format, look }) => ({ value, style: { ...look, numFmt: format } })),
  fc.record({ value: date, format: fc.constantFrom(...DATE_FORMATS), look }).map(({ value, format, look }) => ({ value, style: { ...look, numFmt: format } })),
  fc.boolean().map((value) => ({ value, style: {} })),
  fc.record({ column: fc.constantFrom("A", "B", "C"), result: fc.oneof(fc.integer(), fc.constantFrom("teks", "a<b")) }).map(({ column, result }) => ({ value: { formula: `=${column}1&"x"`, result }, style: {} })),
  fc.constant({ value: null, style: {} }),
);

const sheetName = fc.stringMatching(/^[A-Za-z0-9 &<>.,()'-]{0,20}[A-Za-z0-9]$/).filter((n) => !n.startsWith("'"));

const sheet = fc.record({
  name: sheetName,
  rows: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }),
  merges: fc.array(fc.record({ top: fc.integer({ min: 1, max: 8 }), left: fc.integer({ min: 1, max: 6 }), height: fc.integer({ min: 1, max: 3 }), width: fc.integer({ min: 1, max: 3 }) }), { maxLength: 3 }),
});
const workbook = fc.uniqueArray(sheet, { minLength: 1, maxLength: 3, selector: (s) => s.name.toLowerCase() });

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The merges kept: the non-overlapping, more than one cell, in order. */
function disjoint(merges: ReadonlyArray<{ top: number; left: number; height: number; width: number }>): Rect[] {
  const kept: Rect[] = [];
  for (const m of merges) {
    const r = { top: m.top, left: m.left, bottom: m.top + m.height - 1, right: m.left + m.width - 1 };
    if (r.top === r.bottom && r.left === r.right) continue;
    if (kept.some((k) => r.top <= k.bottom && k.top <= r.bottom && r.left <= k.right && k.left <= r.right)) continue;
    kept.push(r);
  }
  return kept;
}

const letter = (column: number) => String.fromCharCode(64 + column);

/** What exceljs should return for a cell we wrote, worked out from the input alone. */
function expectedValue(c: Cell): unknown {
  const v = c.value;
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") return Object.is(v, -0) ? 0 : v;
  // Every date format of the palette is a date format: exceljs gives the Date back.
  if (v instanceof Date) return v;
  if (typeof v === "object") return { formula: v.formula.slice(1), result: v.result };
  return v;
}

function expectedFormat(c: Cell): string | undefined {
  if (c.value instanceof Date) return c.style.numFmt ?? "dd/mm/yyyy";
  return c.style.numFmt;
}

describe("our writer's output read back by exceljs, the oracle", () => {
  it("random sheets of text, 16-digit NIKs, numbers, dates, booleans, formulas, styles and merges come back as written", async () => {
    await fc.assert(
      fc.asyncProperty(workbook, fc.constantFrom<"shared" | "inline">("shared", "shared", "inline"), async (sheets, strings) => {
        const bytes = xlsxBytes(
          (book) => {
            for (const s of sheets) {
              const out = book.addSheet(s.name);
              for (const row of s.rows) out.addRow(row.map((c) => c.value), row.map((c) => book.style(c.style)));
              for (const m of disjoint(s.merges)) out.merge(`${letter(m.left)}${m.top}:${letter(m.right)}${m.bottom}`);
            }
          },
          { strings },
        );
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(bytes as unknown as ArrayBuffer);
        expect(book.worksheets.map((w) => w.name)).toEqual(sheets.map((s) => s.name));
        sheets.forEach((s, i) => {
          const read = book.worksheets[i]!;
          const merges = disjoint(s.merges);
          const masterOf = (r: number, c: number) => merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
          s.rows.forEach((row, r) =>
            row.forEach((c, col) => {
              const got = read.getCell(r + 1, col + 1);
              const merge = masterOf(r + 1, col + 1);
              if (merge && (merge.top !== r + 1 || merge.left !== col + 1)) {
                expect(got.master.address).toBe(`${letter(merge.left)}${merge.top}`);
                return;
              }
              // exceljs decodes _xHHHH_ only in shared strings, as Excel does in both: inline text is compared escaped-free only.
              // eslint-disable-next-line no-control-regex -- the characters XML forbids are the point
              if (strings === "inline" && typeof c.value === "string" && /_x[0-9A-Fa-f]{4}_|[\u0000-\u0008\u000B-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/.test(c.value)) return;
              const where = `${s.name}!${letter(col + 1)}${r + 1}`;
              expect([where, got.value]).toEqual([where, expectedValue(c)]);
              if (typeof c.value === "string" && c.value !== "") expect([where, got.type]).toEqual([where, ExcelJS.ValueType.String]);
              expect([where, got.numFmt]).toEqual([where, expectedFormat(c)]);
              expect([where, Boolean(got.font?.bold), Boolean(got.font?.italic), Boolean(got.alignment?.wrapText)]).toEqual([where, Boolean(c.style.bold), Boolean(c.style.italic), Boolean(c.style.wrap)]);
              const fill = got.fill?.type === "pattern" && got.fill.pattern === "solid" ? got.fill.fgColor?.argb : undefined;
              expect([where, fill]).toEqual([where, c.style.fill ? `FF${c.style.fill.slice(1)}` : undefined]);
            }),
          );
          expect(Object.keys((read as unknown as { _merges: object })._merges).length).toBe(merges.length);
        });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
