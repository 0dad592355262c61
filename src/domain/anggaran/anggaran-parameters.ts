import type { RuleParameter } from "../rules/rule-parameters";
import type { SumberDanaKode } from "./sumber-dana";

/**
 * Defaults of a budget line that a village (or a kabupaten profile) may change, each with the reason for
 * its value. The PP 50/2025 switch and the declared income live in iuran/iuran-parameters.ts.
 */
export const ANGGARAN_PARAMETERS: {
  readonly sumberDana: RuleParameter<SumberDanaKode>;
  readonly kodeKegiatan: RuleParameter<string>;
  readonly kodeRekening: RuleParameter<string>;
  readonly satuan: RuleParameter<string>;
  readonly target: RuleParameter<number>;
  readonly months: RuleParameter<number>;
} = {
  sumberDana: {
    value: "ADD",
    label: "Sumber dana iuran",
    source:
      "Desa yang sudah menjalankan program membayar dari ADD (mis. Desa Dabulon 2024); pemakaian Dana Desa masih diperdebatkan dan " +
      "TA 2026 58,03% pagu Dana Desa dialokasikan untuk Koperasi Desa Merah Putih (PMK 7/2026).",
    confidence: "UNCONFIRMED",
  },
  kodeKegiatan: {
    value: "3.1.90",
    label: "Kode kegiatan",
    source:
      "Permendagri 20/2018 tidak memuat kegiatan untuk jaminan sosial warga; usulan: kegiatan lain-lain (90–99) sub bidang " +
      "Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat. Alternatif: 4.4.90 (Perlindungan Anak dan Keluarga) atau kegiatan " +
      "PKTD. Kode sebenarnya mengikuti Perbup pedoman APBDes dan referensi Siskeudes kabupaten.",
    confidence: "UNCONFIRMED",
  },
  kodeRekening: {
    value: "5.2.7.90",
    label: "Kode rekening (objek belanja)",
    source:
      "Usulan: 5.2.7.90 Belanja Barang dan Jasa yang Diserahkan kepada Masyarakat Lainnya (Permendagri 20/2018), karena manfaatnya " +
      "diterima warga; 5.1.3.03/04 hanya untuk kepala desa dan perangkat desa. Sesuaikan dengan Perbup pedoman APBDes kabupaten.",
    confidence: "UNCONFIRMED",
  },
  satuan: {
    value: "OB",
    label: "Satuan volume",
    source: "OB (orang-bulan) lazim dalam standar harga pemerintah; sebagian aplikasi menulis Orang/Bulan.",
    confidence: "SECONDARY",
  },
  target: {
    value: 100,
    label: "Sasaran jumlah pekerja rentan",
    source: "Gerakan Perlindungan 1 Desa 100 Pekerja Rentan: setiap desa mendaftarkan paling sedikit 100 pekerja rentan.",
    confidence: "CONFIRMED",
  },
  months: {
    value: 12,
    label: "Jumlah bulan iuran yang dianggarkan",
    source: "Tahun anggaran desa adalah tahun kalender; penganggaran 12 bulan lazim, BPJS menghitung capaian mulai 6 bulan iuran.",
    confidence: "SECONDARY",
  },
};
