import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { FileExcelGateway } from "../adapters/file/file-excel-gateway";
import { App } from "../taskpane/App";
import type { Connection } from "../taskpane/connection";
import { errorMessage } from "../taskpane/error-message";
import { ErrorBoundary } from "../taskpane/ErrorBoundary";
import { GatewayProvider } from "../taskpane/gateway-context";
import { SessionProvider } from "../taskpane/session/session-context";
import type { OpenedFile } from "./file-access";
import { FileBar } from "./FileBar";
import { openWorkbook } from "./open-workbook";
import { RowPreview } from "./RowPreview";
import { StartScreen } from "./StartScreen";
import { warnBeforeLeaving } from "./unsaved-warning";

const useStyles = makeStyles({
  layout: { display: "flex", flexWrap: "wrap", alignItems: "flex-start", gap: tokens.spacingHorizontalL, padding: tokens.spacingHorizontalL },
  // The pane's own width in Excel, a little wider: its tabs and lists are laid out for it.
  pane: { flex: "0 1 460px", minWidth: "320px", boxShadow: tokens.shadow4, borderRadius: tokens.borderRadiusMedium, overflow: "hidden" },
  side: { flex: "1 1 360px", minWidth: "280px", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

interface OpenWorkbook {
  readonly opened: OpenedFile;
  readonly gateway: FileExcelGateway;
  readonly connection: Promise<Connection>;
}

/** The whole page: the start screen, then the add-in's own pane on the open file, with the file bar and the row preview. */
export function WebApp() {
  const [workbook, setWorkbook] = useState<OpenWorkbook>();
  const [error, setError] = useState<string>();

  async function open(opened: OpenedFile) {
    try {
      const gateway = await openWorkbook({ name: opened.name, bytes: opened.bytes });
      // To the pane, an open file is a connected workbook: every tab works as in Excel.
      setWorkbook({ opened, gateway, connection: Promise.resolve({ status: "excel", gateway }) });
      setError(undefined);
    } catch (problem) {
      setError(errorMessage(problem));
    }
  }

  if (!workbook) {
    return (
      <FluentProvider theme={webLightTheme}>
        <StartScreen onOpen={open} error={error} />
      </FluentProvider>
    );
  }
  return <OpenFile key={workbook.opened.name + workbook.opened.bytes.length} workbook={workbook} onClose={() => setWorkbook(undefined)} />;
}

function OpenFile({ workbook, onClose }: { readonly workbook: OpenWorkbook; readonly onClose: () => void }) {
  const styles = useStyles();
  const { gateway } = workbook;
  const subscribe = useMemo(() => (listener: () => void) => gateway.subscribe(listener), [gateway]);
  const unsaved = useSyncExternalStore(subscribe, () => gateway.unsaved);
  const selection = useSyncExternalStore(subscribe, () => gateway.selection);
  useEffect(() => warnBeforeLeaving(() => gateway.unsaved), [gateway]);

  return (
    <FluentProvider theme={webLightTheme}>
      <FileBar gateway={gateway} opened={workbook.opened} unsaved={unsaved} onClose={onClose} />
      <div className={styles.layout}>
        <div className={styles.pane}>
          <ErrorBoundary>
            <GatewayProvider connection={workbook.connection}>
              {/* The file gateway keeps settings in memory until the copy is saved: nothing to wait for. */}
              <SessionProvider saveDelayMs={0}>
                <App />
              </SessionProvider>
            </GatewayProvider>
          </ErrorBoundary>
        </div>
        <aside className={styles.side}>
          <RowPreview gateway={gateway} selection={selection} />
        </aside>
      </div>
    </FluentProvider>
  );
}
