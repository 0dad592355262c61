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
  | "OUT_OF_BOUNDS";

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
    options?: { cause?: unknown },
  ) {
    super(messageFor(reason, path), options);
  }
}

function messageFor(reason: WorkbookReadErrorReason, path: string): string {
  switch (reason) {
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
    case "UNSUPPORTED_TYPE":
      return `Jenis berkas ${path} tidak dikenali. Gunakan buku kerja Excel (.xlsx) atau teks CSV (.csv, .tsv, .txt).`;
  }
}
