import {
  Button,
  Caption1,
  FluentProvider,
  Link,
  makeStyles,
  Tab,
  TabList,
  Title3,
  tokens,
  type SelectTabData,
} from "@fluentui/react-components";
import { useCallback, useMemo, useState, type ComponentType } from "react";
import { useOfficeTheme } from "./components/use-office-theme";
import { ErrorBoundary } from "./ErrorBoundary";
import { ConnectionNotice } from "./ConnectionNotice";
import { FindingsFocusContext, NavigationContext, type FindingsFocus } from "./navigation";
import type { FindingFilter } from "./periksa/finding-groups";
import { AnggaranTab } from "./tabs/AnggaranTab";
import { DtksTab } from "./tabs/DtksTab";
import { EksporTab } from "./tabs/EksporTab";
import { PengaturanTab } from "./tabs/PengaturanTab";
import { PeriksaTab } from "./tabs/PeriksaTab";

interface PaneSection {
  readonly id: string;
  readonly label: string;
  readonly Page: ComponentType;
}

/**
 * The top-level tabs: four, so they fit on one line at 320 px. Ringkasan is folded into Periksa under
 * the check's result (it summarises that check), and Pengaturan sits behind the ⚙ button.
 */
export const TABS: ReadonlyArray<PaneSection> = [
  { id: "periksa", label: "Periksa", Page: PeriksaTab },
  { id: "dtks", label: "DTKS", Page: DtksTab },
  { id: "anggaran", label: "Anggaran", Page: AnggaranTab },
  { id: "ekspor", label: "Ekspor", Page: EksporTab },
];

export const SETTINGS: PaneSection = { id: "pengaturan", label: "Pengaturan", Page: PengaturanTab };

const SECTIONS: ReadonlyArray<PaneSection> = [...TABS, SETTINGS];

const useStyles = makeStyles({
  app: { display: "flex", flexDirection: "column", minHeight: "100vh", boxSizing: "border-box", backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  header: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0`,
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  title: { margin: 0 },
  subtitle: { color: tokens.colorNeutralForeground3 },
  nav: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // One row at 320 px: four short labels and the ⚙ button.
  tabs: { flexWrap: "nowrap", minWidth: 0 },
  settings: { minWidth: "32px", fontSize: tokens.fontSizeBase400 },
  main: { flexGrow: 1, display: "flex", flexDirection: "column" },
  content: { flexGrow: 1, padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}` },
  footer: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, color: tokens.colorNeutralForeground3 },
});

export function App() {
  const theme = useOfficeTheme();
  return (
    <FluentProvider theme={theme}>
      <Pane />
    </FluentProvider>
  );
}

function Pane() {
  const styles = useStyles();
  const [selected, select] = useState(TABS[0]!.id);
  // A page is mounted on its first visit and then kept: what runs there survives a switch to another tab.
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set([TABS[0]!.id]));
  const setSelected = useCallback((id: string) => {
    select(id);
    setVisited((was) => (was.has(id) ? was : new Set([...was, id])));
  }, []);
  const [focus, setFocus] = useState<FindingFilter>();
  const findings = useMemo<FindingsFocus>(
    () => ({
      focus,
      open: (filter) => {
        setFocus({ ...filter });
        setSelected("periksa");
      },
    }),
    [focus, setSelected],
  );
  const settingsOpen = selected === SETTINGS.id;

  return (
    <div className={styles.app}>
      <header className={styles.header}>
        <div className={styles.titles}>
          <Title3 as="h1" className={styles.title}>
            Pekerja Rentan
          </Title3>
          <Caption1 className={styles.subtitle}>Gerakan 1 Desa 100 Pekerja Rentan</Caption1>
        </div>
        <Link href="bantuan.html" target="_blank" rel="noopener">
          Bantuan
        </Link>
      </header>
      <ConnectionNotice />
      <nav className={styles.nav} aria-label="Bagian panel">
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={settingsOpen ? null : selected}
          onTabSelect={(_, data: SelectTabData) => setSelected(String(data.value))}
          aria-label="Bagian panel"
        >
          {TABS.map((tab) => (
            <Tab key={tab.id} value={tab.id} id={`tab-${tab.id}`} aria-controls={`panel-${tab.id}`}>
              {tab.label}
            </Tab>
          ))}
        </TabList>
        <Button
          id={`tab-${SETTINGS.id}`}
          className={styles.settings}
          appearance={settingsOpen ? "primary" : "subtle"}
          size="small"
          aria-label="Pengaturan"
          aria-pressed={settingsOpen}
          title="Pengaturan (desa, tahun, batas usia dan desil)"
          onClick={() => setSelected(settingsOpen ? TABS[0]!.id : SETTINGS.id)}
        >
          ⚙
        </Button>
      </nav>
      <NavigationContext.Provider value={setSelected}>
        <FindingsFocusContext.Provider value={findings}>
          {/* A visited page stays mounted: a check or an export keeps running while another tab is open. */}
          <main className={styles.main}>
          {SECTIONS.filter((section) => visited.has(section.id)).map((section) => (
            <div
              key={section.id}
              id={`panel-${section.id}`}
              className={styles.content}
              role={section.id === SETTINGS.id ? "region" : "tabpanel"}
              aria-labelledby={`tab-${section.id}`}
              hidden={section.id !== selected}
            >
              <ErrorBoundary resetKey={section.id}>
                <section.Page />
              </ErrorBoundary>
            </div>
          ))}
          </main>
        </FindingsFocusContext.Provider>
      </NavigationContext.Provider>
      <footer className={styles.footer}>
        <Caption1>Semua diproses di komputer ini. Tidak ada data yang dikirim ke mana pun.</Caption1>
      </footer>
    </div>
  );
}
