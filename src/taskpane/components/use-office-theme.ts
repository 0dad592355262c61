import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useConnectionStatus } from "../gateway-context";
import { currentOfficeTheme, isDarkOfficeTheme } from "./office-theme";

/**
 * Fluent's light or dark theme, as Office's own theme is. Read once office.js is ready, and again when
 * the secretary comes back to the pane (Excel sends no event when its theme changes).
 */
export function useOfficeTheme(): Theme {
  const status = useConnectionStatus();
  const [dark, setDark] = useState(() => isDarkOfficeTheme(currentOfficeTheme()));
  useEffect(() => {
    const read = () => setDark(isDarkOfficeTheme(currentOfficeTheme()));
    read();
    window.addEventListener("focus", read);
    document.addEventListener("visibilitychange", read);
    return () => {
      window.removeEventListener("focus", read);
      document.removeEventListener("visibilitychange", read);
    };
  }, [status]);
  return dark ? webDarkTheme : webLightTheme;
}
