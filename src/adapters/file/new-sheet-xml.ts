import { cellAddress, parseRangeAddress } from "../../domain/cell/a1";
import { isLayoutFormula, layoutColumnFormat, layoutNumberFormat, layoutWidth, type SheetLayout } from "../../domain/layout/sheet-layout";
import type { FormatRequest, StylesEditor } from "./styles-editor";
import { escapeXml } from "./xml-text";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * The worksheet XML of a sheet the pane adds (the RAB, the DTKS match, the report), from the same
 * layout every face renders. Strings are inline strings and every text cell is formatted "@" before
 * Excel ever sees it, so a NIK or a region code keeps all its digits; formulas stay native formulas
 * with no cached value, and Excel, LibreOffice or WPS compute them on opening.
 */
export function layoutSheetXml(layout: SheetLayout, styles: StylesEditor): string {
  const width = layoutWidth(layout);
  const style = (request: FormatRequest): number => (isEmptyRequest(request) ? 0 : styles.derive(0, request));
  const cellStyles = layoutCellStyles(layout);

  const cols: string[] = [];
  for (let c = 0; c < width; c++) {
    const chars = layout.columnWidths?.[c];
    const format = layoutColumnFormat(layout, c);
    const wrap = layout.wrapColumns?.includes(c + 1) || undefined;
    const s = style({ numberFormat: format ?? undefined, wrap });
    if (chars === undefined && s === 0) continue;
    cols.push(`<col min="${c + 1}" max="${c + 1}" width="${chars ?? 9.140625}"${chars !== undefined ? ' customWidth="1"' : ""}${s ? ` style="${s}"` : ""}/>`);
  }

  const rows: string[] = [];
  layout.cells.forEach((cells, r) => {
    const out: string[] = [];
    for (let c = 0; c < Math.max(cells.length, width); c++) {
      const cell = cells[c] ?? null;
      const request: FormatRequest = {
        numberFormat: layoutNumberFormat(layout, r, c) ?? undefined,
        wrap: layout.wrapColumns?.includes(c + 1) || undefined,
        ...cellStyles.get(`${r + 1}:${c + 1}`),
      };
      const s = style(request);
      if (cell === null && s === 0) continue;
      out.push(cellXml(cellAddress(r + 1, c + 1), cell, s));
    }
    if (out.length > 0) rows.push(`<row r="${r + 1}">${out.join("")}</row>`);
  });

  const frozen = layout.frozenRows ?? 0;
  const views =
    frozen > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
      : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${R_NS}">` +
    views +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols.length > 0 ? `<cols>${cols.join("")}</cols>` : "") +
    `<sheetData>${rows.join("")}</sheetData>` +
    "</worksheet>"
  );
}

/** `addSheet`'s plain rows as a layout: text columns "@" as a whole, nothing else. */
export function rowsLayout(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>, textColumns: ReadonlyArray<number>): SheetLayout {
  return { cells: rows, textColumns };
}

function cellXml(ref: string, cell: SheetLayout["cells"][number][number], s: number): string {
  const style = s ? ` s="${s}"` : "";
  if (cell === null || cell === undefined) return `<c r="${ref}"${style}/>`;
  if (isLayoutFormula(cell)) return `<c r="${ref}"${style}><f>${escapeXml(cell.formula.replace(/^=/, ""))}</f></c>`;
  if (typeof cell === "string") {
    if (cell === "") return `<c r="${ref}"${style}/>`;
    return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
  }
  if (typeof cell === "boolean") return `<c r="${ref}"${style} t="b"><v>${cell ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${style}><v>${Number.isFinite(cell) ? cell : 0}</v></c>`;
}

/** Bold, italic, wrap and fill of each cell covered by the layout's style ranges, later ranges winning. */
function layoutCellStyles(layout: SheetLayout): Map<string, FormatRequest> {
  const byCell = new Map<string, FormatRequest>();
  for (const style of layout.styles ?? []) {
    const range = parseRangeAddress(style.range);
    if (!range) continue;
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        const key = `${r}:${c}`;
        const own: FormatRequest = {
          ...(style.bold !== undefined ? { bold: style.bold } : {}),
          ...(style.italic !== undefined ? { italic: style.italic } : {}),
          ...(style.wrap !== undefined ? { wrap: style.wrap } : {}),
          ...(style.fill !== undefined ? { fill: style.fill } : {}),
        };
        byCell.set(key, { ...byCell.get(key), ...own });
      }
    }
  }
  return byCell;
}

function isEmptyRequest(request: FormatRequest): boolean {
  return request.fill === undefined && request.numberFormat === undefined && !request.bold && !request.italic && !request.wrap;
}
