import { TabPage } from "./TabPage";

export function EksporTab() {
  return (
    <TabPage
      title="Ekspor berkas pendaftaran"
      description="Pilih templat, lihat berapa pekerja yang masuk dan yang tidak beserta alasannya, lalu buka berkasnya sebagai buku kerja baru. NIK ditulis sebagai teks agar digitnya tidak rusak."
      planned={["Bila Excel tidak bisa membuka buku kerja baru, berkas ditambahkan sebagai lembar di buku kerja ini"]}
    />
  );
}
