import { createContext, useContext } from "react";

/** Switches the pane to another tab (by its id in `TABS`), e.g. from a message that points to Pengaturan. */
export const NavigationContext = createContext<(tab: string) => void>(() => undefined);

export function useOpenTab(): (tab: string) => void {
  return useContext(NavigationContext);
}
