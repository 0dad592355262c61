import { Combobox, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { RegionOption } from "./region-options";

const useStyles = makeStyles({
  // Full pane width: the default minimum (250 px) is most of a 320 px pane and does not line up.
  combobox: { width: "100%", minWidth: 0, boxSizing: "border-box" },
  code: { marginLeft: "auto", paddingLeft: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  option: { display: "flex", alignItems: "baseline", width: "100%" },
});

interface RegionComboboxProps {
  readonly label: string;
  readonly placeholder: string;
  /** The choices; undefined while they load. */
  readonly options: ReadonlyArray<RegionOption> | undefined;
  readonly selected: string | undefined;
  /** What to show for `selected` before `options` has loaded (the stored village's name). */
  readonly selectedName?: string;
  readonly onSelect: (option: RegionOption) => void;
  /** Called when the list opens: the village level loads its choices then. */
  readonly onOpen?: () => void;
  readonly disabled?: boolean;
  readonly loading?: boolean;
  readonly error?: string;
  readonly hint?: string;
}

/** Indonesian place names are searched without case; a typed number finds codes ("6104"). */
function matches(option: RegionOption, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === "") return true;
  return option.nama.toLowerCase().includes(q) || option.kode.replace(/\./g, "").startsWith(q.replace(/\./g, ""));
}

/** One level of the village picker: a combobox that filters its choices as the user types. */
export function RegionCombobox(props: RegionComboboxProps) {
  const { label, placeholder, options, selected, selectedName, onSelect, onOpen, disabled, loading, error, hint } = props;
  const styles = useStyles();
  // undefined while the user is not typing: the field then shows the chosen name.
  const [query, setQuery] = useState<string>();
  const chosen = options?.find((option) => option.kode === selected);
  const shown = query ?? chosen?.nama ?? (selected ? selectedName : undefined) ?? "";
  const filtered = useMemo(() => (options ?? []).filter((option) => query === undefined || matches(option, query)), [options, query]);

  return (
    <Field label={label} validationState={error ? "error" : "none"} validationMessage={error} hint={error ? undefined : loading ? "Memuat daftar…" : hint}>
      <Combobox
        className={styles.combobox}
        // Fluent names this button "Open" in English; a screen reader here speaks Indonesian.
        expandIcon={{ "aria-label": `Buka daftar ${label.toLowerCase()}` }}
        placeholder={placeholder}
        value={shown}
        selectedOptions={selected ? [selected] : []}
        disabled={disabled}
        onChange={(event) => setQuery(event.target.value)}
        onOpenChange={(_, data) => {
          if (data.open) onOpen?.();
          else setQuery(undefined);
        }}
        onOptionSelect={(_, data) => {
          setQuery(undefined);
          const option = options?.find((candidate) => candidate.kode === data.optionValue);
          if (option) onSelect(option);
        }}
      >
        {filtered.map((option) => (
          <Option key={option.kode} value={option.kode} text={option.nama}>
            <span className={styles.option}>
              {option.nama}
              <span className={styles.code}>{option.kode}</span>
            </span>
          </Option>
        ))}
        {options !== undefined && filtered.length === 0 && (
          <Option key="kosong" value="" text="" disabled>
            {options.length === 0 ? "Daftar kosong" : "Tidak ada yang cocok"}
          </Option>
        )}
        {options === undefined && (
          <Option key="memuat" value="" text="" disabled>
            {loading ? "Memuat daftar…" : "Pilih tingkat di atasnya dahulu"}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
