import { evaluateFormula, type FormulaResult } from "./formula";

// The simulated Excel's small formula evaluator: what the RAB sheet relies on, and its errors.

const CELLS: Record<string, FormulaResult> = {
  "1:1": { value: 1200 },
  "1:2": { value: 16800 },
  "2:1": { value: 600 },
  "2:2": { value: "teks" },
  "3:1": { value: "#N/A", error: "#N/A" },
};
const read = (row: number, column: number) => CELLS[`${row}:${column}`];
const value = (formula: string) => evaluateFormula(formula, read).value;

describe("formula evaluator of the simulated Excel", () => {
  it("multiplies, adds and keeps Excel's precedence", () => {
    expect(value("=A1*B1")).toBe(20_160_000);
    expect(value("=$A$1+A2*2")).toBe(2400);
    expect(value("=(A1+A2)*2")).toBe(3600);
    expect(value("=-A2+1")).toBe(-599);
  });

  it("sums ranges, skipping text and empty cells", () => {
    expect(value("=SUM(A1:A2)")).toBe(1800);
    expect(value("=SUM(A1:B2)")).toBe(1200 + 16800 + 600);
    expect(value("=SUM(A1:A2, 10)")).toBe(1810);
    expect(value("=SUM(C1:C9)")).toBe(0);
    expect(value("=ROUND(A1/7, 2)")).toBe(171.43);
  });

  it("answers errors as Excel does", () => {
    expect(evaluateFormula("=A1/0", read).error).toBe("#DIV/0!");
    expect(evaluateFormula("=B2*2", read).error).toBe("#VALUE!");
    expect(evaluateFormula("=TERBILANG(A1)", read).error).toBe("#NAME?");
    expect(evaluateFormula("=A3+1", read).error).toBe("#N/A");
    expect(evaluateFormula("=SUM(A1:A3)", read).error).toBe("#N/A");
  });
});
