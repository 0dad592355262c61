import { parseArgs, type ParseArgsConfig } from "node:util";
import { formatAngka } from "../domain/format";
import { UnusableInputError } from "./cli-error";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * node:util parseArgs with one Indonesian line for each mistake people make on the command line. A
 * negative number after a space (`--dana -5`) is taken as the option's value, so the option's own check
 * answers it ("--dana harus bilangan bulat …, bukan "-5"") instead of parseArgs' English.
 */
export function parseCommandArgs<T extends Options>(argv: string[], options: T, command: string) {
  try {
    return parseArgs({ args: joinNegativeValues(argv, options), options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UnusableInputError(optionMessage(err, argv, command));
  }
}

const NEGATIVE_NUMBER = /^-[\d.,]/;

/** `--dana -5` -> `--dana=-5` for options that take a value; nothing after `--` is touched. */
function joinNegativeValues(argv: readonly string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === "--") {
      out.push(...argv.slice(i));
      break;
    }
    const next = argv[i + 1];
    const name = token.startsWith("--") && !token.includes("=") ? token.slice(2) : undefined;
    if (name && options[name]?.type === "string" && next !== undefined && NEGATIVE_NUMBER.test(next)) {
      out.push(`${token}=${next}`);
      i++;
    } else {
      out.push(token);
    }
  }
  return out;
}

function optionMessage(err: unknown, argv: readonly string[], command: string): string {
  const text = err instanceof Error ? err.message : String(err);
  const help = `Lihat: pekerja-rentan ${command} --help`;
  const unknown = /Unknown option '([^']+)'/.exec(text);
  if (unknown) {
    const option = unknown[1]!;
    // A file whose name starts with a dash, e.g. "-daftar.xlsx" or "--json.xlsx".
    const given = argv.find((a) => a === option || a.startsWith(option)) ?? option;
    const hint = /\.\w+$/.test(given) ? ` Bila ${given} nama berkas, tulis setelah --: pekerja-rentan ${command} -- ${given}.` : "";
    return `Pilihan ${given.startsWith("--") ? option : given} tidak dikenal untuk perintah ${command}.${hint} ${help}`;
  }
  const missing = /Option '([^' ]+)(?: <value>)?' argument missing/.exec(text);
  if (missing) return `Pilihan ${missing[1]} memerlukan nilai. ${help}`;
  const noValue = /Option '([^' ]+)' does not take an argument/.exec(text);
  if (noValue) {
    const given = argv.find((a) => a.startsWith(`${noValue[1]}=`)) ?? `${noValue[1]}=…`;
    return `Pilihan ${noValue[1]} tidak memakai nilai: tulis ${noValue[1]} saja, bukan ${given}. ${help}`;
  }
  const ambiguous = /Option '([^' ]+)' argument is ambiguous/.exec(text);
  if (ambiguous) {
    const at = argv.indexOf(ambiguous[1]!);
    const next = at >= 0 ? argv[at + 1] : undefined;
    return `Pilihan ${ambiguous[1]} memerlukan nilai, tetapi yang mengikutinya ${next ? `adalah ${next}` : "diawali tanda minus"}. Bila nilainya memang diawali tanda minus, tulis ${ambiguous[1]}=${next ?? "NILAI"}. ${help}`;
  }
  return `Perintah tidak dapat dibaca: periksa ejaan pilihannya. ${help}`;
}

export interface IntOptionFormat {
  /** Money: "10.000.000" (dots between groups of three digits) is read as 10000000. */
  readonly thousands?: boolean;
}

/**
 * An integer option within a range, with an Indonesian message naming the option. Only decimal digits
 * (spaces around them are ignored): "0x7EA", "1e6", "" and "-5" are refused, never read as numbers.
 */
export function intOption(value: string | undefined, name: string, min: number, max: number, format: IntOptionFormat = {}): number | undefined {
  if (value === undefined) return undefined;
  let digits = value.trim();
  if (format.thousands && /^\d{1,3}(\.\d{3})+$/.test(digits)) digits = digits.replace(/\./g, "");
  const n = /^\d+$/.test(digits) ? Number(digits) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    const range = format.thousands ? `${formatAngka(min)}–${formatAngka(max)} (angka saja, tanpa Rp; titik ribuan boleh, mis. 10.000.000)` : `${min}–${max}`;
    throw new UnusableInputError(`${name} harus bilangan bulat ${range}, bukan "${value}".`);
  }
  return n;
}
