import type { Command } from "./command";
import { anggaran } from "./anggaran";
import { buka } from "./buka";
import { calon } from "./calon";
import { ekspor } from "./ekspor";
import { gabung } from "./gabung";
import { periksa } from "./periksa";

export const COMMANDS: readonly Command[] = [periksa, anggaran, ekspor, calon, gabung, buka];

export function formatHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "pekerja-rentan — memeriksa dan mengolah daftar pekerja rentan desa untuk BPJS Ketenagakerjaan (BPU)",
    "",
    "Pemakaian: pekerja-rentan <perintah> [pilihan]",
    "",
    "Perintah:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Bantuan tiap perintah: pekerja-rentan <perintah> --help",
    "Kode keluar: 0 tanpa kesalahan, 1 ada kesalahan pada data, 2 berkas/pilihan tidak dapat dipakai.",
    "",
  ].join("\n");
}
