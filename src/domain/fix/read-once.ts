import type { RawCell } from "../cell/raw-cell";

/**
 * A cell reader that reads each distinct text once. A column holds few distinct values ("L", "P",
 * a few thousand birth dates), and the convention and the fix of a column read the same cells: on a
 * 100,000-row list this halves the work or better. Other cells are read every time (they are rare).
 */
export function readOnce<T>(read: (cell: RawCell | undefined) => T): (cell: RawCell | undefined) => T {
  const byText = new Map<string, T>();
  return (cell) => {
    if (cell?.kind !== "text") return read(cell);
    let value = byText.get(cell.text);
    if (value === undefined && !byText.has(cell.text)) {
      value = read(cell);
      byText.set(cell.text, value);
    }
    return value as T;
  };
}
