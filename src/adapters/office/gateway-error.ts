export type GatewayErrorCode =
  | "NOT_IN_EXCEL"
  | "SHEET_NOT_FOUND"
  | "CELL_EDIT_MODE"
  | "SHEET_PROTECTED"
  | "TOO_LARGE"
  | "UNSUPPORTED"
  /** A column the add-in would write into already holds the user's data. */
  | "NOT_EMPTY"
  | "EXCEL_FAILED";

/**
 * Thrown by every `ExcelGateway` method. `message` is Bahasa Indonesia and says what the
 * secretary can do; `cause` keeps the Office.js error (its `code` and `debugInfo`) for support.
 */
export class ExcelGatewayError extends Error {
  override readonly name = "ExcelGatewayError";

  constructor(
    readonly code: GatewayErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function notInExcel(): ExcelGatewayError {
  return new ExcelGatewayError(
    "NOT_IN_EXCEL",
    "Panel ini hanya bekerja di dalam Excel. Buka lewat tab Beranda > Pekerja Rentan di Excel (desktop atau web).",
  );
}

export function unsupported(feature: string, requirement: string): ExcelGatewayError {
  return new ExcelGatewayError(
    "UNSUPPORTED",
    `Versi Excel ini belum bisa ${feature} (perlu ${requirement}). Perbarui Microsoft 365 atau gunakan Excel di web.`,
  );
}

/** Office.js errors (RichApi.Error) carry a string `code`; these are the ones a user can act on. */
export function fromOfficeError(error: unknown, sheet?: string): ExcelGatewayError {
  if (error instanceof ExcelGatewayError) return error;
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case "ItemNotFound":
      return new ExcelGatewayError(
        "SHEET_NOT_FOUND",
        sheet
          ? `Lembar "${sheet}" tidak ditemukan. Mungkin namanya sudah diganti atau lembarnya dihapus; pilih lembar lagi.`
          : "Lembar atau sel yang dicari tidak ditemukan. Pilih lembar lagi.",
        { cause: error },
      );
    case "InvalidOperationInCellEditMode":
      return new ExcelGatewayError(
        "CELL_EDIT_MODE",
        "Excel sedang menyunting sebuah sel. Tekan Enter atau Esc di lembar kerja, lalu coba lagi.",
        { cause: error },
      );
    case "AccessDenied":
      return new ExcelGatewayError(
        "SHEET_PROTECTED",
        "Lembar ini dilindungi. Buka proteksinya lewat Tinjau > Buka Proteksi Lembar, lalu coba lagi.",
        { cause: error },
      );
    case "UnsupportedFeature":
      return new ExcelGatewayError(
        "UNSUPPORTED",
        "Excel tidak bisa menyalin lembar dari berkas ini (mungkin berisi grafik, komentar, PivotTable, atau slicer). Simpan ekstraknya sebagai .csv, lalu impor berkas .csv itu.",
        { cause: error },
      );
    case "ResponsePayloadSizeLimitExceeded":
    case "RequestPayloadSizeLimitExceeded":
      return new ExcelGatewayError(
        "TOO_LARGE",
        "Lembar ini terlalu besar untuk dibaca Excel di web sekaligus. Pindahkan daftar pekerja ke lembar tersendiri, lalu coba lagi.",
        { cause: error },
      );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new ExcelGatewayError(
    "EXCEL_FAILED",
    `Excel menolak permintaan (${detail}). Coba lagi; bila tetap gagal, tutup lalu buka kembali panel ini.`,
    { cause: error },
  );
}

export function isPayloadTooLarge(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}
