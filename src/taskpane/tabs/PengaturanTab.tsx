import { TabPage } from "./TabPage";

export function PengaturanTab() {
  return (
    <TabPage
      title="Pengaturan"
      description="Desa (provinsi, kabupaten, kecamatan, desa menurut kode resmi Kemendagri), tahun anggaran, rentang usia, batas desil, sakelar PP 50/2025, kode kegiatan, serta tabel tarif beserta sumber dan tanggal berlakunya. Pengaturan disimpan di dalam buku kerja, jadi ikut terbawa bersama berkasnya."
    />
  );
}
