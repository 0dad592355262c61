/**
 * The custom functions, in Excel as =DESA.NAMA(...). Each is a thin wrapper over formulas.ts (plain
 * functions over the domain): no Excel calls, no state, synchronous, non-volatile.
 * custom-functions-metadata-plugin turns the JSDoc below into functions.json (the descriptions and
 * parameter help Excel shows, in Indonesian) and appends a `CustomFunctions.associate(id, function)`
 * line per function when webpack bundles this file.
 *
 * - Optional arguments are written `[nama]` and arrive as null, never undefined.
 * - A NIK parameter is `any`: a NIK typed as a number must reach us, so the answer can say the number
 *   format damaged it, instead of Excel refusing or converting it first.
 * - Region names for NIK_WILAYAH are loaded by region-data.ts, bundled in the same entry (webpack.config.js)
 *   so this file stays importable in Node (tests, bench).
 */
import { formulaError } from "./formula-error";
import * as formulas from "./formulas";

/**
 * Iuran Jaminan Kecelakaan Kerja (JKK) peserta BPU: 1% dari dasar penghasilan, dikali jumlah bulan, menurut tarif yang berlaku pada tanggal itu. Contoh: =DESA.PREMI_JKK(1000000; 12) menghasilkan 120000.
 * @customfunction PREMI_JKK
 * @param [penghasilan] Penghasilan yang dilaporkan per bulan (rupiah). Kosong: Rp 1.000.000, tingkat terendah.
 * @param [bulan] Jumlah bulan iuran. Kosong: 1 bulan.
 * @param [tanggal] Tanggal berlakunya tarif (tanggal Excel atau teks 01-01-2026). Kosong: hari ini.
 * @returns Iuran JKK dalam rupiah.
 */
export function premiJkk(penghasilan?: number, bulan?: number, tanggal?: any): number {
  try {
    return formulas.premiJkk(penghasilan, bulan, tanggal);
  } catch (error) {
    throw formulaError(error);
  }
}

/**
 * Iuran Jaminan Kematian (JKM) peserta BPU: Rp 6.800 per bulan, dikali jumlah bulan. Contoh: =DESA.PREMI_JKM(12) menghasilkan 81600.
 * @customfunction PREMI_JKM
 * @param [bulan] Jumlah bulan iuran. Kosong: 1 bulan.
 * @param [tanggal] Tanggal berlakunya tarif (tanggal Excel atau teks 01-01-2026). Kosong: hari ini.
 * @returns Iuran JKM dalam rupiah.
 */
export function premiJkm(bulan?: number, tanggal?: any): number {
  try {
    return formulas.premiJkm(bulan, tanggal);
  } catch (error) {
    throw formulaError(error);
  }
}

/**
 * Iuran Jaminan Hari Tua (JHT) peserta BPU, program pilihan: 2% dari dasar penghasilan, dikali jumlah bulan. Contoh: =DESA.PREMI_JHT(1000000; 12) menghasilkan 240000.
 * @customfunction PREMI_JHT
 * @param [penghasilan] Penghasilan yang dilaporkan per bulan (rupiah). Kosong: Rp 1.000.000, tingkat terendah.
 * @param [bulan] Jumlah bulan iuran. Kosong: 1 bulan.
 * @param [tanggal] Tanggal berlakunya tarif (tanggal Excel atau teks 01-01-2026). Kosong: hari ini.
 * @returns Iuran JHT dalam rupiah.
 */
export function premiJht(penghasilan?: number, bulan?: number, tanggal?: any): number {
  try {
    return formulas.premiJht(penghasilan, bulan, tanggal);
  } catch (error) {
    throw formulaError(error);
  }
}

/**
 * Iuran BPU satu pekerja: JKK + JKM, ditambah JHT bila dipilih, dikali jumlah bulan. Contoh: =DESA.PREMI_BPU(; 12) menghasilkan 201600 (Rp 16.800 × 12).
 * @customfunction PREMI_BPU
 * @param [penghasilan] Penghasilan yang dilaporkan per bulan (rupiah). Kosong: Rp 1.000.000, tingkat terendah.
 * @param [bulan] Jumlah bulan iuran. Kosong: 1 bulan.
 * @param [dengan_jht] TRUE atau YA untuk ikut JHT. Kosong: tanpa JHT.
 * @param [tanggal] Tanggal berlakunya tarif (tanggal Excel atau teks 01-01-2026). Kosong: hari ini.
 * @returns Iuran per pekerja dalam rupiah.
 */
