import { parseArgs, type ParseArgsConfig } from "node:util";
import { UnusableInputError } from "./cli-error";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** node:util parseArgs with Indonesian messages for the mistakes people make on the command line. */
export function parseCommandArgs<T extends Options>(argv: string[], options: T, command: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    const unknown = /Unknown option '([^']+)'/.exec(text);
    if (unknown) throw new UnusableInputError(`Pilihan ${unknown[1]} tidak dikenal untuk perintah ${command}. Lihat: pekerja-rentan ${command} --help`);
    const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(text);
    if (missing) throw new UnusableInputError(`Pilihan ${missing[1]} memerlukan nilai. Lihat: pekerja-rentan ${command} --help`);
    throw new UnusableInputError(`Perintah tidak dapat dibaca (${text}). Lihat: pekerja-rentan ${command} --help`);
  }
}

/** An integer option within a range, with an Indonesian message naming the option. */
export function intOption(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UnusableInputError(`${name} harus bilangan bulat ${min}–${max}, bukan "${value}".`);
  }
  return n;
}
