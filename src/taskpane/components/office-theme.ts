/** The part of `Office.context.officeTheme` the pane reads (the rest are colours it does not need). */
export interface OfficeThemeColours {
  readonly bodyBackgroundColor?: string;
  /** Newer Office builds say it directly. */
  readonly isDarkTheme?: boolean;
}

/** Relative luminance of "#RRGGBB" (0 black … 1 white), or undefined for anything else. */
function luminance(hex: string): number | undefined {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return undefined;
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Whether Office shows a dark theme (Black, Dark Gray): the pane follows it instead of staying white
 * inside a dark Excel. Outside Office, or when Office says nothing, the pane is light.
 */
export function isDarkOfficeTheme(theme: OfficeThemeColours | undefined | null): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const light = theme.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : undefined;
  return light !== undefined && light < 0.2;
}

/** `Office.context.officeTheme`, guarded: it is missing outside Office and in older hosts. */
export function currentOfficeTheme(): OfficeThemeColours | undefined {
  try {
    const office = (globalThis as { Office?: { context?: { officeTheme?: OfficeThemeColours } } }).Office;
    return office?.context?.officeTheme;
  } catch {
    return undefined;
  }
}