export function premiBpu(penghasilan?: number, bulan?: number, dengan_jht?: any, tanggal?: any): number {
  try {
    return formulas.premiBpu(penghasilan, bulan, dengan_jht, tanggal);
  } catch (error) {
    throw formulaError(error);
  }
}

/**
 * Anggaran iuran untuk sejumlah pekerja, dihitung bulan demi bulan mengikuti perubahan tarif. Contoh: =DESA.ANGGARAN(100; 12; 1; 2026) menghasilkan 20160000.
 * @customfunction ANGGARAN
 * @param jumlah_pekerja Jumlah pekerja yang didaftarkan.
 * @param [bulan] Jumlah bulan iuran. Kosong: 12.
 * @param [bulan_mulai] Bulan pertama iuran, 1-12. Kosong: 1 (Januari).
 * @param [tahun] Tahun anggaran. Kosong: tahun ini.
 * @param [dengan_jht] TRUE atau YA untuk ikut JHT. Kosong: tanpa JHT.
 * @param [diskon_pp50] TRUE atau YA untuk menerapkan diskon 50% JKK dan JKM menurut PP 50/2025 (belum pasti berlaku untuk APBDes). Kosong: tidak.
 * @param [pekerja_transportasi] Berapa dari pekerja itu yang sektor transportasi (ojek, sopir, kurir): diskon PP 50/2025 mereka lebih panjang. Dipakai hanya bila diskon diterapkan. Kosong: 0.
 * @returns Anggaran dalam rupiah.
 */
export function anggaran(jumlah_pekerja: number, bulan?: number, bulan_mulai?: number, tahun?: number, dengan_jht?: any, diskon_pp50?: any, pekerja_transportasi?: number): number {
  try {
    return formulas.anggaran(jumlah_pekerja, bulan, bulan_mulai, tahun, dengan_jht, diskon_pp50, pekerja_transportasi);
  } catch (error) {
    throw formulaError(error);
  }
}

/**
 * Berapa pekerja yang iurannya tertutup oleh sejumlah dana (dibulatkan ke bawah). Contoh: =DESA.KUOTA(20160000; 12; 1; 2026) menghasilkan 100.
 * @customfunction KUOTA
 * @param anggaran Dana yang tersedia (rupiah).
 * @param [bulan] Jumlah bulan iuran. Kosong: 12.
 * @param [bulan_mulai] Bulan pertama iuran, 1-12. Kosong: 1 (Januari).
 * @param [tahun] Tahun anggaran. Kosong: tahun ini.
 * @param [dengan_jht] TRUE atau YA untuk ikut JHT. Kosong: tanpa JHT.
 * @param [diskon_pp50] TRUE atau YA untuk menerapkan diskon 50% JKK dan JKM menurut PP 50/2025 (belum pasti berlaku untuk APBDes). Kosong: tidak.
 * @returns Jumlah pekerja.
 */
export function kuota(anggaran: number, bulan?: number, bulan_mulai?: number, tahun?: number, dengan_jht?: any, diskon_pp50?: any): number {
  try {
    return formulas.kuota(anggaran, bulan, bulan_mulai, tahun, dengan_jht, diskon_pp50);
  } catch (error) {
    throw formulaError(error);
  }
}

/**
 * TRUE bila NIK dapat dipakai: 16 digit, diketik sebagai teks, dengan tanggal lahir yang benar. Contoh: =DESA.NIK_VALID(B2).
 * @customfunction NIK_VALID
 * @param nik NIK 16 digit, sebaiknya di sel berformat Teks.
 * @returns TRUE atau FALSE.
 */
export function nikValid(nik: any): boolean {
  try {
    return formulas.nikValid(nik);
  } catch (error) {
    throw formulaError(error);
  }
}

/**
 * Masalah pertama pada NIK, dalam kalimat, atau "OK". Contoh: =DESA.NIK_CEK(B2).
 * @customfunction NIK_CEK
 * @param nik NIK 16 digit, sebaiknya di sel berformat Teks.
 * @returns "OK" atau penjelasan masalahnya.
 */
