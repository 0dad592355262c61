import { useCallback, useEffect, useRef, useState } from "react";
import { errorMessage } from "../error-message";

/** Thrown between the steps of an operation the secretary cancelled with "Batal". */
export class OperationCancelled extends Error {
  override readonly name = "OperationCancelled";
  constructor() {
    super("Dibatalkan.");
  }
}

export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new OperationCancelled();
}

/** Lets the browser paint the progress label before a long synchronous step (the engine) starts. */
export function nextPaint(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) =>
    setTimeout(() => (signal.aborted ? reject(new OperationCancelled()) : resolve()), 0),
  );
}

export interface Progress {
  readonly label: string;
  /** 0..1 when the share done is known; otherwise the bar runs without a value. */
  readonly value?: number;
}

export type Outcome = { readonly intent: "success" | "warning" | "error" | "info"; readonly text: string };

export type Report = (label: string, value?: number) => void;

/**
 * One operation at a time per tab: its progress, "Batal" (an AbortController the work checks between
 * its steps), and the outcome in Indonesian. Leaving the tab cancels what is running.
 */
export function useOperation() {
  const [progress, setProgress] = useState<Progress>();
  const [outcome, setOutcome] = useState<Outcome>();
  const current = useRef<AbortController | undefined>(undefined);

  useEffect(() => () => current.current?.abort(), []);

  const run = useCallback(async <T,>(work: (signal: AbortSignal, report: Report) => Promise<T>): Promise<T | undefined> => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setOutcome(undefined);
    setProgress({ label: "Menyiapkan…" });
    try {
      const result = await work(controller.signal, (label, value) => {
        if (!controller.signal.aborted) setProgress({ label, value });
      });
      // Cancelled while Excel finished its last step: what it did stays, but is not presented as done.
      return controller.signal.aborted ? undefined : result;
    } catch (error) {
      if (error instanceof OperationCancelled || controller.signal.aborted) {
        if (current.current === controller) setOutcome({ intent: "info", text: "Dibatalkan. Tidak ada yang diubah sesudah langkah yang sedang berjalan." });
      } else {
        setOutcome({ intent: "error", text: errorMessage(error) });
      }
      return undefined;
    } finally {
      if (current.current === controller) {
        current.current = undefined;
        setProgress(undefined);
      }
    }
  }, []);

  const cancel = useCallback(() => {
    const controller = current.current;
    if (!controller) return;
    controller.abort();
    current.current = undefined;
    setProgress(undefined);
    setOutcome({ intent: "info", text: "Dibatalkan. Tidak ada yang diubah sesudah langkah yang sedang berjalan." });
  }, []);

  return { busy: progress !== undefined, progress, outcome, setOutcome, run, cancel };
}
