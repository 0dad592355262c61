/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import { ExcelGatewayError } from "../../../src/adapters/office";
import { throwIfCancelled, useOperation } from "../../../src/taskpane/operation/use-operation";

describe("a long operation in a tab", () => {
  it("shows its progress, then leaves no bar behind", async () => {
    const { result } = renderHook(() => useOperation());
    let finish!: () => void;
    let running!: Promise<string | undefined>;
    act(() => {
      running = result.current.run(async (_signal, report) => {
        report("Membaca lembar…", 0.1);
        await new Promise<void>((resolve) => (finish = resolve));
        return "selesai";
      });
    });
    expect(result.current.progress).toEqual({ label: "Membaca lembar…", value: 0.1 });
    await act(async () => finish());
    await expect(running).resolves.toBe("selesai");
    expect(result.current.busy).toBe(false);
  });

  it('"Batal" stops it at the next step and says so; its result is not presented', async () => {
    const { result } = renderHook(() => useOperation());
    let finish!: () => void;
    const steps: string[] = [];
    let running!: Promise<string | undefined>;
    act(() => {
      running = result.current.run(async (signal) => {
        await new Promise<void>((resolve) => (finish = resolve));
        steps.push("dibaca");
        throwIfCancelled(signal);
        steps.push("ditulis");
        return "selesai";
      });
    });
    act(() => result.current.cancel());
    expect(result.current.busy).toBe(false);
    await act(async () => finish());
    await expect(running).resolves.toBeUndefined();
    expect(steps).toEqual(["dibaca"]);
    expect(result.current.outcome).toEqual({ intent: "info", text: expect.stringContaining("Dibatalkan") });
  });

  it("shows an Excel error in Indonesian, as the gateway worded it", async () => {
    const { result } = renderHook(() => useOperation());
    await act(async () => {
      await result.current.run(async () => {
        throw new ExcelGatewayError("SHEET_PROTECTED", "Lembar ini dilindungi. Buka proteksinya lewat Tinjau > Buka Proteksi Lembar, lalu coba lagi.");
      });
    });
    expect(result.current.outcome).toEqual({ intent: "error", text: expect.stringMatching(/^Lembar ini dilindungi/) });
  });
});
