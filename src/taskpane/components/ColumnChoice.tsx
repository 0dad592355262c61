import { Dropdown, makeStyles, mergeClasses, Option, tokens } from "@fluentui/react-components";
import { columnLetters } from "../../adapters/office/a1";
import type { MappedColumn } from "../../domain/table/worker-table";

const NONE = "tidak-ada";

const useStyles = makeStyles({
  label: { overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
  changed: { fontWeight: tokens.fontWeightSemibold },
  required: { color: tokens.colorPaletteRedForeground1, marginLeft: tokens.spacingHorizontalXXS },
  // One line per choice, cut with an ellipsis: a 40-character column name must not wrap mid-word.
  dropdown: { minWidth: 0, width: "100%", "& .fui-Dropdown__button": { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" } },
});

/** "B · NIK", or "Kolom B" when the header cell is empty. */
export function cellLabel(cell: MappedColumn): string {
  return cell.header ? `${columnLetters(cell.column)} · ${cell.header}` : `Kolom ${columnLetters(cell.column)}`;
}

/**
 * One row of a column mapping (worker table or DTKS extract): the field's name, marked when it is
 * required or was corrected, and a dropdown of the header's columns. Two grid cells: the caller's grid
 * lays out label and dropdown side by side.
 */
export function ColumnChoice({
  id,
  label,
  required,
  changed,
  current,
  headerCells,
  disabled,
  accessibleName,
  onChoose,
}: {
  readonly id: string;
  readonly label: string;
  readonly required?: boolean;
  readonly changed?: boolean;
  readonly current: MappedColumn | undefined;
  readonly headerCells: ReadonlyArray<MappedColumn>;
  readonly disabled?: boolean;
  readonly accessibleName: string;
  readonly onChoose: (column: number | null) => void;
}) {
  const styles = useStyles();
  return (
    <>
      <label htmlFor={id} className={mergeClasses(styles.label, changed && styles.changed)}>
        {label}
        {required && (
          <span className={styles.required} aria-label="wajib">
            *
          </span>
        )}
      </label>
      <Dropdown
        id={id}
        size="small"
        className={styles.dropdown}
        disabled={disabled}
        aria-label={required ? `${accessibleName} (wajib)` : accessibleName}
        value={current ? cellLabel(current) : "— tidak ada —"}
        selectedOptions={[current ? String(current.column) : NONE]}
        onOptionSelect={(_, data) => {
          const value = data.optionValue === NONE || data.optionValue === undefined ? null : Number(data.optionValue);
          if (value !== (current?.column ?? null)) onChoose(value);
        }}
      >
        <Option value={NONE}>— tidak ada —</Option>
        {headerCells.map((cell) => (
          <Option key={cell.column} value={String(cell.column)} text={cellLabel(cell)}>
            {cellLabel(cell)}
          </Option>
        ))}
      </Dropdown>
    </>
  );
}
