import type { Command } from "./command";

/**
 * Every command by name, each loaded only when it is run: a run of `periksa` then never loads the
 * writer, the budget tables or the rekap of the others (about 80 modules, 30 ms of every start).
 */
const LOADERS = {
  periksa: async () => (await import("./periksa")).periksa,
  anggaran: async () => (await import("./anggaran")).anggaran,
  ekspor: async () => (await import("./ekspor")).ekspor,
  calon: async () => (await import("./calon")).calon,
  gabung: async () => (await import("./gabung")).gabung,
  buka: async () => (await import("./buka")).buka,
} satisfies Record<string, () => Promise<Command>>;

export const COMMAND_NAMES = Object.keys(LOADERS) as ReadonlyArray<keyof typeof LOADERS>;

/** The command called `name`, or undefined when there is none. */
export async function loadCommand(name: string): Promise<Command | undefined> {
  return Object.hasOwn(LOADERS, name) ? LOADERS[name as keyof typeof LOADERS]() : undefined;
}

/** The list of commands with one line each (`--help`): the one place that loads them all. */
export async function formatHelp(): Promise<string> {
  const commands = await Promise.all(COMMAND_NAMES.map((name) => LOADERS[name]()));
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "pekerja-rentan — memeriksa dan mengolah daftar pekerja rentan desa untuk BPJS Ketenagakerjaan (BPU)",
    "",
    "Pemakaian: pekerja-rentan <perintah> [pilihan]",
    "",
    "Perintah:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Bantuan tiap perintah: pekerja-rentan <perintah> --help",
    "Kode keluar: 0 tanpa kesalahan, 1 ada kesalahan pada data, 2 berkas/pilihan tidak dapat dipakai.",
    "",
  ].join("\n");
}
