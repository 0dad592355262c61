import { fileSystemReason } from "../adapters/xlsx/write-atomic";
import { WorkbookReadError } from "../adapters/xlsx/workbook-read-error";
import { UnusableInputError } from "./cli-error";
import { COMMAND_NAMES, formatHelp, loadCommand } from "./commands/registry";

/**
 * The command line: `pekerja-rentan <perintah> ...`. Returns the exit code:
 * 0 no error-level finding, 1 at least one, 2 the input cannot be used (one Indonesian line on stderr).
 */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "bantuan") {
    process.stdout.write(await formatHelp());
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "--versi" || name === "-v") {
    process.stdout.write(`${require("../../../package.json").version}\n`);
    return 0;
  }
  const command = await loadCommand(name);
  if (!command) {
    process.stderr.write(`Perintah "${name}" tidak dikenal. Perintah yang ada: ${COMMAND_NAMES.join(", ")}. Lihat: pekerja-rentan --help\n`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(command.help + "\n");
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    process.stderr.write(`${errorLine(err)}\n`);
    if (process.env.PEKERJA_RENTAN_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    return 2;
  }
}

/**
 * One Indonesian line for anything that ends a run: our own messages as they are, the file system's refusals
 * (no permission, disk full, a symlink loop… on a file no adapter mapped) with the file and what to do,
 * and anything else plainly as our bug, still without a stack trace (PEKERJA_RENTAN_DEBUG=1 shows it).
 */
export function errorLine(err: unknown): string {
  if (err instanceof UnusableInputError || err instanceof WorkbookReadError) return oneLine(err.message);
  const errno = err as NodeJS.ErrnoException | undefined;
  const reason = typeof errno?.code === "string" ? fileSystemReason(errno.code) : undefined;
  if (reason) return `${errno!.path ? `Berkas ${errno!.path} tidak dapat dipakai: ` : "Berkas tidak dapat dipakai: "}${reason} (${errno!.code}).`;
  const detail = err instanceof Error ? err.message : String(err);
  return `Terjadi kesalahan tak terduga di pekerja-rentan: ${oneLine(detail)}. Mohon laporkan beserta berkasnya (tanpa data pribadi) ke pengelola aplikasi.`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

/**
 * What `bin/pekerja-rentan.js` runs: `main`, plus what only a real process needs.
 * - A reader that stops reading (`periksa … | head`, quitting `less`) closes the pipe: the output nobody
 *   reads any more is dropped quietly and the run ends with 0, never a stack trace.
 * - Any other failure of standard output or error (a full disk under `> hasil.txt`) is one line, exit 2.
 * - An error thrown outside the command's promise (an event of a library) is the one-line internal-bug
 *   message too; the temporary files being written are removed by their writers' exit handler.
 */
export async function runFromCommandLine(argv: string[]): Promise<void> {
  const onStreamError = (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") process.exit(0);
    try {
      process.stderr.write(`Keluaran tidak dapat ditulis: ${fileSystemReason(error.code ?? "", "tulis") ?? error.message} (${error.code ?? "?"}).\n`);
    } catch {
      // stderr is gone too: nothing left to tell.
    }
    process.exit(2);
  };
  process.stdout.on("error", onStreamError);
  process.stderr.on("error", onStreamError);
  process.on("uncaughtException", (error) => {
    if ((error as NodeJS.ErrnoException).code === "EPIPE") process.exit(0);
    try {
      process.stderr.write(`${errorLine(error)}\n`);
      if (process.env.PEKERJA_RENTAN_DEBUG) process.stderr.write(`${error.stack}\n`);
    } catch {
      // As above.
    }
    process.exit(2);
  });
  process.exitCode = await main(argv);
}
