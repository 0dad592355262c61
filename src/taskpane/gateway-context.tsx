import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { ExcelGateway } from "../adapters/office";
import { deferredGateway, type Connection, type ConnectionStatus } from "./connection";

interface GatewayContextValue {
  readonly gateway: ExcelGateway;
  /** "connecting" until office.js has answered, however long that takes. */
  readonly status: ConnectionStatus | "connecting";
  /** The settled connection (missing requirement sets, platform), once there is one. */
  readonly connection: Connection | undefined;
}

const GatewayContext = createContext<GatewayContextValue | undefined>(undefined);

/**
 * Gives every component the one `ExcelGateway` (Office.js in Excel, simulated in browser tests).
 * The pane renders at once; calls made before office.js is ready wait for it, and a late answer
 * still connects the pane.
 */
export function GatewayProvider({ connection, children }: { readonly connection: Promise<Connection>; readonly children: ReactNode }) {
  const gateway = useMemo(() => deferredGateway(connection), [connection]);
  const [settled, setSettled] = useState<Connection>();
  useEffect(() => {
    let current = true;
    void connection.then((c) => current && setSettled(c));
    return () => {
      current = false;
    };
  }, [connection]);
  const value = useMemo<GatewayContextValue>(() => ({ gateway, status: settled?.status ?? "connecting", connection: settled }), [gateway, settled]);
  return <GatewayContext.Provider value={value}>{children}</GatewayContext.Provider>;
}

function useGatewayContext(): GatewayContextValue {
  const value = useContext(GatewayContext);
  if (!value) throw new Error("GatewayProvider tidak ditemukan di atas komponen ini.");
  return value;
}

export function useGateway(): ExcelGateway {
  return useGatewayContext().gateway;
}

/** Where the pane runs: "excel", "outside-excel", "office-missing", "unsupported-host", or "connecting". */
export function useConnectionStatus(): GatewayContextValue["status"] {
  return useGatewayContext().status;
}

/** The settled connection, for what it knows beyond the status (missing sets, platform). */
export function useConnection(): Connection | undefined {
  return useGatewayContext().connection;
}

/** Seconds spent waiting for office.js so far, ticking while the status is "connecting". */
export function useSecondsWaiting(): number {
  const status = useConnectionStatus();
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (status !== "connecting") return;
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [status]);
  return seconds;
}
