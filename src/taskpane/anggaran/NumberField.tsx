import { Field, Input, makeStyles } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { formatAngka } from "../../domain/format";

// A pane is 320-350 px wide: fields take the width they are given, never their content's.
const useStyles = makeStyles({
  field: { minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
});

/** "1.000.000", "1 000 000" and "1000000" all read as one million; anything else is not a whole number. */
export function parseWholeNumber(text: string): number | undefined {
  const compact = text.trim().replace(/[.\s]/g, "");
  if (!/^\d{1,15}$/.test(compact)) return undefined;
  return Number(compact);
}

interface NumberFieldProps {
  readonly label: string;
  readonly hint?: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly disabled?: boolean;
  /** A message about the value from elsewhere (the budget's own checks). */
  readonly problem?: string;
  /** Show thousands with dots ("1.000.000"), for amounts; not for a year. */
  readonly grouped?: boolean;
  /** Called with every valid value as the user types; an invalid draft is shown, never stored. */
  readonly onChange: (value: number) => void;
}

const shown = (n: number, grouped: boolean | undefined) => (grouped ? formatAngka(n) : String(n));

/** A whole-number input that keeps what is typed until it is valid, and says what is expected. */
export function NumberField({ label, hint, value, min, max, disabled, problem, grouped, onChange }: NumberFieldProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState(() => shown(value, grouped));
  // A value changed elsewhere (settings read from the workbook) replaces the draft.
  useEffect(() => setDraft((current) => (parseWholeNumber(current) === value ? current : shown(value, grouped))), [value, grouped]);
  const parsed = parseWholeNumber(draft);
  const invalid = parsed === undefined || parsed < min || parsed > max;
  const message = invalid ? `Isi bilangan bulat ${formatAngka(min)}–${formatAngka(max)}.` : problem;

  return (
    <Field className={styles.field} label={label} hint={hint} validationMessage={message} validationState={message ? "error" : "none"}>
      <Input
        className={styles.input}
        inputMode="numeric"
        value={draft}
        disabled={disabled}
        onChange={(_, data) => {
          setDraft(data.value);
          const next = parseWholeNumber(data.value);
          if (next !== undefined && next >= min && next <= max) onChange(next);
        }}
      />
    </Field>
  );
}
