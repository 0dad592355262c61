import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from "@fluentui/react-components";
import { columnLetters } from "../../adapters/office/a1";
import { describePart } from "../../domain/dtks/dtks-extract";
import { DTKS_FIELD_LABELS, type DtksField } from "../../domain/dtks/dtks-record";
import type { MappedColumn } from "../../domain/table/worker-table";
import { ColumnChoice } from "../components/ColumnChoice";
import type { DtksState, LoadedPart } from "../session/session-context";
import { EDITABLE_EXTRACT_FIELDS } from "./extract-reading";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  // File names are long and have no spaces: they wrap anywhere rather than widen the pane.
  wrap: { overflowWrap: "anywhere" },
  list: { overflowWrap: "anywhere", margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr)",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  accordion: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, marginRight: `calc(-1 * ${tokens.spacingHorizontalS})` },
  headerText: { overflowWrap: "anywhere", textAlign: "start" },
});

/** The header text a column of the file has, whatever the reading renamed it to. */
function original(loaded: LoadedPart, column: number | undefined): MappedColumn | undefined {
  if (column === undefined) return undefined;
  return loaded.read.headerCells.find((cell) => cell.column === column) ?? { column, header: "" };
}

/**
 * The extract in use: each file as read (its kind, rows, header row), the join's counted notes, and
 * per file the column read for each field, with a dropdown to correct it. A correction reads that
 * file again with the changed mapping and matches again.
 */
export function ExtractDetails({
  dtks,
  disabled,
  onRemap,
}: {
  readonly dtks: DtksState;
  readonly disabled?: boolean;
  readonly onRemap: (part: number, field: DtksField, column: number | null) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.body}>
      <Text weight="semibold" className={styles.wrap}>{`Ekstrak dari ${dtks.source}`}</Text>
      <Caption1 className={styles.muted}>
        {dtks.sheets.length > 0
          ? `Tersimpan di buku kerja ini, lembar ${dtks.sheets.map((s) => `"${s}"`).join(", ")}.`
          : "Dibaca di panel ini saja: tidak ada lembar ekstrak di buku kerja, jadi data warga lain tidak ikut tersimpan bersama daftar pekerja."}
      </Caption1>
      <ul className={styles.list} aria-label="Berkas ekstrak">
        {dtks.parts.map(({ read }, i) => (
          <li key={i}>
            <Caption1>{`${read.part.name}: ${describePart(read.part)}`}</Caption1>
          </li>
        ))}
      </ul>
      {dtks.extract.notes.length > 0 && (
        <ul className={styles.list} aria-label="Catatan ekstrak">
          {dtks.extract.notes.map((note) => (
            <li key={`${note.code}-${note.message}`}>
              <Caption1 className={styles.muted}>{note.message}</Caption1>
            </li>
          ))}
        </ul>
      )}
      <Accordion collapsible className={styles.accordion}>
        {dtks.parts.map((loaded, index) => (
          <PartMapping key={index} loaded={loaded} index={index} disabled={disabled} onRemap={onRemap} />
        ))}
      </Accordion>
    </div>
  );
}

function PartMapping({
  loaded,
  index,
  disabled,
  onRemap,
}: {
  readonly loaded: LoadedPart;
  readonly index: number;
  readonly disabled?: boolean;
  readonly onRemap: (part: number, field: DtksField, column: number | null) => void;
}) {
  const styles = useStyles();
  const { part, automatic, headerCells } = loaded.read;
  const recognised = EDITABLE_EXTRACT_FIELDS.filter((field) => part.mapping[field]).length;
  const others = (Object.keys(part.mapping) as DtksField[]).filter((field) => !EDITABLE_EXTRACT_FIELDS.includes(field) && field !== "nama_lain");
  return (
    <AccordionItem value={`bagian-${index}`}>
      <AccordionHeader size="small">
        <span className={styles.headerText}>{`Kolom ${part.name}: ${recognised} dikenali`}</span>
      </AccordionHeader>
      <AccordionPanel>
        <div className={styles.body}>
          <Caption1 className={mergeClasses(styles.muted, styles.wrap)}>{`Judul kolom di baris ${part.headerRow}. Bila ada yang keliru, pilih kolom yang benar; berkas dibaca ulang dan dicocokkan lagi.`}</Caption1>
          <div className={styles.grid}>
            {EDITABLE_EXTRACT_FIELDS.map((field) => {
              const current = original(loaded, part.mapping[field]?.column);
              const changed = part.mapping[field]?.column !== automatic[field]?.column;
              return (
                <ColumnChoice
                  key={field}
                  id={`ekstrak-${index}-${field}`}
                  label={DTKS_FIELD_LABELS[field]}
                  changed={changed}
                  current={current}
                  headerCells={headerCells}
                  disabled={disabled}
                  accessibleName={`Kolom ${DTKS_FIELD_LABELS[field]} di ${part.name}`}
                  onChoose={(column) => onRemap(index, field, column)}
                />
              );
            })}
          </div>
          {others.length > 0 && (
            <Caption1 className={mergeClasses(styles.muted, styles.wrap)}>
              {`Juga dibaca: ${others.map((field) => `${DTKS_FIELD_LABELS[field]} (${columnLetters(part.mapping[field]!.column)})`).join(", ")}.`}
            </Caption1>
          )}
        </div>
      </AccordionPanel>
    </AccordionItem>
  );
}
