import { dtksIndexFor, forgetDtksIndexes } from "../../src/functions/dtks-index";
import * as f from "../../src/functions/formulas";

// =DESA.CEK_DTKS over real sources: a table with or without its header row, a whole column of a
// million rows, several extracts in one workbook, and an extract edited after the first lookup.

const SITI = "6104015708800003";
const BUDI = "6104011708800003";

function extract(rows: number): unknown[][] {
  const out: unknown[][] = [["NIK", "NAMA", "DESIL"]];
  for (let i = 0; i < rows; i++) out.push([`61040157088${String(i).padStart(5, "0")}`, `Warga ${i}`, 1 + (i % 10)]);
  return out;
}

beforeEach(() => forgetDtksIndexes());

describe("DESA.CEK_DTKS sources", () => {
  it("finds a NIK in a 100,000-row extract, with its desil", () => {
    const range = extract(100_000);
    expect(f.cekDtks("6104015708899999", range as never)).toBe("YA (desil 10)");
    expect(f.cekDtks("6104015708812345", range as never)).toBe("YA (desil 6)");
    expect(f.cekDtks(BUDI, range as never)).toBe("TIDAK");
  });

  it("reads only the filled part of a whole-column reference", () => {
    // What Excel passes for DTKS!A:C: 1,048,576 rows, nearly all empty.
    const column: unknown[][] = Array.from({ length: 1_048_576 }, () => ["", "", ""]);
    column[0] = ["NIK", "NAMA", "DESIL"];
    column[1] = [SITI, "SITI", 3];
    expect(f.cekDtks(SITI, column as never)).toBe("YA (desil 3)");
    expect(dtksIndexFor(column).niks).toBe(1);
  });

  it("accepts a table's data without its header: YA, without a desil it cannot name", () => {
    // =DESA.CEK_DTKS(B5; TabelDTKS) passes the rows only; TabelDTKS[#All] brings the header and the desil.
    expect(f.cekDtks(SITI, [[SITI, "SITI", 3]] as never)).toBe("YA");
    expect(f.cekDtks(SITI, [["NIK", "NAMA", "Desil"], [SITI, "SITI", 3]] as never)).toBe("YA (desil 3)");
  });

  it("keeps two extracts apart", () => {
    const desaA = [["NIK", "Desil"], [SITI, 2]];
    const desaB = [["NIK", "Desil"], [BUDI, 4]];
    expect(f.cekDtks(SITI, desaA as never)).toBe("YA (desil 2)");
    expect(f.cekDtks(SITI, desaB as never)).toBe("TIDAK");
    expect(f.cekDtks(BUDI, desaB as never)).toBe("YA (desil 4)");
  });

  it("sees an edit once the workbook reports a change", () => {
    const range = extract(1000);
    expect(f.cekDtks(BUDI, range as never)).toBe("TIDAK");
    const edited = range.map((row) => [...row]);
    edited[500] = [BUDI, "BUDI", 7];
    forgetDtksIndexes(); // what worksheets.onChanged does in Excel
    expect(f.cekDtks(BUDI, edited as never)).toBe("YA (desil 7)");
  });

  it("reuses the index for a copy of the same range, as Excel passes one to every call", () => {
    const range = extract(1000);
    const first = dtksIndexFor(range);
    expect(dtksIndexFor(range.map((row) => [...row]))).toBe(first);
  });
});
