import { cellText, type RawCell } from "../cell/raw-cell";
import { parseSexCell, type SexReading } from "../values/parse-sex";
import { majorityForm } from "./majority";

/** The pairs villages write; a column's convention is the pair most of its cells use. */
const SEX_STYLES = {
  "L/P": { L: "L", P: "P" },
  "LK/PR": { L: "LK", P: "PR" },
  "Laki-laki/Perempuan": { L: "Laki-laki", P: "Perempuan" },
  "Pria/Wanita": { L: "Pria", P: "Wanita" },
} as const;

type SexStyle = keyof typeof SEX_STYLES;

const STYLE_OF_KEY: Readonly<Record<string, SexStyle>> = {
  l: "L/P", p: "L/P",
  lk: "LK/PR", pr: "LK/PR",
  laki: "Laki-laki/Perempuan", lakilaki: "Laki-laki/Perempuan", perempuan: "Laki-laki/Perempuan",
  pria: "Pria/Wanita", wanita: "Pria/Wanita",
};

/** How the column writes each sex: the exact spelling to give a cell that reads as that sex. */
export type SexSpelling = Readonly<Record<"L" | "P", string>>;

function styleOf(text: string): SexStyle | undefined {
  return STYLE_OF_KEY[text.toLowerCase().replace(/[^a-z]/g, "")];
}

/**
 * The column's spelling of L and P: the style most of its cells use, and within it the exact spelling
 * (case included) most used for each sex. A sex the column never spells in that style takes the
 * style's own word, in capitals when the other sex is written in capitals. Undefined when no cell is in a known style.
 */
export function sexConvention(cells: ReadonlyArray<RawCell | undefined>, read: (cell: RawCell | undefined) => SexReading = parseSexCell): SexSpelling | undefined {
  const readings = cells.map((c) => ({ text: cellText(c), reading: read(c) }));
  const style = majorityForm(readings.map((r) => (r.reading.status === "ok" && r.text !== undefined ? styleOf(r.text) : undefined)));
  if (!style) return undefined;
  const spelled = (sex: "L" | "P") =>
    majorityForm(readings.map((r) => (r.reading.status === "ok" && r.reading.sex === sex && r.text !== undefined && styleOf(r.text) === style ? r.text : undefined)));
  const l = spelled("L");
  const p = spelled("P");
  const inCaseOf = (word: string, other: string | undefined) => (other !== undefined && other.length > 1 && other === other.toUpperCase() ? word.toUpperCase() : word);
  return {
    L: l ?? inCaseOf(SEX_STYLES[style].L, p),
    P: p ?? inCaseOf(SEX_STYLES[style].P, l),
  };
}
