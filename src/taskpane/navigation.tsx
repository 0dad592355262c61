import { createContext, useContext } from "react";
import type { FindingFilter } from "./periksa/finding-groups";

/** Switches the pane to another tab (by its id in `TABS`), e.g. from a message that points to Pengaturan. */
export const NavigationContext = createContext<(tab: string) => void>(() => undefined);

export function useOpenTab(): (tab: string) => void {
  return useContext(NavigationContext);
}

/**
 * A count elsewhere (DTKS tab, Ringkasan, Ekspor's excluded rows) opens Periksa's findings on that
 * problem: `open` switches to Periksa with the filter, `focus` is what the list was opened on.
 */
export interface FindingsFocus {
  readonly focus?: FindingFilter;
  open(filter: FindingFilter): void;
}

export const FindingsFocusContext = createContext<FindingsFocus>({ open: () => undefined });

export function useFindingsFocus(): FindingsFocus {
  return useContext(FindingsFocusContext);
}
