import { Button, Caption1, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { columnLetters } from "../../adapters/office/a1";
import { FIELD_LABELS, FIELD_NAMES, type FieldName } from "../../domain/fields";
import type { ColumnMapping, MappedColumn } from "../../domain/table/worker-table";
import { ColumnChoice } from "../components/ColumnChoice";
import { Disclosure } from "../components/Disclosure";
import { fieldUsingColumn, reassign, REQUIRED_FIELDS } from "./column-mapping";

export { cellLabel } from "../components/ColumnChoice";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr)",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

interface PendingChoice {
  readonly field: FieldName;
  readonly column: number;
  readonly other: FieldName;
}

/**
 * The column of each field, as found from the header names, with a dropdown to correct it. Required
 * fields are marked; a column another field already has is not silently taken from it: the secretary
 * chooses to swap the two or move it. A correction re-lists the findings from the rows already read;
 * the sheet's marks change only on "Periksa ulang".
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
  readonly onChange: (mapping: ColumnMapping) => void;
}) {
  const styles = useStyles();
  const [pending, setPending] = useState<PendingChoice>();
  const mapped = FIELD_NAMES.filter((field) => mapping[field]).length;
  const corrected = FIELD_NAMES.some((field) => mapping[field]?.column !== automatic[field]?.column);
  const missingRequired = REQUIRED_FIELDS.filter((field) => !mapping[field]);

  const choose = (field: FieldName, column: number | null) => {
    const other = column === null ? undefined : fieldUsingColumn(mapping, column, field);
    if (other && column !== null) return setPending({ field, column, other });
    setPending(undefined);
    onChange(reassign(mapping, headerCells, field, column, "move"));
  };

  const settle = (mode: "swap" | "move") => {
    if (!pending) return;
    setPending(undefined);
    onChange(reassign(mapping, headerCells, pending.field, pending.column, mode));
  };

  return (
    <Disclosure title={`Pemetaan kolom: ${mapped} dari ${FIELD_NAMES.length} dikenali${corrected ? " (diubah)" : ""}`} defaultOpen={missingRequired.length > 0}>
      <div className={styles.body}>
        <Caption1 className={styles.hint}>
          {`Judul kolom di baris ${headerRow}. Kolom bertanda * wajib. Pilihan baru langsung memperbarui daftar temuan; tanda di lembar baru diperbarui saat Anda klik "Periksa ulang".`}
        </Caption1>
        {missingRequired.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{`Kolom wajib belum dipilih: ${missingRequired.map((f) => FIELD_LABELS[f]).join(", ")}. Tanpa kolom ini tidak ada baris yang siap didaftarkan.`}</MessageBarBody>
          </MessageBar>
        )}
        {pending && (
          <MessageBar intent="info" layout="multiline" role="alert">
            <MessageBarBody>
              {`Kolom ${columnLetters(pending.column)} sudah dipakai untuk ${FIELD_LABELS[pending.other]}. Tukar (${FIELD_LABELS[pending.other]} mendapat kolom ${FIELD_LABELS[pending.field]} yang lama) atau pindahkan (${FIELD_LABELS[pending.other]} tanpa kolom)?`}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="primary" onClick={() => settle("swap")}>
                Tukar
              </Button>
              <Button size="small" onClick={() => settle("move")}>
                Pindahkan
              </Button>
              <Button size="small" appearance="subtle" onClick={() => setPending(undefined)}>
                Batal
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <div className={styles.grid}>
          {FIELD_NAMES.map((field) => (
            <ColumnChoice
              key={field}
              id={`pemetaan-${field}`}
              label={FIELD_LABELS[field]}
              required={REQUIRED_FIELDS.includes(field)}
              changed={mapping[field]?.column !== automatic[field]?.column}
              current={mapping[field]}
              headerCells={headerCells}
              disabled={disabled}
              accessibleName={`Kolom untuk ${FIELD_LABELS[field]}`}
              onChoose={(column) => choose(field, column)}
            />
          ))}
        </div>
        {corrected && (
          <div className={styles.actions}>
            <Button
              size="small"
              disabled={disabled}
              onClick={() => {
                setPending(undefined);
                onChange(automatic);
              }}
            >
              Kembalikan otomatis
            </Button>
          </div>
        )}
      </div>
    </Disclosure>
  );
}
