import fc from "fast-check";
import type { RawCell } from "../../../src/domain/cell/raw-cell";
import type { SheetGrid } from "../../../src/domain/cell/sheet-grid";
import { checkWorkers } from "../../../src/domain/check/check-workers";
import type { FieldName } from "../../../src/domain/fields";
import {
  applyFixesToGrid,
  createFixBatch,
  parseFixBatch,
  proposeFixes,
  serialiseFixBatch,
  undoFixBatchOnGrid,
} from "../../../src/domain/fix";
import { defaultSettings } from "../../../src/domain/rules/rule-parameters";
import { locateWorkerTable } from "../../../src/domain/table/locate-worker-table";

/*
 * Worker sheets shaped like the ones villages send (domain-bpjs.md, office-realism.md): NIKs typed with
 * the KTP's spacing, dots or dashes, an apostrophe, or as numbers Excel rounded; phones that lost their 0
 * or start +62; sex and dates in several habits at once; names with stray spaces.
 */
const settings = defaultSettings(2026);
const HEADERS = ["NIK", "No. KK", "Nama", "Jenis Kelamin", "Tanggal Lahir", "No HP"];
const FIELDS: FieldName[] = ["nik", "no_kk", "nama", "jenis_kelamin", "tanggal_lahir", "no_hp"];
const text = (t: string): RawCell => ({ kind: "text", text: t });
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

const sixteenDigits = fc
  .record({
    region: fc.constantFrom("320101", "610401", "610102", "330203", "917101"),
    day: fc.integer({ min: 1, max: 28 }),
    female: fc.boolean(),
    month: fc.integer({ min: 1, max: 12 }),
    yy: fc.integer({ min: 50, max: 99 }),
    serial: fc.integer({ min: 1, max: 9999 }),
  })
  .map((p) => `${p.region}${pad(p.female ? p.day + 40 : p.day)}${pad(p.month)}${pad(p.yy)}${pad(p.serial, 4)}`);

const idCell = fc.oneof(
  sixteenDigits.map(text),
  sixteenDigits.map((d) => text(`${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8, 12)} ${d.slice(12)}`)),
  sixteenDigits.map((d) => text(`${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}.${d.slice(6, 12)}.${d.slice(12)}`)),
  sixteenDigits.map((d) => text(`${d.slice(0, 6)}-${d.slice(6, 12)}-${d.slice(12)}`)),
  sixteenDigits.map((d) => text(`'${d}`)),
  sixteenDigits.map((d) => text(` ${d} `)),
  // Excel's damage: a number with 15 significant digits, its scientific display pasted as text, a digit short.
  sixteenDigits.map((d): RawCell => ({ kind: "number", value: Number(d.slice(0, 15) + "0") })),
  sixteenDigits.map((d) => text(`${d[0]},${d.slice(1, 6)}E+15`)),
  sixteenDigits.map((d) => text(d.slice(0, 15))),
  fc.constant<RawCell>({ kind: "empty" }),
);

const nameCell = fc
  .tuple(fc.constantFrom("Siti Aminah", "Budi Santoso", "Ni Luh Putu Ayu", "Muhammad Rizki", "Yohanes"), fc.constantFrom("", " ", "  ", "\n"), fc.constantFrom("", " ", "\t"))
  .map(([name, before, after]) => text(before + name.replace(" ", before === "\n" ? "  " : " ") + after));

const sexCell = fc.constantFrom("L", "P", "LK", "PR", "Laki-laki", "Perempuan", "LAKI-LAKI", "PEREMPUAN", "Pria", "Wanita", " L", "P ", "M", "X", "").map(text);

