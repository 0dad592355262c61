import {
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  Title3,
  tokens,
  type SelectTabData,
} from "@fluentui/react-components";
import { useState, type ComponentType } from "react";
import { ErrorBoundary } from "./ErrorBoundary";
import { useConnectionStatus } from "./gateway-context";
import { NavigationContext } from "./navigation";
import { AnggaranTab } from "./tabs/AnggaranTab";
import { DtksTab } from "./tabs/DtksTab";
import { EksporTab } from "./tabs/EksporTab";
import { PengaturanTab } from "./tabs/PengaturanTab";
import { PeriksaTab } from "./tabs/PeriksaTab";
import { RingkasanTab } from "./tabs/RingkasanTab";

export const TABS: ReadonlyArray<{ readonly id: string; readonly label: string; readonly Page: ComponentType }> = [
  { id: "periksa", label: "Periksa", Page: PeriksaTab },
  { id: "dtks", label: "DTKS", Page: DtksTab },
  { id: "anggaran", label: "Anggaran", Page: AnggaranTab },
  { id: "ekspor", label: "Ekspor", Page: EksporTab },
  { id: "ringkasan", label: "Ringkasan", Page: RingkasanTab },
  { id: "pengaturan", label: "Pengaturan", Page: PengaturanTab },
];

const useStyles = makeStyles({
  app: { display: "flex", flexDirection: "column", minHeight: "100vh", boxSizing: "border-box", backgroundColor: tokens.colorNeutralBackground1 },
  header: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0`,
    display: "flex",
    flexDirection: "column",
  },
  title: { margin: 0 },
  subtitle: { color: tokens.colorNeutralForeground3 },
  // Six tabs do not fit in a 320-350 px pane on one line: they wrap instead of scrolling out of sight.
  tabs: { flexWrap: "wrap", padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} 0`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  content: { flexGrow: 1, padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}` },
  notice: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0`, width: "auto" },
  footer: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, color: tokens.colorNeutralForeground3 },
});

export function App() {
  const styles = useStyles();
  const status = useConnectionStatus();
  const [selected, setSelected] = useState(TABS[0]!.id);
  const current = TABS.find((tab) => tab.id === selected) ?? TABS[0]!;

  return (
    <div className={styles.app}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          Pekerja Rentan
        </Title3>
        <Caption1 className={styles.subtitle}>Gerakan 1 Desa 100 Pekerja Rentan</Caption1>
      </header>
      {status === "outside-excel" && (
        <MessageBar intent="warning" layout="multiline" className={styles.notice}>
          <MessageBarBody>
            <MessageBarTitle>Buka dari Excel</MessageBarTitle>
            Panel ini bekerja di dalam Excel: klik Beranda &gt; Buka Panel pada grup Pekerja Rentan.
          </MessageBarBody>
        </MessageBar>
      )}
      {status === "office-missing" && (
        <MessageBar intent="error" layout="multiline" className={styles.notice}>
          <MessageBarBody>
            <MessageBarTitle>Tidak terhubung ke Excel</MessageBarTitle>
            Office.js tidak termuat. Periksa koneksi internet, lalu tutup dan buka kembali panel ini.
          </MessageBarBody>
        </MessageBar>
      )}
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={selected}
        onTabSelect={(_, data: SelectTabData) => setSelected(String(data.value))}
        aria-label="Bagian panel"
      >
        {TABS.map((tab) => (
          <Tab key={tab.id} value={tab.id} id={`tab-${tab.id}`}>
            {tab.label}
          </Tab>
        ))}
      </TabList>
      <main className={styles.content} role="tabpanel" aria-labelledby={`tab-${current.id}`}>
        <NavigationContext.Provider value={setSelected}>
          <ErrorBoundary resetKey={current.id}>
            <current.Page />
          </ErrorBoundary>
        </NavigationContext.Provider>
      </main>
      <footer className={styles.footer}>
        <Caption1>Semua diproses di komputer ini. Tidak ada data yang dikirim ke mana pun.</Caption1>
      </footer>
    </div>
  );
}
