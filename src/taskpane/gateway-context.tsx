import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { ExcelGateway } from "../adapters/office";
import { deferredGateway, type Connection, type ConnectionStatus } from "./connection";

interface GatewayContextValue {
  readonly gateway: ExcelGateway;
  /** "connecting" until office.js has answered. */
  readonly status: ConnectionStatus | "connecting";
}

const GatewayContext = createContext<GatewayContextValue | undefined>(undefined);

/**
 * Gives every component the one `ExcelGateway` (Office.js in Excel, simulated in browser tests).
 * The pane renders at once; calls made before office.js is ready wait for it.
 */
export function GatewayProvider({ connection, children }: { readonly connection: Promise<Connection>; readonly children: ReactNode }) {
  const gateway = useMemo(() => deferredGateway(connection), [connection]);
  const [status, setStatus] = useState<GatewayContextValue["status"]>("connecting");
  useEffect(() => {
    let current = true;
    void connection.then((c) => current && setStatus(c.status));
    return () => {
      current = false;
    };
  }, [connection]);
  return <GatewayContext.Provider value={{ gateway, status }}>{children}</GatewayContext.Provider>;
}

function useGatewayContext(): GatewayContextValue {
  const value = useContext(GatewayContext);
  if (!value) throw new Error("GatewayProvider tidak ditemukan di atas komponen ini.");
  return value;
}

export function useGateway(): ExcelGateway {
  return useGatewayContext().gateway;
}

/** Where the pane runs: "excel", "outside-excel", "office-missing", or "connecting". */
export function useConnectionStatus(): GatewayContextValue["status"] {
  return useGatewayContext().status;
}
