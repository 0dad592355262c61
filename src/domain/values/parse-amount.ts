import type { RawCell } from "../cell/raw-cell";

export type AmountReading =
  | { readonly status: "missing" }
  | { readonly status: "ok"; readonly amount: number }
  | { readonly status: "invalid"; readonly shown: string };

/** One shared answer for every empty cell: readings are never changed, and most lists have no income column. */
const MISSING: AmountReading = Object.freeze({ status: "missing" });

/**
 * Rupiah amounts as typed: 1000000, "1.000.000", "Rp 1.000.000,-", "Rp1,5 juta", "1 jt".
 * Indonesian writing uses the dot for thousands and the comma for decimals.
 */
export function parseAmountCell(cell: RawCell | undefined): AmountReading {
  if (!cell || cell.kind === "empty") return MISSING;
  if (cell.kind === "number") {
    return Number.isFinite(cell.value) && cell.value >= 0
      ? { status: "ok", amount: Math.round(cell.value) }
      : { status: "invalid", shown: String(cell.value) };
  }
  if (cell.kind !== "text") return { status: "invalid", shown: cell.kind === "error" ? cell.code : String((cell as { value?: unknown }).value ?? "") };
  return parseAmountText(cell.text);
}

export function parseAmountText(text: string): AmountReading {
  const shown = text.trim();
  if (shown === "" || /^[-–—\s]+$/.test(shown)) return MISSING;
  let t = shown.toLowerCase().replace(/^rp\.?\s*/, "").replace(/,-$|,00$|\.-$/, "").replace(/\s+/g, " ").trim();
  let multiplier = 1;
  const unit = /\s*(juta|jt|ribu|rb|k)$/.exec(t);
  if (unit) {
    multiplier = unit[1] === "juta" || unit[1] === "jt" ? 1_000_000 : 1_000;
    t = t.slice(0, unit.index).trim();
  }
  let value: number;
  if (/^\d{1,3}(\.\d{3})+$/.test(t)) value = Number(t.replace(/\./g, ""));
  else if (/^\d{1,3}(,\d{3})+$/.test(t) && multiplier === 1) value = Number(t.replace(/,/g, ""));
  else if (/^\d+(,\d+)?$/.test(t)) value = Number(t.replace(",", "."));
  else if (/^\d+\.\d{1,2}$/.test(t)) value = Number(t);
  else return { status: "invalid", shown };
  return { status: "ok", amount: Math.round(value * multiplier) };
}
