import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { connectToExcel } from "./connection";
import { ErrorBoundary } from "./ErrorBoundary";
import { GatewayProvider } from "./gateway-context";
import { SessionProvider } from "./session/session-context";

// The pane renders at once and office.js initialises meanwhile: Office.onReady gates only the
// workbook calls, not the UI, so the secretary sees the tabs without waiting for Excel.
createRoot(document.getElementById("container")!).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme}>
      <ErrorBoundary>
        <GatewayProvider connection={connectToExcel()}>
          <SessionProvider>
            <App />
          </SessionProvider>
        </GatewayProvider>
      </ErrorBoundary>
    </FluentProvider>
  </StrictMode>,
);
