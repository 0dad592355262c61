import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { columnLetters } from "../domain/cell/a1";
import { cellText } from "../domain/cell/raw-cell";
import type { CellSelection, FileExcelGateway } from "../adapters/file/file-excel-gateway";

const useStyles = makeStyles({
  box: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingVerticalM, overflowX: "auto" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, marginTop: tokens.spacingVerticalS },
  cell: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: `2px ${tokens.spacingHorizontalS}`, whiteSpace: "nowrap", textAlign: "left" },
  head: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  chosen: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
});

interface Preview {
  readonly selection: CellSelection;
  readonly header: ReadonlyArray<string>;
  readonly cells: ReadonlyArray<string>;
}

/**
 * What Excel would do by selecting the cell of a finding: here, the sheet's row with its cells, the
 * cell in question outlined, under the sheet's first row (usually the column headings).
 */
export function RowPreview({ gateway, selection }: { readonly gateway: FileExcelGateway; readonly selection: CellSelection | undefined }) {
  const styles = useStyles();
  const [preview, setPreview] = useState<Preview>();
  useEffect(() => {
    let current = true;
    if (!selection) return;
    void gateway.readUsedRange(selection.sheet).then((grid) => {
      if (!current) return;
      const text = (row: number) => {
        const cells = grid.rows[row - grid.firstRow] ?? [];
        const width = Math.max(selection.column - grid.firstColumn + 1, ...grid.rows.slice(0, 50).map((r) => r.length));
        return Array.from({ length: width }, (_, j) => cellText(cells[j]) ?? "");
      };
      // The heading row: the first row with at least two texts, above the selected one.
      let headerRow = grid.firstRow;
      for (let r = grid.firstRow; r < selection.row; r++) {
        if (text(r).filter((t) => t !== "").length >= 2) {
          headerRow = r;
          break;
        }
      }
      setPreview({ selection, header: headerRow < selection.row ? text(headerRow) : [], cells: text(selection.row) });
    });
    return () => {
      current = false;
    };
  }, [gateway, selection]);

  if (!selection || !preview || preview.selection !== selection) return null;
  const chosen = selection.column - 1;
  return (
    <section className={styles.box} aria-label="Baris yang dipilih">
      <Subtitle2 as="h2">
        Lembar &quot;{selection.sheet}&quot;, baris {selection.row}
      </Subtitle2>
      <br />
      <Caption1>Sel {columnLetters(selection.column)}{selection.row} ditandai. Perbaiki di Excel, LibreOffice atau WPS pada salinan yang disimpan, lalu buka dan periksa lagi.</Caption1>
      <table className={styles.table}>
        <thead>
          <tr>
            {preview.cells.map((_, j) => (
              <th key={j} scope="col" className={`${styles.cell} ${styles.head}`}>
                {columnLetters(j + 1)}
                {preview.header[j] ? ` · ${preview.header[j]}` : ""}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {preview.cells.map((text, j) => (
              <td key={j} className={j === chosen ? `${styles.cell} ${styles.chosen}` : styles.cell} aria-current={j === chosen ? "true" : undefined}>
                {text}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}
