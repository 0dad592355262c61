/** Why a file could not be read as a workbook; stable, for callers that react to one reason. */
export type WorkbookReadErrorReason =
  | "NOT_FOUND"
  | "NOT_A_FILE"
  | "EMPTY"
  | "OLD_XLS"
  | "ENCRYPTED"
  | "NOT_XLSX"
  | "UNSUPPORTED_TYPE"
  /** A part of the workbook is larger than the reader holds (a zip bomb, or a sheet past any village's size). */
  | "TOO_LARGE"
  /** A row past 1,048,576 or a column past XFD: no Excel wrote this. */
  | "OUT_OF_BOUNDS"
  /** A pipe, a device or a socket: never read (it may never end). */
  | "NOT_REGULAR"
  | "FILE_TOO_LARGE"
  | "NO_PERMISSION"
  | "LINK_LOOP"
  /** Locked by another program, or too many files open. */
  | "BUSY"
  | "IO"
  /** A CSV quote left open, or a quoted value swallowing the rows after it; `detail` names the row. */
  | "CSV_QUOTE";

/**
 * Thrown by the file readers (`readWorkbookFile`, `readXlsxFile`, `readCsvFile`) when a file is missing,
 * empty, in a format they cannot read, or protected by a password. `message` is Bahasa Indonesia and
 * says what the secretary should do, so a face can show it as it is.
 */
export class WorkbookReadError extends Error {
  override readonly name = "WorkbookReadError";

  constructor(
    readonly reason: WorkbookReadErrorReason,
    readonly path: string,
    options?: { cause?: unknown; detail?: string },
  ) {
    super(messageFor(reason, path, options?.detail), options);
  }
}

function messageFor(reason: WorkbookReadErrorReason, path: string, detail: string | undefined): string {
  switch (reason) {
    case "CSV_QUOTE":
      return `${path}: ${detail ?? "tanda kutip tidak seimbang."}`;
    case "NOT_FOUND":
      return `Berkas tidak ditemukan: ${path}`;
    case "NOT_A_FILE":
      return `${path} bukan berkas (mungkin sebuah folder). Pilih berkas .xlsx atau .csv.`;
    case "EMPTY":
      return `Berkas ${path} kosong (0 bita). Simpan ulang dari Excel lalu coba lagi.`;
    case "OLD_XLS":
      return `Berkas ${path} berformat Excel lama (.xls) yang tidak dapat dibaca. Buka di Excel, pilih File > Simpan Sebagai > Buku Kerja Excel (.xlsx), lalu coba lagi dengan berkas .xlsx itu.`;
    case "ENCRYPTED":
      return `Berkas ${path} dilindungi kata sandi sehingga tidak dapat dibaca. Buka di Excel, hapus kata sandinya (File > Info > Lindungi Buku Kerja > Enkripsi dengan Kata Sandi, kosongkan), simpan, lalu coba lagi.`;
    case "NOT_XLSX":
      return `Berkas ${path} bukan buku kerja Excel (.xlsx) yang dapat dibaca. Simpan ulang dari Excel sebagai .xlsx.`;
    case "TOO_LARGE":
      return `Berkas ${path} terlalu besar untuk dibaca: satu bagiannya lebih dari 400 MB setelah dibuka (batas 800 MB seluruhnya). Simpan daftar pekerja saja di buku kerja baru (salin lembarnya), lalu coba lagi.`;
    case "OUT_OF_BOUNDS":
      return `Berkas ${path} rusak: ada baris di atas 1.048.576 atau kolom melewati XFD, batas lembar Excel. Buka dan simpan ulang di Excel, atau salin datanya ke buku kerja baru.`;
    case "NOT_REGULAR":
      return `${path} bukan berkas biasa (mis. pipa atau perangkat), jadi tidak dibaca. Pilih berkas .xlsx atau .csv yang tersimpan di disk.`;
    case "FILE_TOO_LARGE":
      return `Berkas ${path} lebih dari 2 GB, terlalu besar untuk daftar pekerja atau ekstrak. Periksa apakah berkasnya benar, atau pisahkan per kecamatan.`;
    case "NO_PERMISSION":
      return `Berkas ${path} tidak boleh dibaca (izin ditolak). Periksa hak akses berkas itu, atau salin ke folder Anda sendiri lalu coba lagi.`;
    case "LINK_LOOP":
      return `${path} adalah pintasan (tautan) yang menunjuk ke dirinya sendiri. Pilih berkas aslinya.`;
    case "BUSY":
      return `Berkas ${path} sedang dipakai program lain (atau terlalu banyak berkas terbuka). Tutup programnya lalu coba lagi.`;
    case "IO":
      return `Berkas ${path} tidak dapat dibaca dari disk (kesalahan baca). Salin berkas ke disk lain lalu coba lagi.`;
    case "UNSUPPORTED_TYPE":
      return `Jenis berkas ${path} tidak dikenali. Gunakan buku kerja Excel (.xlsx) atau teks CSV (.csv, .tsv, .txt).`;
  }
}
