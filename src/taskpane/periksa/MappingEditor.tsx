import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Dropdown,
  makeStyles,
  mergeClasses,
  Option,
  tokens,
} from "@fluentui/react-components";
import { columnLetters } from "../../adapters/office/a1";
import { FIELD_LABELS, FIELD_NAMES, type FieldName } from "../../domain/fields";
import type { ColumnMapping, MappedColumn } from "../../domain/table/worker-table";

const NONE = "tidak-ada";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr)",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  label: { overflowWrap: "anywhere" },
  dropdown: { minWidth: 0, width: "100%" },
  hint: { color: tokens.colorNeutralForeground3, display: "block", marginBottom: tokens.spacingVerticalS },
  changed: { fontWeight: tokens.fontWeightSemibold },
});

export function cellLabel(cell: MappedColumn): string {
  return cell.header ? `${columnLetters(cell.column)} · ${cell.header}` : `Kolom ${columnLetters(cell.column)}`;
}

/**
 * The column of each field, as found from the header names, with a dropdown to correct it. A
 * correction re-checks the rows already read: Excel is not read again.
 */
export function MappingEditor({
  mapping,
  automatic,
  headerCells,
  headerRow,
  disabled,
  onChange,
}: {
  readonly mapping: ColumnMapping;
  readonly automatic: ColumnMapping;
  readonly headerCells: ReadonlyArray<MappedColumn>;
  readonly headerRow: number;
  readonly disabled?: boolean;
  readonly onChange: (field: FieldName, column: number | null) => void;
}) {
  const styles = useStyles();
  const mapped = FIELD_NAMES.filter((field) => mapping[field]).length;
  return (
    <Accordion collapsible>
      <AccordionItem value="pemetaan">
        <AccordionHeader size="small">{`Pemetaan kolom: ${mapped} dari ${FIELD_NAMES.length} dikenali`}</AccordionHeader>
        <AccordionPanel>
          <Caption1 className={styles.hint}>
            {`Judul kolom di baris ${headerRow}. Bila ada yang keliru, pilih kolom yang benar; pemeriksaan langsung diulang.`}
          </Caption1>
          <div className={styles.grid}>
            {FIELD_NAMES.map((field) => {
              const current = mapping[field];
              const id = `pemetaan-${field}`;
              const changed = current?.column !== automatic[field]?.column;
              return [
                <label key={`${field}-label`} htmlFor={id} className={mergeClasses(styles.label, changed && styles.changed)}>
                  {FIELD_LABELS[field]}
                </label>,
                <Dropdown
                  key={field}
                  id={id}
                  size="small"
                  className={styles.dropdown}
                  disabled={disabled}
                  aria-label={`Kolom untuk ${FIELD_LABELS[field]}`}
                  value={current ? cellLabel(current) : "— tidak ada —"}
                  selectedOptions={[current ? String(current.column) : NONE]}
                  onOptionSelect={(_, data) => {
                    const value = data.optionValue === NONE || data.optionValue === undefined ? null : Number(data.optionValue);
                    if (value !== (current?.column ?? null)) onChange(field, value);
                  }}
                >
                  <Option value={NONE}>— tidak ada —</Option>
                  {headerCells.map((cell) => (
                    <Option key={cell.column} value={String(cell.column)} text={cellLabel(cell)}>
                      {cellLabel(cell)}
                    </Option>
                  ))}
                </Dropdown>,
              ];
            })}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
