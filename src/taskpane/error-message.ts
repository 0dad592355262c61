import { ExcelGatewayError } from "../adapters/office";

/** What to tell the secretary about an error: gateway errors already speak Indonesian. */
export function errorMessage(error: unknown): string {
  if (error instanceof ExcelGatewayError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Terjadi kesalahan yang tidak terduga (${detail}). Tutup lalu buka kembali panel ini; bila tetap terjadi, hubungi operator TIK kabupaten.`;
}
