import { cellAddress } from "../../domain/cell/a1";
import { isOurFill, parseLedger, serialiseLedger, type HighlightLedger, type LedgerSheet } from "../office/highlight-plan";
import { readRelationships, REL, workbookPart } from "./package-parts";
import type { XlsxPackage } from "./xlsx-package";
import { attribute, elements } from "./xml-text";

/**
 * The fills cells had before the add-in painted them, as the add-in records them: the highlight ledger
 * in the workbook's settings (`PekerjaRentan.tanda`, see highlight-plan.ts). The page reads it to give a
 * cell its own fill back when an earlier mark goes, and writes it for the cells it marks, so a copy saved
 * here can be cleaned the same way later (by the page; the add-in keys its ledger by Office's worksheet
 * id, which a file does not carry, so it finds a sheet the page recorded only by scanning our colours).
 */
export interface SheetFillLedger {
  /** The ledger's key for this sheet: the add-in's worksheet id when the add-in wrote it, else the sheet's name. */
  readonly key: string;
  /** Address ("B7") -> the fill before the first mark, "#RRGGBB", or null for none. */
  readonly cells: ReadonlyMap<string, string | null>;
}

/** The ledger's entry for a sheet, found by the name it was last written under (the file has no worksheet ids). */
export function sheetLedger(ledger: HighlightLedger, sheetName: string): SheetFillLedger {
  const lower = sheetName.toLowerCase();
  for (const [key, sheet] of ledger.sheets) {
    if (sheet.name.toLowerCase() === lower) return { key, cells: sheet.cells };
  }
  return { key: sheetName, cells: new Map() };
}

export function readLedger(stored: unknown): HighlightLedger {
  return stored === undefined ? { sheets: new Map() } : parseLedger(stored);
}

/** The ledger to store after a check replaced a sheet's marks; undefined when nothing is left to record. */
export function ledgerValue(ledger: HighlightLedger, changed: ReadonlyMap<string, LedgerSheet>): string | undefined {
  const sheets = new Map(ledger.sheets);
  for (const [key, sheet] of changed) {
    if (sheet.cells.size === 0) sheets.delete(key);
    else sheets.set(key, sheet);
  }
  return sheets.size === 0 ? undefined : serialiseLedger({ sheets });
}

/**
 * For cells about to be marked: the fill each had before any mark of ours. A cell already in the ledger
 * keeps its recorded fill; a cell in our colour without an entry lost it (no fill is the best guess, as in
 * the add-in); any other cell's current solid fill is read from the file. Pattern and theme fills are not
 * colours the ledger can hold: they count as no fill.
 */
export function fillsBeforeMarks(
  pkg: XlsxPackage,
  sheetPart: string,
  cells: ReadonlyArray<{ readonly row: number; readonly column: number }>,
  recorded: ReadonlyMap<string, string | null>,
): Map<string, string | null> {
  const now = cellFills(pkg, sheetPart);
  const before = new Map<string, string | null>();
  for (const { row, column } of cells) {
    const address = cellAddress(row, column);
    if (recorded.has(address)) before.set(address, recorded.get(address)!);
    else {
      const fill = now.get(address) ?? null;
      before.set(address, isOurFill(fill) ? null : fill);
    }
  }
  return before;
}

/** Address -> "#RRGGBB" for every cell of the sheet whose format has a solid RGB fill. */
function cellFills(pkg: XlsxPackage, sheetPart: string): Map<string, string> {
  const formats = formatFills(pkg);
  const fills = new Map<string, string>();
  if (formats.size === 0) return fills;
  for (const match of (pkg.text(sheetPart) ?? "").matchAll(/<c\s[^>]*>/g)) {
    const s = attribute(match[0], "s");
    const ref = attribute(match[0], "r");
    const fill = s === undefined ? undefined : formats.get(Number(s));
    if (fill && ref) fills.set(ref, fill);
  }
  return fills;
}

/** Cell format index (cellXfs) -> its solid fill's colour, "#RRGGBB". */
function formatFills(pkg: XlsxPackage): Map<number, string> {
  const part = readRelationships(pkg, workbookPart(pkg)).find((rel) => rel.type === REL.styles)?.part;
  const xml = part ? pkg.text(part) : undefined;
  const formats = new Map<number, string>();
  if (!xml) return formats;
  const section = (name: string) => new RegExp(`<${name}(?=[\\s>])[^>]*>([\\s\\S]*?)</${name}>`).exec(xml)?.[1] ?? "";
  const colours = new Map<number, string>();
  elements(section("fills"), "fill").forEach((fill, i) => {
    if (!/patternType="solid"/.test(fill.text)) return;
    const rgb = /<fgColor[^>]*\srgb="[0-9A-Fa-f]{2}([0-9A-Fa-f]{6})"/.exec(fill.text)?.[1];
    if (rgb) colours.set(i, `#${rgb.toUpperCase()}`);
  });
  elements(section("cellXfs"), "xf").forEach((xf, i) => {
    const colour = colours.get(Number(attribute(xf.startTag, "fillId") ?? -1));
    if (colour) formats.set(i, colour);
  });
  return formats;
}