const birthDate = fc.record({ year: fc.integer({ min: 1950, max: 2005 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });
const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const dateCell = fc.oneof(
  birthDate.map((d): RawCell => ({ kind: "date", ...d })),
  birthDate.map((d) => text(`${pad(d.day)}-${pad(d.month)}-${d.year}`)),
  birthDate.map((d) => text(`${d.day}/${d.month}/${d.year}`)),
  birthDate.map((d) => text(`${d.year}-${pad(d.month)}-${pad(d.day)}`)),
  birthDate.map((d) => text(`${d.day} ${MONTHS[d.month - 1]} ${d.year}`)),
  birthDate.map((d) => text(`${pad(d.day)}/${pad(d.month)}/${String(d.year).slice(2)}`)),
  birthDate.map((d) => text(`Sambas, ${pad(d.day)}-${pad(d.month)}-${d.year}`)),
  birthDate.map((d): RawCell => ({ kind: "number", value: Number(`${pad(d.day)}${pad(d.month)}${d.year}`) })),
  fc.constantFrom(text("31-02-1990"), text("tidak tahu"), { kind: "empty" } as RawCell),
);

const subscriber = fc.integer({ min: 10_000_000, max: 9_999_999_999 }).map((n) => `8${n}`);
const phoneCell = fc.oneof(
  subscriber.map((s) => text(`0${s}`)),
  subscriber.map((s) => text(`0${s.slice(0, 3)}-${s.slice(3, 7)}-${s.slice(7)}`)),
  subscriber.map((s): RawCell => ({ kind: "number", value: Number(s) })),
  subscriber.map((s) => text(`+62${s}`)),
  subscriber.map((s) => text(`62 ${s}`)),
  fc.constantFrom(text("12345"), { kind: "error", code: "#N/A" } as RawCell, { kind: "empty" } as RawCell),
);

const workerSheet = fc.array(fc.tuple(idCell, idCell, nameCell, sexCell, dateCell, phoneCell), { minLength: 1, maxLength: 25 }).map(
  (rows): SheetGrid => ({ name: "Data Pekerja", firstRow: 1, firstColumn: 1, rows: [HEADERS.map(text), ...rows] }),
);

function proposalsFor(grid: SheetGrid) {
  const located = locateWorkerTable({ sheets: [grid] });
  if (!located.ok) throw new Error(located.message);
  const check = checkWorkers(located.table, { settings });
  return { table: located.table, check, fixes: proposeFixes(located.table, check.findings, { referenceYear: settings.tahun }) };
}

const cellAt = (grid: SheetGrid, row: number, column: number) => grid.rows[row - grid.firstRow]![column - grid.firstColumn]!;
const RUNS = { numRuns: 200, seed: 20261201 };

describe("automatic fixes, on any worker sheet", () => {
  test("a fix only touches a cell that has a finding or breaks the column's own habit, and never changes what a clean cell says", () => {
    fc.assert(
      fc.property(workerSheet, (grid) => {
        const before = proposalsFor(grid);
        const after = proposalsFor(applyFixesToGrid(grid, before.fixes)).check;
        for (const fix of before.fixes) {
          const at = (r: typeof before.check) => r.workers.find((w) => w.row === fix.sheetRow)!;
          const had = at(before.check).findings.filter((f) => f.field === fix.field).map((f) => f.code);
          const has = at(after).findings.filter((f) => f.field === fix.field).map((f) => f.code);
          // Never a new problem on the cell.
          expect(has.filter((c) => !had.includes(c))).toEqual([]);
          if (had.length === 0) {
            // A clean cell is only rewritten in the column's habit: what the check reads stays the same.
            const read = (w: ReturnType<typeof at>) => ({ nik: w.nik, kk: w.kk, nama: w.nama, sex: w.jenisKelamin, date: w.tanggalLahir, hp: w.noHp });
            expect(read(at(after))[keyOf(fix.field)]).toEqual(read(at(before.check))[keyOf(fix.field)]);
          }
        }
      }),
      RUNS,
    );
  });

  test("a NIK or No. KK whose digits Excel lost is never given a fix", () => {
    fc.assert(
      fc.property(workerSheet, (grid) => {
        const { check, fixes } = proposalsFor(grid);
        const retype = new Set(check.findings.filter((f) => ["NIK_PRECISION_LOST", "KK_PRECISION_LOST", "NIK_FORMAT", "KK_FORMAT"].includes(f.code)).map((f) => `${f.row}:${f.field}`));
        expect(fixes.filter((f) => retype.has(`${f.sheetRow}:${f.field}`))).toEqual([]);
      }),
      RUNS,
    );
  });

  test("every NIK fix gives 16 digits as text, the same digits the cell had", () => {
    fc.assert(
      fc.property(workerSheet, (grid) => {
        for (const fix of proposalsFor(grid).fixes.filter((f) => f.field === "nik" || f.field === "no_kk")) {
          expect(fix.asText).toBe(true);
          expect(fix.newValue).toEqual({ kind: "text", text: expect.stringMatching(/^\d{16}$/) });
          expect(fix.oldValue.kind).toBe("text");
          expect(fix.newValue.kind === "text" && fix.newValue.text).toBe((fix.oldValue as { text: string }).text.replace(/\D/g, ""));
        }
      }),
      RUNS,
    );
  });

  test("applying the fixes and then undoing the stored batch gives back exactly the old sheet", () => {
    fc.assert(
      fc.property(workerSheet, (grid) => {
        const { fixes } = proposalsFor(grid);
        const fixed = applyFixesToGrid(grid, fixes);
        const stored = serialiseFixBatch(createFixBatch(grid.name, fixes, { id: "perbaikan-1", createdAt: "2026-12-01T22:00:00.000Z" }));
        const batch = parseFixBatch(stored);
        expect(batch).toBeDefined();
        expect(undoFixBatchOnGrid(fixed, batch!)).toEqual(grid);
        for (const fix of fixes) expect(cellAt(fixed, fix.sheetRow, fix.column)).toEqual(fix.newValue);
      }),
      RUNS,
    );
  });

  test("fixing is idempotent: after the fixes are applied there is nothing left to fix", () => {
    fc.assert(
      fc.property(workerSheet, (grid) => {
        const once = applyFixesToGrid(grid, proposalsFor(grid).fixes);
        expect(proposalsFor(once).fixes).toEqual([]);
      }),
      RUNS,
    );
  });
});

function keyOf(field: FieldName): "nik" | "kk" | "nama" | "sex" | "date" | "hp" {
  const keys: Partial<Record<FieldName, "nik" | "kk" | "nama" | "sex" | "date" | "hp">> = {
    nik: "nik", no_kk: "kk", nama: "nama", jenis_kelamin: "sex", tanggal_lahir: "date", no_hp: "hp",
  };
  return keys[field]!;
}

test("the generated sheets map every field (the properties above are about all of them)", () => {
  const grid: SheetGrid = { name: "Data Pekerja", firstRow: 1, firstColumn: 1, rows: [HEADERS.map(text), HEADERS.map(() => text("x"))] };
  const located = locateWorkerTable({ sheets: [grid] });
  expect(located.ok && FIELDS.every((f) => located.table.mapping[f] !== undefined)).toBe(true);
});
