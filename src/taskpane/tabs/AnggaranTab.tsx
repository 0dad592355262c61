import { TabPage } from "./TabPage";

export function AnggaranTab() {
  return (
    <TabPage
      title="Anggaran iuran"
      description="Isi tahun, jumlah bulan, pilihan JHT, sumber dana, dan kode kegiatan; total iuran langsung terhitung menurut tarif yang berlaku."
      planned={['"Buat lembar RAB": lembar anggaran dengan rumus Excel biasa, tetap berfungsi di komputer tanpa add-in ini']}
    />
  );
}
