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
    case "PayloadSizeLimitExceeded":
    case "RangeExceedsLimit":
      return new ExcelGatewayError(
        "TOO_LARGE",
        "Data ini terlalu besar untuk dibaca atau ditulis Excel sekaligus, bahkan sepotong demi sepotong. Pindahkan daftar pekerja ke lembar tersendiri tanpa kolom atau baris kosong yang jauh, lalu coba lagi.",
        { cause: error },
      );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new ExcelGatewayError(
    "EXCEL_FAILED",
    `Excel menolak permintaan (${detail}). Coba lagi; bila tetap gagal, muat ulang panel (klik kanan di panel lalu Muat ulang, atau menu panel di pojok kanan atas) atau tutup lalu buka kembali Excel.`,
    { cause: error },
  );
}

/**
 * The errors that say "send less at once": the web's 5 MB request/response limit (older builds
 * answer PayloadSizeLimitExceeded), and the 5-million-cell limit of a single range operation
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
const SEND_LESS_CODES = new Set(["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded", "PayloadSizeLimitExceeded", "RangeExceedsLimit"]);

export function isPayloadTooLarge(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && SEND_LESS_CODES.has(code);
}
