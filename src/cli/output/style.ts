import { formatAngka } from "../../domain/format";
/** ANSI colour only for a terminal that wants it (NO_COLOR, pipes and files get plain text). */
export function makeStyle(stream: NodeJS.WriteStream) {
  const on = Boolean(stream.isTTY) && !process.env.NO_COLOR;
  const wrap = (code: string) => (text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
  return { red: wrap("31"), yellow: wrap("33"), cyan: wrap("36"), bold: wrap("1"), dim: wrap("2"), green: wrap("32") };
}

export type Style = ReturnType<typeof makeStyle>;

/** 120000 -> "120.000": Indonesian thousands separator, by the domain's one formatter (no host ICU data). */
export function formatCount(n: number): string {
  return formatAngka(n);
}
