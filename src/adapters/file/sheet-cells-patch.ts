import { cellAddress, columnNumber } from "../../domain/cell/a1";
import { attribute, elements, escapeXml, withAttribute, withoutAttribute } from "./xml-text";

export type PatchValue = string | number | boolean;

/** What to change in one existing or new cell; what is not asked for stays as written. */
export interface CellEdit {
  /** New style index from the cell's current one (0 when it has none). */
  readonly restyle?: (current: number) => number;
  /** A new value, or "clear" to remove the value (and any formula) while keeping the format. */
  readonly value?: PatchValue | { readonly clear: true };
}

/** Edits keyed by row, then column (1-based). */
export type SheetEdits = ReadonlyMap<number, ReadonlyMap<number, CellEdit>>;

/**
 * Applies `edits` to a worksheet part's XML. Only the rows holding an edited cell are rewritten, and in
 * them only the edited cells; a cell that does not exist yet is inserted in column order (and a row in
 * row order), as Excel requires.
 */
export function patchSheetCells(original: string, edits: SheetEdits): string {
  if (edits.size === 0) return original;
  // An empty sheet's <sheetData/> is opened up so rows can go in.
  const xml = original.replace(/<sheetData(\s[^>]*)?\/>/, (_, attrs: string | undefined) => `<sheetData${attrs ?? ""}></sheetData>`);
  const data = sheetDataBounds(xml);
  let body = xml.slice(data.innerStart, data.innerEnd);
  if (/<row(?=[\s>])(?![^>]*\sr=)/.test(body)) body = numberRows(body);

  const wanted = [...edits.keys()].sort((a, b) => a - b);
  let next = 0;
  const out: string[] = [];
  let cursor = 0;
  for (const row of elements(body, "row")) {
    const r = Number(attribute(row.startTag, "r"));
    // New rows that come before this one.
    while (next < wanted.length && wanted[next]! < r) {
      out.push(body.slice(cursor, row.start), newRow(wanted[next]!, edits.get(wanted[next]!)!));
      cursor = row.start;
      next++;
    }
    if (wanted[next] !== r) continue;
    out.push(body.slice(cursor, row.start), patchRow(row.text, r, edits.get(r)!));
    cursor = row.end;
    next++;
  }
  out.push(body.slice(cursor));
  for (; next < wanted.length; next++) out.push(newRow(wanted[next]!, edits.get(wanted[next]!)!));
  return xml.slice(0, data.innerStart) + out.join("") + xml.slice(data.innerEnd);
}

function sheetDataBounds(xml: string): { innerStart: number; innerEnd: number } {
  const open = /<sheetData(\s[^>]*)?>/.exec(xml);
  if (!open) throw new Error("lembar tanpa <sheetData>");
  const innerStart = open.index + open[0].length;
  const innerEnd = xml.indexOf("</sheetData>", innerStart);
  if (innerEnd < 0) throw new Error("lembar tanpa </sheetData>");
  return { innerStart, innerEnd };
}

/** Rows written without r= are numbered one after another (the schema's rule); new rows need explicit numbers around them. */
function numberRows(body: string): string {
  let next = 1;
  return body.replace(/<row(?=[\s>/])[^>]*>/g, (tag) => {
    const own = attribute(tag, "r");
    const r = own !== undefined ? Number(own) : next;
    next = r + 1;
    return own !== undefined ? tag : withAttribute(tag, "r", String(r));
  });
}

function patchRow(rowXml: string, r: number, rowEdits: ReadonlyMap<number, CellEdit>): string {
  const startTag = /^<row[^>]*>/.exec(rowXml)![0];
  // spans= is only a hint for readers; a new cell may fall outside it.
  const newStart = withoutAttribute(startTag, "spans");
  if (startTag.endsWith("/>")) {
    return `${newStart.slice(0, -2).trimEnd()}>${[...rowEdits].sort(([a], [b]) => a - b).map(([c, edit]) => newCell(r, c, edit)).join("")}</row>`;
  }
  const inner = rowXml.slice(startTag.length, rowXml.length - "</row>".length);
  const pending = new Map(rowEdits);
  const out: string[] = [];
  let cursor = 0;
  let implicit = 1;
  for (const cell of elements(inner, "c")) {
    const ref = attribute(cell.startTag, "r");
    const column = ref !== undefined ? columnNumber(ref.replace(/\d+$/, "")) : implicit;
    implicit = column + 1;
    for (const c of [...pending.keys()].filter((c) => c < column).sort((a, b) => a - b)) {
      out.push(inner.slice(cursor, cell.start), newCell(r, c, pending.get(c)!));
      cursor = cell.start;
      pending.delete(c);
    }
    const edit = pending.get(column);
    // A cell without r= is given one, so cells inserted before it cannot shift it.
    const text = ref === undefined ? cell.text.replace(/^<c/, `<c r="${cellAddress(r, column)}"`) : cell.text;
    out.push(inner.slice(cursor, cell.start), edit ? editCell(text, edit) : text);
    cursor = cell.end;
    pending.delete(column);
  }
  const tail = inner.slice(cursor);
  const rest = [...pending.keys()].sort((a, b) => a - b).map((c) => newCell(r, c, pending.get(c)!));
  // Cells come before a row's extLst, if any.
  const ext = tail.indexOf("<extLst");
  const closing = ext >= 0 ? tail.slice(0, ext) + rest.join("") + tail.slice(ext) : tail + rest.join("");
  return `${newStart}${out.join("")}${closing}</row>`;
}

function newRow(r: number, rowEdits: ReadonlyMap<number, CellEdit>): string {
  const cells = [...rowEdits].sort(([a], [b]) => a - b).map(([c, edit]) => newCell(r, c, edit));
  return `<row r="${r}">${cells.join("")}</row>`;
}

function newCell(r: number, c: number, edit: CellEdit): string {
  return editCell(`<c r="${cellAddress(r, c)}"/>`, edit);
}

function editCell(cellXml: string, edit: CellEdit): string {
  let start = /^<c[^>]*>/.exec(cellXml)![0];
  const selfClosing = start.endsWith("/>");
  if (selfClosing) start = `${start.slice(0, -2).trimEnd()}>`;
  let body = selfClosing ? "" : cellXml.slice(start.length, cellXml.length - "</c>".length);
  if (edit.restyle) {
    const current = Number(attribute(start, "s") ?? 0);
    const next = edit.restyle(current);
    start = next === 0 ? withoutAttribute(start, "s") : withAttribute(start, "s", String(next));
  }
  if (edit.value !== undefined) {
    start = withoutAttribute(start, "t");
    // A rich value or a formula's metadata pointer belongs to the old value.
    start = withoutAttribute(withoutAttribute(start, "cm"), "vm");
    const value = edit.value;
    if (typeof value === "object") body = "";
    else if (typeof value === "string") {
      start = withAttribute(start, "t", "inlineStr");
      body = `<is><t xml:space="preserve">${escapeXml(value)}</t></is>`;
    } else if (typeof value === "boolean") {
      start = withAttribute(start, "t", "b");
      body = `<v>${value ? 1 : 0}</v>`;
    } else body = `<v>${Number.isFinite(value) ? String(value) : 0}</v>`;
  }
  return body === "" ? `${start.slice(0, -1)}/>` : `${start}${body}</c>`;
}
