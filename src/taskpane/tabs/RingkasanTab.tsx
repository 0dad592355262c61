import { TabPage } from "./TabPage";

export function RingkasanTab() {
  return (
    <TabPage
      title="Ringkasan"
      description="Kemajuan menuju target 100 pekerja, serta rincian menurut pekerjaan, jenis kelamin, dusun, dan status DTKS dalam bentuk grafik."
    />
  );
}
