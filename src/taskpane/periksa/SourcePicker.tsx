import { Dropdown, Field, makeStyles, Option, OptionGroup } from "@fluentui/react-components";
import { useState } from "react";
import type { SheetInfo, TableInfo } from "../../adapters/office";
import { errorMessage } from "../error-message";
import { useGateway } from "../gateway-context";
import type { CheckSource } from "./run-check";

const useStyles = makeStyles({
  // Fluent's Dropdown is at least 250 px wide; the pane is 320-350 px.
  dropdown: { minWidth: 0, width: "100%" },
});

const ACTIVE = "aktif";

function keyOf(source: CheckSource): string {
  return source.kind === "active" ? ACTIVE : source.kind === "sheet" ? `lembar:${source.sheet}` : `tabel:${source.table.name}`;
}

export function sourceLabel(source: CheckSource): string {
  return source.kind === "active" ? "Lembar aktif" : source.kind === "sheet" ? `Lembar "${source.sheet}"` : `Tabel ${source.table.name} (lembar "${source.sheet}")`;
}

/**
 * Where a table is: the active sheet (default), another sheet, or an Excel table. The lists are read
 * when the dropdown opens, so opening the pane costs Excel nothing. Without `allowActive` there is no
 * "Lembar aktif" choice and nothing is chosen until the user picks (the DTKS extract is never
 * presumed to be whatever sheet happens to be active); `noteFor` adds a word to a sheet's name.
 */
export function SourcePicker({
  label,
  source,
  onChange,
  disabled,
  allowActive = true,
  placeholder,
  noteFor,
}: {
  readonly label: string;
  readonly source: CheckSource | undefined;
  readonly onChange: (source: CheckSource) => void;
  readonly disabled?: boolean;
  readonly allowActive?: boolean;
  readonly placeholder?: string;
  readonly noteFor?: (sheet: SheetInfo) => string | undefined;
}) {
  const styles = useStyles();
  const gateway = useGateway();
  const [lists, setLists] = useState<{ sheets: SheetInfo[]; tables: TableInfo[] }>();
  const [problem, setProblem] = useState<string>();

  async function load() {
    setProblem(undefined);
    try {
      const sheets = await gateway.listSheets();
      // Tables need a newer Excel; without them the sheets still help.
      const tables = await gateway.listTables().catch(() => [] as TableInfo[]);
      setLists({ sheets: sheets.filter((sheet) => sheet.visible), tables });
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  function select(key: string | undefined) {
    if (!key) return;
    if (key === ACTIVE) return onChange({ kind: "active" });
    const [kind, ...rest] = key.split(":");
    const name = rest.join(":");
    if (kind === "lembar") return onChange({ kind: "sheet", sheet: name });
    const table = lists?.tables.find((t) => t.name === name);
    if (table) onChange({ kind: "table", sheet: table.sheet, table });
  }

  return (
    <Field label={label} validationMessage={problem} validationState={problem ? "error" : "none"}>
      <Dropdown
        className={styles.dropdown}
        disabled={disabled}
        value={source ? sourceLabel(source) : ""}
        placeholder={placeholder}
        selectedOptions={source ? [keyOf(source)] : []}
        onOpenChange={(_, data) => data.open && void load()}
        onOptionSelect={(_, data) => select(data.optionValue)}
      >
        {allowActive && <Option value={ACTIVE}>Lembar aktif</Option>}
        {source && source.kind !== "active" && !lists && (
          <Option value={keyOf(source)} text={sourceLabel(source)}>
            {sourceLabel(source)}
          </Option>
        )}
        {!lists && (
          <Option value="memuat" text="Memuat daftar lembar…" disabled>
            Memuat daftar lembar…
          </Option>
        )}
        {lists && lists.sheets.length > 0 && (
          <OptionGroup label="Lembar">
            {lists.sheets.map((sheet) => (
              <Option key={sheet.name} value={`lembar:${sheet.name}`} text={sheet.name}>
                {[sheet.name, sheet.active ? "(aktif)" : undefined, noteFor?.(sheet)].filter(Boolean).join(" ")}
              </Option>
            ))}
          </OptionGroup>
        )}
        {lists && lists.tables.length > 0 && (
          <OptionGroup label="Tabel Excel">
            {lists.tables.map((table) => (
              <Option key={table.name} value={`tabel:${table.name}`} text={table.name}>
                {`${table.name} · ${table.sheet}`}
              </Option>
            ))}
          </OptionGroup>
        )}
      </Dropdown>
    </Field>
  );
}