export function nikCek(nik: any): string {
  try {
    return formulas.nikCek(nik);
  } catch (error) {
    throw formulaError(error);
  }
}

/**
 * Tanggal lahir yang tertulis di dalam NIK, sebagai tanggal Excel (beri sel format tanggal). Contoh: =DESA.NIK_TGL_LAHIR(B2).
 * @customfunction NIK_TGL_LAHIR
 * @param nik NIK 16 digit, sebaiknya di sel berformat Teks.
 * @returns Tanggal lahir (nomor seri tanggal Excel).
 */
export function nikTglLahir(nik: any): number {
  try {
    return formulas.nikTglLahir(nik);
  } catch (error) {
    throw formulaError(error);
  }
}

/**
 * Jenis kelamin menurut NIK: "L" atau "P" (tanggal lahir perempuan ditambah 40). Contoh: =DESA.NIK_JK(B2).
 * @customfunction NIK_JK
 * @param nik NIK 16 digit, sebaiknya di sel berformat Teks.
 * @returns "L" atau "P".
 */
export function nikJk(nik: any): string {
  try {
    return formulas.nikJk(nik);
  } catch (error) {
    throw formulaError(error);
  }
}

/**
 * Kecamatan, kabupaten/kota dan provinsi dari 6 digit pertama NIK, menurut kode wilayah Kemendagri. Contoh: =DESA.NIK_WILAYAH(B2) menghasilkan "Kec. Matan Hilir Utara, Kab. Ketapang, Prov. Kalimantan Barat".
 * @customfunction NIK_WILAYAH
 * @param nik NIK 16 digit, sebaiknya di sel berformat Teks.
 * @returns Nama wilayah.
 */
export function nikWilayah(nik: any): string {
  try {
    return formulas.nikWilayah(nik);
  } catch (error) {
    throw formulaError(error);
  }
}

/**
 * Usia dalam tahun penuh dari NIK atau tanggal lahir. Contoh: =DESA.USIA(B2; DATE(2026;1;1)).
 * @customfunction USIA
 * @param nik_atau_tanggal NIK 16 digit (teks) atau tanggal lahir.
 * @param [per_tanggal] Tanggal perhitungan usia. Kosong: hari ini.
 * @returns Usia dalam tahun.
 */
export function usia(nik_atau_tanggal: any, per_tanggal?: any): number {
  try {
    return formulas.usia(nik_atau_tanggal, per_tanggal);
  } catch (error) {
    throw formulaError(error);
  }
}

/**
 * Apakah NIK ada di ekstrak DTKS/DTSEN: "YA" (dengan desilnya bila rentang punya kolom berjudul Desil) atau "TIDAK". Contoh: =DESA.CEK_DTKS(B2; TabelDTKS[#All]) atau =DESA.CEK_DTKS(B2; DTKS!A1:C5000); hindari kolom utuh seperti DTKS!A:C (Excel di web menolak rentang sebesar itu).
 * @customfunction CEK_DTKS
 * @param nik NIK 16 digit, sebaiknya di sel berformat Teks.
 * @param rentang_dtks Tabel atau rentang ekstrak DTKS, termasuk baris judulnya (mis. TabelDTKS[#All] atau DTKS!A1:C5000).
 * @returns "YA", "YA (desil 3)" atau "TIDAK".
 */
export function cekDtks(nik: any, rentang_dtks: any[][]): string {
  try {
    return formulas.cekDtks(nik, rentang_dtks);
  } catch (error) {
    throw formulaError(error);
  }
}

/**
 * Mengeja jumlah rupiah dengan kata-kata, seperti di bawah total RAB atau pada kuitansi. Contoh: =DESA.TERBILANG(20160000) menghasilkan "dua puluh juta seratus enam puluh ribu rupiah".
 * @customfunction TERBILANG
 * @param angka Jumlah rupiah bulat, 0 atau lebih (tanpa sen).
 * @returns Jumlah dalam kata-kata, huruf kecil.
 */
export function terbilangRupiah(angka: number): string {
  try {
    return formulas.terbilangRupiah(angka);
  } catch (error) {
    throw formulaError(error);
  }
}
