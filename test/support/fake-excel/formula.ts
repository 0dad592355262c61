import { columnNumber } from "./a1-notation";

/**
 * Just enough of Excel's formula language for the simulated workbook to recalculate what the add-in
 * writes (a RAB: `=D8*F8`, `=SUM(G8:G9)`, `=E20+D21`): numbers, text in quotes, cell references with or
 * without `$`, ranges inside functions, + - * / with Excel's precedence, unary minus, parentheses, and
 * SUM, ROUND, MIN, MAX. Anything else evaluates to #NAME?, as an unknown function does in Excel, so a
 * test sees it at once.
 */

export type FormulaValue = string | number | boolean;

export interface FormulaResult {
  readonly value: FormulaValue;
  /** "#VALUE!", "#NAME?", "#REF!", "#DIV/0!" when the formula fails. */
  readonly error?: string;
}

/** What a formula can read: a cell's value or error, by 1-based row and column. */
export type CellReader = (row: number, column: number) => FormulaResult | undefined;

class FormulaError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

type Token =
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "ref"; row: number; column: number }
  | { kind: "name"; value: string }
  | { kind: "op"; value: string };

/** Formulas read each other; a circular reference stops here instead of overflowing the stack. */
const MAX_DEPTH = 64;
let depth = 0;

export function evaluateFormula(formula: string, read: CellReader): FormulaResult {
  if (depth >= MAX_DEPTH) return { value: "#REF!", error: "#REF!" };
  depth++;
  try {
    const parser = new Parser(tokenize(formula.replace(/^=/, "")), read);
    const value = parser.parseExpression();
    parser.expectEnd();
    return { value: typeof value === "object" ? scalarOf(value, read) : value };
  } catch (error) {
    const code = error instanceof FormulaError ? error.code : "#NAME?";
    return { value: code, error: code };
  } finally {
    depth--;
  }
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const number = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest);
    if (number) {
      tokens.push({ kind: "number", value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    const ref = /^\$?([A-Za-z]{1,3})\$?(\d+)(?![A-Za-z0-9_(])/.exec(rest);
    if (ref) {
      tokens.push({ kind: "ref", row: Number(ref[2]), column: columnNumber(ref[1]!) });
      i += ref[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (name) {
      tokens.push({ kind: "name", value: name[0].toUpperCase() });
      i += name[0].length;
      continue;
    }
    const quoted = /^"((?:[^"]|"")*)"/.exec(rest);
    if (quoted) {
      tokens.push({ kind: "text", value: quoted[1]!.replace(/""/g, '"') });
      i += quoted[0].length;
      continue;
    }
    if ("+-*/(),:".includes(rest[0]!)) {
      tokens.push({ kind: "op", value: rest[0]! });
      i++;
      continue;
    }
    throw new FormulaError("#NAME?");
  }
  return tokens;
}

interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

type Operand = FormulaValue | Area;

class Parser {
  private position = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly read: CellReader,
  ) {}

  expectEnd(): void {
    if (this.position < this.tokens.length) throw new FormulaError("#NAME?");
  }

  parseExpression(): Operand {
    let left = this.parseTerm();
    for (let op = this.peekOp(); op === "+" || op === "-"; op = this.peekOp()) {
      this.position++;
      const right = this.parseTerm();
      left = op === "+" ? this.number(left) + this.number(right) : this.number(left) - this.number(right);
    }
    return left;
  }

  private parseTerm(): Operand {
    let left = this.parseUnary();
    for (let op = this.peekOp(); op === "*" || op === "/"; op = this.peekOp()) {
      this.position++;
      const right = this.number(this.parseUnary());
      if (op === "/" && right === 0) throw new FormulaError("#DIV/0!");
      left = op === "*" ? this.number(left) * right : this.number(left) / right;
    }
    return left;
  }

  private parseUnary(): Operand {
    if (this.peekOp() === "-") {
      this.position++;
      return -this.number(this.parseUnary());
    }
    if (this.peekOp() === "+") {
      this.position++;
      return this.parseUnary();
    }
    return this.parsePrimary();
  }

  private parsePrimary(): Operand {
    const token = this.tokens[this.position++];
    if (!token) throw new FormulaError("#NAME?");
    switch (token.kind) {
      case "number":
      case "text":
        return token.value;
      case "ref": {
        if (this.peekOp() === ":") {
          this.position++;
          const end = this.tokens[this.position++];
          if (!end || end.kind !== "ref") throw new FormulaError("#REF!");
          return {
            top: Math.min(token.row, end.row),
            left: Math.min(token.column, end.column),
            bottom: Math.max(token.row, end.row),
            right: Math.max(token.column, end.column),
          };
        }
        return { top: token.row, left: token.column, bottom: token.row, right: token.column };
      }
      case "name":
        return this.parseCall(token.value);
      case "op":
        if (token.value === "(") {
          const inner = this.parseExpression();
          if (this.tokens[this.position++]?.kind !== "op") throw new FormulaError("#NAME?");
          return inner;
        }
        throw new FormulaError("#NAME?");
    }
  }

  private parseCall(name: string): Operand {
    if (this.peekOp() !== "(") {
      if (name === "TRUE" || name === "FALSE") return name === "TRUE";
      throw new FormulaError("#NAME?");
    }
    this.position++;
    const args: Operand[] = [];
    if (this.peekOp() !== ")") {
      for (;;) {
        args.push(this.parseExpression());
        if (this.peekOp() === ",") {
          this.position++;
          continue;
        }
        break;
      }
    }
    if (this.peekOp() !== ")") throw new FormulaError("#NAME?");
    this.position++;
    switch (name) {
      case "SUM":
        return this.numbersOf(args).reduce((sum, n) => sum + n, 0);
      case "MIN":
      case "MAX": {
        const numbers = this.numbersOf(args);
        if (numbers.length === 0) return 0;
        return name === "MIN" ? Math.min(...numbers) : Math.max(...numbers);
      }
      case "ROUND": {
        const digits = args[1] === undefined ? 0 : this.number(args[1]);
        const factor = 10 ** digits;
        return Math.round(this.number(args[0]!) * factor) / factor;
      }
      default:
        throw new FormulaError("#NAME?");
    }
  }

  /** SUM's reading: numbers in ranges count, text and empty cells in ranges are skipped. */
  private numbersOf(args: Operand[]): number[] {
    const out: number[] = [];
    for (const arg of args) {
      if (typeof arg !== "object") {
        out.push(this.number(arg));
        continue;
      }
      for (let r = arg.top; r <= arg.bottom; r++) {
        for (let c = arg.left; c <= arg.right; c++) {
          const cell = this.read(r, c);
          if (cell?.error) throw new FormulaError(cell.error);
          if (typeof cell?.value === "number") out.push(cell.value);
        }
      }
    }
    return out;
  }

  private number(operand: Operand): number {
    const value = typeof operand === "object" ? scalarOf(operand, this.read) : operand;
    if (typeof value === "number") return value;
    if (typeof value === "boolean") return value ? 1 : 0;
    if (value === "") return 0;
    const parsed = Number(value);
    if (Number.isFinite(parsed)) return parsed;
    throw new FormulaError("#VALUE!");
  }

  private peekOp(): string | undefined {
    const token = this.tokens[this.position];
    return token?.kind === "op" ? token.value : undefined;
  }
}

/** A single cell's value; a range where one value is wanted is #VALUE!, as in Excel outside array formulas. */
function scalarOf(area: Area, read: CellReader): FormulaValue {
  if (area.top !== area.bottom || area.left !== area.right) throw new FormulaError("#VALUE!");
  const cell = read(area.top, area.left);
  if (cell?.error) throw new FormulaError(cell.error);
  return cell?.value ?? "";
}
