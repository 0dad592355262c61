/** Why a file could not be read as a workbook; stable, for callers that react to one reason. */
export type WorkbookReadErrorReason =
  | "NOT_FOUND"
  | "NOT_A_FILE"
  | "EMPTY"
  | "OLD_XLS"
  | "ENCRYPTED"
  | "NOT_XLSX"
  | "UNSUPPORTED_TYPE";

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
    case "UNSUPPORTED_TYPE":
      return `Jenis berkas ${path} tidak dikenali. Gunakan buku kerja Excel (.xlsx) atau teks CSV (.csv, .tsv, .txt).`;
  }
}
