/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import type { ExcelGateway } from "../../../src/adapters/office";
import { unavailableGateway } from "../../../src/adapters/office/host";
import { GatewayProvider } from "../../../src/taskpane/gateway-context";
import { SessionProvider, useSession } from "../../../src/taskpane/session/session-context";

/** A workbook whose settings store records every write, as the pane's gateway would receive them. */
function recordingGateway(): { gateway: ExcelGateway; writes: string[] } {
  const writes: string[] = [];
  const gateway: ExcelGateway = {
    ...unavailableGateway(),
    readSetting: async () => undefined,
    writeSetting: async (_key, value) => void writes.push(String(value)),
  };
  return { gateway, writes };
}

async function renderSession(gateway: ExcelGateway, saveDelayMs?: number) {
  const connection = Promise.resolve({ status: "excel" as const, gateway });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <GatewayProvider connection={connection}>
      <SessionProvider {...(saveDelayMs === undefined ? {} : { saveDelayMs })}>{children}</SessionProvider>
    </GatewayProvider>
  );
  const rendered = renderHook(() => useSession(), { wrapper });
  await act(async () => {
    await connection;
  });
  return rendered;
}

const typeTarget = (target: number) => (current: ReturnType<typeof useSession>["settings"]) => ({ ...current, budget: { ...current.budget, target } });

describe("saving the village's settings into the workbook", () => {
  afterEach(() => jest.useRealTimers());

  it("in Excel, typing is stored once it pauses: one write for three keystrokes, holding the last value", async () => {
    jest.useFakeTimers();
    const { gateway, writes } = recordingGateway();
    const { result } = await renderSession(gateway);
    act(() => {
      result.current.updateSettings(typeTarget(1));
      result.current.updateSettings(typeTarget(12));
      result.current.updateSettings(typeTarget(120));
    });
    expect(writes).toHaveLength(0);
    await act(async () => {
      jest.advanceTimersByTime(400);
    });
    expect(writes).toHaveLength(1);
    expect(JSON.parse(writes[0]!).budget.target).toBe(120);
  });

  it("on the browser page (no delay), every change is stored at once, so a copy downloaded right after carries it", async () => {
    const { gateway, writes } = recordingGateway();
    const { result } = await renderSession(gateway, 0);
    // No timer runs: only the gateway's own promise is awaited before the next click can happen.
    await act(async () => result.current.updateSettings(typeTarget(150)));
    expect(writes.map((w) => JSON.parse(w).budget.target)).toEqual([150]);
  });
});
