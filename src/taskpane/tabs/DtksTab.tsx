import { TabPage } from "./TabPage";

export function DtksTab() {
  return (
    <TabPage
      title="Cocokkan dengan DTKS"
      description="Pilih lembar atau tabel berisi data DTKS desa (atau impor berkasnya ke lembar baru), lalu periksa setiap pekerja: ditemukan, tidak ditemukan, nama berbeda, atau desil di atas batas."
      planned={["Jumlah per hasil pencocokan", 'Tulis kolom "Status DTKS" di samping tabel, tanpa menimpa kolom yang ada']}
    />
  );
}
