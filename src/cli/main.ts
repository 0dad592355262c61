import { WorkbookReadError } from "../adapters/xlsx/workbook-read-error";
import { UnusableInputError } from "./cli-error";
import { COMMANDS, formatHelp } from "./commands/registry";

/**
 * The command line: `pekerja-rentan <perintah> ...`. Returns the exit code:
 * 0 no error-level finding, 1 at least one, 2 the input cannot be used (message on stderr).
 */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "bantuan") {
    process.stdout.write(formatHelp());
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "--versi" || name === "-v") {
    process.stdout.write(`${require("../../../package.json").version}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`Perintah "${name}" tidak dikenal. Perintah yang ada: ${COMMANDS.map((c) => c.name).join(", ")}. Lihat: pekerja-rentan --help\n`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(command.help + "\n");
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UnusableInputError || err instanceof WorkbookReadError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    // Anything else is our bug: say so plainly, keep the detail for a report, still no stack trace by default.
    const detail = err instanceof Error ? err.message : String(err);
    process.stderr.write(`Terjadi kesalahan tak terduga di pekerja-rentan: ${detail}. Mohon laporkan beserta berkasnya (tanpa data pribadi) ke pengelola aplikasi.\n`);
    if (process.env.PEKERJA_RENTAN_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    return 2;
  }
}
