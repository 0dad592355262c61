import { ExcelGatewayError } from "../adapters/office";
import { UnusableInputError } from "../adapters/unusable-input-error";
import { CsvQuoteError } from "../adapters/xlsx/csv-parser";

/** What to tell the secretary about an error: gateway errors and unusable input already speak Indonesian. */
export function errorMessage(error: unknown): string {
  if (error instanceof ExcelGatewayError || error instanceof UnusableInputError || error instanceof CsvQuoteError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Terjadi kesalahan yang tidak terduga (${detail}). Tutup lalu buka kembali panel ini; bila tetap terjadi, hubungi operator TIK kabupaten.`;
}
